//! A person at a glance: what lists, the waiting list and the outcome tables show about them,
//! derived from the person, their referrals and their assessments.
//!
//! The store keeps one summary per person, rewritten in the same transaction as any change to
//! the records it is derived from, so a list of sixty thousand people reads sixty thousand small
//! summaries instead of every person, referral and assessment.

use super::wellbeing::{MeaningfulChange, Outcome, outcome_of_scores};
use super::{
    Assessment, Instrument, Person, PersonId, Referral, ReferralId, ReferralSource, ReferralStatus,
    Timepoint, Urgency,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A referral at a glance: what the waiting list and the people list show of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralGlance {
    /// Which referral.
    pub id: ReferralId,
    /// Who is referred.
    pub person: PersonId,
    /// When it arrived.
    pub received: NaiveDate,
    /// Where it came from.
    pub source: ReferralSource,
    /// Its current status.
    pub status: ReferralStatus,
    /// When the current status was entered.
    pub status_since: NaiveDate,
    /// How soon it needs a response.
    pub urgency: Urgency,
    /// The link worker it is assigned to.
    pub link_worker: String,
}

impl ReferralGlance {
    /// The glance of one referral.
    pub fn of(r: &Referral) -> ReferralGlance {
        ReferralGlance {
            id: r.id,
            person: r.person,
            received: r.received,
            source: r.source,
            status: r.status(),
            status_since: r.status_since(),
            urgency: r.urgency,
            link_worker: r.link_worker.clone(),
        }
    }

    /// Days since it was received (never negative).
    pub fn days_waiting(&self, today: NaiveDate) -> i64 {
        (today - self.received).num_days().max(0)
    }
}

/// One headline score: the first complete "before" or the last complete "after" of a measure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct HeadlineScore {
    /// Which questionnaire.
    pub instrument: Instrument,
    /// Before or after.
    pub timepoint: Timepoint,
    /// When it was taken.
    pub date: NaiveDate,
    /// The headline score (SWEMWBS: the metric score).
    pub score: f64,
}

/// A person at a glance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonSummary {
    /// Whose summary.
    pub id: PersonId,
    /// Their reference, e.g. P0042.
    pub reference: String,
    /// Full name.
    pub name: String,
    /// Name they like to be called, if different.
    pub preferred_name: String,
    /// Date of birth, if known.
    pub date_of_birth: Option<NaiveDate>,
    /// Village or town.
    pub village: String,
    /// GP practice.
    pub gp_practice: String,
    /// Their latest referral (latest received; the higher id breaks a tie), if any.
    pub latest_referral: Option<ReferralGlance>,
    /// How many referrals they have.
    pub referrals: u32,
    /// How many assessments they have (any measure, complete or not).
    pub assessments: u32,
    /// For each measure with an outcome: the first complete before and last complete after.
    pub headlines: Vec<HeadlineScore>,
    /// Lower-cased text a search matches: name, preferred name, reference, village (the same
    /// as [`Person::search_key`]); stored so a search never lower-cases sixty thousand names.
    pub search_key: String,
}

impl PersonSummary {
    /// The summary of `person` from their referrals and assessments (any order).
    pub fn of(person: &Person, referrals: &[Referral], assessments: &[Assessment]) -> PersonSummary {
        let latest = referrals.iter().max_by_key(|r| (r.received, r.id));
        let mut headlines = Vec::new();
        for &instrument in Instrument::ALL {
            let scored = |tp: Timepoint| {
                let mut v: Vec<(NaiveDate, u64, f64)> = assessments
                    .iter()
                    .filter(|a| a.instrument == instrument && a.timepoint == tp)
                    .filter_map(|a| a.headline().map(|s| (a.date, a.id.0, s)))
                    .collect();
                v.sort_by_key(|a| (a.0, a.1));
                v
            };
            let first_before = scored(Timepoint::Before).first().copied();
            let last_after = scored(Timepoint::After).last().copied();
            for (tp, found) in [(Timepoint::Before, first_before), (Timepoint::After, last_after)] {
                if let Some((date, _, score)) = found {
                    headlines.push(HeadlineScore { instrument, timepoint: tp, date, score });
                }
            }
        }
        PersonSummary {
            id: person.id,
            reference: person.reference.clone(),
            name: person.name.clone(),
            preferred_name: person.preferred_name.clone(),
            date_of_birth: person.date_of_birth,
            village: person.village.clone(),
            gp_practice: person.gp_practice.clone(),
            latest_referral: latest.map(ReferralGlance::of),
            referrals: u32::try_from(referrals.len()).unwrap_or(u32::MAX),
            assessments: u32::try_from(assessments.len()).unwrap_or(u32::MAX),
            headlines,
            search_key: person.search_key(),
        }
    }

    /// Age in whole years on `today`, if the date of birth is known.
    pub fn age_on(&self, today: NaiveDate) -> Option<u32> {
        super::person::age_between(self.date_of_birth?, today)
    }

    /// The headline score of `instrument` at `timepoint`, if there is one.
    pub fn headline(&self, instrument: Instrument, timepoint: Timepoint) -> Option<f64> {
        self.headlines
            .iter()
            .find(|h| h.instrument == instrument && h.timepoint == timepoint)
            .map(|h| h.score)
    }

    /// When the headline score of `instrument` at `timepoint` was taken.
    pub fn headline_date(&self, instrument: Instrument, timepoint: Timepoint) -> Option<NaiveDate> {
        self.headlines.iter().find(|h| h.instrument == instrument && h.timepoint == timepoint).map(|h| h.date)
    }

    /// The person's outcome on `instrument` (the same as
    /// [`super::wellbeing::change::outcome_for`] over all their assessments).
    pub fn outcome(&self, instrument: Instrument, thresholds: &MeaningfulChange) -> Option<Outcome> {
        outcome_of_scores(
            instrument,
            self.headline(instrument, Timepoint::Before),
            self.headline(instrument, Timepoint::After),
            thresholds,
        )
    }
}

/// Everyone's summary from every person, referral and assessment (any order), in `people`
/// order.
pub fn summaries_of(
    people: &[Person],
    referrals: Vec<Referral>,
    assessments: Vec<Assessment>,
) -> Vec<PersonSummary> {
    let mut by_person: HashMap<PersonId, (Vec<Referral>, Vec<Assessment>)> = HashMap::new();
    for r in referrals {
        by_person.entry(r.person).or_default().0.push(r);
    }
    for a in assessments {
        by_person.entry(a.person).or_default().1.push(a);
    }
    let none = (Vec::new(), Vec::new());
    people
        .iter()
        .map(|p| {
            let (referrals, assessments) = by_person.get(&p.id).unwrap_or(&none);
            PersonSummary::of(p, referrals, assessments)
        })
        .collect()
}

/// What is wrong with `stored` summaries (keyed by person id) against summaries computed
/// afresh from the records: missing, out of date, or of someone who does not exist. Every
/// backend's `check` uses it.
pub fn summary_problems(
    people: &[Person],
    referrals: Vec<Referral>,
    assessments: Vec<Assessment>,
    mut stored: std::collections::HashMap<u64, PersonSummary>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for (p, fresh) in people.iter().zip(summaries_of(people, referrals, assessments)) {
        match stored.remove(&p.id.0) {
            None => problems.push(crate::t!("dom-summary-missing", reference = p.reference.as_str())),
            Some(s) if s != fresh => {
                problems.push(crate::t!("dom-summary-stale", reference = p.reference.as_str()))
            }
            Some(_) => {}
        }
    }
    let mut orphans: Vec<u64> = stored.into_keys().collect();
    orphans.sort_unstable();
    for id in orphans {
        problems.push(crate::t!("dom-summary-orphan", id = id.to_string()));
    }
    problems
}

#[cfg(test)]
mod tests;
