//! What the layout depends on, compared with what it depended on last
//! time: the layout does work only for what changed (as rerun's graph view
//! compares its `LayoutRequest` with the last one).
//!
//! Links are not part of it: a new link never moves anything, because the
//! arrangement is the user's. Only nodes without a position and boxes that
//! grew call for the layout.

use crate::edit::Touched;
use crate::model::Document;
use crate::scene::Measured;

/// One node as the layout sees it.
#[derive(Clone, Debug, PartialEq)]
struct Entry {
    id: String,
    half: [f32; 2],
    placed: bool,
}

impl Entry {
    /// Takes the node's box (`half`) and whether it is `placed`; returns
    /// whether either changed and, for a placed node whose box grew, its
    /// half size before.
    fn update(&mut self, half: [f32; 2], placed: bool) -> (bool, Option<[f32; 2]>) {
        let changed = self.half != half || self.placed != placed;
        let grown = (placed && grew(half, self.half)).then_some(self.half);
        self.half = half;
        self.placed = placed;
        (changed, grown)
    }
}

/// Whether a box of half size `now` is larger than one of `before`.
fn grew(now: [f32; 2], before: [f32; 2]) -> bool {
    now[0] > before[0] + 0.01 || now[1] > before[1] + 0.01
}

/// The layout's inputs from one state of a map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LayoutRequest {
    nodes: Vec<Entry>,
}

/// What the layout has to do after a change.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Work {
    /// Nodes that have no position: lay them out among the others.
    pub missing: Vec<String>,
    /// Nodes whose box grew, with their half size before: move what they
    /// now overlap out of the way.
    pub grown: Vec<(String, [f32; 2])>,
}

impl Work {
    /// Whether there is nothing to do.
    pub fn is_empty(&self) -> bool {
        self.missing.is_empty() && self.grown.is_empty()
    }
}

impl LayoutRequest {
    /// The request of `doc` whose boxes are `measured` (in id order).
    pub fn of(doc: &Document, measured: &[Measured]) -> Self {
        let nodes = doc
            .nodes()
            .zip(measured)
            .map(|(node, m)| Entry { id: node.id.clone(), half: m.half, placed: node.position.is_some() })
            .collect();
        Self { nodes }
    }

    /// What changed since `previous` that the layout must deal with. Equal
    /// requests mean no work at all (an edit of a description, a caption,
    /// a score, a link...).
    pub fn work_since(&self, previous: &LayoutRequest) -> Work {
        let mut work = Work::default();
        if self == previous {
            return work;
        }
        let mut old = previous.nodes.iter().peekable();
        for entry in &self.nodes {
            if !entry.placed {
                work.missing.push(entry.id.clone());
                continue;
            }
            while old.next_if(|o| o.id < entry.id).is_some() {}
            if let Some(before) = old.next_if(|o| o.id == entry.id)
                && grew(entry.half, before.half)
            {
                work.grown.push((entry.id.clone(), before.half));
            }
        }
        work
    }

    /// Moves on to `doc` whose boxes are `measured`, returning the work
    /// since this request, as [`LayoutRequest::of`] then
    /// [`LayoutRequest::work_since`] would. When the nodes are the same
    /// (an edit of a label, a score, a link), entries are updated in place
    /// rather than copied.
    pub fn advance(&mut self, doc: &Document, measured: &[Measured]) -> Work {
        let same_nodes = doc.node_count() == self.nodes.len()
            && measured.len() == self.nodes.len()
            && doc.nodes().zip(&self.nodes).all(|(node, entry)| node.id == entry.id);
        if !same_nodes {
            let next = Self::of(doc, measured);
            let work = next.work_since(self);
            *self = next;
            return work;
        }
        let (mut work, mut changed) = (Work::default(), false);
        for ((node, m), entry) in doc.nodes().zip(measured).zip(&mut self.nodes) {
            let placed = node.position.is_some();
            let (moved, grown) = entry.update(m.half, placed);
            changed |= moved;
            if !placed {
                work.missing.push(entry.id.clone());
            } else if let Some(before) = grown {
                work.grown.push((entry.id.clone(), before));
            }
        }
        // Equal requests mean no work at all (see `work_since`).
        if changed { work } else { Work::default() }
    }

    /// As [`LayoutRequest::advance`], after an edit that `touched` only
    /// some nodes (this request was up to date before it): those alone are
    /// looked at.
    pub fn advance_touched(&mut self, doc: &Document, measured: &[Measured], touched: &Touched) -> Work {
        let Touched::Nodes(ids) = touched else { return self.advance(doc, measured) };
        if doc.node_count() != self.nodes.len() || measured.len() != self.nodes.len() {
            return self.advance(doc, measured);
        }
        let (mut work, mut changed) = (Work::default(), false);
        for id in ids {
            let i = self.nodes.binary_search_by(|entry| entry.id.as_str().cmp(id));
            let found = i.ok().and_then(|i| Some((self.nodes.get_mut(i)?, measured.get(i)?)));
            let (Some((entry, m)), Some(node)) = (found, doc.node(id)) else {
                return self.advance(doc, measured);
            };
            let (moved, grown) = entry.update(m.half, node.position.is_some());
            changed |= moved;
            if let Some(before) = grown {
                work.grown.push((entry.id.clone(), before));
            }
        }
        if !changed {
            return Work::default();
        }
        // As `advance`: once anything changed, every node without a
        // position is laid out.
        work.missing =
            self.nodes.iter().filter(|entry| !entry.placed).map(|entry| entry.id.clone()).collect();
        work
    }
}
