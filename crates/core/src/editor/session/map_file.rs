//! The map as the user edits and saves it: the document, its undo
//! history, where it is saved, whether it has changed since, and what the
//! recovery copy holds.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::edit::{Edit, History, MergeKey, Placement, Step, Touched};
use crate::editor::revision::Revision;
use crate::editor::selection::Selection;
use crate::i18n::Language;
use crate::io::{self, FileStamp, OnDisk, SaveError};
use crate::model::{Document, ModelError};
use crate::scene::{Measured, Measures};

/// The document, its history and its file.
pub struct MapFile {
    /// Shared with scenes being built on another thread (and with `base`);
    /// an edit copies it only while one of those still holds it.
    doc: Arc<Document>,
    path: Option<PathBuf>,
    history: History<Selection>,
    /// The history state at the last save (or open).
    saved_state: u64,
    /// The history state last written to the recovery copy.
    recovered_state: u64,
    /// Node boxes, in id order.
    measured: Measures,
    revision: Revision,
    /// The file as last read or written, to tell whether someone else
    /// changed it since; `None` when nothing of it was read (untitled, or
    /// restored from a recovery copy).
    stamp: Option<FileStamp>,
    /// The map as last read from or written to the file (with `stamp`):
    /// what both sides of a merge started from.
    base: Option<Arc<Document>>,
}

/// What became of a save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[must_use]
pub enum Saved {
    /// The map is written, and clean.
    Written,
    /// Nothing was written: the map's own file changed on disk since it
    /// was opened or last saved, and saving would have lost that change.
    ChangedOnDisk,
}

impl MapFile {
    /// `doc`, saved at `path` (or untitled), with no history yet.
    pub fn new(doc: Document, path: Option<PathBuf>) -> Self {
        let measured = Measures::of(&doc);
        Self {
            doc: Arc::new(doc),
            path,
            history: History::new(),
            saved_state: 0,
            recovered_state: u64::MAX,
            measured,
            revision: Revision::next(),
            stamp: None,
            base: None,
        }
    }

    /// Takes the map as unsaved (restored or imported): it has changes
    /// until saved, and no recovery copy holds them yet.
    pub fn mark_unsaved(&mut self) {
        self.saved_state = u64::MAX;
        self.recovered_state = u64::MAX;
    }

    /// The map.
    pub fn doc(&self) -> &Document {
        &self.doc
    }

    /// Where it is saved; `None` until it is saved (untitled).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Undo and redo.
    pub fn history(&self) -> &History<Selection> {
        &self.history
    }

    /// Node boxes, in id order.
    pub fn measured(&self) -> &[Measured] {
        self.measured.boxes()
    }

    /// The map and its node boxes as they are now, shared (for work on
    /// another thread; cheap to take).
    pub fn snapshot(&self) -> (Arc<Document>, Arc<Vec<Measured>>) {
        (Arc::clone(&self.doc), self.measured.shared())
    }

    /// The revision of the map; a new one after every change.
    pub fn revision(&self) -> Revision {
        self.revision
    }

    /// The name shown in the title bar (the untitled map's in `lang`).
    pub fn name(&self, lang: Language) -> String {
        match &self.path {
            Some(path) => path
                .file_name()
                .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned()),
            None => lang.tr("map-untitled"),
        }
    }

    /// Whether there are changes since the last save.
    pub fn is_dirty(&self) -> bool {
        self.history.state() != self.saved_state
    }

    /// Applies an edit as one undo step; `selection` is the selection
    /// before and after it. Boxes are not measured again (see
    /// [`MapFile::remeasure`]).
    pub fn edit(
        &mut self,
        edit: Edit,
        label: &str,
        merge: Option<MergeKey>,
        selection: (Selection, Selection),
    ) -> Result<(), ModelError> {
        self.history.apply(Arc::make_mut(&mut self.doc), edit, label, merge, selection)
    }

    /// Folds a consequence of the last step (placing, making room) into it.
    pub fn amend(&mut self, edit: Edit, label: &str, selection: Selection) -> Result<(), ModelError> {
        self.history.amend(Arc::make_mut(&mut self.doc), edit, label, selection)
    }

    /// Stores positions without an undo step (the map was never drawn
    /// without them).
    pub fn place_unrecorded(&mut self, places: Vec<(String, Placement)>) {
        for (id, place) in places {
            let _ = Arc::make_mut(&mut self.doc).set_position(&id, place.position, place.pinned);
        }
    }

    /// Undoes the last step; returns it with the selection from before it.
    pub fn undo(&mut self) -> Result<Option<Step<Selection>>, ModelError> {
        self.history.undo(Arc::make_mut(&mut self.doc))
    }

    /// Redoes the last undone step; returns it with the selection after it.
    pub fn redo(&mut self) -> Result<Option<Step<Selection>>, ModelError> {
        self.history.redo(Arc::make_mut(&mut self.doc))
    }

    /// Ends the current run of merged typing.
    pub fn seal(&mut self) {
        self.history.seal();
    }

    /// Measures again the boxes of nodes whose label or kind changed (after
    /// an edit), and of new nodes.
    pub fn remeasure(&mut self) {
        self.measured.update(&self.doc);
    }

    /// Measures again, after an edit that `touched` only some nodes, the
    /// boxes of those whose label or kind changed.
    pub fn remeasure_touched(&mut self, touched: &Touched) {
        self.measured.update_touched(&self.doc, touched);
    }

    /// Gives the map a new revision (after any change).
    pub fn changed(&mut self) {
        self.revision = Revision::next();
    }

    /// Saves to `path` (atomically, keeping a .bak). On success the map is
    /// clean and lives at `path`; on failure nothing changes and it stays dirty.
    ///
    /// Saving to the map's own file when someone else changed it since it
    /// was read or written writes nothing: [`Saved::ChangedOnDisk`].
    pub fn save_to(&mut self, path: &Path) -> Result<Saved, SaveError> {
        if self.path.as_deref() == Some(path) && self.on_disk() == OnDisk::Changed {
            return Ok(Saved::ChangedOnDisk);
        }
        self.stamp = Some(io::save_stamped(&self.doc, path)?);
        self.base = Some(Arc::clone(&self.doc));
        self.path = Some(path.to_path_buf());
        self.saved_state = self.history.state();
        Ok(Saved::Written)
    }

    /// Takes `doc` in place of the map without an undo step (others'
    /// changes merged in); the history stays, and applies to it.
    pub fn set_doc(&mut self, doc: Document) {
        self.doc = Arc::new(doc);
    }

    /// Notes that the map, as it is, was written to `path` (a shared map's
    /// file, written through its replica) and `stamp` is what was written.
    pub fn written(&mut self, path: &Path, stamp: FileStamp) {
        self.stamp = Some(stamp);
        self.base = Some(Arc::clone(&self.doc));
        self.path = Some(path.to_path_buf());
        self.saved_state = self.history.state();
    }

    /// Whether the map's file on disk still holds what was last read or
    /// written of it ([`OnDisk::Same`] when nothing was: nothing to lose).
    pub fn on_disk(&mut self) -> OnDisk {
        match (&self.path, &mut self.stamp) {
            (Some(path), Some(stamp)) => stamp.check(path),
            _ => OnDisk::Same,
        }
    }

    /// Notes that the map now holds (or has merged) what the file holds:
    /// `stamp` is what was read of it, `doc` the map it held.
    pub fn adopt(&mut self, stamp: FileStamp, doc: Document) {
        self.stamp = Some(stamp);
        self.base = Some(Arc::new(doc));
    }

    /// The map as last read from or written to the file, if it was.
    pub fn base(&self) -> Option<&Document> {
        self.base.as_deref()
    }

    /// Whether there are unsaved changes the recovery copy does not have yet.
    pub fn needs_recovery_copy(&self) -> bool {
        self.is_dirty() && self.history.state() != self.recovered_state
    }

    /// Notes that the recovery copy now holds the map as it is.
    pub fn recovery_written(&mut self) {
        self.recovered_state = self.history.state();
    }

    /// Notes that there is no recovery copy any more: the next unsaved
    /// state needs one, whichever it is.
    pub fn recovery_lost(&mut self) {
        self.recovered_state = u64::MAX;
    }
}
