//! The layout work of a session: placing nodes that have no position,
//! Re-layout and Tidy as undo steps, making room for a grown box, the glide
//! that shows a new arrangement, and where nodes are drawn while dragged.

use std::collections::BTreeSet;

use super::job::{Job, Moves, Purpose, WORKER_FROM};
use super::motion::Motion;
use super::request::LayoutRequest;
use super::selection::Selection;
use super::session::Session;
use crate::edit::{Edit, Placement};
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
        if self.doc.nodes().all(|node| node.pinned) {
            return None;
        }
        if self.doc.node_count() > WORKER_FROM {
            let seed = self.seed;
            self.run_layout(Scope::All, Purpose::Relayout, selection);
            self.seed = seed.wrapping_add(1);
            return Some(seed);
        }
        // A seed that gives the arrangement the map already has (the one it
        // was first laid out with) would change nothing: take the next.
        self.runs += 1;
        let unchanged = |moves: &Moves, doc: &crate::model::Document| {
            moves.iter().all(|(id, p)| doc.node(id).and_then(|n| n.position) == Some(*p))
        };
        let mut seed = self.seed;
        let mut moves = pipeline::arrange(&self.doc, &self.measured, &Scope::All, seed, &mut |_| {});
        if unchanged(&moves, &self.doc) {
            seed = seed.wrapping_add(1);
            moves = pipeline::arrange(&self.doc, &self.measured, &Scope::All, seed, &mut |_| {});
        }
        self.finish(moves, &Purpose::Relayout, selection);
        self.seed = seed.wrapping_add(1);
        Some(seed)
    }

    /// Lays out the selected nodes again with the rest held still, as one
    /// undo step; returns false when there is nothing to tidy.
    pub fn tidy(&mut self, selection: &Selection) -> bool {
        let movable: BTreeSet<String> = selection
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

    /// Picks up finished layout work and moves the glide on to time `now`
    /// (seconds). Returns whether the picture changed or work is under way
    /// (so the window should draw again).
    pub fn poll(&mut self, now: f64, selection: &Selection) -> bool {
        let mut changed = false;
        if let Some(result) = self.job.as_ref().and_then(Job::poll)
            && let Some(job) = self.job.take()
        {
            match result {
                Ok(moves) => self.finish(moves, &job.purpose, selection),
                // The worker's only failure is dying without a result.
                Err(_) => self.layout_error = Some(self.language.tr("layout-stopped")),
            }
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

    /// Why the last layout work on a worker failed, once.
    pub fn take_layout_error(&mut self) -> Option<String> {
        self.layout_error.take()
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

    /// Whether dragged nodes are drawn away from their positions.
    pub fn has_preview(&self) -> bool {
        !self.preview.is_empty()
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

    pub(super) fn run_layout(&mut self, scope: Scope, purpose: Purpose, selection: &Selection) {
        self.runs += 1;
        // One piece of work at a time; edits wait while it runs (see
        // `Workspace`), so its result always fits the map it was made for.
        self.job = None;
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
            Purpose::Missing => {
                let label = self.language.tr("step-place-nodes");
                self.history.amend(&mut self.doc, place, &label, selection.clone())
            }
            Purpose::Relayout => {
                let label = self.language.tr("step-relayout");
                self.history.apply(&mut self.doc, place, &label, None, context)
            }
            Purpose::Tidy => {
                let label = self.language.tr("step-tidy");
                self.history.apply(&mut self.doc, place, &label, None, context)
            }
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
    pub(super) fn make_room(&mut self, grown: &[(String, [f32; 2])], selection: &Selection) {
        self.runs += 1;
        let input = scene::layout_input(&self.doc, &self.measured);
        let ids: Vec<&str> = self.doc.nodes().map(|node| node.id.as_str()).collect();
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
        let _ = self.history.amend(&mut self.doc, place, &label, selection.clone());
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

    pub(super) fn stop_motion(&mut self) {
        self.motion = None;
        self.frame = None;
    }

    /// Works out where nodes are drawn.
    pub(super) fn refresh(&mut self) {
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
