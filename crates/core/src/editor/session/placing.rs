//! The layout work of a session, composed from its parts: placing nodes
//! that have no position, Re-layout and Tidy as undo steps, making room
//! for a grown box, the glide that shows a new arrangement, and where
//! nodes are drawn while dragged.

use std::collections::BTreeSet;

use super::Session;
use crate::edit::{Edit, Placement};
use crate::editor::job::{Moves, Purpose, WORKER_FROM};
use crate::editor::selection::Selection;
use crate::layout::{self, Params};
use crate::model::Point;
use crate::pipeline::{self, Scope};
use crate::scene::{self, Layout};

impl Session {
    /// Lays every unpinned node out afresh from [`Session::seed`], as one
    /// undo step (the nodes glide to their new places), and moves the seed
    /// on, so that the next Re-layout offers another arrangement. Returns
    /// the seed used, or `None` when every node is pinned.
    pub fn relayout(&mut self, selection: &Selection) -> Option<u64> {
        let doc = self.file.doc();
        if doc.nodes().all(|node| node.pinned) {
            return None;
        }
        if doc.node_count() > WORKER_FROM {
            let seed = self.layout.seed();
            self.run_layout(Scope::All, Purpose::Relayout, selection);
            self.layout.set_seed(seed.wrapping_add(1));
            return Some(seed);
        }
        // A seed that gives the arrangement the map already has (the one it
        // was first laid out with) would change nothing: take the next.
        self.layout.count_run();
        let unchanged = |moves: &Moves, doc: &crate::model::Document| {
            moves.iter().all(|(id, p)| doc.node(id).and_then(|n| n.position) == Some(*p))
        };
        let measured = self.file.measured();
        let mut seed = self.layout.seed();
        let mut moves = pipeline::arrange(doc, measured, &Scope::All, seed, &mut |_| {});
        if unchanged(&moves, doc) {
            seed = seed.wrapping_add(1);
            moves = pipeline::arrange(doc, measured, &Scope::All, seed, &mut |_| {});
        }
        self.finish(moves, &Purpose::Relayout, selection);
        self.layout.set_seed(seed.wrapping_add(1));
        Some(seed)
    }

    /// Lays out the selected nodes again with the rest held still, as one
    /// undo step; returns false when there is nothing to tidy.
    pub fn tidy(&mut self, selection: &Selection) -> bool {
        let doc = self.file.doc();
        let movable: BTreeSet<String> = selection
            .nodes
            .iter()
            .filter(|id| doc.node(id).is_some_and(|node| !node.pinned))
            .cloned()
            .collect();
        if movable.is_empty() {
            return false;
        }
        self.run_layout(Scope::Only(movable), Purpose::Tidy, selection);
        true
    }

    /// Picks up finished layout work and moves the glide on to time `now`
    /// (seconds). Returns whether the picture changed or work is under way
    /// (so the window should draw again).
    pub fn poll(&mut self, now: f64, selection: &Selection) -> bool {
        let mut changed = false;
        if let Some((purpose, result)) = self.layout.poll() {
            match result {
                Ok(moves) => self.finish(moves, &purpose, selection),
                // The worker's only failure is dying without a result.
                Err(_) => self.layout.fail(self.language.tr("layout-stopped")),
            }
            changed = true;
        }
        if self.display.advance(now) {
            self.refresh();
            changed = true;
        }
        changed || self.layout.is_busy()
    }

    /// Why the last layout work on a worker failed, once.
    pub fn take_layout_error(&mut self) -> Option<String> {
        self.layout.take_error()
    }

    /// Whether nodes are still waiting for their first position (a large
    /// map's layout at opening): the map is not ready to be drawn.
    pub fn is_placing(&self) -> bool {
        self.layout.is_placing()
    }

    /// Whether nodes are gliding to where a Re-layout or Tidy put them.
    pub fn is_gliding(&self) -> bool {
        self.display.is_gliding()
    }

    /// Whether layout work is running on a worker.
    pub fn is_busy(&self) -> bool {
        self.layout.is_busy()
    }

    /// How far the layout work on the worker has come, 0 to 1.
    pub fn progress(&self) -> f32 {
        self.layout.progress()
    }

    /// Draws these nodes at these points instead of their positions
    /// (while they are dragged); the document is not changed.
    pub fn preview(&mut self, moves: impl IntoIterator<Item = (String, [f32; 2])>) {
        self.display.set_preview(moves);
        self.refresh();
    }

    /// Whether dragged nodes are drawn away from their positions.
    pub fn has_preview(&self) -> bool {
        self.display.has_preview()
    }

    /// Stops drawing dragged nodes away from their positions.
    pub fn end_preview(&mut self) {
        if self.display.clear_preview() {
            self.refresh();
        }
    }

    /// Where every node is drawn now: its position, or where a drag or a
    /// glide has it.
    pub fn display(&self) -> &Layout {
        self.display.layout()
    }

    /// Bumped whenever [`Session::display`] changes.
    pub fn display_version(&self) -> u64 {
        self.display.version()
    }

    /// Lays out what `scope` frees, for `purpose`: at once on a small map,
    /// on a worker on a large one (see [`Session::poll`]).
    pub(super) fn run_layout(&mut self, scope: Scope, purpose: Purpose, selection: &Selection) {
        let (doc, measured) = (self.file.doc(), self.file.measured());
        if let Some(moves) = self.layout.run(doc, measured, scope, &purpose) {
            self.finish(moves, &purpose, selection);
        }
    }

    /// Stores the result of layout work as its purpose asks.
    fn finish(&mut self, moves: Moves, purpose: &Purpose, selection: &Selection) {
        let moves: Moves = moves.into_iter().filter(|(id, _)| self.file.doc().node(id).is_some()).collect();
        if moves.is_empty() {
            return;
        }
        let before = self.display.layout().clone();
        let places = self.placements(moves);
        let context = (selection.clone(), selection.clone());
        let done = match purpose {
            Purpose::Open => {
                self.file.place_unrecorded(places);
                Ok(())
            }
            Purpose::Missing => {
                let label = self.language.tr("step-place-nodes");
                self.file.amend(Edit::Place(places), &label, selection.clone())
            }
            Purpose::Relayout => {
                let label = self.language.tr("step-relayout");
                self.file.edit(Edit::Place(places), &label, None, context)
            }
            Purpose::Tidy => {
                let label = self.language.tr("step-tidy");
                self.file.edit(Edit::Place(places), &label, None, context)
            }
        };
        // Every id was checked above, so placing cannot be refused.
        debug_assert!(done.is_ok());
        let doc = self.file.doc();
        self.layout.seen(doc, self.file.measured());
        if matches!(purpose, Purpose::Relayout | Purpose::Tidy) && doc.node_count() <= WORKER_FROM {
            self.display.glide(before, Layout::of(doc));
        }
        self.changed();
    }

    /// Moves the nodes that the boxes of `grown` now overlap out of the way,
    /// as part of the last step.
    pub(super) fn make_room(&mut self, grown: &[(String, [f32; 2])], selection: &Selection) {
        self.layout.count_run();
        let doc = self.file.doc();
        let input = scene::layout_input(doc, self.file.measured());
        let ids: Vec<&str> = doc.nodes().map(|node| node.id.as_str()).collect();
        let index: Vec<(u32, [f32; 2])> = grown
            .iter()
            .filter_map(|(id, half)| Some((ids.binary_search(&id.as_str()).ok()? as u32, *half)))
            .collect();
        let moved = layout::make_room(&input, &index, Params::default().gap);
        let moves: Moves = moved
            .into_iter()
            .filter_map(|(i, p)| Some(((*ids.get(i as usize)?).to_owned(), Point::from_layout(p))))
            .collect();
        if moves.is_empty() {
            return;
        }
        let place = Edit::Place(self.placements(moves));
        let label = self.language.tr("step-make-room");
        let _ = self.file.amend(place, &label, selection.clone());
    }

    /// `moves` as placements that keep each node's pin.
    fn placements(&self, moves: Moves) -> Vec<(String, Placement)> {
        moves
            .into_iter()
            .map(|(id, p)| {
                let pinned = self.file.doc().node(&id).is_some_and(|node| node.pinned);
                (id, Placement { position: Some(p), pinned })
            })
            .collect()
    }
}
