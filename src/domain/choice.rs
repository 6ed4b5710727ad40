//! A small macro for the fixed lists the product uses (roles, referral sources, statuses...):
//! each choice has a human label for screens and a stable key for CSV, JSON and the CLI.

/// Defines a fieldless enum with `ALL`, `label()`, `key()` and `from_key()`.
///
/// Keys are what users' spreadsheets and scripts see: they must never change once shipped.
macro_rules! choice_enum {
    (
        $(#[$doc:meta])*
        $name:ident { $( $(#[$vdoc:meta])* $variant:ident => ($key:literal, $label:literal) ),+ $(,)? }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name { $( $(#[$vdoc])* #[doc = $label] $variant ),+ }

        impl $name {
            /// Every choice, in display order.
            pub const ALL: &'static [$name] = &[ $( $name::$variant ),+ ];

            /// The words shown to a user.
            pub fn label(self) -> &'static str {
                match self { $( $name::$variant => $label ),+ }
            }

            /// The stable key used in CSV, JSON and on the command line.
            pub fn key(self) -> &'static str {
                match self { $( $name::$variant => $key ),+ }
            }

            /// Reads a key (or, forgivingly, a label), ignoring case and surrounding spaces.
            pub fn from_key(text: &str) -> Option<$name> {
                let t = text.trim();
                Self::ALL.iter().copied().find(|c| {
                    c.key().eq_ignore_ascii_case(t) || c.label().eq_ignore_ascii_case(t)
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
