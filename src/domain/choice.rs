//! A small macro for the fixed lists the product uses (roles, referral sources, statuses...):
//! each choice has a human label for screens and a stable key for CSV, JSON and the CLI.

/// Defines a fieldless enum with `ALL`, `label()`, `key()` and `from_key()`.
///
/// Keys are what users' spreadsheets and scripts see: they must never change once shipped.
macro_rules! choice_enum {
    (
        $(#[$doc:meta])*
        $name:ident { $( $(#[$vdoc:meta])* $variant:ident => ($key:literal, $label:literal $(, $alias:literal)* ) ),+ $(,)? }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name { $( $(#[$vdoc])* #[doc = $label] $variant ),+ }

        impl $name {
            /// Every choice, in display order.
            pub const ALL: &'static [$name] = &[ $( $name::$variant ),+ ];

            /// The words shown to a user, in the interface language (message
            /// `choice-<Type>-<key>`; the English words are also the fallback).
            pub fn label(self) -> &'static str {
                match self {
                    $( $name::$variant => $crate::i18n::static_text(
                        concat!("choice-", stringify!($name), "-", $key),
                        $label,
                    ) ),+
                }
            }

            /// The message ids of every label (for the translation tests).
            pub fn label_ids() -> &'static [&'static str] {
                &[ $( concat!("choice-", stringify!($name), "-", $key) ),+ ]
            }

            /// The English words shown to a user, whatever the interface language.
            pub fn english_label(self) -> &'static str {
                match self { $( $name::$variant => $label ),+ }
            }

            /// The stable key used in CSV, JSON and on the command line.
            pub fn key(self) -> &'static str {
                match self { $( $name::$variant => $key ),+ }
            }

            /// Other words people type for each choice ("hourly" for per hour).
            pub fn aliases(self) -> &'static [&'static str] {
                match self { $( $name::$variant => &[ $( $alias ),* ] ),+ }
            }

            /// Reads a choice as people type it: its key, its label or an alias, in any case,
            /// with spaces, underscores, hyphens and slashes alike (see [`loose`]).
            pub fn from_key(text: &str) -> Option<$name> {
                let t = $crate::domain::choice::loose(text);
                if t.is_empty() {
                    return None;
                }
                Self::ALL.iter().copied().find(|c| {
                    $crate::domain::choice::loose(c.key()) == t
                        || $crate::domain::choice::loose(c.english_label()) == t
                        || $crate::i18n::Lang::ALL.iter().any(|l| {
                            $crate::domain::choice::loose($crate::i18n::with_lang(*l, || c.label())) == t
                        })
                        || c.aliases().iter().any(|a| $crate::domain::choice::loose(a) == t)
                })
            }

            /// All keys joined for error messages: "a, b or c".
            pub fn keys_list() -> String {
                let keys: Vec<&str> = Self::ALL.iter().map(|c| c.key()).collect();
                match keys.split_last() {
                    Some((last, rest)) if !rest.is_empty() => format!("{} or {}", rest.join(", "), last),
                    _ => keys.join(""),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

pub(crate) use choice_enum;

/// A choice as typed, reduced to its bare words: lower case, with runs of spaces,
/// underscores, hyphens and slashes read as one separator, and none at either end, so
/// "Carer/Family", "carer_family" and " CARER - family " are all `carer_family`.
pub fn loose(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.trim().chars() {
        if matches!(c, ' ' | '_' | '-' | '/' | '\t') || c == '\u{2013}' {
            gap = !out.is_empty();
        } else {
            if gap {
                out.push('_');
                gap = false;
            }
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// The message ids of every fixed list's labels (`choice-<Type>-<key>`), for the tests that
/// keep the translation files complete. A new `choice_enum!` type belongs here.
pub fn all_label_ids() -> Vec<&'static str> {
    use super::wellbeing::{ChangeCategory, Instrument, Timepoint};
    use super::*;
    let lists: [&[&'static str]; 24] = [
        Format::label_ids(),
        PriceUnit::label_ids(),
        ExceptionKind::label_ids(),
        Paper::label_ids(),
        MeetingKind::label_ids(),
        Presence::label_ids(),
        ResolutionKind::label_ids(),
        LegalForm::label_ids(),
        Office::label_ids(),
        LedgerKind::label_ids(),
        Role::label_ids(),
        PvgScope::label_ids(),
        Need::label_ids(),
        SdsOption::label_ids(),
        GoalStatus::label_ids(),
        ContactKind::label_ids(),
        ReferralSource::label_ids(),
        Urgency::label_ids(),
        ReferralStatus::label_ids(),
        Attendance::label_ids(),
        Repeat::label_ids(),
        Timepoint::label_ids(),
        ChangeCategory::label_ids(),
        Instrument::label_ids(),
    ];
    lists.concat()
}

#[cfg(test)]
mod tests {
    use super::loose;

    #[test]
    fn separators_and_case_are_alike() {
        for typed in ["Carer/Family", "carer_family", " CARER - family ", "carer  /  family"] {
            assert_eq!(loose(typed), "carer_family", "{typed:?}");
        }
        assert_eq!(loose(""), "");
        assert_eq!(loose(" / "), "");
    }
}
