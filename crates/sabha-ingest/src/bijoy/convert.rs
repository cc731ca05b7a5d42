//! Bijoy text to Unicode: glyphs in visual order to characters in logical order.
//!
//! Every input character becomes a [`Glyph`]; pieces are gathered into syllables
//! (an optional reph, a consonant cluster with its subjoined forms, vowel signs and
//! signs) and each syllable is written out in Unicode order: reph, cluster, vowel
//! sign (a pre-base ে joined with a following া or ৗ into ো or ৌ), signs.
//!
//! Bengali Unicode characters may be mixed in (residual fragments left by careless
//! converters): they become pieces too, already in logical order, so a stray Bijoy
//! pre-base sign before a Unicode consonant still lands after it.

use super::glyphs::{Glyph, glyphs_at};

const VIRAMA: char = '\u{09CD}';
const ZWNJ: char = '\u{200C}';

/// Converts Bijoy text (already decoded as Windows-1252) to Unicode Bengali.
/// Characters that are not Bijoy glyphs (spaces, most punctuation, Bengali Unicode)
/// are kept. The result is not yet NFC.
pub(crate) fn bijoy_to_unicode(text: &str) -> String {
    let mut writer = SyllableWriter::with_capacity(text.len() * 3);
    for piece in pieces(text) {
        writer.push(piece);
    }
    writer.finish()
}

fn pieces(text: &str) -> Vec<Glyph<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let plain: Vec<char> = chars.iter().map(|&(_, c)| c).collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while let Some(&(at, c)) = chars.get(i) {
        if let Some(len) = markup_tag_len(plain.get(i..).unwrap_or_default()) {
            // HTML tags left in exported text (`<p>`) are markup, not Bijoy letters.
            let end = chars.get(i + len).map_or(text.len(), |&(e, _)| e);
            out.push(Glyph::Literal(text.get(at..end).unwrap_or_default()));
            i += len;
            continue;
        }
        if let Some((glyphs, used)) = plain.get(i..).and_then(glyphs_at) {
            out.extend(glyphs.iter().copied());
            i += used.max(1);
            continue;
        }
        let source = text.get(at..at + c.len_utf8()).unwrap_or_default();
        out.push(unicode_piece(c, source));
        i += 1;
    }
    out
}

/// The length in characters of an HTML tag such as `<p>`, `</td>` or `<br/>` at the
/// start of `chars`.
fn markup_tag_len(chars: &[char]) -> Option<usize> {
    let rest = chars.strip_prefix(&['<'])?;
    let name_start = usize::from(rest.first() == Some(&'/'));
    let first = rest.get(name_start)?;
    if !first.is_ascii_alphabetic() {
        return None;
    }
    let close = rest.iter().take(64).position(|&c| c == '>')?;
    let inner = rest.get(..close)?;
    inner.iter().all(|&c| c.is_ascii() && c != '<').then_some(close + 2)
}

/// A Unicode character as a piece, in logical order already.
fn unicode_piece(c: char, source: &str) -> Glyph<'_> {
    match c {
        '\u{0995}'..='\u{09B9}' | '\u{09CE}' | '\u{09DC}'..='\u{09DF}' | '\u{09F0}' | '\u{09F1}' => {
            Glyph::Consonant(source)
        }
        '\u{0985}'..='\u{0994}' => Glyph::Vowel(source),
        // Every dependent vowel sign, ি ে ৈ included, follows its consonant in Unicode.
        '\u{09BE}'..='\u{09CC}' | '\u{09D7}' | '\u{09E2}' | '\u{09E3}' => Glyph::PostKar(c),
        '\u{0981}'..='\u{0983}' => Glyph::Sign(c),
        VIRAMA | '\u{09BC}' | '\u{200C}' | '\u{200D}' => Glyph::ClusterMark(source),
        _ => Glyph::Other(c),
    }
}

#[derive(Default)]
struct Syllable {
    pre: Option<char>,
    reph: bool,
    cluster: String,
    post: Vec<char>,
    signs: Vec<char>,
}

impl Syllable {
    /// A consonant typed now joins this cluster (it ends in a virama).
    fn joins_next_consonant(&self) -> bool {
        self.cluster.ends_with(VIRAMA) && self.post.is_empty() && self.signs.is_empty()
    }

    /// A bare consonant cluster, ready for a subjoined form.
    fn takes_fola(&self) -> bool {
        self.post.is_empty()
            && self.signs.is_empty()
            && self
                .cluster
                .chars()
                .last()
                .is_some_and(|c| ('\u{0995}'..='\u{09B9}').contains(&c) || c == '\u{09BC}')
    }

    fn add_subjoined(&mut self, fola: &str) {
        let fola = adjust_fola(&self.cluster, fola);
        if self.cluster.ends_with(VIRAMA) {
            self.cluster.push_str(fola.strip_prefix(VIRAMA).unwrap_or(fola));
        } else {
            self.cluster.push_str(fola);
        }
    }

    fn write(self, out: &mut String) {
        if self.reph {
            out.push('র');
            out.push(VIRAMA);
        }
        out.push_str(&self.cluster);
        let mut post = self.post.into_iter().peekable();
        match (self.pre, post.peek().copied()) {
            (Some('ে'), Some('া')) => {
                out.push('ো');
                post.next();
            }
            (Some('ে'), Some('ৗ')) => {
                out.push('ৌ');
                post.next();
            }
            (Some(pre), _) => out.push(pre),
            (None, _) => {}
        }
        out.extend(post);
        out.extend(self.signs);
    }
}

/// The subjoined ন is drawn the same under ণ-contexts (হ্ণ, ণ্ণ, ক্ষ্ণ), where
/// Bengali spelling has ণ.
fn adjust_fola<'a>(cluster: &str, fola: &'a str) -> &'a str {
    if fola == "্ন" && (cluster.ends_with('হ') || cluster.ends_with('ণ') || cluster.ends_with("ক্ষ"))
    {
        "্ণ"
    } else {
        fola
    }
}

struct SyllableWriter {
    out: String,
    current: Option<Syllable>,
    pending_pre: Option<char>,
}

impl SyllableWriter {
    fn with_capacity(capacity: usize) -> Self {
        SyllableWriter { out: String::with_capacity(capacity), current: None, pending_pre: None }
    }

    fn push(&mut self, piece: Glyph<'_>) {
        match piece {
            Glyph::PreKar(c) => {
                self.flush();
                self.flush_pending();
                self.pending_pre = Some(c);
            }
            Glyph::Consonant(s) | Glyph::Half(s) => self.consonant(s),
            Glyph::TaOrTma => {
                if self.current.as_ref().is_some_and(Syllable::joins_next_consonant) {
                    self.fola("্ত");
                } else {
                    self.consonant("ত্ম");
                }
            }
            Glyph::LaOrSna => {
                if self.current.as_ref().is_some_and(Syllable::takes_fola) {
                    self.fola("্ল");
                } else {
                    self.consonant("স্ন");
                }
            }
            Glyph::Fola(f) => self.fola(f),
            Glyph::PostKar(c) => match self.current.as_mut() {
                Some(syllable) => syllable.post.push(c),
                None => self.literal_char(c),
            },
            Glyph::Reph => match self.current.as_mut() {
                Some(syllable) if !syllable.reph => syllable.reph = true,
                // A reph with nothing before it stands for র্ joining what follows.
                _ => self.consonant("র্"),
            },
            Glyph::Sign(c) => match self.current.as_mut() {
                Some(syllable) => syllable.signs.push(c),
                None => self.literal_char(c),
            },
            Glyph::Vowel(s) => {
                self.flush();
                let pre = self.pending_pre.take();
                self.current = Some(Syllable { pre, cluster: s.to_string(), ..Syllable::default() });
            }
            Glyph::Hasanta => match self.current.as_mut() {
                Some(syllable) => {
                    syllable.cluster.push(VIRAMA);
                    syllable.cluster.push(ZWNJ);
                }
                None => self.literal_char(VIRAMA),
            },
            Glyph::ClusterMark(s) => match self.current.as_mut() {
                Some(syllable) if syllable.post.is_empty() => syllable.cluster.push_str(s),
                _ => self.literal(s),
            },
            Glyph::Literal(s) => self.literal(s),
            Glyph::Other(c) => self.literal_char(c),
        }
    }

    fn consonant(&mut self, s: &str) {
        if let Some(syllable) = self.current.as_mut().filter(|s| s.joins_next_consonant()) {
            syllable.cluster.push_str(s);
            return;
        }
        self.flush();
        let pre = self.pending_pre.take();
        self.current = Some(Syllable { pre, cluster: s.to_string(), ..Syllable::default() });
    }

    fn fola(&mut self, fola: &str) {
        match self.current.as_mut() {
            Some(syllable) if syllable.signs.is_empty() => syllable.add_subjoined(fola),
            _ => self.literal(fola),
        }
    }

    fn literal(&mut self, s: &str) {
        self.flush();
        self.flush_pending();
        self.out.push_str(s);
    }

    fn literal_char(&mut self, c: char) {
        self.flush();
        self.flush_pending();
        self.out.push(c);
    }

    fn flush(&mut self) {
        if let Some(syllable) = self.current.take() {
            syllable.write(&mut self.out);
        }
    }

    /// A pre-base sign with no consonant after it is written where it stood.
    fn flush_pending(&mut self) {
        if let Some(pre) = self.pending_pre.take() {
            self.out.push(pre);
        }
    }

    fn finish(mut self) -> String {
        self.flush();
        self.flush_pending();
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn convert(s: &str) -> String {
        bijoy_to_unicode(s).nfc().collect()
    }

    fn nfc(s: &str) -> String {
        s.nfc().collect()
    }

    #[test]
    fn simple_words() {
        assert_eq!(convert("evsjv‡`k miKvi"), nfc("বাংলাদেশ সরকার"));
        assert_eq!(convert("Avwg evsjvq Mvb MvB"), nfc("আমি বাংলায় গান গাই"));
    }

    #[test]
    fn pre_base_vowel_signs_move_after_their_cluster() {
        assert_eq!(convert("wm×všÍ"), nfc("সিদ্ধান্ত"));
        assert_eq!(convert("‡cÖm"), nfc("প্রেস"));
        assert_eq!(convert("ˆKwdqZ"), nfc("কৈফিয়ত"));
    }

    #[test]
    fn o_and_au_signs_are_rejoined_around_the_cluster() {
        assert_eq!(convert("‡Kvb"), nfc("কোন"));
        assert_eq!(convert("†gŠgvwQ"), nfc("মৌমাছি"));
        assert_eq!(convert("‡¯ªv‡Z"), nfc("স্রোতে"));
    }

    #[test]
    fn reph_moves_before_its_cluster() {
        assert_eq!(convert("Kvh©weeiYx"), nfc("কার্যবিবরণী"));
        assert_eq!(convert("Kg©KZ©v"), nfc("কর্মকর্তা"));
        assert_eq!(convert("Kvhv©jq"), nfc("কার্যালয়"));
        assert_eq!(convert("m~‡h©i"), nfc("সূর্যের"));
    }

    #[test]
    fn conjuncts_half_forms_and_folas() {
        assert_eq!(convert("ev¯Íevqb"), nfc("বাস্তবায়ন"));
        assert_eq!(convert("e¨e¯’v"), nfc("ব্যবস্থা"));
        assert_eq!(convert("wbgœiƒc"), nfc("নিম্নরূপ"));
        assert_eq!(convert("wKš‘"), nfc("কিন্তু"));
        assert_eq!(convert("cÖKí"), nfc("প্রকল্প"));
        assert_eq!(convert("msL¨v"), nfc("সংখ্যা"));
        assert_eq!(convert("AvZ¥"), nfc("আত্ম"));
        assert_eq!(convert("AvÍ"), nfc("আত্ম"));
        assert_eq!(convert("i¨ve"), nfc("র\u{200D}্যাব"));
        assert_eq!(convert("mswkøó"), nfc("সংশ্লিষ্ট"));
        assert_eq!(convert("†øn"), nfc("স্নেহ"));
    }

    #[test]
    fn signs_follow_vowel_signs() {
        assert_eq!(convert("Pvu`"), nfc("চাঁদ"));
        assert_eq!(convert("†cŠuQv‡bv"), nfc("পৌঁছানো"));
        assert_eq!(convert("`ytL"), nfc("দুঃখ"));
    }

    #[test]
    fn digits_danda_and_plain_punctuation() {
        assert_eq!(convert("mfv 2023 mv‡j nq|"), nfc("সভা ২০২৩ সালে হয়।"));
        assert_eq!(convert("(Kx?)"), nfc("(কী?)"));
    }

    #[test]
    fn unicode_fragments_mix_with_bijoy_glyphs() {
        assert_eq!(convert("নি¤œরূপ"), nfc("নিম্নরূপ"));
        assert_eq!(convert("‡কান"), nfc("কোন"));
        assert_eq!(convert("কা‡h©"), nfc("কার্যে"));
    }

    #[test]
    fn html_tags_are_not_letters() {
        assert_eq!(convert("<p>mfv</p>"), nfc("<p>সভা</p>"));
        assert_eq!(convert("a<b"), nfc("ধ<ন"));
    }

    #[test]
    fn malformed_input_is_kept_not_dropped() {
        assert_eq!(convert("w"), "ি");
        assert_eq!(convert("‡ "), "ে ");
        assert_eq!(convert("v"), "া");
        assert_eq!(convert("©"), nfc("র্"));
        assert_eq!(convert("¨"), "্য");
    }
}
