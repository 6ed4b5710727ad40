//! The server's tables, as versioned migrations. Each record table has the columns an analyst
//! queries with plain SQL, the whole record as `record jsonb`, and who changed it when
//! (`version`, `changed_by`, `changed_at`). Documented in the README.

/// The schema version this build writes; a newer database is refused.
pub const SCHEMA_VERSION: i64 = 6;

/// The migrations, in order: migration `n` (from 1) brings a database to version `n`.
pub const MIGRATIONS: &[&str] =
    &[MIGRATION_1, MIGRATION_2, MIGRATION_3, MIGRATION_4, MIGRATION_5, MIGRATION_6];

const MIGRATION_1: &str = r#"
CREATE TABLE carecoop_meta (key text PRIMARY KEY, value bigint NOT NULL);

CREATE SEQUENCE member_ids;
CREATE SEQUENCE activity_ids;
CREATE SEQUENCE person_ids;
CREATE SEQUENCE referral_ids;
CREATE SEQUENCE session_ids;
CREATE SEQUENCE series_ids;
CREATE SEQUENCE assessment_ids;
CREATE SEQUENCE fund_ids;
CREATE SEQUENCE contact_ids;

CREATE TABLE members (
    id bigint PRIMARY KEY, name text NOT NULL, role text NOT NULL, hourly_rate_pence bigint NOT NULL,
    archived boolean NOT NULL,
    record jsonb NOT NULL, version bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT session_user, changed_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE activities (
    id bigint PRIMARY KEY, name text NOT NULL, category text NOT NULL, format text NOT NULL,
    capacity integer NOT NULL, village text NOT NULL, price_pence bigint NOT NULL, price_unit text NOT NULL,
    archived boolean NOT NULL,
    record jsonb NOT NULL, version bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT session_user, changed_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE people (
    id bigint PRIMARY KEY, reference text NOT NULL UNIQUE, name text NOT NULL, village text NOT NULL,
    gp_practice text NOT NULL, date_of_birth date,
    record jsonb NOT NULL, version bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT session_user, changed_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE referrals (
    id bigint PRIMARY KEY, person_id bigint NOT NULL, received date NOT NULL, source text NOT NULL,
    status text NOT NULL, status_since date NOT NULL, urgency text NOT NULL, link_worker text NOT NULL,
    record jsonb NOT NULL, version bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT session_user, changed_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX referrals_by_person ON referrals (person_id);
CREATE INDEX referrals_by_status ON referrals (status);
CREATE TABLE series (
    id bigint PRIMARY KEY,
    record jsonb NOT NULL, version bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT session_user, changed_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE sessions (
    id bigint PRIMARY KEY, series_id bigint, activity_id bigint NOT NULL, date date NOT NULL,
    start_time time NOT NULL, minutes integer NOT NULL, venue text NOT NULL, cancelled boolean NOT NULL,
    record jsonb NOT NULL, version bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT session_user, changed_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX sessions_by_date ON sessions (date);
CREATE INDEX sessions_by_series ON sessions (series_id);
CREATE TABLE session_members (
    session_id bigint NOT NULL, member_id bigint NOT NULL, PRIMARY KEY (session_id, member_id));
CREATE INDEX session_members_by_member ON session_members (member_id);
CREATE TABLE places (
    session_id bigint NOT NULL, person_id bigint NOT NULL, payer text NOT NULL, attendance text NOT NULL,
    PRIMARY KEY (session_id, person_id));
CREATE INDEX places_by_person ON places (person_id);
CREATE TABLE assessments (
    id bigint PRIMARY KEY, person_id bigint NOT NULL, date date NOT NULL, timepoint text NOT NULL,
    instrument text NOT NULL, score double precision,
    record jsonb NOT NULL, version bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT session_user, changed_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX assessments_by_person ON assessments (person_id);
CREATE TABLE contacts (
    id bigint PRIMARY KEY, person_id bigint NOT NULL, date date NOT NULL, kind text NOT NULL,
    next_due date,
    record jsonb NOT NULL, version bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT session_user, changed_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX contacts_by_person ON contacts (person_id);
CREATE TABLE funds (
    id bigint PRIMARY KEY, name text NOT NULL, funder text NOT NULL, amount_pence bigint NOT NULL,
    start_date date NOT NULL, end_date date NOT NULL,
    record jsonb NOT NULL, version bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT session_user, changed_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE availability (
    member_id bigint PRIMARY KEY,
    record jsonb NOT NULL, version bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT session_user, changed_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE settings (
    id integer PRIMARY KEY CHECK (id = 1),
    record jsonb NOT NULL, version bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT session_user, changed_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE person_summaries (person_id bigint PRIMARY KEY, record jsonb NOT NULL);
"#;

/// 2: what each commit changed, so an open window brings its copy of the co-op up to date
/// by reading only that: every record row carries the transaction that last wrote it
/// (`xid`), deleted records leave their kind and id (never their contents) in
/// `carecoop_deletions`, and `carecoop_commits` numbers the commits in the order they
/// happened (each writer takes its number under a lock held until it commits).
const MIGRATION_2: &str = r#"
ALTER TABLE members ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX members_by_xid ON members (xid);
ALTER TABLE activities ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX activities_by_xid ON activities (xid);
ALTER TABLE people ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX people_by_xid ON people (xid);
ALTER TABLE referrals ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX referrals_by_xid ON referrals (xid);
ALTER TABLE series ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX series_by_xid ON series (xid);
ALTER TABLE sessions ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX sessions_by_xid ON sessions (xid);
ALTER TABLE assessments ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX assessments_by_xid ON assessments (xid);
ALTER TABLE contacts ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX contacts_by_xid ON contacts (xid);
ALTER TABLE funds ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX funds_by_xid ON funds (xid);
ALTER TABLE availability ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX availability_by_xid ON availability (xid);
ALTER TABLE settings ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX settings_by_xid ON settings (xid);
CREATE TABLE carecoop_deletions (
    kind text NOT NULL, id bigint NOT NULL, xid xid8 NOT NULL DEFAULT pg_current_xact_id());
CREATE INDEX carecoop_deletions_by_xid ON carecoop_deletions (xid);
CREATE TABLE carecoop_commits (
    seq bigserial PRIMARY KEY, xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_by text NOT NULL DEFAULT session_user, changed_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX carecoop_commits_by_xid ON carecoop_commits (xid);
"#;

/// 3: records an action claims for a rule it checks by reading (`Transaction::claim`: no
/// member or person booked twice at once); two actions claiming one at the same moment meet
/// on its row, and one of them is refused and tried again.
const MIGRATION_3: &str = r#"
CREATE TABLE carecoop_claims (
    kind text NOT NULL, id bigint NOT NULL, xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    PRIMARY KEY (kind, id));
"#;

/// 4: the audit trail. Rows are inserted as a transaction is numbered (under the commit lock);
/// a trigger stamps each with the login and the time, whatever the client sent. Just after
/// the commit, `carecoop_seal_audit()` (running as the schema's owner, under the same lock)
/// numbers new entries without gaps and links each to the one before: `hash` is SHA-256 over
/// `prev_hash` and the fields joined by the unit separator, exactly as
/// `domain::audit::entry_hash` computes it. Logins get INSERT only (`server setup`); reading is
/// for coordinators.
const MIGRATION_4: &str = r#"
CREATE TABLE carecoop_audit (
    seq bigserial PRIMARY KEY, n bigint UNIQUE,
    at text NOT NULL, login text NOT NULL,
    action text NOT NULL, kind text NOT NULL, record text NOT NULL, person text NOT NULL, detail text NOT NULL,
    prev_hash bytea, hash bytea,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id());
CREATE INDEX carecoop_audit_by_person ON carecoop_audit (lower(person)) WHERE person <> '';
CREATE FUNCTION carecoop_audit_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.login := session_user;
    NEW.at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
    NEW.n := NULL;
    NEW.prev_hash := NULL;
    NEW.hash := NULL;
    RETURN NEW;
END $$;
CREATE TRIGGER carecoop_audit_stamp BEFORE INSERT ON carecoop_audit
    FOR EACH ROW EXECUTE FUNCTION carecoop_audit_stamp();
CREATE FUNCTION carecoop_seal_audit() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
DECLARE
    v_n bigint;
    v_prev bytea;
    v_sealed bigint := 0;
    r record;
BEGIN
    PERFORM pg_advisory_xact_lock(727273);
    SELECT a.n, a.hash INTO v_n, v_prev FROM carecoop_audit a WHERE a.n IS NOT NULL ORDER BY a.n DESC LIMIT 1;
    IF v_n IS NULL THEN
        v_n := 0;
        v_prev := decode(repeat('00', 32), 'hex');
    END IF;
    FOR r IN SELECT * FROM carecoop_audit a WHERE a.n IS NULL ORDER BY a.seq LOOP
        v_n := v_n + 1;
        UPDATE carecoop_audit a SET n = v_n, prev_hash = v_prev,
            hash = sha256(v_prev || convert_to(concat_ws(chr(31), v_n::text, r.at, r.login, r.action,
                r.kind, r.record, r.person, r.detail), 'UTF8'))
            WHERE a.seq = r.seq RETURNING a.hash INTO v_prev;
        v_sealed := v_sealed + 1;
    END LOOP;
    RETURN v_sealed;
END $$;
"#;

/// 5: the people erased (id and reference only), written with the erasure, so a file restored
/// from a backup taken before can erase them again.
const MIGRATION_5: &str = r#"
CREATE TABLE carecoop_erased (person_id bigint PRIMARY KEY, reference text NOT NULL, erased_on date NOT NULL);
"#;

/// 6: the co-op's register of members, share ledger and meetings. After it runs, each
/// worker's "member since" and "share paid" move from their member record into the register
/// (`super::upgrade`), in the same transaction.
const MIGRATION_6: &str = r#"
CREATE SEQUENCE register_ids;
CREATE SEQUENCE share_ledger_ids;
CREATE SEQUENCE meeting_ids;
CREATE TABLE register (
    id bigint PRIMARY KEY, name text NOT NULL, class text NOT NULL, admitted date NOT NULL, ceased date,
    record jsonb NOT NULL, version bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT session_user, changed_at timestamptz NOT NULL DEFAULT now(),
    xid xid8 NOT NULL DEFAULT pg_current_xact_id());
CREATE INDEX register_by_xid ON register (xid);
CREATE TABLE share_ledger (
    id bigint PRIMARY KEY, date date NOT NULL, kind text NOT NULL, entry_id bigint NOT NULL, to_id bigint,
    shares bigint NOT NULL, amount_pence bigint NOT NULL,
    record jsonb NOT NULL, version bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT session_user, changed_at timestamptz NOT NULL DEFAULT now(),
    xid xid8 NOT NULL DEFAULT pg_current_xact_id());
CREATE INDEX share_ledger_by_xid ON share_ledger (xid);
CREATE INDEX share_ledger_by_entry ON share_ledger (entry_id);
CREATE TABLE meetings (
    id bigint PRIMARY KEY, kind text NOT NULL, date date NOT NULL,
    record jsonb NOT NULL, version bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT session_user, changed_at timestamptz NOT NULL DEFAULT now(),
    xid xid8 NOT NULL DEFAULT pg_current_xact_id());
CREATE INDEX meetings_by_xid ON meetings (xid);
"#;

/// Every table (for grants, counts and copying).
pub const TABLES: &[&str] = &[
    "carecoop_meta",
    "members",
    "activities",
    "people",
    "referrals",
    "series",
    "sessions",
    "session_members",
    "places",
    "assessments",
    "contacts",
    "funds",
    "availability",
    "settings",
    "person_summaries",
    "carecoop_deletions",
    "carecoop_commits",
    "carecoop_claims",
    "carecoop_erased",
    "register",
    "share_ledger",
    "meetings",
];

/// Tables a link worker may read but not change (settings, funds and the co-op's register,
/// share ledger and meetings are the coordinator's).
pub const COORDINATOR_ONLY: &[&str] =
    &["carecoop_meta", "settings", "funds", "register", "share_ledger", "meetings"];
