//! Crash recovery: while a map has unsaved changes, a copy of it is kept in
//! the app's data folder. A running editor holds a lock beside its copy, so
//! the next start can tell the copy of an editor that died (lock free) from
//! that of one still running (lock held), and offers to restore it.
//!
//! Files, for a run called `NAME`: `NAME.json` (the copy, written
//! atomically) and `NAME.lock` (locked while the editor runs).

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::io;
use crate::model::Document;

/// The `format` of a recovery file.
const FORMAT: &str = "sectormap-recovery";
/// The version of the recovery file this build writes and reads.
const VERSION: u64 = 1;

/// A recovery file as written.
#[derive(Serialize)]
struct Written<'a> {
    format: &'static str,
    version: u64,
    /// Seconds since 1970 (UTC) when the copy was written.
    saved_at: u64,
    /// Where the map was saved, if it ever was.
    path: Option<&'a Path>,
    /// The map, as a map file.
    map: &'a RawValue,
}

/// A recovery file as read.
#[derive(Deserialize)]
struct Read {
    format: String,
    version: u64,
    saved_at: u64,
    path: Option<PathBuf>,
    map: Box<RawValue>,
}

/// The recovery copy of this run of the editor.
#[derive(Debug)]
pub struct Recovery {
    dir: PathBuf,
    name: String,
    /// Held for as long as the editor runs (released by the system if it dies).
    lock: Option<File>,
}

/// The copy left by an editor that ended without saving.
#[derive(Clone, Debug, PartialEq)]
pub struct Orphan {
    /// The recovery file.
    pub file: PathBuf,
    /// Where the map was saved, if it ever was.
    pub path: Option<PathBuf>,
    /// The map's title (or its file name).
    pub title: String,
    /// When the copy was written, in seconds since 1970 (UTC).
    pub saved_at: u64,
}

impl Orphan {
    /// "uk-evaw.json" or "the untitled map".
    pub fn name(&self) -> String {
        match &self.path {
            Some(path) => {
                path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into())
            }
            None => "the untitled map".to_owned(),
        }
    }

    /// When the copy was written, in the local time zone, as a phrase to
    /// follow a verb: "on 1 December 2026 at 07:49", or "at an unknown time".
    pub fn when(&self) -> String {
        self.when_in(crate::i18n::Language::En)
    }

    /// Like [`Orphan::when`], in `lang` ("el 1/12/2026 a las 07:49").
    pub fn when_in(&self, lang: crate::i18n::Language) -> String {
        let Ok(at) = jiff::Timestamp::from_second(self.saved_at as i64) else {
            return lang.tr("recovery-when-unknown");
        };
        let at = at.to_zoned_datetime(jiff::tz::TimeZone::system());
        let date = match lang {
            crate::i18n::Language::En => at.strftime("%-d %B %Y").to_string(),
            _ => at.strftime("%-d/%m/%Y").to_string(),
        };
        let time = at.strftime("%H:%M").to_string();
        crate::tr!(lang, "recovery-when", date = date, time = time)
    }
}

impl Recovery {
    /// Starts recovery for this run in `dir` (created if need be).
    pub fn open(dir: &Path) -> std::io::Result<Self> {
        fs::create_dir_all(dir)?;
        let started = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let name = format!("session-{}-{started}", std::process::id());
        let lock = OpenOptions::new()
            .create(true)
            .truncate(true)
            .write(true)
            .open(dir.join(format!("{name}.lock")))?;
        lock.try_lock().map_err(std::io::Error::other)?;
        Ok(Self { dir: dir.to_path_buf(), name, lock: Some(lock) })
    }

    /// This run's recovery file.
    pub fn file(&self) -> PathBuf {
        self.dir.join(format!("{}.json", self.name))
    }

    /// Writes `doc` (which belongs at `path`) as this run's copy, atomically.
    pub fn write(&self, doc: &Document, path: Option<&Path>) -> Result<(), String> {
        let text = io::to_json(doc).map_err(|err| err.to_string())?;
        let map = RawValue::from_string(text).map_err(|err| err.to_string())?;
        let saved_at = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let written = Written { format: FORMAT, version: VERSION, saved_at, path, map: &map };
        let bytes = serde_json::to_vec(&written).map_err(|err| err.to_string())?;
        io::write_atomic(&self.file(), false, |file| file.write_all(&bytes))
            .map_err(|err| format!("cannot {}: {}", err.action, io::describe_io(&err.source)))
    }

    /// Removes this run's copy (after a save, or when the changes are gone).
    pub fn clear(&self) {
        let _ = fs::remove_file(self.file());
    }

    /// Copies left by editors that are no longer running, newest first.
    /// Locks left by editors that ended without a copy are removed.
    pub fn orphans(&self) -> Vec<Orphan> {
        let Ok(entries) = fs::read_dir(&self.dir) else { return Vec::new() };
        let paths: Vec<PathBuf> = entries.flatten().map(|entry| entry.path()).collect();
        for lock in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "lock")) {
            if !lock.with_extension("json").exists() && !is_running(lock) {
                let _ = fs::remove_file(lock);
            }
        }
        let mut found: Vec<Orphan> = paths
            .into_iter()
            .filter(|path| path.extension().is_some_and(|e| e == "json") && *path != self.file())
            .filter(|path| !is_running(&path.with_extension("lock")))
            .filter_map(|file| {
                let read = read(&file).ok()?;
                let doc = io::load_str(read.map.get(), &file.display().to_string()).ok();
                let title = doc.map(|d| d.meta.title).filter(|t| !t.trim().is_empty()).unwrap_or_default();
                Some(Orphan { file, path: read.path, title, saved_at: read.saved_at })
            })
            .collect();
        found.sort_by(|a, b| b.saved_at.cmp(&a.saved_at).then_with(|| a.file.cmp(&b.file)));
        found
    }

    /// The map in an orphaned copy, and where it belongs.
    pub fn restore(orphan: &Orphan) -> Result<(Document, Option<PathBuf>), String> {
        let read = read(&orphan.file)?;
        let doc = io::load_str(read.map.get(), &orphan.file.display().to_string())
            .map_err(|err| err.to_string())?;
        Ok((doc, read.path))
    }

    /// Deletes an orphaned copy (restored, or the user discarded it).
    pub fn discard(orphan: &Orphan) {
        let _ = fs::remove_file(&orphan.file);
        let _ = fs::remove_file(orphan.file.with_extension("lock"));
    }
}

impl Drop for Recovery {
    /// The lock goes; the copy stays if there is one (the editor ends with
    /// changes it did not save: a panic, or an end the user did not choose),
    /// to be offered at the next start. A clean end clears the copy first.
    fn drop(&mut self) {
        self.lock = None;
        if !self.file().exists() {
            let _ = fs::remove_file(self.dir.join(format!("{}.lock", self.name)));
        }
    }
}

/// Whether an editor still holds the lock at `path`.
fn is_running(path: &Path) -> bool {
    match OpenOptions::new().write(true).open(path) {
        // Taking the lock means no one holds it; it is let go at once.
        Ok(file) => file.try_lock().is_err(),
        Err(_) => false,
    }
}

/// Reads a recovery file.
fn read(file: &Path) -> Result<Read, String> {
    let text =
        fs::read_to_string(file).map_err(|err| format!("{}: {}", file.display(), io::describe_io(&err)))?;
    let read: Read = serde_json::from_str(&text).map_err(|err| format!("{}: {err}", file.display()))?;
    if read.format != FORMAT || read.version > VERSION {
        return Err(format!("{}: not a recovery file this version can read", file.display()));
    }
    Ok(read)
}
