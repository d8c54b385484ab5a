//! A shared map as one device works on it: its replica, the folder it
//! syncs through, and the map file beside it.

use std::path::{Path, PathBuf};

use sha2::Digest;

use super::folder::read_device_file;
use super::{Arrival, Device, Folder, Merged, Replica, ShareError};
use crate::model::Document;

/// One device's side of a shared map.
pub struct Shared {
    /// The folder it syncs through.
    pub folder: Folder,
    /// This device's replica.
    pub replica: Replica,
    /// What opening it merged from the other devices' files.
    pub opened: Pulled,
}

/// What bringing a shared map up to date did.
#[derive(Clone, Debug, Default)]
pub struct Pulled {
    /// Others' changes, merged.
    pub arrival: Arrival,
    /// Device files read (this device's included).
    pub files: usize,
    /// Fields of the map file that were edited outside Sectormap and taken
    /// as this device's changes.
    pub outside: usize,
}

impl Shared {
    /// Makes the map at `map` shared: its folder, and this device's first
    /// file holding the whole map. A map already shared is opened instead,
    /// its file taken as this device's changes if it differs.
    pub fn share(map: &Path, device: Device) -> Result<Self, ShareError> {
        let bytes = std::fs::read(map).map_err(|source| ShareError::Io {
            path: map.to_path_buf(),
            action: "read",
            source,
        })?;
        let text = String::from_utf8_lossy(&bytes);
        let document = crate::io::load_str(&text, &map.display().to_string())
            .map_err(|err| ShareError::Corrupt { path: map.to_path_buf(), message: err.to_string() })?;
        let folder = Folder::beside(map);
        let mut shared = if folder.exists() {
            let mut shared = Self::open(map, device)?;
            if !shared.written_here(&bytes) {
                shared.catch_up(&document)?;
            }
            shared
        } else {
            folder.create()?;
            let mut replica = Replica::new(device);
            replica.record(&Document::new(), &document)?;
            Self { folder, replica, opened: Pulled::default() }
        };
        if shared.document()?.document == document {
            shared.note_written(&bytes);
        }
        shared.save()?;
        Ok(shared)
    }

    /// Opens the shared map at `map` as `device`, reading its own file and
    /// then every other device's.
    pub fn open(map: &Path, device: Device) -> Result<Self, ShareError> {
        let folder = Folder::beside(map);
        if !folder.exists() {
            return Err(ShareError::NotShared(map.to_path_buf()));
        }
        let own = folder.device_file(&device);
        let replica = if own.is_file() {
            Replica::load(device, &read_device_file(&own)?, &own.display().to_string())?
        } else {
            Replica::new(device)
        };
        let mut shared = Self { folder, replica, opened: Pulled::default() };
        shared.opened = shared.pull()?;
        Ok(shared)
    }

    /// Merges every other device's file into this replica.
    pub fn pull(&mut self) -> Result<Pulled, ShareError> {
        let mut pulled = Pulled { files: 1, ..Pulled::default() };
        let own = self.folder.device_file(self.replica.device());
        for path in self.folder.device_files()? {
            if path == own {
                continue;
            }
            let arrival = self.merge_file(&path)?;
            pulled.files += 1;
            pulled.arrival.changed.extend(arrival.changed);
            pulled.arrival.conflicts.extend(arrival.conflicts);
            pulled.arrival.log.extend(arrival.log);
        }
        pulled.arrival.log.sort_by(|a, b| (a.at, &a.w).cmp(&(b.at, &b.w)));
        Ok(pulled)
    }

    /// Merges one device file (from the folder, or sent by email).
    pub fn merge_file(&mut self, path: &Path) -> Result<Arrival, ShareError> {
        let bytes = read_device_file(path)?;
        self.replica.apply(&bytes, &path.display().to_string())
    }

    /// Takes what the map file holds, if it was edited outside Sectormap
    /// since a Sectormap last wrote it, as this device's changes. Returns
    /// how many fields that changed.
    pub fn catch_up(&mut self, file: &Document) -> Result<usize, ShareError> {
        let current = self.replica.document()?.document;
        self.replica.record(&current, file)
    }

    /// Whether the map file at its path is one a Sectormap wrote for this
    /// shared map (so it holds nothing the devices' files do not).
    pub fn written_here(&self, text: &[u8]) -> bool {
        self.replica.written().contains(&digest(text))
    }

    /// The map as merged now.
    pub fn document(&self) -> Result<Merged, ShareError> {
        self.replica.document()
    }

    /// Writes this device's file.
    pub fn save(&self) -> Result<(), ShareError> {
        self.folder.write(&self.replica)
    }

    /// Notes that this device wrote `text` as the map file, so others know
    /// it holds no change from outside.
    pub fn note_written(&mut self, text: &[u8]) {
        self.replica.note_written(&digest(text));
    }

    /// The map file.
    pub fn map_path(&self) -> &PathBuf {
        &self.folder.map
    }
}

/// The SHA-256 of `bytes`, in hex.
pub(crate) fn digest(bytes: &[u8]) -> String {
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}
