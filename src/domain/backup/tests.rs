use super::*;
use proptest::prelude::*;

fn at(y: i32, m: u32, d: u32, h: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, 0, 0).unwrap()
}

#[test]
fn keeps_the_newest_of_each_of_the_last_seven_days_and_eight_weeks() {
    // A backup at 9:00 and 17:00 every day for 90 days up to Thu 3 Dec 2026.
    let last = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let taken: Vec<NaiveDateTime> = (0..90)
        .flat_map(|back| {
            let day = last - chrono::Days::new(back);
            [day.and_hms_opt(9, 0, 0).unwrap(), day.and_hms_opt(17, 0, 0).unwrap()]
        })
        .collect();
    let keep = to_keep(&taken, Rotation::default());
    // Days: 27 Nov to 3 Dec at 17:00.
    for d in 27..=30 {
        assert!(keep.contains(&at(2026, 11, d, 17)), "{d} Nov");
    }
    for d in 1..=3 {
        assert!(keep.contains(&at(2026, 12, d, 17)), "{d} Dec");
    }
    assert!(!keep.contains(&at(2026, 12, 2, 9)), "the earlier one of a kept day goes");
    assert!(keep.contains(&at(2026, 12, 3, 9)), "but every one of the newest day stays");
    assert!(!keep.contains(&at(2026, 11, 26, 17)), "26 Nov is neither a kept day nor its week's newest");
    // Weeks: the newest of each of the last eight ISO weeks (Sundays at 17:00, and this week's today).
    for (m, d) in [(11, 29), (11, 22), (11, 15), (11, 8), (11, 1), (10, 25), (10, 18)] {
        assert!(keep.contains(&at(2026, m, d, 17)), "week ending {d}/{m}");
    }
    assert!(!keep.contains(&at(2026, 10, 11, 17)), "the ninth week back goes");
    assert_eq!(keep.len(), 1 + 7 + 6, "today's two, six more days, and six more weeks beyond the days");
}

#[test]
fn names_round_trip_and_others_are_not_backups() {
    let moment = at(2026, 12, 3, 9) + chrono::Duration::seconds(1234);
    let name = file_name("coop", moment);
    assert_eq!(name, "coop 2026-12-03 092034.redb");
    assert_eq!(taken_at("coop", &name), Some(moment));
    assert_eq!(taken_at("other", &name), None);
    assert_eq!(taken_at("coop", "coop notes.txt"), None);
    assert_eq!(taken_at("coop", "coop.redb"), None);
}

proptest! {
    #[test]
    fn never_more_than_the_rotation_and_always_the_newest(
        hours in proptest::collection::vec(0i64..24 * 200, 1..80),
        daily in 0u16..10,
        weekly in 0u16..10,
    ) {
        let start = at(2026, 1, 1, 0);
        let taken: Vec<NaiveDateTime> = hours.iter().map(|h| start + chrono::Duration::hours(*h)).collect();
        let keep = to_keep(&taken, Rotation { daily, weekly });
        let newest_day = taken.iter().max().unwrap().date();
        let same_day = taken.iter().filter(|t| t.date() == newest_day).count();
        prop_assert!(keep.len() <= usize::from(daily) + usize::from(weekly) + same_day);
        prop_assert!(keep.iter().all(|k| taken.contains(k)));
        if daily + weekly > 0 {
            prop_assert!(keep.contains(taken.iter().max().unwrap()), "the newest is always kept");
        }
    }
}
