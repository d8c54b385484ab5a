//! What is only drawn, never stored: where every node is drawn now, which
//! is its position unless a glide (after Re-layout or Tidy) or a drag has
//! it elsewhere.

use std::collections::BTreeMap;

use crate::edit::Touched;
use crate::editor::motion::Motion;
use crate::model::Document;
use crate::scene::Layout;

/// Where nodes are drawn.
#[derive(Default)]
pub struct Display {
    /// The glide under way, if any.
    motion: Option<Motion>,
    /// Where the glide has got to (drawn instead of the document's positions).
    frame: Option<Layout>,
    /// Nodes being dragged, drawn where the pointer has them.
    preview: BTreeMap<String, [f32; 2]>,
    /// Where every node is drawn.
    layout: Layout,
    /// Bumped whenever `layout` changes.
    version: u64,
    /// Whether `layout` is exactly the document's positions as of the last
    /// refresh (no glide or drag had nodes elsewhere).
    exact: bool,
}

impl Display {
    /// Where every node is drawn now.
    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// Bumped whenever [`Display::layout`] changes.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Starts a glide from `from` to `to`.
    pub fn glide(&mut self, from: Layout, to: Layout) {
        self.motion = Some(Motion::new(from, to));
    }

    /// Ends the glide at once (nodes jump to their positions).
    pub fn stop_glide(&mut self) {
        self.motion = None;
        self.frame = None;
    }

    /// Whether nodes are gliding.
    pub fn is_gliding(&self) -> bool {
        self.motion.is_some()
    }

    /// Moves the glide on to time `now` (seconds); returns whether there
    /// was one (then the picture needs [`Display::refresh`]).
    pub fn advance(&mut self, now: f64) -> bool {
        let Some(motion) = &mut self.motion else { return false };
        let (frame, done) = motion.at(now);
        self.frame = (!done).then_some(frame);
        if done {
            self.motion = None;
        }
        true
    }

    /// Draws these nodes at these points instead of their positions.
    pub fn set_preview(&mut self, moves: impl IntoIterator<Item = (String, [f32; 2])>) {
        self.preview = moves.into_iter().collect();
    }

    /// Whether dragged nodes are drawn away from their positions.
    pub fn has_preview(&self) -> bool {
        !self.preview.is_empty()
    }

    /// Stops drawing dragged nodes away from their positions; returns
    /// whether any were.
    pub fn clear_preview(&mut self) -> bool {
        let had = !self.preview.is_empty();
        self.preview.clear();
        had
    }

    /// Works out where the nodes of `doc` are drawn.
    pub fn refresh(&mut self, doc: &Document) {
        let mut layout = Layout::of_reusing(doc, &self.layout);
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
        self.layout = layout;
        self.version += 1;
        self.exact = self.frame.is_none() && self.preview.is_empty();
    }

    /// As [`Display::refresh`], after an edit that `touched` only some
    /// nodes: when nodes are drawn at their positions, those alone are
    /// looked at.
    pub fn refresh_touched(&mut self, doc: &Document, touched: &Touched) {
        let Touched::Nodes(ids) = touched else { return self.refresh(doc) };
        if !self.exact || self.frame.is_some() || !self.preview.is_empty() {
            return self.refresh(doc);
        }
        for id in ids {
            let position = doc.node(id).and_then(|node| node.position);
            match (position, self.layout.get(id)) {
                (Some(p), Some(_)) => self.layout.set(id, [p.x as f32, p.y as f32]),
                (None, None) => {}
                // Placed or unplaced by the edit: the drawn nodes change.
                _ => return self.refresh(doc),
            }
        }
        self.version += 1;
    }
}
