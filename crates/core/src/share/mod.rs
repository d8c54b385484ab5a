//! Working together on one map: the map on a CRDT (Yjs, through `yrs`),
//! shared through a folder of per-device files or a sync server.
//!
//! The JSON map file stays the format people open, diff and archive; a
//! [`Replica`] holds the same map as fields ([`fields`]) in a Yjs document,
//! where concurrent edits merge field by field, prose merges as text, a
//! position is one value, and the value that loses to a concurrent change
//! is kept ([`Kept`]). A node deleted while someone else changed it (or
//! linked to it) stays, and the merge says so ([`Merged::revived`]).
//! Entities are never nested Yjs types, so two replicas cannot create
//! conflicting nested keys: every field is one entry of one root map, and
//! every prose field its own root text, which Yjs merges by name.

mod changes;
mod entry;
pub mod fields;
mod folder;
mod identity;
mod log;
mod merged;
mod replica;
mod server;
mod shared;
mod write;
mod written;

use std::path::PathBuf;

pub use folder::{Folder, read_device_file};
pub use identity::{DATA_DIR_ENV, Device, data_dir};
pub use log::{LogEntry, Touched};
pub use merged::{Kept, Merged};
pub use replica::{Arrival, Replica};
pub use server::{Connection, TOKEN_ENV};
pub use shared::{Pulled, Shared};
pub use write::{Server, Synced, sync_map, sync_map_live, write_map, write_shared};

/// Why sharing, syncing or merging failed.
#[derive(Debug, thiserror::Error)]
pub enum ShareError {
    /// A file or folder could not be read or written.
    #[error("{}: cannot {action} it: {}", path.display(), crate::io::describe_io(source))]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What was being done.
        action: &'static str,
        /// What the system said.
        source: std::io::Error,
    },
    /// A file of ours that does not hold what it should.
    #[error("{}: {message}", path.display())]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// Bytes that are not a Yjs update (a damaged or foreign device file).
    #[error("{origin}: not a Sectormap change file (a Yjs update): {message}")]
    Update {
        /// The file or server the bytes came from.
        origin: String,
        /// What the decoder said.
        message: String,
    },
    /// The map is not shared.
    #[error("{}: the map is not shared (there is no {} folder beside it); share it first with `sectormap share`", .0.display(), Folder::beside(.0).dir.file_name().map(|n| n.to_string_lossy()).unwrap_or_default())]
    NotShared(PathBuf),
    /// The map could not be taken apart (it has problems).
    #[error("{0}")]
    Map(crate::io::SaveError),
    /// The merged map cannot be read as a map.
    #[error("the merged map has problems: {0}")]
    Invalid(String),
    /// No kept value has this key.
    #[error("no kept value has the key \"{0}\"")]
    NoSuchKept(String),
    /// The map file holds edits no device's file knows of.
    #[error(
        "{}: the map file was changed outside Sectormap (or by a device whose changes have not arrived in the shared folder yet), so it is left as it is; wait for the folder to sync, or run `sectormap sync {} --take-file` to take its edits as yours",
        .0.display(), .0.display()
    )]
    ChangedOutside(PathBuf),
    /// The sync server refused, could not be reached, or sent something wrong.
    #[error("{0}")]
    Live(crate::live::LiveError),
    /// No data folder to keep this device's identity in.
    #[error("there is no data folder to keep this device's identity in; set SECTORMAP_DATA_DIR")]
    NoDataDir,
}
