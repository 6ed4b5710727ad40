//! The kinds of record the data interface stores, and the typed bridge between a domain type
//! and the object-safe methods backends implement.
//!
//! Backends see records through closed enums ([`AnyRecord`], [`AnyRecordMut`], [`AnyRecords`],
//! [`AnyId`], [`AnyIds`]), so the traits in [`super`] stay object-safe; callers use the typed
//! helpers in [`super::ReadsExt`] and [`super::TransactionExt`], which take and return domain
//! types and typed ids through [`Entity`].

use crate::domain::{
    Activity, ActivityId, Assessment, AssessmentId, Availability, Contact, ContactId, Fund, FundId,
    LedgerEntry, LedgerEntryId, Meeting, MeetingId, Member, MemberId, Person, PersonId, Referral, ReferralId,
    RegisterEntry, RegisterEntryId, Series, SeriesId, Session, SessionId, ValidationError,
};

macro_rules! entities {
    ($( $(#[$doc:meta])* $kind:ident: $ty:ty, $id:ty, |$r:ident| $get_id:expr, |$s:ident, $v:ident| $set_id:expr,
        |$c:ident| $check:expr;)+) => {
        /// A kind of stored record.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum RecordKind { $( $(#[$doc])* $kind ),+ }

        impl RecordKind {
            /// Every kind, in the order reports list them.
            pub const ALL: &'static [RecordKind] = &[$(RecordKind::$kind),+];

            /// Every kind, each after the kinds its records point at: the order that copies
            /// a co-op with every reference pointing at something already there.
            pub const BY_REFERENCE: [RecordKind; 13] = [
                RecordKind::Activity,
                RecordKind::Member,
                RecordKind::Availability,
                RecordKind::Fund,
                RecordKind::Person,
                RecordKind::Referral,
                RecordKind::Series,
                RecordKind::Session,
                RecordKind::Assessment,
                RecordKind::Contact,
                RecordKind::RegisterEntry,
                RecordKind::LedgerEntry,
                RecordKind::Meeting,
            ];
        }

        /// One record of any kind.
        #[derive(Debug, Clone, PartialEq)]
        pub enum AnyRecord { $( $(#[$doc])* $kind($ty) ),+ }

        /// A borrowed record of any kind, for a backend to store (and give an id to).
        #[derive(Debug)]
        pub enum AnyRecordMut<'a> { $( $(#[$doc])* $kind(&'a mut $ty) ),+ }

        /// Records of one kind.
        #[derive(Debug, Clone, PartialEq)]
        pub enum AnyRecords { $( $(#[$doc])* $kind(Vec<$ty>) ),+ }

        /// The id of a record of any kind.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum AnyId { $( $(#[$doc])* $kind($id) ),+ }

        /// Ids of records of one kind.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum AnyIds<'a> { $( $(#[$doc])* $kind(&'a [$id]) ),+ }

        impl AnyRecordMut<'_> {
            /// The number inside the record's id (0 while it has none).
            pub fn id_raw(&self) -> u64 {
                match self { $( AnyRecordMut::$kind(r) => Entity::id(&**r).0 ),+ }
            }

            /// The record's kind.
            pub fn kind(&self) -> RecordKind {
                match self { $( AnyRecordMut::$kind(_) => RecordKind::$kind ),+ }
            }

            /// The same record, borrowed again for a shorter while (to hand on and still
            /// read its id afterwards).
            pub fn reborrow(&mut self) -> AnyRecordMut<'_> {
                match self { $( AnyRecordMut::$kind(r) => AnyRecordMut::$kind(&mut **r) ),+ }
            }
        }

        impl AnyRecord {
            /// The record's id.
            pub fn id(&self) -> AnyId {
                match self { $( AnyRecord::$kind(r) => AnyId::$kind(Entity::id(r)) ),+ }
            }

            /// The record, borrowed for a write.
            pub fn as_any_mut(&mut self) -> AnyRecordMut<'_> {
                match self { $( AnyRecord::$kind(r) => AnyRecordMut::$kind(r) ),+ }
            }
        }

        impl AnyId {
            /// The id numbered `raw` of a record of `kind`.
            pub fn of(kind: RecordKind, raw: u64) -> AnyId {
                match kind { $( RecordKind::$kind => AnyId::$kind({ let mut id = <$id>::default(); id.0 = raw; id }) ),+ }
            }

            /// The number inside the typed id.
            pub fn raw(&self) -> u64 {
                match self { $( AnyId::$kind(i) => i.0 ),+ }
            }

            /// The kind of record the id names.
            pub fn kind(&self) -> RecordKind {
                match self { $( AnyId::$kind(_) => RecordKind::$kind ),+ }
            }
        }

        impl AnyIds<'_> {
            /// The kind of record the ids name.
            pub fn kind(&self) -> RecordKind {
                match self { $( AnyIds::$kind(_) => RecordKind::$kind ),+ }
            }
        }

        impl AnyRecords {
            /// The kind of the records.
            pub fn kind(&self) -> RecordKind {
                match self { $( AnyRecords::$kind(_) => RecordKind::$kind ),+ }
            }

            /// No records of `kind`.
            pub fn empty(kind: RecordKind) -> Self {
                match kind { $( RecordKind::$kind => AnyRecords::$kind(Vec::new()) ),+ }
            }

            /// Records of one type.
            pub fn from_vec<R: Entity>(records: Vec<R>) -> Self {
                R::into_any_many(records)
            }

            /// How many records.
            pub fn len(&self) -> usize {
                match self { $( AnyRecords::$kind(v) => v.len() ),+ }
            }

            /// True when there are none.
            pub fn is_empty(&self) -> bool {
                self.len() == 0
            }
        }

        $(
            impl Entity for $ty {
                type Id = $id;
                const KIND: RecordKind = RecordKind::$kind;
                fn id(&self) -> $id {
                    let $r = self;
                    $get_id
                }
                fn set_id(&mut self, id: $id) {
                    let ($s, $v) = (self, id);
                    $set_id
                }
                fn validate_stored(&self) -> Result<(), ValidationError> {
                    let $c = self;
                    $check
                }
                fn any_id(id: $id) -> AnyId {
                    AnyId::$kind(id)
                }
                fn any_ids(ids: &[$id]) -> AnyIds<'_> {
                    AnyIds::$kind(ids)
                }
                fn as_any_mut(&mut self) -> AnyRecordMut<'_> {
                    AnyRecordMut::$kind(self)
                }
                fn into_any(self) -> AnyRecord {
                    AnyRecord::$kind(self)
                }
                fn from_any(any: AnyRecord) -> Option<Self> {
                    #[allow(unreachable_patterns)]
                    match any { AnyRecord::$kind(r) => Some(r), _ => None }
                }
                fn into_any_many(records: Vec<Self>) -> AnyRecords {
                    AnyRecords::$kind(records)
                }
                fn from_any_many(any: AnyRecords) -> Option<Vec<Self>> {
                    #[allow(unreachable_patterns)]
                    match any { AnyRecords::$kind(r) => Some(r), _ => None }
                }
            }
        )+
    };
}

entities! {
    /// Co-op members.
    Member: Member, MemberId, |r| r.id, |s, v| s.id = v, |c| c.validate();
    /// The activity catalogue.
    Activity: Activity, ActivityId, |r| r.id, |s, v| s.id = v, |c| c.validate();
    /// People referred.
    Person: Person, PersonId, |r| r.id, |s, v| s.id = v, |c| c.validate_fields();
    /// Referrals.
    Referral: Referral, ReferralId, |r| r.id, |s, v| s.id = v, |c| c.validate();
    /// Sessions (one occurrence each).
    Session: Session, SessionId, |r| r.id, |s, v| s.id = v, |c| c.validate();
    /// Recurring series.
    Series: Series, SeriesId, |r| r.id, |s, v| s.id = v, |_c| Ok(());
    /// Wellbeing assessments.
    Assessment: Assessment, AssessmentId, |r| r.id, |s, v| s.id = v, |c| c.validate();
    /// Funds.
    Fund: Fund, FundId, |r| r.id, |s, v| s.id = v, |c| c.validate();
    /// Contact log entries.
    Contact: Contact, ContactId, |r| r.id, |s, v| s.id = v, |_c| Ok(());
    /// Members' availability (one record per member, keyed by the member's id).
    Availability: Availability, MemberId, |r| r.member, |s, v| s.member = v, |c| c.validate();
    /// The register of members (the co-op's own members and officers).
    RegisterEntry: RegisterEntry, RegisterEntryId, |r| r.id, |s, v| s.id = v, |c| c.validate();
    /// The share ledger.
    LedgerEntry: LedgerEntry, LedgerEntryId, |r| r.id, |s, v| s.id = v, |c| c.validate();
    /// General and board meetings.
    Meeting: Meeting, MeetingId, |r| r.id, |s, v| s.id = v, |c| c.validate();
}

impl RecordKind {
    /// The plural noun people read ("members", "assessments"...).
    pub fn noun(self) -> &'static str {
        match self {
            RecordKind::Member => "members",
            RecordKind::Activity => "activities",
            RecordKind::Person => "people",
            RecordKind::Referral => "referrals",
            RecordKind::Session => "sessions",
            RecordKind::Series => "series",
            RecordKind::Assessment => "assessments",
            RecordKind::Fund => "funds",
            RecordKind::Contact => "contacts",
            RecordKind::Availability => "availability",
            RecordKind::RegisterEntry => "register entries",
            RecordKind::LedgerEntry => "share ledger entries",
            RecordKind::Meeting => "meetings",
        }
    }

    /// The singular noun ("member", "assessment"...).
    pub fn noun_one(self) -> &'static str {
        match self {
            RecordKind::Member => "member",
            RecordKind::Activity => "activity",
            RecordKind::Person => "person",
            RecordKind::Referral => "referral",
            RecordKind::Session => "session",
            RecordKind::Series => "series",
            RecordKind::Assessment => "assessment",
            RecordKind::Fund => "fund",
            RecordKind::Contact => "contact",
            RecordKind::Availability => "availability",
            RecordKind::RegisterEntry => "register entry",
            RecordKind::LedgerEntry => "share ledger entry",
            RecordKind::Meeting => "meeting",
        }
    }

    /// True when the store allocates the id; false for availability, which takes its member's.
    pub fn allocates_id(self) -> bool {
        self != RecordKind::Availability
    }
}

/// A domain type the data interface stores, with its own typed id.
pub trait Entity: Clone + Sized {
    /// The typed id (`PersonId`, `SessionId`...).
    type Id: Copy + Eq + std::fmt::Debug;
    /// Which kind of record it is.
    const KIND: RecordKind;
    /// The record's id (`NEW` until stored).
    fn id(&self) -> Self::Id;
    /// Sets the id the backend allocated.
    fn set_id(&mut self, id: Self::Id);
    /// The checks every backend makes before storing the record (those that need today's
    /// date are the actions' to make).
    fn validate_stored(&self) -> Result<(), ValidationError>;
    /// The id as the backends take it.
    fn any_id(id: Self::Id) -> AnyId;
    /// Several ids as the backends take them.
    fn any_ids(ids: &[Self::Id]) -> AnyIds<'_>;
    /// The record borrowed for a backend to store.
    fn as_any_mut(&mut self) -> AnyRecordMut<'_>;
    /// The record as the backends take it, owned.
    fn into_any(self) -> AnyRecord;
    /// The record back from a backend (`None` if a backend answered with another kind).
    fn from_any(any: AnyRecord) -> Option<Self>;
    /// Records for a backend to hand back.
    fn into_any_many(records: Vec<Self>) -> AnyRecords;
    /// Records back from a backend (`None` if a backend answered with another kind).
    fn from_any_many(any: AnyRecords) -> Option<Vec<Self>>;
}

/// Calls `$body` with `$t` standing for the record type of each kind the data interface
/// names (`$crate::data::RecordKind::X` is stored as the domain type `X`).
macro_rules! by_kind {
    ($kind:expr, |$t:ident| $body:expr) => {
        match $kind {
            $crate::data::RecordKind::Member => {
                type $t = $crate::domain::Member;
                $body
            }
            $crate::data::RecordKind::Activity => {
                type $t = $crate::domain::Activity;
                $body
            }
            $crate::data::RecordKind::Person => {
                type $t = $crate::domain::Person;
                $body
            }
            $crate::data::RecordKind::Referral => {
                type $t = $crate::domain::Referral;
                $body
            }
            $crate::data::RecordKind::Session => {
                type $t = $crate::domain::Session;
                $body
            }
            $crate::data::RecordKind::Series => {
                type $t = $crate::domain::Series;
                $body
            }
            $crate::data::RecordKind::Assessment => {
                type $t = $crate::domain::Assessment;
                $body
            }
            $crate::data::RecordKind::Fund => {
                type $t = $crate::domain::Fund;
                $body
            }
            $crate::data::RecordKind::Contact => {
                type $t = $crate::domain::Contact;
                $body
            }
            $crate::data::RecordKind::Availability => {
                type $t = $crate::domain::Availability;
                $body
            }
            $crate::data::RecordKind::RegisterEntry => {
                type $t = $crate::domain::RegisterEntry;
                $body
            }
            $crate::data::RecordKind::LedgerEntry => {
                type $t = $crate::domain::LedgerEntry;
                $body
            }
            $crate::data::RecordKind::Meeting => {
                type $t = $crate::domain::Meeting;
                $body
            }
        }
    };
}
pub(crate) use by_kind;

/// Calls `$m!(args; Member, Activity, ...)` with every record kind's name, which is both the
/// variant of the record enums and the domain type (in scope where it is used).
macro_rules! each_kind {
    ($m:ident ! ( $($args:tt)* )) => {
        $m!($($args)* ; Member, Activity, Person, Referral, Session, Series, Assessment, Fund, Contact, Availability, RegisterEntry, LedgerEntry, Meeting)
    };
}
pub(crate) use each_kind;
