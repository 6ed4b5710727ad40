//! The same data in SQLite (bundled, WAL, the same indexes), and the same read queries, so the
//! benchmark can compare like with like.

use carecoop::data::ReadsExt;
use carecoop::domain::{Assessment, Person, Referral, Session};
use carecoop::store::RedbStore;
use rusqlite::{Connection, params};
use std::path::Path;

/// Copies the store's sessions, places, referrals and assessments into a SQLite file.
pub fn load(store: &RedbStore, path: &Path) -> Connection {
    let fresh = !path.exists();
    let mut conn = Connection::open(path).expect("sqlite");
    conn.pragma_update(None, "journal_mode", "WAL").expect("wal");
    if !fresh {
        return conn;
    }
    conn.execute_batch(
        "CREATE TABLE sessions(id INTEGER PRIMARY KEY, date TEXT, start TEXT, minutes INTEGER, activity INTEGER, member INTEGER, venue TEXT);
         CREATE TABLE places(session INTEGER, person INTEGER, attendance TEXT);
         CREATE TABLE referrals(id INTEGER PRIMARY KEY, person INTEGER, received TEXT, source TEXT, status INTEGER, status_since TEXT, urgency TEXT, link_worker TEXT);
         CREATE TABLE assessments(id INTEGER PRIMARY KEY, person INTEGER, date TEXT, timepoint TEXT, instrument TEXT, score REAL);
         CREATE TABLE people(id INTEGER PRIMARY KEY, ref TEXT, name TEXT, village TEXT);
         CREATE INDEX sessions_by_date ON sessions(date);
         CREATE INDEX sessions_by_member ON sessions(member);
         CREATE INDEX places_by_person ON places(person);
         CREATE INDEX places_by_session ON places(session);
         CREATE INDEX referrals_by_status ON referrals(status);
         CREATE INDEX referrals_by_person ON referrals(person);
         CREATE INDEX assessments_by_person ON assessments(person);",
    )
    .expect("schema");
    let tx = conn.transaction().expect("tx");
    {
        let mut s = tx.prepare("INSERT INTO sessions VALUES (?1,?2,?3,?4,?5,?6,?7)").expect("prep");
        let mut p = tx.prepare("INSERT INTO places VALUES (?1,?2,?3)").expect("prep");
        for x in store.all::<Session>().expect("sessions") {
            s.execute(params![
                x.id.0 as i64,
                x.date.to_string(),
                x.start.to_string(),
                x.minutes,
                x.activity.0 as i64,
                x.members[0].0 as i64,
                x.venue
            ])
            .expect("ins");
            for q in &x.participants {
                p.execute(params![x.id.0 as i64, q.person.0 as i64, q.attendance.key()]).expect("ins");
            }
        }
        let mut r = tx.prepare("INSERT INTO referrals VALUES (?1,?2,?3,?4,?5,?6,?7,?8)").expect("prep");
        for x in store.all::<Referral>().expect("referrals") {
            r.execute(params![
                x.id.0 as i64,
                x.person.0 as i64,
                x.received.to_string(),
                x.source.key(),
                x.status().index_key(),
                x.status_since().to_string(),
                x.urgency.key(),
                x.link_worker
            ])
            .expect("ins");
        }
        let mut a = tx.prepare("INSERT INTO assessments VALUES (?1,?2,?3,?4,?5,?6)").expect("prep");
        for x in store.all::<Assessment>().expect("assessments") {
            a.execute(params![
                x.id.0 as i64,
                x.person.0 as i64,
                x.date.to_string(),
                x.timepoint.key(),
                x.instrument.key(),
                x.headline()
            ])
            .expect("ins");
        }
        let mut pe = tx.prepare("INSERT INTO people VALUES (?1,?2,?3,?4)").expect("prep");
        for x in store.all::<Person>().expect("people") {
            pe.execute(params![x.id.0 as i64, x.reference, x.name, x.village]).expect("ins");
        }
    }
    tx.commit().expect("commit");
    conn
}

/// One session row with its places.
type SessionRow = (i64, String, String, i64, i64, i64, String, Vec<(i64, String)>);

/// Sessions chosen by `sql` (its columns: id, date, start, minutes, activity, member, venue),
/// each with its places, as carecoop's session records carry them.
fn sessions_with_places(conn: &Connection, sql: &str, args: impl rusqlite::Params) -> Vec<SessionRow> {
    let mut st = conn.prepare_cached(sql).expect("prep");
    let mut places =
        conn.prepare_cached("SELECT person, attendance FROM places WHERE session = ?1").expect("prep");
    st.query_map(args, |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, Vec::new()))
    })
    .expect("query")
    .filter_map(Result::ok)
    .map(|mut row| {
        row.7 = places
            .query_map(params![row.0], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("q")
            .filter_map(Result::ok)
            .collect();
        row
    })
    .collect()
}

/// Sessions in a week, with their places (rows = sessions).
pub fn week(conn: &Connection, from: chrono::NaiveDate, to: chrono::NaiveDate) -> usize {
    sessions_with_places(
        conn,
        "SELECT id, date, start, minutes, activity, member, venue FROM sessions WHERE date BETWEEN ?1 AND ?2 ORDER BY date, start",
        params![from.to_string(), to.to_string()],
    )
    .len()
}

/// A person's referrals, sessions (with their places, as the app's session records carry them)
/// and assessments, every column (rows in all).
pub fn history(conn: &Connection, person: u64) -> usize {
    let p = person as i64;
    let mut referrals = conn
        .prepare_cached("SELECT id, person, received, source, status, status_since, urgency, link_worker FROM referrals WHERE person = ?1 ORDER BY received, id")
        .expect("prep");
    let referrals = referrals
        .query_map(params![p], |r| {
            Ok((
                (r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?),
                (r.get::<_, i64>(4)?, r.get::<_, String>(5)?, r.get::<_, String>(6)?, r.get::<_, String>(7)?),
            ))
        })
        .expect("q")
        .filter_map(Result::ok)
        .count();
    let sessions = sessions_with_places(
        conn,
        "SELECT s.id, s.date, s.start, s.minutes, s.activity, s.member, s.venue FROM sessions s
         WHERE s.id IN (SELECT session FROM places WHERE person = ?1) ORDER BY s.date, s.start, s.id",
        params![p],
    );
    let mut assessments = conn
        .prepare_cached(
            "SELECT id, person, date, timepoint, instrument, score FROM assessments WHERE person = ?1 ORDER BY date, id",
        )
        .expect("prep");
    let assessments = assessments
        .query_map(params![p], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, Option<f64>>(5)?,
            ))
        })
        .expect("q")
        .filter_map(Result::ok)
        .count();
    referrals + sessions.len() + assessments
}

/// Referrals not yet active (the waiting list): the columns the waiting list shows.
pub fn waiting(conn: &Connection) -> usize {
    let mut st = conn
        .prepare_cached(
            "SELECT id, person, received, source, status, status_since, urgency, link_worker
             FROM referrals WHERE status IN (0,1,2,3) ORDER BY received, id",
        )
        .expect("prep");
    st.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, i64>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?,
            r.get::<_, String>(7)?,
        ))
    })
    .expect("q")
    .filter_map(Result::ok)
    .count()
}

/// WEMWBS outcomes per person: first before, last after (rows = people with a before score).
pub fn cohort(conn: &Connection) -> usize {
    let mut st = conn
        .prepare_cached(
            "SELECT person,
                    (SELECT score FROM assessments b WHERE b.person = a.person AND b.instrument = 'WEMWBS' AND b.timepoint = 'before' AND b.score IS NOT NULL ORDER BY date, id LIMIT 1),
                    (SELECT score FROM assessments c WHERE c.person = a.person AND c.instrument = 'WEMWBS' AND c.timepoint = 'after' AND c.score IS NOT NULL ORDER BY date DESC, id DESC LIMIT 1)
             FROM assessments a WHERE a.instrument = 'WEMWBS' AND a.timepoint = 'before' AND a.score IS NOT NULL GROUP BY person",
        )
        .expect("prep");
    st.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Option<f64>>(1)?, r.get::<_, Option<f64>>(2)?)))
        .expect("q")
        .filter_map(Result::ok)
        .count()
}
