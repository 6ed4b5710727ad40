//! Money in pence. Never a float: £12.35 is stored as 1235 pence so sums are exact.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An amount of money in pence (GBP).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Money(pub i64);

/// Why text could not be read as an amount of money.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseMoneyError(pub String);

impl fmt::Display for ParseMoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::t!("dom-money-parse", text = self.0.as_str()))
    }
}

impl std::error::Error for ParseMoneyError {}

impl Money {
    /// Zero pounds.
    pub const ZERO: Money = Money(0);

    /// An amount of whole pounds.
    pub const fn pounds(pounds: i64) -> Money {
        Money(pounds * 100)
    }

    /// The amount in pounds as a float, for charts and statistics only.
    pub fn as_pounds_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// Reads "25", "25.5", "25.50" or "£25.50" (pence precision; more decimals are refused).
    pub fn parse(text: &str) -> Result<Money, ParseMoneyError> {
        let err = || ParseMoneyError(text.to_string());
        let t = text.trim().replace(',', "");
        let (neg, t) = match t.strip_prefix('-') {
            Some(rest) => (true, rest.to_string()),
            None => (false, t),
        };
        let t = t.strip_prefix('£').unwrap_or(&t).trim().to_string();
        if t.is_empty() {
            return Err(err());
        }
        let (whole, frac) = match t.split_once('.') {
            Some((w, f)) => (w, f),
            None => (t.as_str(), ""),
        };
        if frac.len() > 2
            || !whole.chars().all(|c| c.is_ascii_digit())
            || !frac.chars().all(|c| c.is_ascii_digit())
            || (whole.is_empty() && frac.is_empty())
        {
            return Err(err());
        }
        let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| err())? };
        let frac: i64 = match frac.len() {
            0 => 0,
            1 => frac.parse::<i64>().map_err(|_| err())? * 10,
            _ => frac.parse().map_err(|_| err())?,
        };
        let pence = whole.checked_mul(100).and_then(|p| p.checked_add(frac)).ok_or_else(err)?;
        Ok(Money(if neg { -pence } else { pence }))
    }

    /// The amount as plain decimal pounds without the sign, e.g. "25.50" (for CSV).
    pub fn to_decimal(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        format!("{sign}{}.{:02}", self.0.abs() / 100, self.0.abs() % 100)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let pounds = self.0.abs() / 100;
        let pence = self.0.abs() % 100;
        // Thousands separators for readability: £4,500.00
        let digits = pounds.to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(c);
        }
        write!(f, "{sign}£{grouped}.{pence:02}")
    }
}

impl std::ops::Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl std::ops::AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        self.0 += rhs.0;
    }
}

impl std::ops::Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl std::iter::Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        Money(iter.map(|m| m.0).sum())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_common_forms() {
        assert_eq!(Money::parse("25"), Ok(Money(2500)));
        assert_eq!(Money::parse("25.5"), Ok(Money(2550)));
        assert_eq!(Money::parse("£25.05"), Ok(Money(2505)));
        assert_eq!(Money::parse(" 4,500.00 "), Ok(Money(450_000)));
        assert_eq!(Money::parse(".5"), Ok(Money(50)));
        assert!(Money::parse("25.555").is_err());
        assert!(Money::parse("abc").is_err());
        assert!(Money::parse("").is_err());
        assert!(Money::parse(".").is_err());
    }

    #[test]
    fn displays_pounds_with_separators() {
        assert_eq!(Money(450_000).to_string(), "£4,500.00");
        assert_eq!(Money(1505).to_string(), "£15.05");
        assert_eq!(Money(-99).to_string(), "-£0.99");
        assert_eq!(Money(2550).to_decimal(), "25.50");
    }

    proptest! {
        #[test]
        fn decimal_round_trips(pence in -10_000_000i64..10_000_000) {
            let m = Money(pence);
            prop_assert_eq!(Money::parse(&m.to_decimal()), Ok(m));
            prop_assert_eq!(Money::parse(&m.to_string()), Ok(m));
        }
    }
}
