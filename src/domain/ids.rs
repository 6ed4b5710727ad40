//! Typed identifiers. Each record kind has its own id type so a `PersonId` can never be
//! passed where a `MemberId` is expected. Ids are allocated by the store and are never reused.

use serde::{Deserialize, Serialize};

macro_rules! typed_id {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {$(
        #[$doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl $name {
            /// The placeholder id of a record that has not been stored yet; the store replaces it.
            pub const NEW: Self = Self(0);

            /// True while the record has not been given an id by the store.
            pub fn is_new(self) -> bool {
                self.0 == 0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    )*};
}

typed_id!(
    /// Identifies a co-op member.
    MemberId,
    /// Identifies an activity in the catalogue.
    ActivityId,
    /// Identifies a person who has been referred.
    PersonId,
    /// Identifies a referral.
    ReferralId,
    /// Identifies one session (one occurrence, even when it belongs to a series).
    SessionId,
    /// Identifies a recurring series of sessions.
    SeriesId,
    /// Identifies a wellbeing assessment.
    AssessmentId,
    /// Identifies a fund.
    FundId,
    /// Identifies an entry in a person's contact log.
    ContactId,
    /// Identifies an entry in the co-op's register of members.
    RegisterEntryId,
    /// Identifies a line of the share ledger.
    LedgerEntryId,
    /// Identifies a general or board meeting.
    MeetingId,
);
