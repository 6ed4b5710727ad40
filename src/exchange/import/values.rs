//! Values as people type them in spreadsheets: UK and ISO dates, clock times with a colon or
//! a point, and the many ways of saying yes and no.

use chrono::{NaiveDate, NaiveTime};

/// A date as `YYYY-MM-DD` (also `YYYY/MM/DD`) or the UK's day-first `DD/MM/YYYY` (also with
/// `-` or `.`, and one-digit days and months). A date-and-time from a spreadsheet keeps the
/// date when its time is midnight.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    let t = t.strip_suffix(" 00:00:00").or_else(|| t.strip_suffix("T00:00:00")).unwrap_or(t);
    let parts: Vec<&str> = t.split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else { return None };
    let number = |s: &str| {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (a_n, b_n, c_n) = (number(a)?, number(b)?, number(c)?);
    if a.len() == 4 {
        NaiveDate::from_ymd_opt(a_n as i32, b_n, c_n)
    } else if c.len() == 4 && a.len() <= 2 && b.len() <= 2 {
        NaiveDate::from_ymd_opt(c_n as i32, b_n, a_n)
    } else {
        None
    }
}

/// A time of day: `10:00`, `9:30`, `10.00`, `10:00:00`.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let t = text.trim();
    let t = if t.len() == 8 && t.ends_with(":00") { &t[..5] } else { t };
    let (h, m) = t.split_once([':', '.'])?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    if !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

/// yes/no, y/n, true/false, 1/0 in any case; `None` for anything else (blank included).
pub fn parse_yes_no(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "yes" | "y" | "true" | "1" => Some(true),
        "no" | "n" | "false" | "0" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn dates_as_typed() {
        for typed in [
            "2026-03-31",
            "31/03/2026",
            "31/3/2026",
            "31-03-2026",
            "31.03.2026",
            "2026/03/31",
            " 2026-03-31 ",
            "2026-03-31 00:00:00",
        ] {
            assert_eq!(parse_date(typed), d(2026, 3, 31), "{typed}");
        }
        assert_eq!(parse_date("01/02/2026"), d(2026, 2, 1), "day first, as in the UK");
        for bad in ["", "31/13/2026", "2026-02-30", "03/31/26", "tomorrow", "31/03", "1/2/3/4"] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn times_as_typed() {
        let ten = NaiveTime::from_hms_opt(10, 0, 0);
        for typed in ["10:00", "10.00", "10:00:00", " 10:00"] {
            assert_eq!(parse_time(typed), ten, "{typed}");
        }
        assert_eq!(parse_time("9:30"), NaiveTime::from_hms_opt(9, 30, 0));
        for bad in ["", "10", "25:00", "10:60", "10:0", "ten"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn yes_and_no_as_typed() {
        for typed in ["yes", "Y", "TRUE", "1", " Yes "] {
            assert_eq!(parse_yes_no(typed), Some(true), "{typed}");
        }
        for typed in ["no", "N", "false", "0"] {
            assert_eq!(parse_yes_no(typed), Some(false), "{typed}");
        }
        assert_eq!(parse_yes_no("maybe"), None);
    }

    #[test]
    fn money_as_typed() {
        for (typed, pence) in [("25", 2500), ("£25.50", 2550), ("£ 1,250.00", 125_000), ("1,250", 125_000)]
        {
            assert_eq!(Money::parse(typed), Ok(Money(pence)), "{typed}");
        }
    }

    /// Every choice reads back from its key, its label and each alias, in any case and with
    /// any separator; and no alias reads as a different choice.
    fn reads_every_spelling<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        key: fn(T) -> &'static str,
        label: fn(T) -> &'static str,
        aliases: fn(T) -> &'static [&'static str],
        from_key: fn(&str) -> Option<T>,
    ) {
        for c in all.iter().copied() {
            let mut spellings = vec![key(c).to_string(), label(c).to_string()];
            spellings.extend(aliases(c).iter().map(|a| a.to_string()));
            for s in spellings {
                for typed in [
                    s.clone(),
                    s.to_uppercase(),
                    s.to_lowercase(),
                    s.replace(['_', ' '], "-"),
                    format!(" {s} "),
                ] {
                    assert_eq!(from_key(&typed), Some(c), "{typed:?}");
                }
            }
        }
    }

    macro_rules! every_spelling {
        ($($t:ty),+) => { $( reads_every_spelling(<$t>::ALL, <$t>::key, <$t>::label, <$t>::aliases, <$t>::from_key); )+ };
    }

    #[test]
    fn every_choice_reads_from_every_spelling() {
        every_spelling!(
            Role,
            PvgScope,
            Format,
            PriceUnit,
            Need,
            ReferralSource,
            Urgency,
            ReferralStatus,
            Timepoint,
            Instrument,
            Repeat,
            ExceptionKind,
            Attendance
        );
    }

    #[test]
    fn the_spellings_the_issue_names() {
        assert_eq!(PriceUnit::from_key("hour"), Some(PriceUnit::PerHour));
        assert_eq!(PriceUnit::from_key("Per Hour"), Some(PriceUnit::PerHour));
        assert_eq!(PriceUnit::from_key("hourly"), Some(PriceUnit::PerHour));
        assert_eq!(PriceUnit::from_key("per person"), Some(PriceUnit::PerPerson));
        assert_eq!(PriceUnit::from_key("each"), Some(PriceUnit::PerPerson));
        assert_eq!(ReferralSource::from_key("Community nurse"), Some(ReferralSource::CommunityNurse));
        assert_eq!(ReferralSource::from_key("carer/family"), Some(ReferralSource::CarerFamily));
        assert_eq!(ReferralSource::from_key("Social Services"), Some(ReferralSource::SocialServices));
        assert_eq!(ReferralSource::from_key("Carer or family"), Some(ReferralSource::CarerFamily));
        assert_eq!(Format::from_key("1:1"), Some(Format::OneToOne));
        assert_eq!(ReferralStatus::from_key("Did not engage"), Some(ReferralStatus::DidNotEngage));
        assert_eq!(ReferralStatus::from_key("banana"), None);
    }
}
