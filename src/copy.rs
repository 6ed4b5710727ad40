//! Copying a whole co-op from one dataset to another, whatever their backends: a file into a
//! server (a co-op moves into team mode) or a server into a file (an offline copy). Records
//! keep their ids, so everything that points at them still does; the counts are compared
//! afterwards.

use crate::data::{DataError, DataStore, Entity, Reads, ReadsExt, RecordKind, Transaction, WriteExt};
use crate::domain::{
    Activity, Assessment, Availability, Contact, Fund, LedgerEntry, Meeting, Member, Person, Referral,
    RegisterEntry, Series, Session,
};

/// How many records go in one transaction.
const CHUNK: usize = 5_000;

/// What a copy wrote: records per kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Copied {
    /// (kind, how many) in the order they were copied.
    pub counts: Vec<(&'static str, u64)>,
}

/// The order that keeps every reference pointing at something already copied.
const ORDER: [RecordKind; 13] = RecordKind::BY_REFERENCE;

/// True when `store` holds no co-op yet (not set up, no records of any kind).
pub fn is_empty(store: &dyn Reads) -> Result<bool, DataError> {
    if store.is_set_up()? {
        return Ok(false);
    }
    for kind in RecordKind::ALL {
        if store.count_kind(*kind)? > 0 {
            return Ok(false);
        }
    }
    Ok(true)
}

fn copy_kind<R: Entity>(
    from: &dyn Reads,
    to: &dyn DataStore,
    progress: &mut dyn FnMut(&str, u64, u64),
) -> Result<u64, DataError> {
    let records: Vec<R> = from.all()?;
    let total = records.len() as u64;
    let mut done = 0;
    for chunk in records.chunks(CHUNK) {
        let batch = R::into_any_many(chunk.to_vec());
        to.write(|tx: &mut dyn Transaction| tx.put_all_as_is(&batch))?;
        done += chunk.len() as u64;
        progress(R::KIND.noun(), done, total);
    }
    Ok(total)
}

/// Copies every record, the settings and the set-up and demo flags from `from` into `to`
/// (which should be empty), then checks that both hold the same number of each kind.
pub fn copy_all(
    from: &dyn Reads,
    to: &dyn DataStore,
    progress: &mut dyn FnMut(&str, u64, u64),
) -> Result<Copied, DataError> {
    let mut copied = Copied::default();
    for kind in ORDER {
        let n = match kind {
            RecordKind::Member => copy_kind::<Member>(from, to, progress)?,
            RecordKind::Activity => copy_kind::<Activity>(from, to, progress)?,
            RecordKind::Person => copy_kind::<Person>(from, to, progress)?,
            RecordKind::Referral => copy_kind::<Referral>(from, to, progress)?,
            RecordKind::Session => copy_kind::<Session>(from, to, progress)?,
            RecordKind::Series => copy_kind::<Series>(from, to, progress)?,
            RecordKind::Assessment => copy_kind::<Assessment>(from, to, progress)?,
            RecordKind::Fund => copy_kind::<Fund>(from, to, progress)?,
            RecordKind::Contact => copy_kind::<Contact>(from, to, progress)?,
            RecordKind::Availability => copy_kind::<Availability>(from, to, progress)?,
            RecordKind::RegisterEntry => copy_kind::<RegisterEntry>(from, to, progress)?,
            RecordKind::LedgerEntry => copy_kind::<LedgerEntry>(from, to, progress)?,
            RecordKind::Meeting => copy_kind::<Meeting>(from, to, progress)?,
        };
        copied.counts.push((kind.noun(), n));
    }
    let (settings, set_up, demo) = (from.settings()?, from.is_set_up()?, from.is_demo()?);
    // The erased list goes too, so a backup of the original restored over the copy still
    // cannot bring anyone erased back.
    let erased = from.erased_people()?;
    to.write(|tx| {
        tx.put_settings(&settings)?;
        for person in &erased {
            tx.remember_erased(person)?;
        }
        if set_up {
            tx.mark_set_up()?;
        }
        if demo {
            tx.mark_demo()?;
        }
        Ok(())
    })?;
    for kind in ORDER {
        let (a, b) = (from.count_kind(kind)?, to.count_kind(kind)?);
        if a != b {
            return Err(DataError::conflict(format!(
                "the copy holds {b} {} but the original {a}; the copy is incomplete",
                kind.noun()
            )));
        }
    }
    Ok(copied)
}
