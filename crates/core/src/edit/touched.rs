//! Which nodes an edit can change, so that work kept per node (boxes, the
//! layout's inputs, where nodes are drawn) is redone for those alone.

use std::collections::BTreeSet;

use super::Edit;

/// The nodes an edit can change.
#[derive(Clone, Debug, PartialEq)]
pub enum Touched {
    /// Only these nodes' fields (label, kind, position...) can change; no
    /// node is added or removed.
    Nodes(BTreeSet<String>),
    /// Nodes can be added or removed: anything kept per node is redone.
    All,
}

impl Edit {
    /// The nodes this edit can change.
    pub fn touched(&self) -> Touched {
        let mut nodes = BTreeSet::new();
        if self.gather(&mut nodes) { Touched::Nodes(nodes) } else { Touched::All }
    }

    /// Adds the nodes this edit can change to `nodes`; false when it can
    /// add or remove nodes.
    fn gather(&self, nodes: &mut BTreeSet<String>) -> bool {
        match self {
            Edit::AddNode(_) | Edit::RemoveNode(_) => false,
            Edit::SetNode(node) => {
                nodes.insert(node.id.clone());
                true
            }
            Edit::SetScore { node, .. } => {
                nodes.insert(node.clone());
                true
            }
            Edit::Place(moves) => {
                nodes.extend(moves.iter().map(|(id, _)| id.clone()));
                true
            }
            Edit::Batch(edits) => edits.iter().all(|edit| edit.gather(nodes)),
            Edit::AddLink { .. }
            | Edit::RemoveLink(_)
            | Edit::SetLink(_)
            | Edit::SetMeta(_)
            | Edit::SetViews(_)
            | Edit::SetRound { .. }
            | Edit::SetAnswer { .. }
            | Edit::SetAsks { .. } => true,
        }
    }
}
