//! Power cuts, which a kill cannot simulate: the store runs on a simulated disk
//! (`tests/common/disk.rs`) that stops making writes durable from its N-th sync on, as
//! redb's own crash-consistency tests do. A representative run of actions (every kind of
//! record, a status change, a booking, attendance, a large import that grows the file,
//! settings) is cut at every sync in turn; the disk that survives must reopen holding exactly
//! the actions whose commits were durable before the cut: no more, no less, nothing half
//! done, and `check` clean.

mod common;
mod conformance;

use carecoop::actions::{Action, ImportBatch, apply};
use carecoop::data::{DataStore, ReadsExt};
use carecoop::domain::*;
use carecoop::exchange::import::{Sheet, plan_people};
use carecoop::store::RedbStore;
use common::disk::{SimDisk, picture};
use conformance::{activity, assessment, contact, day, session};

/// One moment of the run: the syncs the disk had seen and the co-op it held.
struct Moment {
    syncs: u64,
    picture: String,
}

/// The representative actions, each through `actions::apply` as the window and the CLI run
/// them; `after` sees the store after each one commits.
fn run_actions(store: &mut dyn DataStore, after: &mut dyn FnMut(&dyn DataStore)) {
    let today = day(16);
    let mut act = |store: &mut dyn DataStore, action: Action| {
        apply(store, action, today).expect("the action succeeds on a working disk");
        after(store);
    };
    act(store, Action::StartCoop);
    act(store, Action::SaveMember(Box::new(Member::named("Isla MacLeod"))));
    act(store, Action::SaveActivity(Box::new(activity("Nature walk"))));
    act(
        store,
        Action::Intake(
            Box::new(Person::new("P0001", "Agnes Dewar")),
            Box::new(Referral::new(PersonId::NEW, day(1), ReferralSource::Gp)),
        ),
    );
    let member = store.all::<Member>().unwrap()[0].id;
    let activity_id = store.all::<Activity>().unwrap()[0].id;
    let agnes = store.person_by_ref("P0001").unwrap().unwrap();
    let referral = store.referrals_of_person(agnes.id).unwrap()[0].id;
    act(store, Action::ChangeReferralStatus(referral, ReferralStatus::Contacted, "rang".into()));
    act(store, Action::SaveContact(Box::new(contact(agnes.id, day(3)))));
    act(store, Action::SaveAssessment(Box::new(assessment(agnes.id, day(3), Timepoint::Before, 3))));
    // A big import: two hundred people in one transaction, which grows the file.
    let mut csv = format!(
        "{}
",
        common::PEOPLE_HEADER
    );
    for i in 0..200 {
        csv.push_str(&format!(
            ",Person Number {i},,1950-01-{:02},Aberfeldy,Taybridge,07700 900{i:03},,,walking,a long line of what matters to them {i},2026-01-05,no\n",
            i % 28 + 1
        ));
    }
    let existing = store.all::<Person>().unwrap();
    let plan = plan_people(&Sheet::csv(&csv).unwrap(), &existing, today).expect("the import file is good");
    act(store, Action::Import(Box::new(ImportBatch::People(plan))));
    let weekly: Vec<Session> = (0..60)
        .map(|w| session(activity_id, member, day(17) + chrono::Days::new(7 * w), 10, &[agnes.id]))
        .collect();
    act(store, Action::BookSessions(None, weekly));
    let first = store.sessions_of_person(agnes.id).unwrap()[0].id;
    act(store, Action::SetSessionCancelled(first, true));
    act(store, Action::SetComplianceWindow(45));
    act(store, Action::SetMemberArchived(member, true));
}

/// The run on a fresh disk cut at sync `cut` (never, with `None`): the moments after the
/// store was opened and after each action, and the disk.
fn run(cut: Option<u64>) -> (Vec<Moment>, SimDisk) {
    let disk = SimDisk::new();
    if let Some(n) = cut {
        disk.cut_power_at(n);
    }
    let mut moments = Vec::new();
    {
        let mut store = RedbStore::on_backend(disk.clone(), "simulated disk").expect("a new store opens");
        moments.push(Moment { syncs: disk.syncs(), picture: picture(&store) });
        run_actions(&mut store, &mut |s| moments.push(Moment { syncs: disk.syncs(), picture: picture(s) }));
    }
    (moments, disk)
}

#[test]
fn a_power_cut_at_any_sync_keeps_exactly_the_actions_committed_before_it() {
    let (uncut, disk) = run(None);
    let total = disk.syncs();
    assert!(total > uncut.len() as u64, "every action syncs: {total} syncs for {} moments", uncut.len());
    let mut checked = 0;
    for n in 1..=total + 1 {
        let (moments, disk) = run(Some(n));
        let image = disk.after_power_cut();
        let reopened = match RedbStore::on_backend(SimDisk::holding(image), "after the power cut") {
            Ok(store) => store,
            // Cut while the empty file was still being created: nothing had been saved yet.
            Err(_) if n <= moments[0].syncs => continue,
            Err(e) => panic!("power cut at sync {n}: the disk does not reopen: {e}"),
        };
        let report = reopened.check().expect("check runs");
        assert!(report.problems.is_empty(), "power cut at sync {n}: {:?}", report.problems);
        // Syncs before the cut are durable; an action is kept when all of its were.
        let kept = moments.iter().rposition(|m| m.syncs < n).map_or(0, |i| i);
        let found = picture(&reopened);
        assert!(
            found == moments[kept].picture,
            "power cut at sync {n}: expected the co-op after {kept} actions; it holds another state \
             (matches moment {:?})",
            moments.iter().position(|m| m.picture == found)
        );
        checked += 1;
    }
    eprintln!(
        "{checked} power cuts, one at each sync of a run of {} actions: nothing lost, nothing half done",
        uncut.len() - 1
    );
}
