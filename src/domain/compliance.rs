//! Whose papers lapse: PVG scheme membership and insurance, missing, expired or expiring soon.

use super::choice::choice_enum;
use super::member::{Member, PaperState};
use chrono::NaiveDate;

choice_enum!(
    /// A compliance paper.
    Paper {
        Pvg => ("pvg", "PVG"),
        Insurance => ("insurance", "Insurance"),
    }
);

/// One paper of one member that needs attention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComplianceIssue {
    /// The member's name.
    pub member: String,
    /// The member's id.
    pub member_id: super::MemberId,
    /// Which paper.
    pub paper: Paper,
    /// Missing, expired or expiring.
    pub state: PaperState,
    /// The expiry date, when known.
    pub date: Option<NaiveDate>,
}

impl ComplianceIssue {
    /// "missing", "expired" or "expiring" (the CLI's and JSON's word).
    pub fn state_key(&self) -> &'static str {
        match self.state {
            PaperState::Missing => "missing",
            PaperState::Expired => "expired",
            PaperState::Expiring(_) => "expiring",
            PaperState::Valid => "valid",
        }
    }

    /// The state in words, for people (see [`PaperState::label`]).
    pub fn state_label(&self) -> String {
        self.state.label()
    }
}

/// Every paper problem among active (not archived) members on `today`, with a warning
/// window of `window_days`: missing papers first, then by date, soonest first.
pub fn compliance_issues(members: &[Member], today: NaiveDate, window_days: i64) -> Vec<ComplianceIssue> {
    let mut issues: Vec<ComplianceIssue> = members
        .iter()
        .filter(|m| !m.archived)
        .flat_map(|m| {
            [(Paper::Pvg, m.pvg.expiry), (Paper::Insurance, m.insurance.expiry)].into_iter().filter_map(
                move |(paper, date)| {
                    let state = PaperState::of(date, today, window_days);
                    state.is_problem().then(|| ComplianceIssue {
                        member: m.name.clone(),
                        member_id: m.id,
                        paper,
                        state,
                        date,
                    })
                },
            )
        })
        .collect();
    issues.sort_by(|a, b| (a.date.is_some(), a.date, &a.member).cmp(&(b.date.is_some(), b.date, &b.member)));
    issues
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issues_are_missing_first_then_soonest() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let on = |d: i64| Some(today + chrono::Duration::days(d));
        let mut a = Member::named("Ann");
        a.pvg.expiry = on(0); // expires today: expiring
        a.insurance.expiry = on(61); // outside the window
        let mut b = Member::named("Bea");
        b.pvg.expiry = on(60); // last day of the window
        b.insurance.expiry = on(-1); // expired yesterday
        let mut c = Member::named("Cat");
        c.pvg.expiry = None; // missing
        c.insurance.expiry = on(400);
        let mut gone = Member::named("Dot");
        gone.archived = true;
        let issues = compliance_issues(&[a, b, c, gone], today, 60);
        let seen: Vec<(&str, &str, &str)> =
            issues.iter().map(|i| (i.member.as_str(), i.paper.key(), i.state_key())).collect();
        assert_eq!(
            seen,
            vec![
                ("Cat", "pvg", "missing"),
                ("Bea", "insurance", "expired"),
                ("Ann", "pvg", "expiring"),
                ("Bea", "pvg", "expiring"),
            ]
        );
    }
}
