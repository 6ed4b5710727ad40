//! How records are stored: one version byte, then the record's postcard encoding.
//!
//! postcard is compact and not self-describing, so a record's layout can only change by adding
//! a new version. Each record type lists its versions in a version enum (see
//! [`versioned_record!`]); decoding reads the tag, decodes that version's layout and upgrades
//! it to the current type. An old file therefore always opens; a record written by a *newer*
//! carecoop is reported, never misread.

use serde::Serialize;

/// Why stored bytes could not be turned back into a record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodecError {
    /// The value had no bytes at all.
    Empty,
    /// The version tag is newer than this build knows.
    NewerVersion(u8),
    /// The version tag is not one this record ever had.
    UnknownVersion(u8),
    /// The payload did not decode.
    Payload(String),
}

impl std::fmt::Display for CodecError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            CodecError::Empty => crate::t!("store-codec-empty"),
            CodecError::NewerVersion(v) => crate::t!("store-codec-newer", version = v.to_string()),
            CodecError::UnknownVersion(v) => crate::t!("store-codec-unknown", version = v.to_string()),
            CodecError::Payload(e) => crate::t!("store-codec-payload", error = e.as_str()),
        };
        f.write_str(&text)
    }
}

/// Encodes `value` as `version` followed by its postcard bytes.
pub fn encode<T: Serialize>(version: u8, value: &T) -> Vec<u8> {
    let out = vec![version];
    // postcard only fails for types serde cannot express (e.g. maps with non-string keys in
    // some formats); our records are plain structs, so failure here is a programming error
    // caught by the round-trip tests. We still avoid a panic and store what we have.
    match postcard::to_extend(value, out) {
        Ok(bytes) => bytes,
        Err(_) => vec![version],
    }
}

/// Splits stored bytes into the version tag and the payload.
pub fn split(bytes: &[u8]) -> Result<(u8, &[u8]), CodecError> {
    bytes.split_first().map(|(v, rest)| (*v, rest)).ok_or(CodecError::Empty)
}

/// Decodes a postcard payload of a known layout.
pub fn payload<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, CodecError> {
    postcard::from_bytes(bytes).map_err(|e| CodecError::Payload(e.to_string()))
}

/// Declares the stored versions of a record type and generates its decoder.
///
/// ```ignore
/// versioned_record!(Member, MemberVersions { 1 => MemberV1, 2 => Member });
/// ```
/// Each version's type must convert into the current type with `From`. The highest listed
/// version is the one written.
macro_rules! versioned_record {
    ($current:ty, $enum_name:ident { $( $tag:literal => $variant:ident ( $layout:ty ) ),+ $(,)? }) => {
        /// Every layout this record has ever been stored in, by version tag.
        #[allow(dead_code)]
        pub(crate) enum $enum_name { $( $variant($layout) ),+ }

        impl $enum_name {
            /// The version written by this build.
            pub(crate) const CURRENT: u8 = { let tags = [$($tag),+]; tags[tags.len() - 1] };

            /// Decodes stored bytes through the version they were written with.
            pub(crate) fn decode(bytes: &[u8]) -> Result<Self, $crate::store::codec::CodecError> {
                let (tag, rest) = $crate::store::codec::split(bytes)?;
                match tag {
                    $( $tag => Ok($enum_name::$variant($crate::store::codec::payload(rest)?)), )+
                    t if t > Self::CURRENT => Err($crate::store::codec::CodecError::NewerVersion(t)),
                    t => Err($crate::store::codec::CodecError::UnknownVersion(t)),
                }
            }

            /// Upgrades whichever version was read to the current type.
            pub(crate) fn into_current(self) -> $current {
                match self { $( $enum_name::$variant(v) => <$current>::from(v) ),+ }
            }
        }
    };
}

pub(crate) use versioned_record;

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    /// A record as an old carecoop wrote it.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    pub(crate) struct WidgetV1 {
        name: String,
        count: u32,
    }

    /// The same record after a field was added.
    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    pub(crate) struct Widget {
        name: String,
        count: u32,
        colour: Option<String>,
    }

    impl From<WidgetV1> for Widget {
        fn from(v: WidgetV1) -> Self {
            Widget { name: v.name, count: v.count, colour: None }
        }
    }

    versioned_record!(Widget, WidgetVersions { 1 => V1(WidgetV1), 2 => V2(Widget) });

    #[test]
    fn an_old_record_decodes_after_a_new_version_exists() {
        let old = WidgetV1 { name: "walk".into(), count: 3 };
        let stored_by_old_build = encode(1, &old);
        let read = WidgetVersions::decode(&stored_by_old_build).unwrap().into_current();
        assert_eq!(read, Widget { name: "walk".into(), count: 3, colour: None });
    }

    #[test]
    fn the_current_version_round_trips() {
        assert_eq!(WidgetVersions::CURRENT, 2);
        let w = Widget { name: "yoga".into(), count: 1, colour: Some("green".into()) };
        let bytes = encode(WidgetVersions::CURRENT, &w);
        assert_eq!(WidgetVersions::decode(&bytes).unwrap().into_current(), w);
    }

    #[test]
    fn newer_unknown_and_garbage_are_reported() {
        let w = Widget { name: "x".into(), count: 1, colour: None };
        let mut bytes = encode(2, &w);
        bytes[0] = 9;
        assert!(matches!(WidgetVersions::decode(&bytes), Err(CodecError::NewerVersion(9))));
        bytes[0] = 0;
        assert!(matches!(WidgetVersions::decode(&bytes), Err(CodecError::UnknownVersion(0))));
        assert!(matches!(WidgetVersions::decode(&[]), Err(CodecError::Empty)));
        assert!(matches!(WidgetVersions::decode(&[1, 0xff, 0xff]), Err(CodecError::Payload(_))));
    }
}
