//! The selection: which nodes and links the user has picked. Not part of
//! the document; undo and redo restore the selection that went with a step.

use std::collections::BTreeSet;

use crate::model::Document;

/// The selected nodes and links.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Selected node ids.
    pub nodes: BTreeSet<String>,
    /// Selected link ids.
    pub links: BTreeSet<String>,
}

impl Selection {
    /// Nothing selected.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty() && self.links.is_empty()
    }

    /// Only the node `id`.
    pub fn node(id: &str) -> Self {
        Self { nodes: BTreeSet::from([id.to_owned()]), links: BTreeSet::new() }
    }

    /// Only the link `id`.
    pub fn link(id: &str) -> Self {
        Self { nodes: BTreeSet::new(), links: BTreeSet::from([id.to_owned()]) }
    }

    /// The one selected node, if exactly one thing is selected and it is a node.
    pub fn single_node(&self) -> Option<&str> {
        match (self.nodes.len(), self.links.len()) {
            (1, 0) => self.nodes.first().map(String::as_str),
            _ => None,
        }
    }

    /// The one selected link, if exactly one thing is selected and it is a link.
    pub fn single_link(&self) -> Option<&str> {
        match (self.nodes.len(), self.links.len()) {
            (0, 1) => self.links.first().map(String::as_str),
            _ => None,
        }
    }

    /// Drops ids that are no longer in the document (after undo, delete...).
    pub fn retain_existing(&mut self, doc: &Document) {
        self.nodes.retain(|id| doc.node(id).is_some());
        self.links.retain(|id| doc.link(id).is_some());
    }

    /// Adds or removes the node `id`.
    pub fn toggle_node(&mut self, id: &str) {
        if !self.nodes.remove(id) {
            self.nodes.insert(id.to_owned());
        }
    }

    /// Adds or removes the link `id`.
    pub fn toggle_link(&mut self, id: &str) {
        if !self.links.remove(id) {
            self.links.insert(id.to_owned());
        }
    }
}
