//! [`Layout`]: where each node is, by id. The scene draws a node only where
//! the layout places it.

use std::sync::Arc;

use crate::model::Document;

/// Node centres by node id, sorted by id (the document's order).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// Shared between copies (a copy for a scene built on another thread
    /// costs the positions only); copied when a node is added.
    ids: Arc<Vec<String>>,
    positions: Vec<[f32; 2]>,
}

impl Layout {
    /// An empty layout (no node is placed).
    pub fn new() -> Self {
        Self::default()
    }

    /// The positions stored in `document`, for every node that has one.
    pub fn of(document: &Document) -> Self {
        document
            .nodes()
            .filter_map(|node| node.position.map(|p| (node.id.clone(), [p.x as f32, p.y as f32])))
            .collect()
    }

    /// As [`Layout::of`], sharing `previous`'s ids when the same nodes are
    /// placed (after most edits), so that only positions are copied.
    pub fn of_reusing(document: &Document, previous: &Layout) -> Self {
        let placed = || document.nodes().filter(|node| node.position.is_some());
        let same = placed().count() == previous.ids.len()
            && placed().zip(previous.ids.iter()).all(|(node, id)| node.id == *id);
        if !same {
            return Self::of(document);
        }
        let positions = placed().filter_map(|node| node.position.map(|p| [p.x as f32, p.y as f32])).collect();
        Self { ids: Arc::clone(&previous.ids), positions }
    }

    /// Number of nodes placed.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether no node is placed.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Where node `id` is.
    pub fn get(&self, id: &str) -> Option<[f32; 2]> {
        let i = self.ids.binary_search_by(|probe| probe.as_str().cmp(id)).ok()?;
        self.positions.get(i).copied()
    }

    /// Where node `id` is, trying index `hint` first (the node's index in
    /// the document, which is its index here when every node is placed).
    pub fn get_at(&self, hint: usize, id: &str) -> Option<[f32; 2]> {
        match self.ids.get(hint) {
            Some(at) if at == id => self.positions.get(hint).copied(),
            _ => self.get(id),
        }
    }

    /// Places node `id` at `p` (adding it if it was not placed).
    pub fn set(&mut self, id: &str, p: [f32; 2]) {
        match self.ids.binary_search_by(|probe| probe.as_str().cmp(id)) {
            Ok(i) => self.positions[i] = p,
            Err(i) => {
                Arc::make_mut(&mut self.ids).insert(i, id.to_owned());
                self.positions.insert(i, p);
            }
        }
    }

    /// Every placed node and its centre, in id order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, [f32; 2])> + '_ {
        self.ids.iter().map(String::as_str).zip(self.positions.iter().copied())
    }
}

impl FromIterator<(String, [f32; 2])> for Layout {
    /// Collects `(id, centre)` pairs; a later pair for the same id wins.
    fn from_iter<I: IntoIterator<Item = (String, [f32; 2])>>(iter: I) -> Self {
        let mut pairs: Vec<(String, [f32; 2])> = iter.into_iter().collect();
        if !pairs.is_sorted_by(|a, b| a.0 < b.0) {
            // Stable, so among equal ids the last one given stays last.
            pairs.sort_by(|a, b| a.0.cmp(&b.0));
            let mut deduped: Vec<(String, [f32; 2])> = Vec::with_capacity(pairs.len());
            for pair in pairs {
                match deduped.last_mut() {
                    Some(last) if last.0 == pair.0 => *last = pair,
                    _ => deduped.push(pair),
                }
            }
            pairs = deduped;
        }
        let (ids, positions): (Vec<String>, _) = pairs.into_iter().unzip();
        Self { ids: Arc::new(ids), positions }
    }
}
