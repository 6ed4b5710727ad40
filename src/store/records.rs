//! Which domain types are stored, in which table, under which versions, and which index
//! entries each one contributes. This is the only place that ties domain types to tables.

use super::codec::{CodecError, encode, versioned_record};
use crate::data::Entity;
use crate::domain::{
    Activity, Assessment, Availability, Contact, Fund, LedgerEntry, Meeting, Member, Person, PersonSummary,
    Referral, ReferralGlance, ReferralStatus, RegisterEntry, Series, Session, Settings, ValidationError,
};
use chrono::{Datelike, NaiveDate};

/// A secondary index: a multimap from a `u64` key to record ids, kept in step with its table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Index {
    /// Session ids by day.
    SessionsByDate,
    /// Session ids by delivering member.
    SessionsByMember,
    /// Session ids by participant.
    SessionsByPerson,
    /// Referral ids by status.
    ReferralsByStatus,
    /// Referral ids by person.
    ReferralsByPerson,
    /// Assessment ids by person.
    AssessmentsByPerson,
    /// Contact ids by person.
    ContactsByPerson,
    /// Person ids by the number of their reference (P0042 → 42).
    PeopleByRef,
    /// Session ids by the series they belong to.
    SessionsBySeries,
}

impl Index {
    /// Every index.
    pub(crate) const ALL: [Index; 9] = [
        Index::SessionsByDate,
        Index::SessionsByMember,
        Index::SessionsByPerson,
        Index::ReferralsByStatus,
        Index::ReferralsByPerson,
        Index::AssessmentsByPerson,
        Index::ContactsByPerson,
        Index::PeopleByRef,
        Index::SessionsBySeries,
    ];

    /// The multimap table's name in the file.
    pub(crate) fn table_name(self) -> &'static str {
        match self {
            Index::SessionsByDate => "idx_sessions_by_date",
            Index::SessionsByMember => "idx_sessions_by_member",
            Index::SessionsByPerson => "idx_sessions_by_person",
            Index::ReferralsByStatus => "idx_referrals_by_status",
            Index::ReferralsByPerson => "idx_referrals_by_person",
            Index::AssessmentsByPerson => "idx_assessments_by_person",
            Index::ContactsByPerson => "idx_contacts_by_person",
            Index::PeopleByRef => "idx_people_by_ref",
            Index::SessionsBySeries => "idx_sessions_by_series",
        }
    }

    /// The record kind whose ids the index holds.
    pub(crate) fn kind(self) -> Kind {
        match self {
            Index::SessionsByDate
            | Index::SessionsByMember
            | Index::SessionsByPerson
            | Index::SessionsBySeries => Kind::Session,
            Index::ReferralsByStatus | Index::ReferralsByPerson => Kind::Referral,
            Index::AssessmentsByPerson => Kind::Assessment,
            Index::ContactsByPerson => Kind::Contact,
            Index::PeopleByRef => Kind::Person,
        }
    }
}

/// The key of a date in the date index (days since 1 January of year 1, so order is kept).
pub(crate) fn date_key(date: NaiveDate) -> u64 {
    u64::try_from(date.num_days_from_ce()).unwrap_or(0)
}

/// The key of a reference such as "P0042" in the people-by-reference index (42).
pub(crate) fn ref_number(reference: &str) -> Option<u64> {
    crate::domain::person::reference_number(reference)
}

/// The kinds of stored record, one table each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Kind {
    /// Members.
    Member,
    /// Activities.
    Activity,
    /// People.
    Person,
    /// Referrals.
    Referral,
    /// Sessions.
    Session,
    /// Recurring series.
    Series,
    /// Assessments.
    Assessment,
    /// Funds.
    Fund,
    /// Contact log entries.
    Contact,
    /// Availability (keyed by member id).
    Availability,
    /// The register of members.
    RegisterEntry,
    /// The share ledger.
    LedgerEntry,
    /// General and board meetings.
    Meeting,
    /// The co-op's settings (one record, id 1).
    Settings,
    /// Each person at a glance (keyed by person id), derived from their person, referral and
    /// assessment records and rewritten in the same transaction as any of them.
    PersonSummary,
}

impl Kind {
    /// Every kind, in the order `check` reports them.
    pub(crate) const ALL: [Kind; 15] = [
        Kind::Member,
        Kind::Activity,
        Kind::Person,
        Kind::Referral,
        Kind::Session,
        Kind::Series,
        Kind::Assessment,
        Kind::Fund,
        Kind::Contact,
        Kind::Availability,
        Kind::RegisterEntry,
        Kind::LedgerEntry,
        Kind::Meeting,
        Kind::Settings,
        Kind::PersonSummary,
    ];

    /// One record of the kind, in words ("person", "session").
    pub(crate) fn singular(self) -> &'static str {
        match self {
            Kind::Member => "member",
            Kind::Activity => "activity",
            Kind::Person => "person",
            Kind::Referral => "referral",
            Kind::Session => "session",
            Kind::Series => "series",
            Kind::Assessment => "assessment",
            Kind::Fund => "fund",
            Kind::Contact => "contact",
            Kind::Availability => "availability",
            Kind::RegisterEntry => "register entry",
            Kind::LedgerEntry => "share ledger entry",
            Kind::Meeting => "meeting",
            Kind::Settings => "settings",
            Kind::PersonSummary => "person summary",
        }
    }

    /// The table's name in the file (also the word users see in `check`).
    pub(crate) fn table_name(self) -> &'static str {
        match self {
            Kind::Member => "members",
            Kind::Activity => "activities",
            Kind::Person => "people",
            Kind::Referral => "referrals",
            Kind::Session => "sessions",
            Kind::Series => "series",
            Kind::Assessment => "assessments",
            Kind::Fund => "funds",
            Kind::Contact => "contacts",
            Kind::Availability => "availability",
            Kind::RegisterEntry => "register",
            Kind::LedgerEntry => "share_ledger",
            Kind::Meeting => "meetings",
            Kind::Settings => "settings",
            Kind::PersonSummary => "person_summaries",
        }
    }
}

/// A domain type that the store keeps in its own table.
pub(crate) trait Record: Clone + Sized + Send {
    /// Which table.
    const KIND: Kind;
    /// The record's id (0 until stored).
    fn id(&self) -> u64;
    /// Sets the id the store allocated.
    fn set_id(&mut self, id: u64);
    /// The index entries this record contributes.
    fn index_entries(&self) -> Vec<(Index, u64)> {
        Vec::new()
    }
    /// Index entries that must belong to this record alone (e.g. a person's reference).
    fn unique_entries(&self) -> Vec<(Index, u64)> {
        Vec::new()
    }
    /// The domain's validation.
    fn validate_record(&self) -> Result<(), ValidationError>;
    /// Stored bytes: version tag + postcard.
    fn encode(&self) -> Vec<u8>;
    /// Reads stored bytes of any known version.
    fn decode(bytes: &[u8]) -> Result<Self, CodecError>;
    /// True when the store allocates the id (false for availability, keyed by member).
    const ALLOCATES_ID: bool = true;
    /// The person whose [`PersonSummary`] this record feeds, if any (the store rewrites that
    /// summary in the same transaction).
    fn summarised_person(&self) -> Option<u64> {
        None
    }
    /// This record's entry in the referral glances table (key and stored bytes), if it has one.
    fn glance_entry(&self) -> Option<(u64, Vec<u8>)> {
        None
    }
}

versioned_record!(ReferralGlance, ReferralGlanceVersions { 1 => V1(ReferralGlance) });

/// The key of a referral in the glances table: its status in the top byte, then its id, so one
/// range holds every referral with a status.
pub(crate) fn glance_key(status: ReferralStatus, id: u64) -> u64 {
    (u64::from(status.index_key()) << 56) | (id & GLANCE_ID_MASK)
}

/// The part of a glance key that is the referral id.
pub(crate) const GLANCE_ID_MASK: u64 = (1 << 56) - 1;

/// A referral's glance as stored: version tag + postcard.
pub(crate) fn encode_glance(glance: &ReferralGlance) -> Vec<u8> {
    encode(ReferralGlanceVersions::CURRENT, glance)
}

/// Reads a stored glance of any known version.
pub(crate) fn decode_glance(bytes: &[u8]) -> Result<ReferralGlance, CodecError> {
    Ok(ReferralGlanceVersions::decode(bytes)?.into_current())
}

macro_rules! stored {
    ($ty:ident, $kind:expr, $versions:ident, |$me:ident| $validate:expr, |$r:ident| $indexes:expr) => {
        stored!($ty, $kind, $versions [1 => V1($ty)], |$me| $validate, |$r| $indexes, |_s| None, |_g| None);
    };
    ($ty:ident, $kind:expr, $versions:ident, |$me:ident| $validate:expr, |$r:ident| $indexes:expr,
     |$s:ident| $summarised:expr) => {
        stored!($ty, $kind, $versions [1 => V1($ty)], |$me| $validate, |$r| $indexes, |$s| $summarised, |_g| None);
    };
    ($ty:ident, $kind:expr, $versions:ident, |$me:ident| $validate:expr, |$r:ident| $indexes:expr,
     |$s:ident| $summarised:expr, |$g:ident| $glance:expr) => {
        stored!($ty, $kind, $versions [1 => V1($ty)], |$me| $validate, |$r| $indexes, |$s| $summarised, |$g| $glance);
    };
    ($ty:ident, $kind:expr, $versions:ident [$($tag:literal => $variant:ident($layout:ty)),+],
     |$me:ident| $validate:expr, |$r:ident| $indexes:expr, |$s:ident| $summarised:expr, |$g:ident| $glance:expr) => {
        versioned_record!($ty, $versions { $($tag => $variant($layout)),+ });

        impl Record for $ty {
            const KIND: Kind = $kind;
            fn id(&self) -> u64 {
                self.id.0
            }
            fn set_id(&mut self, id: u64) {
                self.id.0 = id;
            }
            fn index_entries(&self) -> Vec<(Index, u64)> {
                let $r = self;
                $indexes
            }
            fn unique_entries(&self) -> Vec<(Index, u64)> {
                self.index_entries().into_iter().filter(|(i, _)| *i == Index::PeopleByRef).collect()
            }
            fn validate_record(&self) -> Result<(), ValidationError> {
                let $me = self;
                $validate
            }
            fn encode(&self) -> Vec<u8> {
                encode($versions::CURRENT, self)
            }
            fn decode(bytes: &[u8]) -> Result<Self, CodecError> {
                Ok($versions::decode(bytes)?.into_current())
            }
            fn summarised_person(&self) -> Option<u64> {
                let $s = self;
                $summarised
            }
            fn glance_entry(&self) -> Option<(u64, Vec<u8>)> {
                let $g = self;
                $glance
            }
        }
    };
}

stored!(
    Member,
    Kind::Member,
    MemberVersions [1 => V1(crate::domain::member::MemberV1), 2 => V2(Member)],
    |m| m.validate_stored(),
    |_r| Vec::new(),
    |_s| None,
    |_g| None
);
stored!(Activity, Kind::Activity, ActivityVersions, |a| a.validate_stored(), |_r| Vec::new());
stored!(
    Person,
    Kind::Person,
    PersonVersions [
        1 => V1(crate::domain::person::PersonV1),
        2 => V2(crate::domain::person::PersonV2),
        3 => V3(Person)
    ],
    |p| p.validate_stored(),
    |r| ref_number(&r.reference).map(|n| vec![(Index::PeopleByRef, n)]).unwrap_or_default(),
    |p| Some(p.id.0),
    |_g| None
);
stored!(
    Referral,
    Kind::Referral,
    ReferralVersions,
    |r| r.validate_stored(),
    |r| vec![
        (Index::ReferralsByStatus, u64::from(r.status().index_key())),
        (Index::ReferralsByPerson, r.person.0),
    ],
    |r| Some(r.person.0),
    |r| Some((glance_key(r.status(), r.id.0), encode_glance(&ReferralGlance::of(r))))
);
stored!(Session, Kind::Session, SessionVersions, |s| s.validate_stored(), |r| {
    let mut entries = vec![(Index::SessionsByDate, date_key(r.date))];
    entries.extend(r.members.iter().map(|m| (Index::SessionsByMember, m.0)));
    entries.extend(r.participants.iter().map(|p| (Index::SessionsByPerson, p.person.0)));
    entries.extend(r.series.map(|s| (Index::SessionsBySeries, s.0)));
    entries.sort();
    entries.dedup();
    entries
});
stored!(Series, Kind::Series, SeriesVersions, |s| s.validate_stored(), |_r| Vec::new());
stored!(
    Assessment,
    Kind::Assessment,
    AssessmentVersions,
    |a| a.validate_stored(),
    |r| vec![(Index::AssessmentsByPerson, r.person.0)],
    |a| Some(a.person.0)
);
stored!(PersonSummary, Kind::PersonSummary, PersonSummaryVersions, |_s| Ok(()), |_r| Vec::new());
stored!(Fund, Kind::Fund, FundVersions, |f| f.validate_stored(), |_r| Vec::new());
stored!(Contact, Kind::Contact, ContactVersions, |c| c.validate_stored(), |r| vec![(
    Index::ContactsByPerson,
    r.person.0
)]);

stored!(RegisterEntry, Kind::RegisterEntry, RegisterEntryVersions, |e| e.validate_stored(), |_r| Vec::new());
stored!(LedgerEntry, Kind::LedgerEntry, LedgerEntryVersions, |l| l.validate_stored(), |_r| Vec::new());
stored!(Meeting, Kind::Meeting, MeetingVersions, |m| m.validate_stored(), |_r| Vec::new());

versioned_record!(Availability, AvailabilityVersions { 1 => V1(Availability) });

impl Record for Availability {
    const KIND: Kind = Kind::Availability;
    const ALLOCATES_ID: bool = false;
    fn id(&self) -> u64 {
        self.member.0
    }
    fn set_id(&mut self, id: u64) {
        self.member.0 = id;
    }
    fn validate_record(&self) -> Result<(), ValidationError> {
        self.validate_stored()
    }
    fn encode(&self) -> Vec<u8> {
        encode(AvailabilityVersions::CURRENT, self)
    }
    fn decode(bytes: &[u8]) -> Result<Self, CodecError> {
        Ok(AvailabilityVersions::decode(bytes)?.into_current())
    }
}

versioned_record!(Settings, SettingsVersions {
    1 => V1(crate::domain::settings::SettingsV1),
    2 => V2(crate::domain::settings::SettingsV2),
    3 => V3(crate::domain::settings::SettingsV3),
    4 => V4(Settings),
});

/// The settings record's id: there is one per file.
pub(crate) const SETTINGS_ID: u64 = 1;

impl Record for Settings {
    const KIND: Kind = Kind::Settings;
    const ALLOCATES_ID: bool = false;
    fn id(&self) -> u64 {
        SETTINGS_ID
    }
    fn set_id(&mut self, _id: u64) {}
    fn validate_record(&self) -> Result<(), ValidationError> {
        self.validate()
    }
    fn encode(&self) -> Vec<u8> {
        encode(SettingsVersions::CURRENT, self)
    }
    fn decode(bytes: &[u8]) -> Result<Self, CodecError> {
        Ok(SettingsVersions::decode(bytes)?.into_current())
    }
}

#[cfg(test)]
mod upgrade_tests {
    use super::*;
    use crate::domain::member::MemberV1;
    use crate::domain::person::{PersonV1, PersonV2};
    use crate::domain::settings::{SettingsV1, SettingsV2, SettingsV3};

    /// `value` as stored by a build that wrote layout `V` as version 1: its JSON without the
    /// field added since.
    fn as_v1<V: serde::de::DeserializeOwned + serde::Serialize>(
        value: &impl serde::Serialize,
        added: &str,
    ) -> Vec<u8> {
        let mut json = serde_json::to_value(value).unwrap();
        json.as_object_mut().unwrap().remove(added);
        let old: V = serde_json::from_value(json).unwrap();
        encode(1, &old)
    }

    #[test]
    fn a_person_stored_before_withdrawn_consent_existed_reads() {
        let mut person = Person::new("P0042", "Agnes Dewar");
        person.phone = "01887 820000".into();
        let mut json = serde_json::to_value(&person).unwrap();
        json.as_object_mut().unwrap().remove("preferred_language");
        let without: PersonV2 = serde_json::from_value(json).unwrap();
        let stored = as_v1::<PersonV1>(&without, "consent_withdrawn");
        assert_eq!(<Person as Record>::decode(&stored).unwrap(), person);
        assert_eq!(PersonVersions::CURRENT, 3);
    }

    #[test]
    fn a_person_stored_before_the_preferred_language_reads_without_one() {
        let mut person = Person::new("P0043", "Gwen Morgan");
        person.consent_withdrawn = chrono::NaiveDate::from_ymd_opt(2026, 3, 1);
        let mut json = serde_json::to_value(&person).unwrap();
        json.as_object_mut().unwrap().remove("preferred_language");
        let old: PersonV2 = serde_json::from_value(json).unwrap();
        let read = <Person as Record>::decode(&encode(2, &old)).unwrap();
        assert_eq!(read, person);
        assert_eq!(read.preferred_language, None);
        let mut welsh = person.clone();
        welsh.preferred_language = Some(crate::i18n::Lang::Cy);
        assert_eq!(<Person as Record>::decode(&welsh.encode()).unwrap(), welsh);
    }

    #[test]
    fn settings_stored_before_retention_existed_read_with_eight_years() {
        let settings = Settings { compliance_window_days: 45, ..Settings::default() };
        let mut json = serde_json::to_value(&settings).unwrap();
        for added in ["coop_name", "coop_address", "coop"] {
            json.as_object_mut().unwrap().remove(added);
        }
        let without: SettingsV2 = serde_json::from_value(json).unwrap();
        let stored = as_v1::<SettingsV1>(&without, "retention_years");
        let read = <Settings as Record>::decode(&stored).unwrap();
        assert_eq!(read, settings);
        assert_eq!(read.retention_years, 8);
    }

    #[test]
    fn settings_stored_before_the_coop_address_read_with_it_blank() {
        let settings = Settings { retention_years: 6, ..Settings::default() };
        let mut json = serde_json::to_value(&settings).unwrap();
        for added in ["coop_name", "coop_address", "coop"] {
            json.as_object_mut().unwrap().remove(added);
        }
        let old: SettingsV2 = serde_json::from_value(json).unwrap();
        let read = <Settings as Record>::decode(&encode(2, &old)).unwrap();
        assert_eq!(read, settings);
    }

    #[test]
    fn settings_stored_before_the_coop_rules_read_with_the_default_rules() {
        let settings = Settings { coop_name: "Highland Perthshire Care Co-op".into(), ..Settings::default() };
        let mut json = serde_json::to_value(&settings).unwrap();
        json.as_object_mut().unwrap().remove("coop");
        let old: SettingsV3 = serde_json::from_value(json).unwrap();
        let read = <Settings as Record>::decode(&encode(3, &old)).unwrap();
        assert_eq!(read, settings);
        assert_eq!(read.coop, crate::domain::CoopRules::default());
        assert_eq!(SettingsVersions::CURRENT, 4);
    }

    #[test]
    fn a_member_stored_with_their_share_reads_without_it() {
        let mut member = Member::named("Isla MacLeod");
        member.joined = chrono::NaiveDate::from_ymd_opt(2021, 8, 23);
        let mut json = serde_json::to_value(&member).unwrap();
        json["member_since"] = serde_json::json!("2021-09-22");
        json["share_paid"] = serde_json::json!(1000);
        // The frozen layout, in its stored field order.
        let old: MemberV1 = serde_json::from_value(json).unwrap();
        assert_eq!(old.share_paid, crate::domain::Money::pounds(10));
        assert_eq!(<Member as Record>::decode(&encode(1, &old)).unwrap(), member);
        assert_eq!(MemberVersions::CURRENT, 2);
    }
}
