//! `--shard K/N`: one machine's share of the sorted document list.

use std::fmt;
use std::str::FromStr;

/// Shard `index` of `count`: the documents at sorted positions `i` with
/// `i % count == index`. The union of shards `0..count` is the whole run.
///
/// ```
/// let shard: sabha_batch::Shard = "1/3".parse().unwrap();
/// assert!(shard.takes(4) && !shard.takes(3));
/// assert!("3/3".parse::<sabha_batch::Shard>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    pub index: u64,
    pub count: u64,
}

impl Shard {
    /// Whether the document at sorted position `position` (0-based) is in this shard.
    pub fn takes(&self, position: u64) -> bool {
        position % self.count == self.index
    }
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ShardError {
    #[error("a shard is written K/N (for example 0/4), not `{0}`")]
    Syntax(String),
    #[error("shard {index}/{count}: K must be below N and N at least 1")]
    OutOfRange { index: u64, count: u64 },
}

impl FromStr for Shard {
    type Err = ShardError;

    fn from_str(s: &str) -> Result<Shard, ShardError> {
        let syntax = || ShardError::Syntax(s.to_string());
        let (k, n) = s.trim().split_once('/').ok_or_else(syntax)?;
        let index: u64 = k.trim().parse().map_err(|_| syntax())?;
        let count: u64 = n.trim().parse().map_err(|_| syntax())?;
        if count == 0 || index >= count {
            return Err(ShardError::OutOfRange { index, count });
        }
        Ok(Shard { index, count })
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_k_of_n() {
        assert_eq!("0/1".parse(), Ok(Shard { index: 0, count: 1 }));
        assert_eq!(" 2 / 5 ".parse(), Ok(Shard { index: 2, count: 5 }));
        assert_eq!("2/5".parse::<Shard>().unwrap().to_string(), "2/5");
    }

    #[test]
    fn rejects_malformed_and_out_of_range_shards() {
        for bad in ["", "1", "a/b", "-1/3", "1/3/4", "1/", "/3"] {
            assert!(matches!(bad.parse::<Shard>(), Err(ShardError::Syntax(_))), "{bad:?}");
        }
        assert_eq!("3/3".parse::<Shard>(), Err(ShardError::OutOfRange { index: 3, count: 3 }));
        assert_eq!("0/0".parse::<Shard>(), Err(ShardError::OutOfRange { index: 0, count: 0 }));
    }

    #[test]
    fn shards_partition_positions() {
        let shards: Vec<Shard> = (0..3).map(|k| Shard { index: k, count: 3 }).collect();
        for position in 0..30 {
            assert_eq!(shards.iter().filter(|s| s.takes(position)).count(), 1);
        }
    }
}
