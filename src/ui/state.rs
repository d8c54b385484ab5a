//! Runtime view state: selection, filters and what the map is coloured by.
//! None of it is part of the document.

use std::collections::BTreeSet;

pub use crate::model::Filters;
use crate::model::{Document, Focus, SavedView};
use crate::scene::{ColorBy, Theme, View};

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
}

/// How the map is drawn on screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewOptions {
    /// What node colours show.
    pub color_by: ColorBy,
    /// Year of scores; `None` for the latest.
    pub year: Option<i32>,
    /// Hide the legend on the canvas.
    pub no_legend: bool,
    /// Hide the title block on the canvas.
    pub no_title: bool,
    /// The node in focus and how much around it shows (focus mode).
    pub focus: Option<Focus>,
}

impl ViewOptions {
    /// The nodes `filters` and the focus hide, and those the focus dims.
    pub fn hidden_and_dimmed(
        &self,
        doc: &Document,
        filters: &Filters,
    ) -> (BTreeSet<String>, BTreeSet<String>) {
        let look = SavedView { hide: filters.clone(), focus: self.focus.clone(), ..SavedView::default() };
        look.hidden_and_dimmed(doc)
    }

    /// The scene view for these options on `theme`, with what `filters`
    /// and the focus hide or dim.
    pub fn scene_view(&self, theme: Theme, doc: &Document, filters: &Filters) -> View {
        let (hidden, dimmed) = self.hidden_and_dimmed(doc, filters);
        View {
            color_by: self.color_by,
            year: self.year,
            theme,
            no_legend: self.no_legend,
            no_title: self.no_title,
            hidden,
            dimmed,
            meta: None,
        }
    }
}
