//! No lost updates: a save made from a form is refused when someone changed the record after
//! the form read it. The check runs inside the save's own transaction (see [`Guarded`]), so
//! nothing can slip in between; the refusal says who changed it, when, and field by field
//! their value against the one being saved ([`ChangedSince`]).

use crate::data::{
    Action as Work, AnyId, AnyRecord, ChangedSince, DataError, DataStore, Reads, RecordKind, Stamped,
    Transaction, each_kind,
};
use crate::domain::Settings;

/// A record as a form read it, before the user changed anything.
#[derive(Debug, Clone, PartialEq)]
pub enum AsRead {
    /// A stored record.
    Record(Box<AnyRecord>),
    /// The co-op's settings.
    Settings(Box<Settings>),
}

/// The store an action runs on, with every write transaction first checking that the
/// record is still as the form read it.
pub(super) struct Guarded<'a> {
    pub(super) store: &'a mut dyn DataStore,
    pub(super) read: &'a AsRead,
    /// The record being saved, for the field-by-field comparison.
    pub(super) yours: Option<serde_json::Value>,
}

impl Guarded<'_> {
    fn with_reads<T>(&self, read: impl FnOnce(&dyn Reads) -> Result<T, DataError>) -> Result<T, DataError> {
        read(&*self.store)
    }

    /// Refuses when the record is no longer as it was read.
    fn check(&self, tx: &dyn Transaction) -> Result<(), DataError> {
        let (now, stamped) = match self.read {
            // No availability stored reads as an empty one.
            AsRead::Record(record) if let AnyRecord::Availability(a) = &**record => (
                Some(serde_json::to_value(tx.availability_of(a.member)?).map_err(json_error)),
                Stamped::Record(AnyId::Availability(a.member)),
            ),
            AsRead::Record(record) => {
                (tx.get_any(record.id())?.map(|r| json_of(&r)), Stamped::Record(record.id()))
            }
            AsRead::Settings(_) => {
                (Some(serde_json::to_value(tx.settings()?).map_err(json_error)), Stamped::Settings)
            }
        };
        let read = as_json(self.read)?;
        let now = now.transpose()?;
        if now.as_ref() == Some(&read) {
            return Ok(());
        }
        let gone = now.is_none();
        let differences = match (&now, &self.yours) {
            (Some(now), Some(yours)) => differences(&read, now, yours),
            _ => Vec::new(),
        };
        Err(DataError::Changed(Box::new(ChangedSince {
            what: describe(self.read, &read),
            stamp: tx.stamp(stamped)?,
            gone,
            differences,
        })))
    }
}

crate::data::reads_through!(Guarded<'_>, with_reads);

impl DataStore for Guarded<'_> {
    fn transact(&self, action: &mut Work<'_>) -> Result<(), DataError> {
        self.store.transact(&mut |tx| {
            self.check(&*tx)?;
            action(tx)
        })
    }

    super::forward_to_store!();
}

/// The record as stored now (to guard against yet another change) and `save` rebuilt on it:
/// the fields `save` changed from `read` take its values, every other field keeps theirs.
pub(super) fn on_top(
    store: &dyn Reads,
    read: &AsRead,
    save: &super::Action,
) -> Result<(AsRead, super::Action), DataError> {
    let refused = || DataError::conflict(crate::t!("act-guard-not-on-top"));
    let now = match read {
        AsRead::Record(record) if let AnyRecord::Availability(a) = &**record => {
            AsRead::Record(Box::new(AnyRecord::Availability(store.availability_of(a.member)?)))
        }
        AsRead::Record(record) => AsRead::Record(Box::new(store.get_any(record.id())?.ok_or_else(refused)?)),
        AsRead::Settings(_) => AsRead::Settings(Box::new(store.settings()?)),
    };
    let (read_json, now_json) = (as_json(read)?, as_json(&now)?);
    let yours = save.saved_record().ok_or_else(refused)?;
    let (Some(read_fields), Some(mut merged), Some(your_fields)) =
        (read_json.as_object(), now_json.as_object().cloned(), yours.as_object())
    else {
        return Err(refused());
    };
    for (field, value) in your_fields {
        if read_fields.get(field) != Some(value) {
            merged.insert(field.clone(), value.clone());
        }
    }
    let rebuilt = save.with_saved_record(serde_json::Value::Object(merged)).ok_or_else(refused)?;
    Ok((now, rebuilt))
}

fn as_json(read: &AsRead) -> Result<serde_json::Value, DataError> {
    match read {
        AsRead::Record(record) => json_of(record),
        AsRead::Settings(settings) => serde_json::to_value(settings).map_err(json_error),
    }
}

fn json_error(e: serde_json::Error) -> DataError {
    DataError::Backend {
        context: crate::i18n::static_text("act-guard-compare-failed", "a record could not be compared"),
        source: Box::new(e),
    }
}

macro_rules! any_to_json {
    ($record:expr; $($k:ident),+) => {
        match $record { $( AnyRecord::$k(r) => serde_json::to_value(r), )+ }
    };
}

/// A record as JSON, for comparing field by field.
pub(super) fn json_of(record: &AnyRecord) -> Result<serde_json::Value, DataError> {
    each_kind!(any_to_json!(record)).map_err(json_error)
}

/// "member Fiona Drummond", "person P0012", "the settings".
fn describe(read: &AsRead, json: &serde_json::Value) -> String {
    let AsRead::Record(record) = read else { return crate::t!("act-coop-settings") };
    let noun = match record.id().kind() {
        // As this message always named them.
        RecordKind::RegisterEntry => crate::t!("act-guard-noun-registerentry"),
        RecordKind::LedgerEntry => crate::t!("act-guard-noun-ledgerentry"),
        kind => super::kind_noun(kind),
    };
    // A person is named by reference only (messages may end up in logs).
    let name = ["reference", "name"].iter().find_map(|k| json.get(*k).and_then(|v| v.as_str()));
    match name {
        Some(name) if !name.is_empty() => crate::t!("act-guard-named", noun = noun, name = name),
        _ => crate::t!("act-guard-this", noun = noun),
    }
}

/// The fields someone else changed since `read`: (field, their value, the value being saved).
fn differences(
    read: &serde_json::Value,
    now: &serde_json::Value,
    yours: &serde_json::Value,
) -> Vec<(String, String, String)> {
    let (Some(read), Some(now)) = (read.as_object(), now.as_object()) else { return Vec::new() };
    now.iter()
        .filter(|(field, value)| read.get(*field) != Some(*value))
        .map(|(field, value)| {
            let shown = |v: &serde_json::Value| match v.as_i64() {
                // Money is kept in pence.
                Some(pence) if MONEY_FIELDS.contains(&field.as_str()) => {
                    crate::domain::Money(pence).to_string()
                }
                _ => show(v),
            };
            let mine = yours.get(field).map(shown).unwrap_or_default();
            (field.replace('_', " "), shown(value), mine)
        })
        .collect()
}

/// The records' fields that hold money (in pence).
const MONEY_FIELDS: &[&str] = &["hourly_rate", "share_paid", "price", "amount"];

/// A JSON value as a person reads it: text without quotes, lists joined, long values cut.
fn show(value: &serde_json::Value) -> String {
    let text = match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => crate::t!("act-guard-none"),
        serde_json::Value::Array(items) if items.iter().all(|i| !i.is_object()) => {
            items.iter().map(show).collect::<Vec<_>>().join(", ")
        }
        other => other.to_string(),
    };
    if text.chars().count() > 120 {
        format!("{}...", text.chars().take(117).collect::<String>())
    } else {
        text
    }
}
