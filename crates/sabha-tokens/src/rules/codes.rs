//! Codes and identifiers: fiscal years, memo numbers, telephone numbers, e-mail and
//! web addresses, indicator codes.

use super::{Ctx, Found};
use crate::atoms::{Atom, AtomKind};
use crate::digits::ascii_digits_of;
use crate::lexicon::Marker;
use crate::token::{MemoNumber, TokenKind};

/// `২০২৩-২০২৪ অর্থ বছর`, `২০২১-২২ অর্থবছর`, `অর্থবছর ২০২৩-২৪`, `FY 2023-24`, and a
/// bare pair of consecutive years (`২০২২-২০২৩`), which in Bangladeshi government
/// papers is the fiscal year (July to June).
pub(super) fn fiscal_year(ctx: &Ctx<'_>, i: usize) -> Option<Found> {
    if ctx.is_digits(i) {
        let (start_year, end_year, end) = year_pair(ctx, i)?;
        let end = fiscal_word(ctx, end).unwrap_or(end);
        return Found::token(end, TokenKind::FiscalYear { start_year, end_year });
    }
    let marker = ctx.lex(i).and_then(|l| l.marker);
    let after_word = match marker {
        Some(Marker::LatinFiscal) => i + 1,
        _ => fiscal_word(ctx, i)?,
    };
    let (start_year, end_year, end) = year_pair(ctx, ctx.skip_space(after_word))?;
    Found::token(end, TokenKind::FiscalYear { start_year, end_year })
}

/// `yyyy-yyyy` or `yyyy-yy` of consecutive years: (start, end, atom after).
fn year_pair(ctx: &Ctx<'_>, i: usize) -> Option<(i32, i32, usize)> {
    let start = ctx.at(i)?.digits_value(4, 4).filter(|y| (1900..=2199).contains(y))?;
    let dash = ctx.skip_space(i + 1);
    if !matches!(ctx.kind(dash)?, AtomKind::Punct('-' | '/' | '–' | '—')) {
        return None;
    }
    let second_at = ctx.skip_space(dash + 1);
    let second = ctx.at(second_at)?;
    let end = match second.digits.count {
        4 => second.digits.get()?,
        2 => start / 100 * 100 + second.digits.get()? + if start % 100 == 99 { 100 } else { 0 },
        _ => return None,
    };
    if end != start + 1 || (ctx.is_punct(second_at + 1, '-') && ctx.is_digits(second_at + 2)) {
        return None;
    }
    Some((start as i32, end as i32, second_at + 1))
}

/// `অর্থবছর`, `অর্থ বছর`, `অর্থ-বছর` (with case endings) at or after a space from `i`:
/// the atom after it.
fn fiscal_word(ctx: &Ctx<'_>, i: usize) -> Option<usize> {
    let at = ctx.skip_space(i);
    match ctx.lex(at).and_then(|l| l.marker)? {
        Marker::FiscalYear => Some(at + 1),
        Marker::Finance => {
            let year = ctx.punct(at + 1, '-').unwrap_or_else(|| ctx.skip_space(at + 1));
            (year > at + 1 && ctx.lex(year).and_then(|l| l.marker) == Some(Marker::YearWord))
                .then_some(year + 1)
        }
        _ => None,
    }
}

/// At most this many dotted groups are examined (a 2014 memo has eight).
const MAX_GROUPS: usize = 16;

/// Dotted digit groups from atom `i`: the group atoms, and whether a stray space after a
/// dot was crossed.
fn dotted_groups(ctx: &Ctx<'_>, i: usize) -> Vec<usize> {
    let mut groups = Vec::new();
    let mut at = i;
    while groups.len() < MAX_GROUPS && ctx.at(at).is_some_and(|a| a.is_digits() && a.digits.count <= 8) {
        groups.push(at);
        if !ctx.is_punct(at + 1, '.') {
            break;
        }
        if ctx.is_digits(at + 2) {
            at += 2;
        } else if groups.len() >= 5 && ctx.at(at + 2).is_some_and(Atom::is_space) && ctx.is_digits(at + 3) {
            // OCR leaves a space after a dot late in a long memo number: `…১৬. ৭৩`.
            at += 3;
        } else {
            break;
        }
    }
    groups
}

/// A memo or file number: five or more dotted digit groups (`০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৮`),
/// or three or more after স্মারক/নং/নম্বর/সূত্র, with an optional `-` serial.
pub(super) fn memo_number(ctx: &Ctx<'_>, i: usize) -> Option<Found> {
    let mut groups = dotted_groups(ctx, i);
    let &last = groups.last()?;
    let mut serial_dash = false;
    if groups.len() >= 4
        && ctx.is_punct(last + 1, '-')
        && ctx.at(last + 2).is_some_and(|a| a.is_digits() && a.digits.count <= 6)
    {
        groups.push(last + 2);
        serial_dash = true;
    }
    if groups.len() < 5 && !(groups.len() >= 3 && memo_key_before(ctx, i)) {
        return None;
    }
    let segments: Vec<String> = groups.iter().map(|&g| ascii_digits_of(ctx.word(g))).collect();
    let mut number = segments.join(".");
    if serial_dash {
        if let Some(dot) = number.rfind('.') {
            number.replace_range(dot..=dot, "-");
        }
    }
    let end = groups.last()? + 1;
    Found::token(end, TokenKind::MemoNumber(MemoNumber { number, segments }))
}

/// A memo keyword (স্মারক নং, নম্বর:, সূত্র) just before atom `i`.
fn memo_key_before(ctx: &Ctx<'_>, i: usize) -> bool {
    let before = ctx.atoms.get(..i).unwrap_or(&[]);
    before
        .iter()
        .rev()
        .take(4)
        .find(|a| !a.is_space() && !matches!(a.kind, AtomKind::Punct(':' | '-' | '.' | 'ঃ')))
        .and_then(|a| a.lex)
        .and_then(|l| l.marker)
        == Some(Marker::MemoKey)
}

/// Three or more dotted digit groups that are neither a date nor a memo number
/// (`২.২.৩`, `৩.১.১`): a section or activity number; nothing to read, but no decimal
/// either.
pub(super) fn dotted_code(ctx: &Ctx<'_>, i: usize) -> Option<Found> {
    let groups = dotted_groups(ctx, i);
    (groups.len() >= 3).then(|| Found::silent(groups.last()? + 1)).flatten()
}

/// Bangladeshi telephone numbers: mobile `০১৭১০৭৬৫১৩৩` (01[3-9] and 8 digits), land
/// lines `০২৫৮৮৮৫৭২৩৩`, `০৭৭১-৬৬৩৮৩`, with or without `+৮৮`/`৮৮০`. An OCR space before
/// the last one or two digits (`০১৭১০৭৬৫১৩ ৩`) is crossed when only then the number is
/// complete.
pub(super) fn phone(ctx: &Ctx<'_>, i: usize) -> Option<Found> {
    let plus = ctx.is_punct(i, '+');
    let first = if plus { i + 1 } else { i };
    let mut groups = vec![first];
    let mut digits = ascii_digits_of(ctx.word(first));
    if digits.is_empty() || !ctx.is_digits(first) {
        return None;
    }
    let mut at = first;
    while groups.len() < 5 && digits.len() <= 13 {
        let sep = ctx.punct(at + 1, '-').or_else(|| ctx.punct(at + 1, '–'));
        let Some(next) = sep.filter(|&n| ctx.is_digits(n)) else { break };
        digits.push_str(&ascii_digits_of(ctx.word(next)));
        groups.push(next);
        at = next;
    }
    let mut end = at + 1;
    if phone_kind(&digits, plus, groups.len()).is_none() {
        let fragment = ctx.at(end).filter(|a| a.is_space()).map(|_| end + 1);
        let fragment = fragment.filter(|&f| ctx.at(f).is_some_and(|a| a.is_digits() && a.digits.count <= 2));
        let f = fragment?;
        let joined = format!("{digits}{}", ascii_digits_of(ctx.word(f)));
        phone_kind(&joined, plus, groups.len())?;
        digits = joined;
        end = f + 1;
    }
    Found::token(end, TokenKind::Phone(digits))
}

/// Whether `digits` (country code included when written) is a Bangladeshi number.
fn phone_kind(digits: &str, plus: bool, groups: usize) -> Option<()> {
    let national = if let Some(rest) = digits.strip_prefix("880") {
        format!("0{rest}")
    } else if let Some(rest) = digits.strip_prefix("88").filter(|r| r.starts_with('0')) {
        rest.to_string()
    } else if plus {
        return None;
    } else {
        digits.to_string()
    };
    let international = national.len() != digits.len();
    let bytes = national.as_bytes();
    let mobile = bytes.len() == 11
        && bytes.starts_with(b"01")
        && bytes.get(2).is_some_and(|d| (b'3'..=b'9').contains(d));
    let land_line = bytes.len() >= 9
        && bytes.len() <= 11
        && bytes.first() == Some(&b'0')
        && bytes.get(1).is_some_and(|d| (b'2'..=b'9').contains(d))
        && (groups > 1 || international || bytes.len() >= 10);
    (mobile || land_line).then_some(())
}

/// The byte length of an e-mail address's local part allowed by RFC 5321.
const MAX_LOCAL: usize = 64;
const MAX_DOMAIN: usize = 253;
const MAX_URL: usize = 2048;

/// The atom that ends exactly at byte `end`, searched from atom `i` on.
fn atom_ending_at(ctx: &Ctx<'_>, i: usize, end: usize) -> Option<usize> {
    ctx.atoms.get(i..)?.iter().position(|a| a.end == end).map(|p| i + p + 1)
}

fn is_local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

/// A domain (`mopa.gov.bd`) at the start of `bytes`: its length.
fn domain_len(bytes: &[u8], max: usize) -> Option<usize> {
    let len =
        bytes.iter().take(max).take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')).count();
    let domain = bytes.get(..len)?;
    let domain = domain.strip_suffix(b".").unwrap_or(domain);
    let labels: Vec<&[u8]> = domain.split(|&b| b == b'.').collect();
    let tld = labels.last()?;
    let ok = labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty())
        && tld.len() >= 2
        && tld.iter().all(u8::is_ascii_alphabetic);
    ok.then_some(domain.len())
}

/// `divcomrajshahi@mopa.gov.bd`.
pub(super) fn email(ctx: &Ctx<'_>, i: usize) -> Option<Found> {
    let atom = ctx.at(i).filter(|a| ctx.has_at && matches!(a.kind, AtomKind::Latin | AtomKind::Digits))?;
    let bytes = ctx.text.as_bytes().get(atom.start..)?;
    let local = bytes.iter().take(MAX_LOCAL + 1).take_while(|&&b| is_local_byte(b)).count();
    if local == 0 || local > MAX_LOCAL || bytes.get(local) != Some(&b'@') {
        return None;
    }
    let domain = domain_len(bytes.get(local + 1..)?, MAX_DOMAIN)?;
    let end = atom_ending_at(ctx, i, atom.start + local + 1 + domain)?;
    Found::token(end, TokenKind::Email)
}

/// Top-level domains a bare address (no `www.`, no scheme) may end in.
const BARE_TLDS: &[&str] = &["bd", "com", "org", "net", "gov", "edu", "info", "int", "io"];

/// `www.rajshahidiv.gov.bd`, `https://…`, and bare `natore.gov.bd`.
pub(super) fn url(ctx: &Ctx<'_>, i: usize) -> Option<Found> {
    let atom = ctx.at(i).filter(|a| a.kind == AtomKind::Latin)?;
    let bytes = ctx.text.as_bytes().get(atom.start..)?;
    let word = ctx.word(i).to_ascii_lowercase();
    let schemed =
        (word == "http" || word == "https") && bytes.get(word.len()..word.len() + 3) == Some(b"://");
    let www = word == "www" && bytes.get(3) == Some(&b'.');
    let len = if schemed || www {
        url_len(bytes)
    } else {
        let domain = domain_len(bytes, MAX_DOMAIN)?;
        let tld = std::str::from_utf8(bytes.get(..domain)?).ok()?.rsplit('.').next()?.to_ascii_lowercase();
        let after_at = atom.start.checked_sub(1).and_then(|b| ctx.text.as_bytes().get(b)) == Some(&b'@');
        if !BARE_TLDS.contains(&tld.as_str()) || bytes.get(domain) == Some(&b'@') || after_at {
            return None;
        }
        if bytes.get(domain) == Some(&b'/') { url_len(bytes) } else { domain }
    };
    if len <= word.len() + 1 {
        return None;
    }
    let end = atom_ending_at(ctx, i, atom.start + len)?;
    Found::token(end, TokenKind::Url)
}

/// The length of a URL at the start of `bytes`, without trailing punctuation.
fn url_len(bytes: &[u8]) -> usize {
    let mut len = bytes
        .iter()
        .take(MAX_URL)
        .take_while(|&&b| b.is_ascii_graphic() && !matches!(b, b'<' | b'>' | b'"' | b'\'' | b'`'))
        .count();
    while len > 0 && bytes.get(len - 1).is_some_and(|b| b".,;:!?)]}".contains(b)) {
        len -= 1;
    }
    len
}

/// `[১.১.১]`: a performance-agreement (APA) indicator code.
pub(super) fn indicator(ctx: &Ctx<'_>, i: usize) -> Option<Found> {
    ctx.punct(i, '[')?;
    let first = ctx.skip_space(i + 1);
    let mut groups = vec![];
    let mut at = first;
    while groups.len() < 8 && ctx.at(at).is_some_and(|a| a.is_digits() && a.digits.count <= 3) {
        groups.push(ascii_digits_of(ctx.word(at)));
        match ctx.punct(at + 1, '.') {
            Some(next) if ctx.is_digits(next) => at = next,
            _ => {
                at += 1;
                break;
            }
        }
    }
    if groups.is_empty() {
        return None;
    }
    let close = ctx.punct(ctx.skip_space(at), ']')?;
    Found::token(close, TokenKind::Indicator(groups.join(".")))
}
