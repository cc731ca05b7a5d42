//! Who must carry a decision out: a responsible cell split into parties only on
//! in-cell numbering (`১। … ২। …`), never on commas; a status word
//! (`বাস্তবায়িত`, `চলমান`) names no party.

use crate::lexicon;
use crate::numbering::split_numbered;
use crate::text::{clean, trim_end_chars};

/// The parties a responsible cell names, numbering and trailing `।` removed.
pub(crate) fn parties(cell: &str) -> Vec<String> {
    let cell = clean(cell);
    if cell.is_empty() || lexicon::is_status(&cell) {
        return Vec::new();
    }
    split_numbered(&cell)
        .into_iter()
        .map(|(_, piece)| trim_end_chars(piece, &['।', ';', ',']).to_string())
        .filter(|p| !p.is_empty() && !lexicon::is_status(p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_parties() {
        assert_eq!(
            parties("১। জেলা প্রশাসক (সকল), রাজশাহী বিভাগ ২। বিভাগীয় ইনোভেশন টিমের সদস্য/ বিভাগীয় দপ্তর প্রধানগণ।"),
            ["জেলা প্রশাসক (সকল), রাজশাহী বিভাগ", "বিভাগীয় ইনোভেশন টিমের সদস্য/ বিভাগীয় দপ্তর প্রধানগণ"]
        );
    }

    #[test]
    fn commas_never_split() {
        assert_eq!(parties("সংশ্লিষ্ট দপ্তর প্রধান (সকল), নাটোর।"), ["সংশ্লিষ্ট দপ্তর প্রধান (সকল), নাটোর"]);
    }

    #[test]
    fn status_words_name_no_party() {
        assert!(parties("বাস্তবায়িত").is_empty());
        assert!(parties("চলমান।").is_empty());
        assert!(parties("").is_empty());
    }

    #[test]
    fn a_single_numbered_party_loses_its_number() {
        assert_eq!(parties("১। সহকারী প্রোগ্রামার"), ["সহকারী প্রোগ্রামার"]);
    }
}
