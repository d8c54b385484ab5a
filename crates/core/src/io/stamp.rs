//! What was last read or written of a file, to tell whether someone else
//! has changed it since: its content's hash, with its length and time of
//! change for a cheap check that needs no reading.

use std::path::Path;
use std::time::SystemTime;

use sha2::{Digest, Sha256};

use super::error::LoadError;
use super::load::load_str;
use crate::model::Document;

/// A file as last read or written: its content's SHA-256, and its length
/// and modification time then.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileStamp {
    hash: [u8; 32],
    len: u64,
    modified: Option<SystemTime>,
}

/// What is at a path now, against a [`FileStamp`] of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OnDisk {
    /// The same content (the stamp's time may have moved on with it).
    Same,
    /// Other content: someone changed the file.
    Changed,
    /// No file there any more (or it cannot be read).
    Gone,
}

impl FileStamp {
    /// The stamp of `bytes`, just read from or written to `path` (its
    /// length and time are taken from the file now).
    pub fn of(bytes: &[u8], path: &Path) -> Self {
        let modified = std::fs::metadata(path).ok().and_then(|m| m.modified().ok());
        Self { hash: Sha256::digest(bytes).into(), len: bytes.len() as u64, modified }
    }

    /// Reads the file at `path` and stamps it.
    pub fn read(path: &Path) -> std::io::Result<Self> {
        let bytes = std::fs::read(path)?;
        Ok(Self::of(&bytes, path))
    }

    /// Whether `other` has the same content.
    pub fn same_content(&self, other: &Self) -> bool {
        self.hash == other.hash
    }

    /// Whether the file at `path` still holds what this stamp saw: a look
    /// at its length and time first, and its content read and hashed only
    /// when they differ. Content found the same with a newer time moves
    /// this stamp's time on, so the next check is cheap again.
    pub fn check(&mut self, path: &Path) -> OnDisk {
        let Ok(meta) = std::fs::metadata(path) else { return OnDisk::Gone };
        let modified = meta.modified().ok();
        if meta.len() == self.len && modified.is_some() && modified == self.modified {
            return OnDisk::Same;
        }
        match Self::read(path) {
            Ok(now) if now.same_content(self) => {
                self.modified = now.modified;
                OnDisk::Same
            }
            Ok(_) => OnDisk::Changed,
            Err(_) => OnDisk::Gone,
        }
    }
}

/// Reads and checks the map at `path`, with the stamp of what was read.
pub fn load_stamped(path: &Path) -> Result<(Document, FileStamp), LoadError> {
    let origin = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| LoadError::Read { origin: origin.clone(), source })?;
    let stamp = FileStamp::of(&bytes, path);
    let text = String::from_utf8(bytes).map_err(|err| LoadError::Encoding {
        origin: origin.clone(),
        offset: err.utf8_error().valid_up_to(),
    })?;
    Ok((load_str(&text, &origin)?, stamp))
}

/// A writer's guard against replacing a file someone changed while it
/// ran: the file at a path as it was when the run began (or nothing there).
#[derive(Clone, Debug)]
pub struct Unchanged {
    before: Option<FileStamp>,
}

impl Unchanged {
    /// Notes what is at `path` now.
    pub fn note(path: &Path) -> Self {
        Self { before: FileStamp::read(path).ok() }
    }

    /// Whether the file at `path` is still as noted: the same content, or
    /// still no file (or none any more: nothing there to lose).
    pub fn holds(&self, path: &Path) -> bool {
        match (&self.before, FileStamp::read(path)) {
            (_, Err(_)) => true,
            (None, Ok(_)) => false,
            (Some(before), Ok(now)) => before.same_content(&now),
        }
    }
}
