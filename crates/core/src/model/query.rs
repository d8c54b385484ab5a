//! Read-only questions about a document that several layers ask.

use std::collections::BTreeSet;

use super::document::Document;
use super::kind::{LinkKind, NodeKind};
use super::node::Node;

impl Document {
    /// Every year for which some department has a score (a headline
    /// figure, or one computed from a round's marks), ascending.
    pub fn score_years(&self) -> BTreeSet<i32> {
        self.nodes()
            .filter(|node| node.kind == NodeKind::Department)
            .flat_map(|node| self.scores_of(&node.id).into_keys())
            .collect()
    }

    /// The latest year with a score, if any.
    pub fn latest_year(&self) -> Option<i32> {
        self.score_years().last().copied()
    }

    /// Every non-empty department sector, sorted.
    pub fn sectors(&self) -> BTreeSet<&str> {
        self.nodes()
            .filter(|node| node.kind == NodeKind::Department)
            .map(|node| node.department.sector.as_str())
            .filter(|sector| !sector.is_empty())
            .collect()
    }

    /// The department that pursues objective `id` (the first by link id).
    pub fn owner_of(&self, id: &str) -> Option<&Node> {
        self.links_of(id)
            .into_iter()
            .filter(|(link, _, to)| link.kind == LinkKind::Pursues && *to == id)
            .find_map(|(_, from, _)| self.node(from))
    }

    /// The sector a node belongs to: a department's own sector, or for an
    /// objective the sector of the department that pursues it.
    pub fn sector_of(&self, id: &str) -> Option<&str> {
        let node = self.node(id)?;
        let dept = match node.kind {
            NodeKind::Department => node,
            NodeKind::Objective => self.owner_of(id)?,
            _ => return None,
        };
        Some(dept.department.sector.as_str()).filter(|sector| !sector.is_empty())
    }

    /// Every non-empty department jurisdiction, sorted.
    pub fn jurisdictions(&self) -> BTreeSet<&str> {
        self.nodes()
            .filter(|node| node.kind == NodeKind::Department)
            .map(|node| node.department.jurisdiction.as_str())
            .filter(|j| !j.is_empty())
            .collect()
    }

    /// Node `id` and every node within `depth` links of it, whichever way
    /// the links point. Empty if there is no such node.
    pub fn neighbourhood(&self, id: &str, depth: usize) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        if self.node(id).is_none() {
            return found;
        }
        found.insert(id.to_owned());
        let mut frontier = vec![id.to_owned()];
        for _ in 0..depth {
            let mut next = Vec::new();
            for at in &frontier {
                for (_, from, to) in self.links_of(at) {
                    let other = if from == at { to } else { from };
                    if found.insert(other.to_owned()) {
                        next.push(other.to_owned());
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            frontier = next;
        }
        found
    }

    /// A fresh id of the form `prefix-N` that no node or link uses yet.
    pub fn fresh_id(&self, prefix: &str) -> String {
        (1..)
            .map(|n: u64| format!("{prefix}-{n}"))
            .find(|id| !self.contains_id(id))
            .unwrap_or_else(|| format!("{prefix}-x"))
    }
}
