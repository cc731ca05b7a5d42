//! Digits: Bengali (০-৯) and ASCII (0-9), and exact decimal values.

use std::borrow::Cow;

/// The value of one decimal digit, Bengali (`০`-`৯`) or ASCII (`0`-`9`).
///
/// ```
/// assert_eq!(sabha_tokens::digit_value('৭'), Some(7));
/// assert_eq!(sabha_tokens::digit_value('7'), Some(7));
/// assert_eq!(sabha_tokens::digit_value('ক'), None);
/// ```
pub fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '\u{09E6}'..='\u{09EF}' => Some((c as u32 - 0x09E6) as u8),
        _ => None,
    }
}

/// Replaces Bengali digits by ASCII digits and leaves everything else as it is.
///
/// ```
/// assert_eq!(sabha_tokens::bengali_to_ascii_digits("২৮/০৫/১৯ খ্রি."), "28/05/19 খ্রি.");
/// ```
pub fn bengali_to_ascii_digits(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| ('\u{09E6}'..='\u{09EF}').contains(&c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\u{09E6}'..='\u{09EF}' => char::from(b'0' + (c as u32 - 0x09E6) as u8),
                _ => c,
            })
            .collect(),
    )
}

/// Replaces ASCII digits by Bengali digits and leaves everything else as it is.
///
/// ```
/// assert_eq!(sabha_tokens::ascii_to_bengali_digits("2023-10-17"), "২০২৩-১০-১৭");
/// ```
pub fn ascii_to_bengali_digits(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32(0x09E6 + (c as u32 - '0' as u32)).unwrap_or(c),
                _ => c,
            })
            .collect(),
    )
}

/// The ASCII digits of every digit in `text`, in order (other characters dropped).
pub(crate) fn ascii_digits_of(text: &str) -> String {
    text.chars().filter_map(digit_value).map(|d| char::from(b'0' + d)).collect()
}

/// An exact non-negative decimal: `mantissa / 10^scale`.
///
/// Number words and grouped digits are read into this, so that `১.১৫ লক্ষ` is exactly
/// 115000 and not 114999.99999999999 as binary floating point would have it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Decimal {
    pub mantissa: u64,
    pub scale: u8,
}

/// Largest integer a `Decimal` may hold so that its `f64` is exact (2^53).
const EXACT_LIMIT: u64 = 1 << 53;

impl Decimal {
    pub const ZERO: Decimal = Decimal { mantissa: 0, scale: 0 };

    pub fn int(value: u64) -> Decimal {
        Decimal { mantissa: value, scale: 0 }
    }

    /// The nearest `f64`; exact for every value a document writes.
    pub fn to_f64(self) -> f64 {
        // Both operands are exact, and IEEE division rounds correctly, so this is the
        // double nearest to the decimal, as parsing its text would give.
        self.mantissa as f64 / 10f64.powi(i32::from(self.scale))
    }

    pub fn is_integer(self) -> bool {
        self.scale == 0 || self.mantissa % 10u64.pow(u32::from(self.scale)) == 0
    }

    pub fn is_zero(self) -> bool {
        self.mantissa == 0
    }

    /// The integer part (truncated).
    pub fn trunc(self) -> u64 {
        self.mantissa / 10u64.pow(u32::from(self.scale))
    }

    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let scale = self.scale.max(other.scale);
        let a = self.rescale(scale)?;
        let b = other.rescale(scale)?;
        let mantissa = a.checked_add(b)?;
        (mantissa < EXACT_LIMIT).then_some(Decimal { mantissa, scale })
    }

    pub fn checked_mul_int(self, factor: u64) -> Option<Decimal> {
        let mantissa = self.mantissa.checked_mul(factor)?;
        (mantissa < EXACT_LIMIT).then_some(Decimal { mantissa, scale: self.scale }.simplified())
    }

    fn rescale(self, scale: u8) -> Option<u64> {
        self.mantissa.checked_mul(10u64.checked_pow(u32::from(scale - self.scale))?)
    }

    /// Drops trailing fraction zeros: `50000.00` is the integer 50000.
    pub fn simplified(mut self) -> Decimal {
        while self.scale > 0 && self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.scale -= 1;
        }
        self
    }
}

/// Accumulates digits (any script) into an exact integer; `None` once it overflows
/// the exact range.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct DigitAcc {
    pub value: u64,
    pub count: u32,
    pub overflow: bool,
}

impl DigitAcc {
    pub fn push(&mut self, digit: u8) {
        self.count += 1;
        match self.value.checked_mul(10).and_then(|v| v.checked_add(u64::from(digit))) {
            Some(v) if v < EXACT_LIMIT => self.value = v,
            _ => self.overflow = true,
        }
    }

    pub fn get(self) -> Option<u64> {
        (!self.overflow).then_some(self.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_both_scripts() {
        for (i, c) in "০১২৩৪৫৬৭৮৯".chars().enumerate() {
            assert_eq!(digit_value(c), Some(i as u8));
        }
        assert_eq!(digit_value('x'), None);
        assert_eq!(bengali_to_ascii_digits("০৫.৪৩ abc"), "05.43 abc");
        assert_eq!(ascii_to_bengali_digits("05.43 abc"), "০৫.৪৩ abc");
        assert!(matches!(bengali_to_ascii_digits("abc"), Cow::Borrowed(_)));
        assert_eq!(ascii_digits_of("+৮৮-০৭৭১"), "880771");
    }

    #[test]
    fn decimals_are_exact() {
        let d = Decimal { mantissa: 115, scale: 2 };
        assert_eq!(d.checked_mul_int(100_000).map(Decimal::to_f64), Some(115_000.0));
        assert_eq!(Decimal { mantissa: 2344, scale: 2 }.to_f64(), 23.44);
        assert_eq!(Decimal { mantissa: 5_000_000, scale: 2 }.simplified(), Decimal::int(50_000));
        assert_eq!(Decimal::int(u64::MAX / 2).checked_mul_int(10), None);
        let sum = Decimal::int(2).checked_add(Decimal { mantissa: 5, scale: 1 });
        assert_eq!(sum, Some(Decimal { mantissa: 25, scale: 1 }));
    }

    #[test]
    fn digit_accumulator_overflows_cleanly() {
        let mut acc = DigitAcc::default();
        for _ in 0..30 {
            acc.push(9);
        }
        assert_eq!(acc.get(), None);
        assert_eq!(acc.count, 30);
    }
}
