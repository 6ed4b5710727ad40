//! A simulated disk under the redb backend (`RedbStore::on_backend`), as redb's own
//! crash-consistency tests do it: every write lands in the live image at once, and only a
//! completed sync makes it durable. It can lose power after the N-th sync (syncs stop making
//! anything durable), fill up (writes past a size fail with "no space left on device"), or
//! vanish (a network folder gone: every operation fails).

use carecoop::data::{AnyRecords, DataStore, RecordKind};
use carecoop::domain::audit::AuditFilter;
use std::io::{Error, ErrorKind};
use std::sync::{Arc, Mutex};

#[derive(Debug, Default)]
struct State {
    live: Vec<u8>,
    durable: Vec<u8>,
    syncs: u64,
    /// From this sync on, syncs make nothing durable: the power is cut.
    power_cut_at: Option<u64>,
    /// Writes that would take the image past this many bytes fail, as on a full disk.
    capacity: Option<u64>,
    /// Every operation fails, as when a network folder goes away.
    vanished: bool,
}

/// The simulated disk; clones share it, so a test keeps one while the store owns another.
#[derive(Debug, Clone, Default)]
pub struct SimDisk {
    state: Arc<Mutex<State>>,
}

fn full() -> Error {
    Error::from_raw_os_error(28) // ENOSPC
}

fn gone() -> Error {
    Error::new(ErrorKind::NotFound, "the network folder holding the file is no longer there")
}

impl SimDisk {
    /// An empty disk.
    pub fn new() -> SimDisk {
        SimDisk::default()
    }

    /// A disk holding `image`, all of it durable (what survived a power cut).
    pub fn holding(image: Vec<u8>) -> SimDisk {
        let disk = SimDisk::default();
        {
            let mut s = disk.lock();
            s.live = image.clone();
            s.durable = image;
        }
        disk
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Syncs so far.
    pub fn syncs(&self) -> u64 {
        self.lock().syncs
    }

    /// The power goes off at sync `n`: it and every later sync make nothing durable.
    pub fn cut_power_at(&self, n: u64) {
        self.lock().power_cut_at = Some(n);
    }

    /// From now on the disk holds no more than `bytes` (writes past it fail).
    pub fn fill_up_at(&self, bytes: u64) {
        self.lock().capacity = Some(bytes);
    }

    /// The bytes in use now.
    pub fn used(&self) -> u64 {
        self.lock().live.len() as u64
    }

    /// From now on every operation fails (or works again, with `false`).
    pub fn vanish(&self, gone: bool) {
        self.lock().vanished = gone;
    }

    /// What a restart finds: the durable bytes only.
    pub fn after_power_cut(&self) -> Vec<u8> {
        self.lock().durable.clone()
    }

    /// What a restart finds when the disk was only ever full or away: everything synced
    /// before it failed (the same as [`SimDisk::after_power_cut`]).
    pub fn durable(&self) -> Vec<u8> {
        self.after_power_cut()
    }
}

impl redb::StorageBackend for SimDisk {
    fn len(&self) -> Result<u64, Error> {
        let s = self.lock();
        if s.vanished {
            return Err(gone());
        }
        Ok(s.live.len() as u64)
    }

    fn read(&self, offset: u64, out: &mut [u8]) -> Result<(), Error> {
        let s = self.lock();
        if s.vanished {
            return Err(gone());
        }
        let start = usize::try_from(offset).map_err(|_| Error::from(ErrorKind::InvalidInput))?;
        let end = start + out.len();
        if end > s.live.len() {
            return Err(Error::from(ErrorKind::UnexpectedEof));
        }
        out.copy_from_slice(&s.live[start..end]);
        Ok(())
    }

    fn set_len(&self, len: u64) -> Result<(), Error> {
        let mut s = self.lock();
        if s.vanished {
            return Err(gone());
        }
        if s.capacity.is_some_and(|cap| len > cap && len > s.live.len() as u64) {
            return Err(full());
        }
        let len = usize::try_from(len).map_err(|_| Error::from(ErrorKind::InvalidInput))?;
        s.live.resize(len, 0);
        Ok(())
    }

    fn sync_data(&self) -> Result<(), Error> {
        let mut s = self.lock();
        if s.vanished {
            return Err(gone());
        }
        s.syncs += 1;
        if s.power_cut_at.is_none_or(|cut| s.syncs < cut) {
            s.durable = s.live.clone();
        }
        Ok(())
    }

    fn write(&self, offset: u64, data: &[u8]) -> Result<(), Error> {
        let mut s = self.lock();
        if s.vanished {
            return Err(gone());
        }
        let start = usize::try_from(offset).map_err(|_| Error::from(ErrorKind::InvalidInput))?;
        let end = start + data.len();
        if s.capacity.is_some_and(|cap| end as u64 > cap) {
            return Err(full());
        }
        if end > s.live.len() {
            s.live.resize(end, 0);
        }
        s.live[start..end].copy_from_slice(data);
        Ok(())
    }
}

/// Everything a co-op holds, as text: every record of every kind, the settings, the set-up
/// flag and the audit trail. Two stores with the same picture hold the same co-op.
pub fn picture(store: &dyn DataStore) -> String {
    let mut out = String::new();
    for kind in RecordKind::ALL {
        let records: AnyRecords = store.all_any(*kind).expect("every kind reads");
        out.push_str(&format!("{kind:?}: {records:?}\n"));
    }
    out.push_str(&format!("settings: {:?}\n", store.settings().expect("settings read")));
    out.push_str(&format!("set up: {:?}\n", store.is_set_up().expect("flag reads")));
    let trail = store.audit_trail(&AuditFilter::default(), None).expect("the trail reads");
    out.push_str(&format!("audit: {trail:?}\n"));
    out
}
