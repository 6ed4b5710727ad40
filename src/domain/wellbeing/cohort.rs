//! A cohort's outcomes: how many improved, the mean change and its 95% confidence interval.

use super::change::{ChangeCategory, Outcome};
use super::instrument::Instrument;

/// Warwick suggests at least this many people with two timepoints before drawing conclusions.
pub const COHORT_MINIMUM: usize = 30;

/// A population mean for a reference line, with where it comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Norm {
    /// The mean score.
    pub mean: f64,
    /// The source, shown beside the line.
    pub source: &'static str,
}

/// The population norm drawn on charts of `instrument` (none for ONS4).
pub fn population_norm(instrument: Instrument) -> Option<Norm> {
    match instrument {
        Instrument::Wemwbs => Some(Norm {
            mean: 49.4,
            source: crate::i18n::static_text("dom-norm-wemwbs", "Scotland 2018 adults mean 49.4"),
        }),
        Instrument::Swemwbs => Some(Norm {
            mean: 23.5,
            source: crate::i18n::static_text("dom-norm-swemwbs", "England adults mean about 23.5"),
        }),
        Instrument::Ons4 => None,
    }
}

/// The summary of a cohort's outcomes on one instrument.
#[derive(Debug, Clone, PartialEq)]
pub struct CohortSummary {
    /// People with both a before and an after score.
    pub assessed: usize,
    /// Improved by at least the meaningful change.
    pub improved: usize,
    /// Changed by less than the meaningful change.
    pub no_change: usize,
    /// Declined by at least the meaningful change.
    pub declined: usize,
    /// With a before score but no after score yet.
    pub in_progress: usize,
    /// Mean of after − before over the assessed.
    pub mean_change: Option<f64>,
    /// 95% confidence interval of the mean change (needs two or more people).
    pub ci95: Option<(f64, f64)>,
}

impl CohortSummary {
    /// Summarises outcomes (one per person).
    pub fn of(outcomes: &[Outcome]) -> CohortSummary {
        let count = |c| outcomes.iter().filter(|o| o.category == c).count();
        let changes: Vec<f64> = outcomes.iter().filter_map(|o| o.change).collect();
        let n = changes.len();
        let mean = (n > 0).then(|| changes.iter().sum::<f64>() / n as f64);
        let ci95 = match mean {
            Some(m) if n >= 2 => {
                let var = changes.iter().map(|c| (c - m).powi(2)).sum::<f64>() / (n - 1) as f64;
                let half = t_critical_95(n - 1) * (var / n as f64).sqrt();
                Some((m - half, m + half))
            }
            _ => None,
        };
        CohortSummary {
            assessed: n,
            improved: count(ChangeCategory::Improved),
            no_change: count(ChangeCategory::NoChange),
            declined: count(ChangeCategory::Declined),
            in_progress: count(ChangeCategory::InProgress),
            mean_change: mean,
            ci95,
        }
    }

    /// "9 of 10 improved".
    pub fn headline(&self) -> String {
        crate::t!("dom-cohort-headline", improved = self.improved, assessed = self.assessed)
    }

    /// The caveat to show when the cohort is small, if any.
    pub fn caveat(&self) -> Option<String> {
        (self.assessed < COHORT_MINIMUM)
            .then(|| crate::t!("dom-cohort-caveat", minimum = COHORT_MINIMUM, n = self.assessed))
    }
}

/// Two-sided 95% critical value of Student's t with `df` degrees of freedom.
pub fn t_critical_95(df: usize) -> f64 {
    const TABLE: [f64; 30] = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145,
        2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048,
        2.045, 2.042,
    ];
    match df {
        0 => f64::NAN,
        1..=30 => TABLE[df - 1],
        31..=40 => 2.021,
        41..=60 => 2.000,
        61..=120 => 1.980,
        _ => 1.960,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(before: f64, after: Option<f64>, category: ChangeCategory) -> Outcome {
        Outcome { instrument: Instrument::Wemwbs, before, after, change: after.map(|a| a - before), category }
    }

    #[test]
    fn summary_counts_mean_and_interval() {
        let list = [
            outcome(40.0, Some(46.0), ChangeCategory::Improved),
            outcome(40.0, Some(44.0), ChangeCategory::Improved),
            outcome(40.0, Some(41.0), ChangeCategory::NoChange),
            outcome(40.0, None, ChangeCategory::InProgress),
        ];
        let s = CohortSummary::of(&list);
        assert_eq!((s.assessed, s.improved, s.no_change, s.declined, s.in_progress), (3, 2, 1, 0, 1));
        assert_eq!(s.headline(), "2 of 3 improved");
        let mean = s.mean_change.unwrap();
        assert!((mean - 11.0 / 3.0).abs() < 1e-9);
        // sd of (6,4,1) = 2.5166; se = 1.4530; t(2) = 4.303 → half width 6.2522
        let (lo, hi) = s.ci95.unwrap();
        assert!((hi - lo - 2.0 * 6.2522).abs() < 1e-3, "{lo} {hi}");
        assert!(s.caveat().unwrap().contains("n = 3"));
    }

    #[test]
    fn a_single_person_has_no_interval() {
        let s = CohortSummary::of(&[outcome(40.0, Some(45.0), ChangeCategory::Improved)]);
        assert_eq!(s.ci95, None);
        assert_eq!(s.mean_change, Some(5.0));
        assert!((t_critical_95(1000) - 1.96).abs() < 1e-9);
    }
}
