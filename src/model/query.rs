//! Read-only questions about a document that several layers ask.

use std::collections::BTreeSet;

use super::document::Document;
use super::kind::{LinkKind, NodeKind};

impl Document {
    /// Every year for which some department has a score, ascending.
    pub fn score_years(&self) -> BTreeSet<i32> {
        self.nodes()
            .filter(|node| node.kind == NodeKind::Department)
            .flat_map(|node| node.department.scores.keys().copied())
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

    /// The sector a node belongs to: a department's own sector, or for an
    /// objective the sector of the first department (by id) that pursues it.
    pub fn sector_of(&self, id: &str) -> Option<&str> {
        let node = self.node(id)?;
        match node.kind {
            NodeKind::Department => {
                Some(node.department.sector.as_str()).filter(|sector| !sector.is_empty())
            }
            NodeKind::Objective => self
                .links_of(id)
                .into_iter()
                .filter(|(link, _, to)| link.kind == LinkKind::Pursues && *to == id)
                .filter_map(|(_, from, _)| self.node(from))
                .map(|dept| dept.department.sector.as_str())
                .find(|sector| !sector.is_empty()),
            _ => None,
        }
    }

    /// A fresh id of the form `prefix-N` that no node or link uses yet.
    pub fn fresh_id(&self, prefix: &str) -> String {
        (1..)
            .map(|n: u64| format!("{prefix}-{n}"))
            .find(|id| !self.contains_id(id))
            .unwrap_or_else(|| format!("{prefix}-x"))
    }
}
