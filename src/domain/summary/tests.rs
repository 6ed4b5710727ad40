use super::*;
use crate::domain::wellbeing::outcome_for;
use crate::domain::{AssessmentId, ReferralId};
use proptest::prelude::*;

fn day(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default() + chrono::Days::new(u64::from(n))
}

fn assessment(id: u64, d: u32, tp: Timepoint, instrument: Instrument, answer: Option<u8>) -> Assessment {
    let items = instrument.item_count();
    Assessment {
        id: AssessmentId(id),
        person: PersonId(1),
        date: day(d),
        timepoint: tp,
        instrument,
        answers: (0..items).map(|i| if i == 0 { answer } else { Some(3) }).collect(),
        recorded_by: String::new(),
    }
}

fn person() -> Person {
    let mut p = Person::new("P0001", "Ailsa Mackay");
    p.id = PersonId(1);
    p.preferred_name = "Ailsa".into();
    p.village = "Aberfeldy".into();
    p
}

#[test]
fn latest_referral_is_the_latest_received_and_the_higher_id_breaks_a_tie() {
    let mut a = Referral::new(PersonId(1), day(10), ReferralSource::Gp);
    a.id = ReferralId(5);
    let mut b = Referral::new(PersonId(1), day(20), ReferralSource::SelfReferral);
    b.id = ReferralId(2);
    b.set_status(ReferralStatus::Active, day(25), "");
    let mut c = Referral::new(PersonId(1), day(20), ReferralSource::SocialServices);
    c.id = ReferralId(1);
    let s = PersonSummary::of(&person(), &[a, b, c], &[]);
    let latest = s.latest_referral.clone().expect("a latest referral");
    assert_eq!(latest.id, ReferralId(2));
    assert_eq!(latest.status, ReferralStatus::Active);
    assert_eq!(latest.status_since, day(25));
    assert_eq!(s.referrals, 3);
    assert_eq!(s.search_key, person().search_key());
}

#[test]
fn no_referral_and_no_scores_give_an_empty_glance() {
    let s = PersonSummary::of(&person(), &[], &[]);
    assert_eq!(s.latest_referral, None);
    assert!(s.headlines.is_empty());
    assert_eq!(s.outcome(Instrument::Wemwbs, &MeaningfulChange::default()), None);
}

#[test]
fn incomplete_assessments_are_never_headlines() {
    let list = [
        assessment(1, 1, Timepoint::Before, Instrument::Wemwbs, None),
        assessment(2, 2, Timepoint::Before, Instrument::Wemwbs, Some(5)),
    ];
    let s = PersonSummary::of(&person(), &[], &list);
    assert_eq!(s.headline(Instrument::Wemwbs, Timepoint::Before), list[1].headline());
    assert_eq!(s.assessments, 2);
}

fn arb_assessment() -> impl Strategy<Value = Assessment> {
    (
        1u64..40,
        0u32..30,
        prop_oneof![Just(Timepoint::Before), Just(Timepoint::During), Just(Timepoint::After)],
        prop_oneof![Just(Instrument::Wemwbs), Just(Instrument::Swemwbs), Just(Instrument::Ons4)],
        proptest::option::weighted(0.8, 1u8..=5),
    )
        .prop_map(|(id, d, tp, instrument, answer)| {
            let answer = if instrument == Instrument::Ons4 { answer.map(|a| a * 2) } else { answer };
            assessment(id, d, tp, instrument, answer)
        })
}

proptest! {
    /// The stored headlines give exactly the outcome computed from every assessment.
    #[test]
    fn summary_outcome_equals_outcome_over_all_assessments(
        list in proptest::collection::vec(arb_assessment(), 0..12),
        wemwbs in 1.0f64..5.0,
        swemwbs in 0.5f64..3.0,
    ) {
        let thresholds = MeaningfulChange { wemwbs, swemwbs };
        let s = PersonSummary::of(&person(), &[], &list);
        for &instrument in Instrument::ALL {
            prop_assert_eq!(s.outcome(instrument, &thresholds), outcome_for(&list, instrument, &thresholds));
        }
    }
}

#[test]
fn summaries_of_everyone_give_each_person_their_own_records() {
    let mut other = Person::new("P0002", "Bill McIntyre");
    other.id = PersonId(2);
    let mut theirs = Referral::new(PersonId(2), day(3), ReferralSource::Gp);
    theirs.id = ReferralId(7);
    let mine = assessment(1, 1, Timepoint::Before, Instrument::Wemwbs, Some(4));
    let people = [person(), other];
    let all = summaries_of(&people, vec![theirs], vec![mine.clone()]);
    assert_eq!(all.len(), 2);
    assert_eq!(all[0], PersonSummary::of(&people[0], &[], &[mine]));
    assert_eq!(all[1].latest_referral.as_ref().map(|r| r.id), Some(ReferralId(7)));
    assert_eq!(all[1].assessments, 0);
}
