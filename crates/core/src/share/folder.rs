//! The shared folder beside a map: one file per device, each written only
//! by its own device, so file-sync services (Dropbox, Syncthing, a network
//! drive) never make conflict copies.

use std::path::{Path, PathBuf};

use super::{Device, Replica, ShareError};

/// What a device's file ends with.
const EXTENSION: &str = "yjs";

/// The folder that makes a map shared: `MAP.shared/` beside `MAP`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folder {
    /// The map file.
    pub map: PathBuf,
    /// The folder beside it.
    pub dir: PathBuf,
}

impl Folder {
    /// The shared folder of the map at `map` (which may not exist yet).
    pub fn beside(map: &Path) -> Self {
        let mut name = map.file_name().map(std::ffi::OsStr::to_os_string).unwrap_or_default();
        name.push(".shared");
        Self { map: map.to_path_buf(), dir: map.with_file_name(name) }
    }

    /// Whether the map is shared (its folder exists).
    pub fn exists(&self) -> bool {
        self.dir.is_dir()
    }

    /// Makes the folder, with a note saying what it is.
    pub fn create(&self) -> Result<(), ShareError> {
        std::fs::create_dir_all(&self.dir).map_err(|source| ShareError::Io {
            path: self.dir.clone(),
            action: "create",
            source,
        })?;
        let readme = self.dir.join("README.txt");
        let text = format!(
            "This folder makes {} a shared map. Each file here holds one device's changes, \
             and only that device writes it. Keep the folder beside the map and share both \
             (a shared drive, Dropbox, Syncthing). `sectormap sync MAP` merges everyone's changes \
             into the map; the editor does it as they arrive.\n",
            self.map.file_name().map(|n| n.to_string_lossy()).unwrap_or_default()
        );
        std::fs::write(&readme, text).map_err(|source| ShareError::Io {
            path: readme,
            action: "write",
            source,
        })
    }

    /// The file `device` writes its changes to.
    pub fn device_file(&self, device: &Device) -> PathBuf {
        self.dir.join(format!("{}.{EXTENSION}", device.id))
    }

    /// Every device's file, in name order.
    pub fn device_files(&self) -> Result<Vec<PathBuf>, ShareError> {
        let read = std::fs::read_dir(&self.dir).map_err(|source| ShareError::Io {
            path: self.dir.clone(),
            action: "read",
            source,
        })?;
        let mut files: Vec<PathBuf> = read
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|e| e == EXTENSION) && path.is_file())
            .collect();
        files.sort();
        Ok(files)
    }

    /// Writes `replica`'s whole state to its device's file, atomically.
    pub fn write(&self, replica: &Replica) -> Result<(), ShareError> {
        let path = self.device_file(replica.device());
        let state = replica.state();
        crate::io::write_atomic(&path, false, |file| std::io::Write::write_all(file, &state))
            .map_err(|err| ShareError::Io { path: path.clone(), action: err.action, source: err.source })
    }
}

/// Reads a device file.
pub fn read_device_file(path: &Path) -> Result<Vec<u8>, ShareError> {
    std::fs::read(path).map_err(|source| ShareError::Io { path: path.to_path_buf(), action: "read", source })
}
