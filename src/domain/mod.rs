//! Pure types and rules of the co-op: no egui, no redb, no I/O.
//!
//! Everything the product knows about members, activities, people, referrals, sessions,
//! availability, wellbeing and funds lives here, with validation that names the field.

pub(crate) mod choice;
/// Every fixed list's label ids, for the translation tests.
pub use choice::all_label_ids;

pub mod activity;
pub mod audit;
pub mod availability;
pub mod backup;
pub mod compliance;
pub mod coop;
pub mod fund;
pub mod funding;
pub mod ids;
pub mod member;
pub mod money;
pub mod person;
pub mod planning;
pub mod referral;
pub mod retention;
pub mod schedule;
pub mod session;
pub mod settings;
pub mod summary;
pub mod validate;
pub mod wellbeing;

pub use activity::{Activity, Format, PriceUnit};
pub use audit::{AuditEntry, AuditFilter, AuditNote};
pub use availability::{Availability, AvailabilityException, ExceptionKind, WeeklyRange};
pub use backup::ErasedPerson;
pub use compliance::{ComplianceIssue, Paper, compliance_issues};
pub use coop::meeting::{Meeting, MeetingKind, Presence, Resolution, ResolutionKind, Tally, Votes};
pub use coop::{CoopRules, LedgerEntry, LedgerKind, LegalForm, Office, RegisterEntry, RegisterLink};
pub use fund::Fund;
pub use ids::*;
pub use member::{Insurance, Member, PaperState, Pvg, PvgScope, Role};
pub use money::Money;
pub use person::{Contact, ContactKind, Goal, GoalStatus, Need, Payer, Person, SdsOption, ShareConsent};
pub use referral::{Referral, ReferralSource, ReferralStatus, StatusChange, Urgency};
pub use session::{Attendance, Participant, Repeat, Series, SeriesEnd, Session};
pub use settings::{Settings, WEMWBS_COPYRIGHT};
pub use summary::{HeadlineScore, PersonSummary, ReferralGlance};
pub use validate::{FieldError, ValidationError};
pub use wellbeing::{Assessment, Instrument, Timepoint};
