//! Atomic file replacement: the old file stays whole until the new one is
//! completely on disk, and the previous version is kept as `NAME.bak`.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

/// Which step of an atomic write failed.
#[derive(Debug)]
pub struct AtomicError {
    /// The step, in words ("write the new version", ...).
    pub action: &'static str,
    /// What the system said.
    pub source: io::Error,
}

/// The path of the backup kept for `path`: `NAME.json` -> `NAME.json.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Replaces `path` with what `write` puts into a fresh file.
///
/// `write` fills a temporary file in the same folder; it is flushed to disk,
/// the current `path` (if any, and if `backup`) is copied to [`backup_path`],
/// and the temporary file is renamed over `path`. If any step fails, `path` is left
/// exactly as it was and the temporary file is removed.
pub fn write_atomic(
    path: &Path,
    backup: bool,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> Result<(), AtomicError> {
    let fail = |action| move |source| AtomicError { action, source };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))
        .map_err(fail("name the file"))?;
    let temp = dir.join(format!(".{}.{}.tmp", name.to_string_lossy(), unique()));
    let result = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&temp)
            .map_err(fail("create a temporary file beside it"))?;
        write(&mut file).map_err(fail("write the new version"))?;
        file.sync_all().map_err(fail("flush the new version to disk"))?;
        if let Ok(meta) = fs::metadata(path) {
            // Keep the old file's permissions; failing to is not worth losing the save.
            let _ = fs::set_permissions(&temp, meta.permissions());
            if backup {
                keep_backup(path).map_err(fail("keep a backup of the previous version"))?;
            }
        }
        fs::rename(&temp, path).map_err(fail("replace the file"))?;
        sync_dir(&dir);
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Copies `path` to its backup path atomically (copy to a temp, then rename).
fn keep_backup(path: &Path) -> io::Result<()> {
    let backup = backup_path(path);
    // Named for this write alone: two programs saving one map at once
    // (two devices of a shared map) must not share a temporary file.
    let mut temp_name = backup.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    temp_name.push(format!(".{}.tmp", unique()));
    let temp = backup.with_file_name(temp_name);
    let copied = fs::copy(path, &temp).and_then(|_| File::open(&temp)?.sync_all());
    if let Err(err) = copied {
        let _ = fs::remove_file(&temp);
        return Err(err);
    }
    fs::rename(&temp, &backup)
}

/// A name part no other write in flight has: this process's id and a
/// count of the writes it started.
fn unique() -> String {
    static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("{}-{n}", std::process::id())
}

/// Flushes a folder's entries so a rename survives a power cut (where supported).
fn sync_dir(dir: &Path) {
    if let Ok(handle) = File::open(dir) {
        let _ = handle.sync_all();
    }
}
