//! One open map: the document, where it lives, its history, and the
//! layout work that keeps every node placed.
//!
//! Positions live in the document and nowhere else. The layout runs only
//! for nodes without a position (at opening, or after an edit that adds
//! some), when the user asks (Re-layout, Tidy), and to make room for a box
//! that grew; everything else stays exactly where it is.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::job::{Job, Purpose};
use super::motion::Motion;
use super::request::LayoutRequest;
use super::revision::Revision;
use super::selection::Selection;
use crate::edit::{Edit, History, MergeKey, Step};
use crate::i18n::Language;
use crate::io::{self, LoadError, SaveError};
use crate::model::{Document, ModelError};
use crate::pipeline::{DEFAULT_SEED, Scope};
use crate::scene::{self, Layout, Measured};

/// An open map and everything that belongs to it alone.
pub struct Session {
    pub(super) doc: Document,
    pub(super) path: Option<PathBuf>,
    pub(super) history: History<Selection>,
    /// The history state at the last save (or open).
    pub(super) saved_state: u64,
    /// The history state last written to the recovery copy.
    pub(super) recovered_state: u64,
    pub(super) measured: Vec<Measured>,
    pub(super) revision: Revision,
    pub(super) seed: u64,
    pub(super) request: LayoutRequest,
    pub(super) job: Option<Job>,
    pub(super) motion: Option<Motion>,
    /// Where a glide has got to (drawn instead of the document's positions).
    pub(super) frame: Option<Layout>,
    /// Nodes being dragged, drawn where the pointer has them.
    pub(super) preview: BTreeMap<String, [f32; 2]>,
    pub(super) display: Layout,
    pub(super) display_version: u64,
    pub(super) runs: u64,
    pub(super) layout_error: Option<String>,
    /// The language of undo step names and messages (set by the editor's
    /// window; English by default).
    pub language: Language,
}

impl Session {
    /// A session on `doc`, saved at `path` (or untitled). Nodes without a
    /// position are laid out now (on a worker for large maps); the others
    /// stay exactly where the document has them.
    pub fn new(doc: Document, path: Option<PathBuf>) -> Self {
        let measured = scene::measure_all(&doc);
        let request = LayoutRequest::of(&doc, &measured);
        let mut session = Self {
            doc,
            path,
            history: History::new(),
            saved_state: 0,
            recovered_state: u64::MAX,
            measured,
            revision: Revision::next(),
            seed: DEFAULT_SEED,
            request,
            job: None,
            motion: None,
            frame: None,
            preview: BTreeMap::new(),
            display: Layout::new(),
            display_version: 0,
            runs: 0,
            layout_error: None,
            language: Language::default(),
        };
        if session.doc.nodes().any(|node| node.position.is_none()) {
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
        Ok(Self::new(io::load_path(path)?, Some(path.to_path_buf())))
    }

    /// A map restored from a recovery copy: unsaved, belonging at `path`.
    pub fn restored(doc: Document, path: Option<PathBuf>) -> Self {
        let mut session = Self::new(doc, path);
        // Restored edits are unsaved until the user saves them, and this
        // run keeps its own recovery copy of them from the first frame.
        session.saved_state = u64::MAX;
        session.recovered_state = u64::MAX;
        session
    }

    /// A map imported from another format: untitled and unsaved.
    pub fn imported(doc: Document) -> Self {
        Self::restored(doc, None)
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
        &self.measured
    }

    /// The revision of the map; a new one after every change.
    pub fn revision(&self) -> Revision {
        self.revision
    }

    /// Seed of the next Re-layout.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// How many times the layout has run (placing, Re-layout, Tidy, making
    /// room) since the map was opened.
    pub fn layout_runs(&self) -> u64 {
        self.runs
    }

    /// The name shown in the title bar.
    pub fn name(&self) -> String {
        match &self.path {
            Some(path) => path
                .file_name()
                .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned()),
            None => self.language.tr("map-untitled"),
        }
    }

    /// Whether there are changes since the last save.
    pub fn is_dirty(&self) -> bool {
        self.history.state() != self.saved_state
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
        self.history.apply(&mut self.doc, edit, label, merge, selection)?;
        self.measured = scene::measure_all(&self.doc);
        let request = LayoutRequest::of(&self.doc, &self.measured);
        let work = request.work_since(&self.request);
        self.request = request;
        if !work.grown.is_empty() {
            self.make_room(&work.grown, &after);
        }
        if !work.missing.is_empty() {
            self.run_layout(Scope::Missing, Purpose::Missing, &after);
        }
        self.changed();
        Ok(())
    }

    /// Undoes the last step; returns it with the selection from before it.
    pub fn undo(&mut self) -> Result<Option<Step<Selection>>, ModelError> {
        let step = self.history.undo(&mut self.doc)?;
        self.stepped(step.is_some());
        Ok(step)
    }

    /// Redoes the last undone step; returns it with the selection after it.
    pub fn redo(&mut self) -> Result<Option<Step<Selection>>, ModelError> {
        let step = self.history.redo(&mut self.doc)?;
        self.stepped(step.is_some());
        Ok(step)
    }

    /// After undo or redo: positions jump back (no glide), and the layout's
    /// inputs are what the document now holds. Undo needs no layout work:
    /// every step was taken on a map whose nodes all had places (edits wait
    /// while a map's first layout runs), so every node it brings back has one.
    fn stepped(&mut self, moved: bool) {
        if moved {
            self.stop_motion();
            self.measured = scene::measure_all(&self.doc);
            self.request = LayoutRequest::of(&self.doc, &self.measured);
            self.changed();
        }
    }

    /// Ends the current run of merged typing.
    pub fn seal(&mut self) {
        self.history.seal();
    }

    /// Saves to `path` (atomically, keeping a .bak). On success the map is
    /// clean and lives at `path`; on failure nothing changes and it stays dirty.
    pub fn save_to(&mut self, path: &Path) -> Result<(), SaveError> {
        io::save_path(&self.doc, path)?;
        self.path = Some(path.to_path_buf());
        self.saved_state = self.history.state();
        Ok(())
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

    /// After any change of the document: a new revision, and the picture
    /// follows.
    pub(super) fn changed(&mut self) {
        self.revision = Revision::next();
        self.refresh();
    }
}
