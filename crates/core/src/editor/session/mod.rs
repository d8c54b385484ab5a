//! One open map: the document, where it lives, its history, and the
//! layout work that keeps every node placed.
//!
//! Positions live in the document and nowhere else. The layout runs only
//! for nodes without a position (at opening, or after an edit that adds
//! some), when the user asks (Re-layout, Tidy), and to make room for a box
//! that grew; everything else stays exactly where it is.
//!
//! [`Session`] is a façade over three parts, each owning its state:
//! - [`MapFile`] (`map_file.rs`): the document and its history, where it
//!   is saved, whether it is, and what the recovery copy holds;
//! - [`LayoutWork`] (`layout_work.rs`): what the layout last saw, the run
//!   on a worker, the count of runs, a failed worker's error, the seed;
//! - [`Display`] (`display.rs`): what is only drawn: the glide, dragged
//!   nodes, and where every node is drawn.
//!
//! `placing.rs` composes them: Re-layout, Tidy, placing new nodes, making
//! room, and picking up a worker's result.
//!
//! `on_disk.rs` tells whether someone else changed the map's file since it
//! was read or written (a save then writes nothing: [`Saved::ChangedOnDisk`])
//! and reads their version; `disk_merge.rs` plans merging it in, three-way.
//!
//! A shared map ([`SharedMap`](crate::editor::shared::SharedMap)) also
//! records every edit into its replica (`sharing.rs`) and merges others'
//! changes (`merging.rs`), also live through a sync server (`live.rs`);
//! its file is saved through the replica, and undo leaves others' changes
//! alone (`shared_file.rs`).

mod disk_merge;
mod display;
mod layout_work;
mod live;
mod map_file;
mod merging;
mod on_disk;
mod placing;
mod shared_file;
mod sharing;

use std::path::{Path, PathBuf};

pub use self::disk_merge::DiskMerge;
pub use self::display::Display;
pub use self::layout_work::LayoutWork;
pub use self::map_file::{MapFile, Saved};
pub use self::on_disk::DiskVersion;
pub use self::shared_file::{NotSaved, UndoError};
use super::job::Purpose;
use super::revision::Revision;
use super::selection::Selection;
use super::shared::SharedMap;
use crate::edit::{Edit, History, MergeKey, Step};
use crate::i18n::Language;
use crate::io::{self, LoadError};
use crate::model::{Document, ModelError};
use crate::pipeline::Scope;
use crate::scene::Measured;

/// An open map and everything that belongs to it alone.
pub struct Session {
    /// The document, its history and its file.
    file: MapFile,
    /// Layout runs and their results.
    layout: LayoutWork,
    /// Where nodes are drawn.
    display: Display,
    /// The language of undo step names and messages (set by the editor's
    /// window; English by default).
    pub language: Language,
    /// The shared map's side, when the map is shared.
    shared: Option<SharedMap>,
    /// The last edit was typing that goes on (its recording waits).
    typing: bool,
}

impl Session {
    /// A session on `doc`, saved at `path` (or untitled). Nodes without a
    /// position are laid out now (on a worker for large maps); the others
    /// stay exactly where the document has them.
    pub fn new(doc: Document, path: Option<PathBuf>) -> Self {
        let file = MapFile::new(doc, path);
        let layout = LayoutWork::new(file.doc(), file.measured());
        let mut session = Self {
            file,
            layout,
            display: Display::default(),
            language: Language::default(),
            shared: None,
            typing: false,
        };
        if session.file.doc().nodes().any(|node| node.position.is_none()) {
            session.run_layout(Scope::Missing, Purpose::Open, &Selection::default());
        }
        session.refresh();
        session
    }

    /// An empty untitled map.
    pub fn empty() -> Self {
        Self::new(Document::new(), None)
    }

    /// The built-in example, untitled so that Save asks where.
    pub fn example() -> Result<Self, LoadError> {
        Ok(Self::new(io::load_str(io::EXAMPLE_MAP, io::EXAMPLE_NAME)?, None))
    }

    /// Opens the map at `path`.
    pub fn open(path: &Path) -> Result<Self, LoadError> {
        let (doc, stamp) = io::load_stamped(path)?;
        let mut session = Self::new(doc.clone(), Some(path.to_path_buf()));
        session.file.adopt(stamp, doc);
        Ok(session)
    }

    /// A map restored from a recovery copy: unsaved, belonging at `path`.
    pub fn restored(doc: Document, path: Option<PathBuf>) -> Self {
        let mut session = Self::new(doc, path);
        // Restored edits are unsaved until the user saves them, and this
        // run keeps its own recovery copy of them from the first frame.
        session.file.mark_unsaved();
        session
    }

    /// A map imported from another format: untitled and unsaved.
    pub fn imported(doc: Document) -> Self {
        Self::restored(doc, None)
    }

    /// The map.
    pub fn doc(&self) -> &Document {
        self.file.doc()
    }

    /// Where it is saved; `None` until it is saved (untitled).
    pub fn path(&self) -> Option<&Path> {
        self.file.path()
    }

    /// Undo and redo.
    pub fn history(&self) -> &History<Selection> {
        self.file.history()
    }

    /// Node boxes, in id order.
    pub fn measured(&self) -> &[Measured] {
        self.file.measured()
    }

    /// The map and its node boxes as they are now, shared (for work on
    /// another thread; cheap to take).
    pub fn snapshot(&self) -> (std::sync::Arc<Document>, std::sync::Arc<Vec<Measured>>) {
        self.file.snapshot()
    }

    /// The revision of the map; a new one after every change.
    pub fn revision(&self) -> Revision {
        self.file.revision()
    }

    /// Seed of the next Re-layout.
    pub fn seed(&self) -> u64 {
        self.layout.seed()
    }

    /// How many times the layout has run (placing, Re-layout, Tidy, making
    /// room) since the map was opened.
    pub fn layout_runs(&self) -> u64 {
        self.layout.runs()
    }

    /// The name shown in the title bar.
    pub fn name(&self) -> String {
        self.file.name(self.language)
    }

    /// Whether there are changes since the last save.
    pub fn is_dirty(&self) -> bool {
        self.file.is_dirty()
    }

    /// Applies an edit as one undo step (merged with the previous step of
    /// the same `merge` key while typing); `selection` is the selection
    /// before and after it. Nodes the edit leaves without a position are
    /// placed, and room is made for boxes it grew, in the same step.
    pub fn apply(
        &mut self,
        edit: Edit,
        label: &str,
        merge: Option<MergeKey>,
        selection: (Selection, Selection),
    ) -> Result<(), ModelError> {
        let after = selection.1.clone();
        self.typing = merge.is_some();
        // Work kept per node is redone for the nodes the edit can change.
        let touched = edit.touched();
        self.file.edit(edit, label, merge, selection)?;
        self.file.remeasure_touched(&touched);
        let work = self.layout.work_for(self.file.doc(), self.file.measured(), &touched);
        if work.is_empty() {
            self.file.changed();
            self.display.refresh_touched(self.file.doc(), &touched);
            self.record_shared();
        } else {
            if !work.grown.is_empty() {
                self.make_room(&work.grown, &after);
            }
            if !work.missing.is_empty() {
                self.run_layout(Scope::Missing, Purpose::Missing, &after);
            }
            self.changed();
        }
        self.stepped_shared(self.file.history().state());
        Ok(())
    }

    /// Undoes the last step; returns it with the selection from before it.
    /// On a shared map, what others changed since the step stays as they
    /// left it; a step that cannot be undone without taking it back is not.
    pub fn undo(&mut self) -> Result<Option<Step<Selection>>, UndoError> {
        let step = if self.shared.is_some() { self.undo_shared()? } else { self.file.undo()? };
        self.stepped(step.is_some());
        Ok(step)
    }

    /// Redoes the last undone step; returns it with the selection after it
    /// (on a shared map, leaving others' changes since the undo alone).
    pub fn redo(&mut self) -> Result<Option<Step<Selection>>, UndoError> {
        let step = if self.shared.is_some() { self.redo_shared()? } else { self.file.redo()? };
        self.stepped(step.is_some());
        Ok(step)
    }

    /// After undo or redo: positions jump back (no glide), and the layout's
    /// inputs are what the document now holds. Undo needs no layout work:
    /// every step was taken on a map whose nodes all had places (edits wait
    /// while a map's first layout runs), so every node it brings back has one.
    fn stepped(&mut self, moved: bool) {
        if moved {
            self.display.stop_glide();
            self.file.remeasure();
            self.layout.seen(self.file.doc(), self.file.measured());
            self.changed();
        }
    }

    /// Ends the current run of merged typing (on a shared map, it is
    /// recorded into the replica now).
    pub fn seal(&mut self) {
        self.file.seal();
        self.flush_shared();
    }

    /// Saves to `path` (atomically, keeping a .bak). On success the map is
    /// clean and lives at `path`; on failure nothing changes and it stays dirty.
    /// Its own file changed on disk by someone else is not replaced:
    /// [`Saved::ChangedOnDisk`], and nothing is written. A shared map is
    /// saved through its replica: everyone's changes merged, then the map
    /// and this device's file written.
    pub fn save_to(&mut self, path: &Path) -> Result<Saved, NotSaved> {
        self.save_any(path)
    }

    /// Whether there are unsaved changes the recovery copy does not have yet.
    pub fn needs_recovery_copy(&self) -> bool {
        self.file.needs_recovery_copy()
    }

    /// Notes that the recovery copy now holds the map as it is.
    pub fn recovery_written(&mut self) {
        self.file.recovery_written();
    }

    /// Notes that there is no recovery copy any more: the next unsaved
    /// state needs one, whichever it is.
    pub fn recovery_lost(&mut self) {
        self.file.recovery_lost();
    }

    /// After any change of the document: a new revision, and the picture
    /// follows.
    fn changed(&mut self) {
        self.file.changed();
        self.refresh();
        self.record_shared();
    }

    /// Works out where nodes are drawn.
    fn refresh(&mut self) {
        self.display.refresh(self.file.doc());
    }
}
