//! The referrals report: counts by month and source, by status, and how long people wait.

use crate::charts::{Chart, ReferralsChart};
use crate::domain::{Referral, ReferralSource, ReferralStatus};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// Referrals received in one month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthCounts {
    /// "YYYY-MM".
    pub month: String,
    /// All referrals that month.
    pub total: usize,
    /// By source key (self, gp, ...).
    pub by_source: BTreeMap<&'static str, usize>,
}

/// The referrals report for a date range.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReferralsReport {
    /// First day covered (received on or after).
    pub from: Option<NaiveDate>,
    /// Last day covered.
    pub to: Option<NaiveDate>,
    /// Referrals in the range.
    pub total: usize,
    /// Per month, oldest first.
    pub by_month: Vec<MonthCounts>,
    /// By source key, in the standard order.
    pub by_source: BTreeMap<&'static str, usize>,
    /// By current status key.
    pub by_status: BTreeMap<&'static str, usize>,
    /// Median days from referral to starting (or to today while still waiting).
    pub median_days_waiting: Option<f64>,
    /// The longest such wait.
    pub longest_days_waiting: Option<i64>,
}

/// Days a referral waited: to its first "active" status, or to `today` while still waiting;
/// `None` when it ended without starting.
pub fn days_waited(r: &Referral, today: NaiveDate) -> Option<i64> {
    if let Some(start) = r.history.iter().find(|h| h.status == ReferralStatus::Active) {
        return Some((start.date - r.received).num_days().max(0));
    }
    r.status().is_waiting().then(|| r.days_waiting(today))
}

/// Builds the report from referrals received between `from` and `to` (inclusive, either open).
pub fn referrals_report(
    referrals: &[Referral],
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    today: NaiveDate,
) -> ReferralsReport {
    let chosen: Vec<&Referral> = referrals
        .iter()
        .filter(|r| from.is_none_or(|f| r.received >= f) && to.is_none_or(|t| r.received <= t))
        .collect();
    let mut months: BTreeMap<String, MonthCounts> = BTreeMap::new();
    let mut by_source: BTreeMap<&'static str, usize> =
        ReferralSource::ALL.iter().map(|s| (s.key(), 0)).collect();
    let mut by_status: BTreeMap<&'static str, usize> =
        ReferralStatus::ALL.iter().map(|s| (s.key(), 0)).collect();
    let mut waits = Vec::new();
    for r in &chosen {
        let month = r.received.format("%Y-%m").to_string();
        let entry = months.entry(month.clone()).or_insert_with(|| MonthCounts {
            month,
            total: 0,
            by_source: BTreeMap::new(),
        });
        entry.total += 1;
        *entry.by_source.entry(r.source.key()).or_default() += 1;
        *by_source.entry(r.source.key()).or_default() += 1;
        *by_status.entry(r.status().key()).or_default() += 1;
        waits.extend(days_waited(r, today));
    }
    waits.sort_unstable();
    let median = match waits.len() {
        0 => None,
        n if n % 2 == 1 => Some(waits[n / 2] as f64),
        n => Some((waits[n / 2 - 1] + waits[n / 2]) as f64 / 2.0),
    };
    ReferralsReport {
        from,
        to,
        total: chosen.len(),
        by_month: months.into_values().collect(),
        by_source,
        by_status,
        median_days_waiting: median,
        longest_days_waiting: waits.last().copied(),
    }
}

/// "2026-08" as "Aug 2026".
pub fn month_label(month: &str) -> String {
    NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d")
        .map_or_else(|_| month.to_string(), |d| crate::i18n::date(d, "%b %Y"))
}

/// A source's label from its key ("carer_family" → "Carer or family").
pub fn source_label(key: &str) -> &str {
    ReferralSource::from_key(key).map_or(key, |s| s.label())
}

/// A status's label from its key ("did_not_engage" → "Did not engage").
pub fn status_label(key: &str) -> &str {
    ReferralStatus::from_key(key).map_or(key, |s| s.label())
}

/// The report's months as a stacked bar chart by source, sources by their labels.
pub fn referrals_chart(report: &ReferralsReport, title: &str) -> Chart {
    let sources = ReferralSource::ALL;
    Chart::Referrals(ReferralsChart {
        title: title.to_string(),
        sources: sources.iter().map(|s| s.label().to_string()).collect(),
        months: report
            .by_month
            .iter()
            .map(|m| {
                let counts = sources.iter().map(|s| m.by_source.get(s.key()).copied().unwrap_or(0)).collect();
                (month_label(&m.month), counts)
            })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PersonId;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    #[test]
    fn counts_and_waits() {
        let today = d(11, 22);
        let mut started = Referral::new(PersonId(1), d(9, 1), ReferralSource::Gp);
        started.set_status(ReferralStatus::Active, d(9, 11), "");
        let waiting = Referral::new(PersonId(2), d(11, 2), ReferralSource::SelfReferral);
        let mut declined = Referral::new(PersonId(3), d(10, 5), ReferralSource::Gp);
        declined.set_status(ReferralStatus::Declined, d(10, 6), "");
        let all = [started, waiting, declined];
        let r = referrals_report(&all, None, None, today);
        assert_eq!(r.total, 3);
        assert_eq!(r.by_source["gp"], 2);
        assert_eq!(r.by_status["declined"], 1);
        assert_eq!(r.by_month.len(), 3);
        // Waits: 10 (started) and 20 (still waiting); the declined one never started.
        assert_eq!(r.median_days_waiting, Some(15.0));
        assert_eq!(r.longest_days_waiting, Some(20));
        let october = referrals_report(&all, Some(d(10, 1)), Some(d(10, 31)), today);
        assert_eq!(october.total, 1);
        assert_eq!(october.median_days_waiting, None);
        let Chart::Referrals(chart) = referrals_chart(&r, "Referrals") else { panic!("a referrals chart") };
        assert_eq!(
            chart.months.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(),
            ["Sep 2026", "Oct 2026", "Nov 2026"]
        );
        let gp = chart.sources.iter().position(|s| s == "GP").unwrap();
        assert_eq!(chart.months[0].1[gp], 1);
        assert_eq!(chart.months.iter().map(|m| m.1.iter().sum::<usize>()).sum::<usize>(), 3);
    }

    #[test]
    fn every_key_has_its_label() {
        for s in ReferralSource::ALL {
            assert_eq!(source_label(s.key()), s.label());
        }
        for s in ReferralStatus::ALL {
            assert_eq!(status_label(s.key()), s.label());
        }
        assert_eq!(source_label("carer_family"), "Carer or family");
        assert_eq!(status_label("did_not_engage"), "Did not engage");
        assert_eq!(month_label("2026-08"), "Aug 2026");
    }
}
