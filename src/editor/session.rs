//! One open map: the document, where it lives, its history, and the
//! layout work that keeps every node placed.
//!
//! Positions live in the document and nowhere else. The layout runs only
//! for nodes without a position (at opening, or after an edit that adds
//! some), when the user asks (Re-layout, Tidy), and to make room for a box
//! that grew; everything else stays exactly where it is.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::job::{Job, Moves, Purpose, WORKER_FROM};
use super::motion::Motion;
use super::request::LayoutRequest;
use super::revision::Revision;
use super::selection::Selection;
use crate::edit::{Edit, History, MergeKey, Placement, Step};
use crate::io::{self, LoadError, SaveError};
use crate::layout::{self, Params};
use crate::model::{Document, ModelError, Point};
use crate::pipeline::{self, DEFAULT_SEED, Scope};
use crate::scene::{self, Layout, Measured};

/// An open map and everything that belongs to it alone.
pub struct Session {
    doc: Document,
    path: Option<PathBuf>,
    history: History<Selection>,
    /// The history state at the last save (or open).
    saved_state: u64,
    /// The history state last written to the recovery copy.
    recovered_state: u64,
    measured: Vec<Measured>,
    revision: Revision,
    seed: u64,
    request: LayoutRequest,
    job: Option<Job>,
    motion: Option<Motion>,
    /// Where a glide has got to (drawn instead of the document's positions).
    frame: Option<Layout>,
    /// Nodes being dragged, drawn where the pointer has them.
    preview: BTreeMap<String, [f32; 2]>,
    display: Layout,
    display_version: u64,
    runs: u64,
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
            recovered_state: 0,
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
            None => "Untitled".to_owned(),
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
        if step.is_some() {
            self.stop_motion();
            self.measured = scene::measure_all(&self.doc);
            self.request = LayoutRequest::of(&self.doc, &self.measured);
            self.changed();
        }
        Ok(step)
    }

    /// Redoes the last undone step; returns it with the selection after it.
    pub fn redo(&mut self) -> Result<Option<Step<Selection>>, ModelError> {
        let step = self.history.redo(&mut self.doc)?;
        if step.is_some() {
            self.stop_motion();
            self.measured = scene::measure_all(&self.doc);
            self.request = LayoutRequest::of(&self.doc, &self.measured);
            self.changed();
        }
        Ok(step)
    }

    /// Ends the current run of merged typing.
    pub fn seal(&mut self) {
        self.history.seal();
    }

    /// Lays every unpinned node out afresh with the next seed, as one undo
    /// step; the nodes glide to their new places.
    pub fn relayout(&mut self, selection: &Selection) {
        self.seed = self.seed.wrapping_add(1);
        self.run_layout(Scope::All, Purpose::Relayout, selection);
    }

    /// Lays out the selected nodes again with the rest held still, as one
    /// undo step; returns false when there is nothing to tidy.
    pub fn tidy(&mut self, selection: &Selection) -> bool {
        let movable: std::collections::BTreeSet<String> = selection
            .nodes
            .iter()
            .filter(|id| self.doc.node(id).is_some_and(|node| !node.pinned))
            .cloned()
            .collect();
        if movable.is_empty() {
            return false;
        }
        self.run_layout(Scope::Only(movable), Purpose::Tidy, selection);
        true
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

    /// Picks up finished layout work and moves the glide on to time `now`
    /// (seconds). Returns whether the picture changed or work is under way
    /// (so the window should draw again).
    pub fn poll(&mut self, now: f64, selection: &Selection) -> bool {
        let mut changed = false;
        if let Some(moves) = self.job.as_ref().and_then(Job::poll)
            && let Some(job) = self.job.take()
        {
            self.finish(moves, &job.purpose, selection);
            changed = true;
        }
        if let Some(motion) = &mut self.motion {
            let (frame, done) = motion.at(now);
            self.frame = (!done).then_some(frame);
            if done {
                self.motion = None;
            }
            self.refresh();
            changed = true;
        }
        changed || self.job.is_some()
    }

    /// Waits for layout work on a worker to finish (tests, scripts).
    pub fn finish_layout(&mut self, selection: &Selection) {
        if let Some(job) = self.job.take()
            && let Some(moves) = job.wait()
        {
            self.finish(moves, &job.purpose, selection);
        }
        self.stop_motion();
    }

    /// Whether nodes are still waiting for their first position (a large
    /// map's layout at opening): the map is not ready to be drawn.
    pub fn is_placing(&self) -> bool {
        self.job.as_ref().is_some_and(|job| job.purpose == Purpose::Open)
    }

    /// Whether nodes are gliding to where a Re-layout or Tidy put them.
    pub fn is_gliding(&self) -> bool {
        self.motion.is_some()
    }

    /// Whether layout work is running on a worker.
    pub fn is_busy(&self) -> bool {
        self.job.is_some()
    }

    /// How far the layout work on the worker has come, 0 to 1.
    pub fn progress(&self) -> f32 {
        self.job.as_ref().map_or(1.0, Job::progress)
    }

    /// Draws these nodes at these points instead of their positions
    /// (while they are dragged); the document is not changed.
    pub fn preview(&mut self, moves: impl IntoIterator<Item = (String, [f32; 2])>) {
        self.preview = moves.into_iter().collect();
        self.refresh();
    }

    /// Stops drawing dragged nodes away from their positions.
    pub fn end_preview(&mut self) {
        if !self.preview.is_empty() {
            self.preview.clear();
            self.refresh();
        }
    }

    /// Where every node is drawn now: its position, or where a drag or a
    /// glide has it.
    pub fn display(&self) -> &Layout {
        &self.display
    }

    /// Bumped whenever [`Session::display`] changes.
    pub fn display_version(&self) -> u64 {
        self.display_version
    }

    fn run_layout(&mut self, scope: Scope, purpose: Purpose, selection: &Selection) {
        self.runs += 1;
        if self.doc.node_count() > WORKER_FROM {
            self.job = Some(Job::start(&self.doc, &self.measured, scope, self.seed, purpose));
            return;
        }
        let moves = pipeline::arrange(&self.doc, &self.measured, &scope, self.seed, &mut |_| {});
        self.finish(moves, &purpose, selection);
    }

    /// Stores the result of layout work as its purpose asks.
    fn finish(&mut self, moves: Moves, purpose: &Purpose, selection: &Selection) {
        let moves: Moves = moves.into_iter().filter(|(id, _)| self.doc.node(id).is_some()).collect();
        if moves.is_empty() {
            return;
        }
        let before = self.display.clone();
        let place = Edit::Place(self.placements(moves));
        let context = (selection.clone(), selection.clone());
        let done = match purpose {
            Purpose::Open => {
                if let Edit::Place(list) = place {
                    for (id, p) in list {
                        let _ = self.doc.set_position(&id, p.position, p.pinned);
                    }
                }
                Ok(())
            }
            Purpose::Missing => self.history.amend(&mut self.doc, place, "Place nodes", selection.clone()),
            Purpose::Relayout => self.history.apply(&mut self.doc, place, "Re-layout", None, context),
            Purpose::Tidy => self.history.apply(&mut self.doc, place, "Tidy selection", None, context),
        };
        // Every id was checked above, so placing cannot be refused.
        debug_assert!(done.is_ok());
        self.request = LayoutRequest::of(&self.doc, &self.measured);
        if matches!(purpose, Purpose::Relayout | Purpose::Tidy) && self.doc.node_count() <= WORKER_FROM {
            self.motion = Some(Motion::new(before, Layout::of(&self.doc)));
        }
        self.changed();
    }

    /// Moves the nodes that the boxes of `grown` now overlap out of the way,
    /// as part of the last step.
    fn make_room(&mut self, grown: &[String], selection: &Selection) {
        self.runs += 1;
        let input = scene::layout_input(&self.doc, &self.measured);
        let ids: Vec<&str> = self.doc.nodes().map(|node| node.id.as_str()).collect();
        let index: Vec<u32> =
            grown.iter().filter_map(|id| ids.binary_search(&id.as_str()).ok()).map(|i| i as u32).collect();
        let moved = layout::make_room(&input, &index, Params::default().gap);
        let moves: Moves = moved
            .into_iter()
            .filter_map(|(i, p)| Some(((*ids.get(i as usize)?).to_owned(), Point::from_layout(p))))
            .collect();
        if moves.is_empty() {
            return;
        }
        let place = Edit::Place(self.placements(moves));
        let _ = self.history.amend(&mut self.doc, place, "Make room", selection.clone());
    }

    /// `moves` as placements that keep each node's pin.
    fn placements(&self, moves: Moves) -> Vec<(String, Placement)> {
        moves
            .into_iter()
            .map(|(id, p)| {
                let pinned = self.doc.node(&id).is_some_and(|node| node.pinned);
                (id, Placement { position: Some(p), pinned })
            })
            .collect()
    }

    fn stop_motion(&mut self) {
        self.motion = None;
        self.frame = None;
    }

    /// After any change of the document: a new revision, and the picture
    /// follows.
    fn changed(&mut self) {
        self.revision = Revision::next();
        self.refresh();
    }

    /// Works out where nodes are drawn.
    fn refresh(&mut self) {
        let mut layout = Layout::of(&self.doc);
        if let Some(frame) = &self.frame {
            for (id, p) in frame.iter() {
                layout.set(id, p);
            }
        }
        for (id, p) in &self.preview {
            if layout.get(id).is_some() {
                layout.set(id, *p);
            }
        }
        self.display = layout;
        self.display_version += 1;
    }
}
