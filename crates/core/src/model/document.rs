//! The [`Document`]: map metadata and a graph of nodes and links with stable ids.

use std::collections::BTreeMap;

use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::EdgeRef;

use super::kind::{LinkKind, NodeKind};
use super::link::Link;
use super::node::{Node, Point};
use super::score::{SCORE_RANGE, Score, YEAR_RANGE};
use super::translate::Translations;
use super::view::SavedView;

/// Title block of a map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapMeta {
    /// Map title, drawn large at the top.
    pub title: String,
    /// Subtitle drawn under the title; may be empty.
    pub subtitle: String,
    /// Source line drawn at the foot of the map; may be empty.
    pub source: String,
    /// The language the map's own texts are written in (a BCP 47 tag;
    /// empty: not said, read as English).
    pub language: String,
    /// The title, subtitle and source line in other languages.
    pub translations: Translations,
}

/// An edit the document refused.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ModelError {
    /// The id is already used by a node or link.
    #[error("the id \"{0}\" is already used")]
    DuplicateId(String),
    /// The id is empty or contains only spaces.
    #[error("an id may not be empty")]
    EmptyId,
    /// No node has this id.
    #[error("no node has the id \"{0}\"")]
    UnknownNode(String),
    /// No link has this id.
    #[error("no link has the id \"{0}\"")]
    UnknownLink(String),
    /// Only departments have scores.
    #[error("\"{0}\" is not a department, so it has no scores")]
    NotADepartment(String),
    /// An assessment edit that does not fit the rubric or the map.
    #[error("{0}")]
    Assessment(String),
    /// A score outside 0 to 10, or not a number.
    #[error("a score is from 0 to 10, not {0}")]
    BadScore(f64),
    /// A position that is not finite or is beyond the map's edge
    /// ([`MAX_COORDINATE`](super::MAX_COORDINATE)).
    #[error(
        "node \"{id}\": the position ({x}, {y}) is off the map; each coordinate is from -{max} to {max}",
        x = super::show_number(*.x),
        y = super::show_number(*.y),
        max = super::MAX_COORDINATE
    )]
    OffTheMap {
        /// The node.
        id: String,
        /// Where it was to go, across.
        x: f64,
        /// Where it was to go, down.
        y: f64,
    },
    /// A year outside the years scores may be given for.
    #[error("a score's year is from 1900 to 2200, not {0}")]
    BadYear(i32),
    /// The link kind does not join these node kinds.
    #[error("{kind} must go {rule}, not {from} -> {to}", kind = .kind.with_article(), rule = .kind.rule(), from = .from.key(), to = .to.key())]
    KindNotAllowed {
        /// The link kind asked for.
        kind: LinkKind,
        /// Kind of the start node.
        from: NodeKind,
        /// Kind of the end node.
        to: NodeKind,
    },
}

/// A map: metadata plus a directed graph of nodes and links.
///
/// Ids are unique across nodes and links together. Iteration is in id order,
/// so anything built from a document (files, layouts, pictures) does not
/// depend on the order in which it was edited.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// Title, subtitle and source line.
    pub meta: MapMeta,
    /// Saved views, in the order a presentation steps through them.
    pub views: Vec<SavedView>,
    /// Rubrics and answers of the coalition's assessment rounds.
    pub assessment: super::assess::Assessment,
    /// What people changed about each department's asks, by department id,
    /// in the order they arranged them.
    pub asks: BTreeMap<String, Vec<super::ask::AskNote>>,
    graph: StableDiGraph<Node, Link>,
    nodes: BTreeMap<String, NodeIndex>,
    links: BTreeMap<String, EdgeIndex>,
}

impl PartialEq for Document {
    fn eq(&self, other: &Self) -> bool {
        self.meta == other.meta
            && self.views == other.views
            && self.assessment == other.assessment
            && self.asks == other.asks
            && self.nodes().eq(other.nodes())
            && self.links().eq(other.links())
    }
}

impl Document {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// Number of links.
    pub fn link_count(&self) -> usize {
        self.links.len()
    }

    /// Whether `id` is used by a node or a link.
    pub fn contains_id(&self, id: &str) -> bool {
        self.nodes.contains_key(id) || self.links.contains_key(id)
    }

    /// Adds a node; refuses an empty or already used id.
    pub fn add_node(&mut self, node: Node) -> Result<(), ModelError> {
        if node.id.trim().is_empty() {
            return Err(ModelError::EmptyId);
        }
        if self.contains_id(&node.id) {
            return Err(ModelError::DuplicateId(node.id));
        }
        let id = node.id.clone();
        let index = self.graph.add_node(node);
        self.nodes.insert(id, index);
        Ok(())
    }

    /// Adds a link from node `from` to node `to`; refuses unknown ends, a used
    /// id, and a kind that does not join the two node kinds.
    pub fn add_link(&mut self, from: &str, to: &str, link: Link) -> Result<(), ModelError> {
        if link.id.trim().is_empty() {
            return Err(ModelError::EmptyId);
        }
        if self.contains_id(&link.id) {
            return Err(ModelError::DuplicateId(link.id));
        }
        let a = self.index_of(from)?;
        let b = self.index_of(to)?;
        let (from_kind, to_kind) = (self.graph[a].kind, self.graph[b].kind);
        if !link.kind.allows(from_kind, to_kind) {
            return Err(ModelError::KindNotAllowed { kind: link.kind, from: from_kind, to: to_kind });
        }
        let id = link.id.clone();
        let index = self.graph.add_edge(a, b, link);
        self.links.insert(id, index);
        Ok(())
    }

    /// Removes a node and every link touching it; returns the node and the
    /// removed links as `(link, from id, to id)`, in link id order.
    pub fn remove_node(&mut self, id: &str) -> Result<(Node, Vec<LinkEnds>), ModelError> {
        let index = self.index_of(id)?;
        let mut touching: Vec<String> = self
            .graph
            .edges_directed(index, Direction::Outgoing)
            .chain(self.graph.edges_directed(index, Direction::Incoming))
            .map(|edge| edge.weight().id.clone())
            .collect();
        touching.sort();
        touching.dedup();
        let mut removed = Vec::with_capacity(touching.len());
        for link_id in touching {
            removed.push(self.remove_link(&link_id)?);
        }
        self.nodes.remove(id);
        let node = self.graph.remove_node(index).ok_or_else(|| ModelError::UnknownNode(id.to_owned()))?;
        Ok((node, removed))
    }

    /// Removes a link; returns it with the ids of its ends.
    pub fn remove_link(&mut self, id: &str) -> Result<LinkEnds, ModelError> {
        let index = *self.links.get(id).ok_or_else(|| ModelError::UnknownLink(id.to_owned()))?;
        let (a, b) =
            self.graph.edge_endpoints(index).ok_or_else(|| ModelError::UnknownLink(id.to_owned()))?;
        let from = self.graph[a].id.clone();
        let to = self.graph[b].id.clone();
        let link = self.graph.remove_edge(index).ok_or_else(|| ModelError::UnknownLink(id.to_owned()))?;
        self.links.remove(id);
        Ok(LinkEnds { link, from, to })
    }

    /// Replaces the node with id `node.id`, keeping its links; returns the old node.
    ///
    /// A change of kind is refused when a link would no longer be allowed.
    pub fn replace_node(&mut self, node: Node) -> Result<Node, ModelError> {
        let index = self.index_of(&node.id)?;
        if node.kind != self.graph[index].kind {
            self.check_links_allow(index, node.kind)?;
        }
        Ok(std::mem::replace(&mut self.graph[index], node))
    }

    /// Replaces the link with id `link.id`, keeping its ends; returns the old link.
    pub fn replace_link(&mut self, link: Link) -> Result<Link, ModelError> {
        let index = *self.links.get(&link.id).ok_or_else(|| ModelError::UnknownLink(link.id.clone()))?;
        let (a, b) =
            self.graph.edge_endpoints(index).ok_or_else(|| ModelError::UnknownLink(link.id.clone()))?;
        let (from, to) = (self.graph[a].kind, self.graph[b].kind);
        if !link.kind.allows(from, to) {
            return Err(ModelError::KindNotAllowed { kind: link.kind, from, to });
        }
        Ok(std::mem::replace(&mut self.graph[index], link))
    }

    /// Sets where a node is and whether it is pinned there.
    pub fn set_position(
        &mut self,
        id: &str,
        position: Option<Point>,
        pinned: bool,
    ) -> Result<(), ModelError> {
        let index = self.index_of(id)?;
        let node = &mut self.graph[index];
        node.position = position;
        node.pinned = pinned;
        Ok(())
    }

    /// Sets (or with `None` removes) the score of department `id` for
    /// `year`; returns the score it had.
    pub fn set_score(
        &mut self,
        id: &str,
        year: i32,
        score: Option<Score>,
    ) -> Result<Option<Score>, ModelError> {
        let index = self.index_of(id)?;
        let node = &mut self.graph[index];
        if node.kind != NodeKind::Department {
            return Err(ModelError::NotADepartment(id.to_owned()));
        }
        if !YEAR_RANGE.contains(&year) {
            return Err(ModelError::BadYear(year));
        }
        let scores = &mut node.department.scores;
        match score {
            Some(score) if !(score.value.is_finite() && SCORE_RANGE.contains(&score.value)) => {
                Err(ModelError::BadScore(score.value))
            }
            Some(score) => Ok(scores.insert(year, score)),
            None => Ok(scores.remove(&year)),
        }
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.get(id).map(|&index| &self.graph[index])
    }

    /// The link with this id and the ids of its ends.
    pub fn link(&self, id: &str) -> Option<(&Link, &str, &str)> {
        let index = *self.links.get(id)?;
        let (a, b) = self.graph.edge_endpoints(index)?;
        Some((&self.graph[index], self.graph[a].id.as_str(), self.graph[b].id.as_str()))
    }

    /// Every node, in id order.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> + '_ {
        self.nodes.values().map(|&index| &self.graph[index])
    }

    /// Every link with the ids of its ends, in link id order.
    pub fn links(&self) -> impl Iterator<Item = (&Link, &str, &str)> + '_ {
        // Straight from each link's graph index (no second lookup by id).
        self.links.values().filter_map(|&index| {
            let (a, b) = self.graph.edge_endpoints(index)?;
            Some((&self.graph[index], self.graph[a].id.as_str(), self.graph[b].id.as_str()))
        })
    }

    /// Every link with where its ends come in [`Document::nodes`] (their
    /// places in id order), in link id order: for passes over every link
    /// that would otherwise look each end up by id.
    pub fn links_by_place(&self) -> impl Iterator<Item = (&Link, usize, usize)> + '_ {
        let mut place = vec![usize::MAX; petgraph::visit::NodeIndexable::node_bound(&self.graph)];
        for (i, index) in self.nodes.values().enumerate() {
            if let Some(slot) = place.get_mut(index.index()) {
                *slot = i;
            }
        }
        self.links.values().filter_map(move |&index| {
            let (a, b) = self.graph.edge_endpoints(index)?;
            let (a, b) = (*place.get(a.index())?, *place.get(b.index())?);
            (a != usize::MAX && b != usize::MAX).then(|| (&self.graph[index], a, b))
        })
    }

    /// The links touching node `id` (either direction), in link id order.
    pub fn links_of<'a>(&'a self, id: &str) -> Vec<(&'a Link, &'a str, &'a str)> {
        let Some(&index) = self.nodes.get(id) else {
            return Vec::new();
        };
        let mut found: Vec<_> = self
            .graph
            .edges_directed(index, Direction::Outgoing)
            .chain(self.graph.edges_directed(index, Direction::Incoming))
            .map(|edge| {
                (edge.weight(), self.graph[edge.source()].id.as_str(), self.graph[edge.target()].id.as_str())
            })
            .collect();
        found.sort_by(|a, b| a.0.id.cmp(&b.0.id));
        found.dedup_by(|a, b| a.0.id == b.0.id);
        found
    }

    fn index_of(&self, id: &str) -> Result<NodeIndex, ModelError> {
        self.nodes.get(id).copied().ok_or_else(|| ModelError::UnknownNode(id.to_owned()))
    }

    fn check_links_allow(&self, index: NodeIndex, kind: NodeKind) -> Result<(), ModelError> {
        for edge in self.graph.edges_directed(index, Direction::Outgoing) {
            let to = if edge.target() == index { kind } else { self.graph[edge.target()].kind };
            check_kind(edge.weight().kind, kind, to)?;
        }
        for edge in self.graph.edges_directed(index, Direction::Incoming) {
            let from = if edge.source() == index { kind } else { self.graph[edge.source()].kind };
            check_kind(edge.weight().kind, from, kind)?;
        }
        Ok(())
    }
}

fn check_kind(kind: LinkKind, from: NodeKind, to: NodeKind) -> Result<(), ModelError> {
    if kind.allows(from, to) { Ok(()) } else { Err(ModelError::KindNotAllowed { kind, from, to }) }
}

/// A link taken out of a document, with the ids of the nodes it joined.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkEnds {
    /// The link itself.
    pub link: Link,
    /// Id of the start node.
    pub from: String,
    /// Id of the end node.
    pub to: String,
}
