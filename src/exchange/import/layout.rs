//! What each import file may hold: its columns, which are required, what each accepts and an
//! example. The same description makes templates, the allowed-values sheet, the README's
//! column tables and the header check, so they cannot disagree.

use crate::domain::{
    ExceptionKind, Format, Instrument, Need, PriceUnit, PvgScope, ReferralSource, ReferralStatus, Repeat,
    Role, Timepoint, Urgency,
};
use crate::i18n::static_text;

/// The kinds of file `carecoop import KIND FILE` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImportKind {
    /// The roster.
    Members,
    /// The catalogue.
    Activities,
    /// People supported.
    People,
    /// Referrals of people already stored.
    Referrals,
    /// Wellbeing assessments.
    Assessments,
    /// Sessions (one-off or repeating).
    Sessions,
    /// Members' weekly availability.
    Availability,
    /// Members' days off and extra days.
    Exceptions,
    /// The co-op's register of members.
    Register,
}

/// What a column accepts.
#[derive(Debug, Clone, Copy)]
pub enum Accepts {
    /// Any text.
    Text,
    /// A person's reference: 1 to 20 letters, digits, `-` or `/`.
    Reference,
    /// A date: `YYYY-MM-DD` or `DD/MM/YYYY`.
    Date,
    /// A time of day: `10:00` or `10.00`.
    Time,
    /// Pounds, with or without `£` and thousands separators.
    Money,
    /// A whole number.
    Whole,
    /// yes/no, y/n, true/false or 1/0.
    YesNo,
    /// A `;`-separated list of free text or of names stored elsewhere.
    List,
    /// One of a fixed list: (key, label) pairs.
    Choice(fn() -> Vec<(&'static str, &'static str)>),
    /// A `;`-separated list of choices.
    Choices(fn() -> Vec<(&'static str, &'static str)>),
    /// Item answers in order, `;`-separated, empty for a missing item.
    Answers,
    /// A day of the week (Monday or mon...).
    Weekday,
}

impl Accepts {
    /// The allowed values of a fixed list, as (stored name, label).
    pub fn choices(self) -> Option<Vec<(&'static str, &'static str)>> {
        match self {
            Accepts::Choice(list) | Accepts::Choices(list) => Some(list()),
            Accepts::Weekday => Some(vec![
                ("mon", "Monday"),
                ("tue", "Tuesday"),
                ("wed", "Wednesday"),
                ("thu", "Thursday"),
                ("fri", "Friday"),
                ("sat", "Saturday"),
                ("sun", "Sunday"),
            ]),
            _ => None,
        }
    }

    /// The format in words, for the README and the allowed-values sheet.
    pub fn describe(self) -> &'static str {
        match self {
            Accepts::Text => static_text("imp-takes-text", "text"),
            Accepts::Reference => static_text("imp-takes-reference", "1 to 20 letters, digits, - or /"),
            Accepts::Date => static_text("imp-takes-date", "date: YYYY-MM-DD or DD/MM/YYYY"),
            Accepts::Time => static_text("imp-takes-time", "time: 10:00 or 10.00"),
            Accepts::Money => static_text("imp-takes-money", "pounds: 25, 25.50, £1,250.00"),
            Accepts::Whole => static_text("imp-takes-whole", "whole number"),
            Accepts::YesNo => static_text("imp-takes-yes-no", "yes/no, y/n, true/false or 1/0"),
            Accepts::List => static_text("imp-takes-list", "list separated by ;"),
            Accepts::Choice(_) => {
                static_text("imp-takes-choice", "one of the allowed values (stored name or label)")
            }
            Accepts::Choices(_) => static_text("imp-takes-choices", "allowed values separated by ;"),
            Accepts::Answers => static_text(
                "imp-takes-answers",
                "item answers in order separated by ; (empty for a missing item)",
            ),
            Accepts::Weekday => static_text("imp-takes-weekday", "day of the week: Monday or mon"),
        }
    }
}

/// Whether a file must have a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Required {
    /// Always: every row needs it (it is how a row finds its record).
    Always,
    /// For rows that add a record; a re-import may leave it out and keep what is stored.
    ForNew,
    /// Never.
    No,
}

impl Required {
    /// "yes", "for a new record" or "no".
    pub fn words(self) -> &'static str {
        match self {
            Required::Always => static_text("imp-required-yes", "yes"),
            Required::ForNew => static_text("imp-required-for-new", "for a new record"),
            Required::No => static_text("imp-required-no", "no"),
        }
    }
}

/// One column of an import file.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// Its name in the header, exactly as exported.
    pub name: &'static str,
    /// Whether the file must have it.
    pub required: Required,
    /// What it accepts.
    pub accepts: Accepts,
    /// The template's example value.
    pub example: &'static str,
}

const fn col(name: &'static str, required: Required, accepts: Accepts, example: &'static str) -> Column {
    Column { name, required, accepts, example }
}

fn pairs<T: Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(&'static str, &'static str)> {
    all.iter().map(|c| (key(*c), label(*c))).collect()
}

macro_rules! choices {
    ($t:ty) => {
        || pairs(<$t>::ALL, <$t>::key, <$t>::label)
    };
}

const MEMBERS: &[Column] = &[
    col("name", Required::Always, Accepts::Text, "Morag Stewart"),
    col("role", Required::No, Accepts::Choice(choices!(Role)), "carer"),
    col("activities", Required::No, Accepts::List, "Nature walk"),
    col("hourly_rate_gbp", Required::ForNew, Accepts::Money, "18.50"),
    col("villages", Required::No, Accepts::List, "Aberfeldy;Kenmore"),
    col("phone", Required::No, Accepts::Text, "01887 820123"),
    col("email", Required::No, Accepts::Text, "morag@example.org"),
    col("pvg_number", Required::No, Accepts::Text, "1234 5678 9012 3456"),
    col("pvg_scope", Required::No, Accepts::Choice(choices!(PvgScope)), "adults"),
    col("pvg_expiry", Required::No, Accepts::Date, "2029-06-30"),
    col("insurance_expiry", Required::No, Accepts::Date, "2027-03-31"),
    col("joined", Required::No, Accepts::Date, "2024-05-01"),
];

const ACTIVITIES: &[Column] = &[
    col("name", Required::Always, Accepts::Text, "Nature walk"),
    col("category", Required::No, Accepts::Text, "Outdoors"),
    col("format", Required::ForNew, Accepts::Choice(choices!(Format)), "group"),
    col("capacity", Required::ForNew, Accepts::Whole, "12"),
    col("venue", Required::No, Accepts::Text, "Birks car park"),
    col("village", Required::No, Accepts::Text, "Aberfeldy"),
    col("default_minutes", Required::ForNew, Accepts::Whole, "90"),
    col("price_gbp", Required::No, Accepts::Money, "5.00"),
    col("price_unit", Required::No, Accepts::Choice(choices!(PriceUnit)), "per_person"),
];

const PEOPLE: &[Column] = &[
    col("ref", Required::No, Accepts::Reference, "EX-001"),
    col("name", Required::ForNew, Accepts::Text, "Isla Robertson"),
    col("preferred_name", Required::No, Accepts::Text, "Isla"),
    col("date_of_birth", Required::No, Accepts::Date, "1952-04-18"),
    col("village", Required::No, Accepts::Text, "Aberfeldy"),
    col("gp_practice", Required::No, Accepts::Text, "Aberfeldy Medical Practice"),
    col("phone", Required::No, Accepts::Text, "01887 820456"),
    col("email", Required::No, Accepts::Text, "isla@example.org"),
    col("needs", Required::No, Accepts::Choices(choices!(Need)), "lonely_or_isolated;long_term_condition"),
    col("interests", Required::No, Accepts::List, "walking;gardening"),
    col("what_matters", Required::No, Accepts::Text, "Getting out and meeting people again"),
    col("consent_store", Required::No, Accepts::Date, "2026-01-10"),
    col("consent_share", Required::No, Accepts::YesNo, "yes"),
];

const REFERRALS: &[Column] = &[
    col("person_ref", Required::Always, Accepts::Reference, "EX-001"),
    col("date", Required::Always, Accepts::Date, "2026-01-10"),
    col("source", Required::Always, Accepts::Choice(choices!(ReferralSource)), "gp"),
    col("referrer", Required::No, Accepts::Text, "Dr A. Menzies"),
    col("reason", Required::No, Accepts::Text, "Isolated since her husband died"),
    col("urgency", Required::No, Accepts::Choice(choices!(Urgency)), "routine"),
    col("status", Required::No, Accepts::Choice(choices!(ReferralStatus)), "new"),
];

const ASSESSMENTS: &[Column] = &[
    col("person_ref", Required::Always, Accepts::Reference, "EX-001"),
    col("date", Required::Always, Accepts::Date, "2026-01-20"),
    col("timepoint", Required::Always, Accepts::Choice(choices!(Timepoint)), "before"),
    col("instrument", Required::Always, Accepts::Choice(choices!(Instrument)), "SWEMWBS"),
    col("answers", Required::Always, Accepts::Answers, "3;3;2;3;2;3;3"),
];

const SESSIONS: &[Column] = &[
    col("date", Required::Always, Accepts::Date, "2026-02-03"),
    col("start", Required::Always, Accepts::Time, "10:00"),
    col("minutes", Required::No, Accepts::Whole, "90"),
    col("activity", Required::Always, Accepts::Text, "Nature walk"),
    col("members", Required::Always, Accepts::List, "Morag Stewart"),
    col("participants", Required::No, Accepts::List, "EX-001"),
    col("venue", Required::No, Accepts::Text, "Birks car park"),
    col("repeat", Required::No, Accepts::Choice(repeat_choices), "weekly"),
    col("repeat_until", Required::No, Accepts::Date, "2026-03-31"),
];

fn repeat_choices() -> Vec<(&'static str, &'static str)> {
    let mut list = vec![("none", static_text("imp-repeat-none", "Does not repeat"))];
    list.extend(pairs(Repeat::ALL, Repeat::key, Repeat::label));
    list
}

const AVAILABILITY: &[Column] = &[
    col("member", Required::Always, Accepts::Text, "Morag Stewart"),
    col("weekday", Required::Always, Accepts::Weekday, "mon"),
    col("start", Required::Always, Accepts::Time, "09:00"),
    col("end", Required::Always, Accepts::Time, "13:00"),
];

const EXCEPTIONS: &[Column] = &[
    col("member", Required::Always, Accepts::Text, "Morag Stewart"),
    col("from", Required::Always, Accepts::Date, "2026-07-06"),
    col("to", Required::Always, Accepts::Date, "2026-07-17"),
    col("kind", Required::Always, Accepts::Choice(choices!(ExceptionKind)), "unavailable"),
];

const REGISTER: &[Column] = &[
    col("name", Required::Always, Accepts::Text, "Morag Stewart"),
    col("class", Required::ForNew, Accepts::Text, "Worker members"),
    col("postal_address", Required::No, Accepts::Text, "2 Main Street, Aberfeldy PH15 2AA"),
    col("email", Required::No, Accepts::Text, "morag@example.org"),
    col("admitted", Required::ForNew, Accepts::Date, "2024-06-01"),
    col("ceased", Required::No, Accepts::Date, ""),
    col("shares", Required::No, Accepts::Whole, "10"),
    col("amount_paid_gbp", Required::No, Accepts::Money, "10.00"),
];

impl ImportKind {
    /// Every kind, in the order a new co-op imports them (each after what it points at).
    pub const ALL: &'static [ImportKind] = &[
        ImportKind::Activities,
        ImportKind::Members,
        ImportKind::People,
        ImportKind::Referrals,
        ImportKind::Assessments,
        ImportKind::Sessions,
        ImportKind::Availability,
        ImportKind::Exceptions,
        ImportKind::Register,
    ];

    /// The word on the command line: `carecoop import people`.
    pub fn key(self) -> &'static str {
        match self {
            ImportKind::Members => "members",
            ImportKind::Activities => "activities",
            ImportKind::People => "people",
            ImportKind::Referrals => "referrals",
            ImportKind::Assessments => "assessments",
            ImportKind::Sessions => "sessions",
            ImportKind::Availability => "availability",
            ImportKind::Exceptions => "exceptions",
            ImportKind::Register => "register",
        }
    }

    /// The columns, in the order exports write them.
    pub fn columns(self) -> &'static [Column] {
        match self {
            ImportKind::Members => MEMBERS,
            ImportKind::Activities => ACTIVITIES,
            ImportKind::People => PEOPLE,
            ImportKind::Referrals => REFERRALS,
            ImportKind::Assessments => ASSESSMENTS,
            ImportKind::Sessions => SESSIONS,
            ImportKind::Availability => AVAILABILITY,
            ImportKind::Exceptions => EXCEPTIONS,
            ImportKind::Register => REGISTER,
        }
    }

    /// Just the column names.
    pub fn column_names(self) -> Vec<&'static str> {
        self.columns().iter().map(|c| c.name).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::choice::loose;
    use crate::exchange::import::{
        ACTIVITY_COLUMNS, ASSESSMENT_COLUMNS, MEMBER_COLUMNS, PEOPLE_COLUMNS, REFERRAL_COLUMNS,
        REGISTER_COLUMNS, SESSION_COLUMNS,
    };
    use std::collections::HashSet;

    #[test]
    fn layouts_are_the_exported_columns() {
        for (kind, exported) in [
            (ImportKind::Members, MEMBER_COLUMNS),
            (ImportKind::Activities, ACTIVITY_COLUMNS),
            (ImportKind::People, PEOPLE_COLUMNS),
            (ImportKind::Referrals, REFERRAL_COLUMNS),
            (ImportKind::Assessments, ASSESSMENT_COLUMNS),
            (ImportKind::Sessions, SESSION_COLUMNS),
            (ImportKind::Register, REGISTER_COLUMNS),
        ] {
            assert_eq!(kind.column_names(), exported, "{kind:?}");
        }
    }

    /// The README's table for one kind, built from the layout.
    fn readme_table(kind: ImportKind) -> String {
        let mut out = format!(
            "**{}** (`carecoop import {} FILE`)\n\n| column | required | takes |\n|---|---|---|\n",
            kind.key(),
            kind.key()
        );
        for c in kind.columns() {
            let takes = match c.accepts.choices() {
                Some(list) => {
                    let values: Vec<String> = list
                        .iter()
                        .map(
                            |(k, l)| {
                                if loose(k) == loose(l) { format!("`{k}`") } else { format!("`{k}` ({l})") }
                            },
                        )
                        .collect();
                    let many = matches!(c.accepts, Accepts::Choices(_));
                    format!(
                        "{}: {}",
                        if many { "any of, separated by ;" } else { "one of" },
                        values.join(", ")
                    )
                }
                None => c.accepts.describe().to_string(),
            };
            out.push_str(&format!("| `{}` | {} | {} |\n", c.name, c.required.words(), takes));
        }
        out
    }

    #[test]
    fn the_readme_documents_every_column() {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
        let expected: Vec<String> = ImportKind::ALL.iter().map(|k| readme_table(*k)).collect();
        let missing: Vec<&String> = expected.iter().filter(|t| !readme.contains(t.as_str())).collect();
        assert!(missing.is_empty(), "the README should hold these tables:\n\n{}", expected.join("\n"));
    }

    #[test]
    fn no_two_choices_read_alike() {
        for kind in ImportKind::ALL {
            for column in kind.columns() {
                let Some(list) = column.accepts.choices() else { continue };
                let mut seen = HashSet::new();
                for (key, label) in list {
                    assert!(seen.insert(loose(key)), "{} {key}", column.name);
                    if loose(label) != loose(key) {
                        assert!(seen.insert(loose(label)), "{} {label}", column.name);
                    }
                }
            }
        }
    }
}
