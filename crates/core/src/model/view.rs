//! Saved views: named ways of looking at a map, kept in the map file so a
//! presentation can step through them.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::document::Document;
use super::kind::NodeKind;
use super::translate::Translations;

/// What node fills show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColorBy {
    /// Each kind of node has its own colour.
    #[default]
    Kind,
    /// Departments are coloured by their score in a year.
    Score,
    /// Departments (and their objectives) are coloured by sector.
    Sector,
    /// Departments are coloured by their level on one criterion of an
    /// assessment round (the view's `criterion`, in the round of its `year`).
    Criterion,
}

impl ColorBy {
    /// The choices menus offer by themselves, in menu order. A criterion
    /// is chosen with its round, in the Assessment panel.
    pub const ALL: [ColorBy; 3] = [ColorBy::Kind, ColorBy::Score, ColorBy::Sector];

    /// The name used on the command line (`"score"`).
    pub fn key(self) -> &'static str {
        match self {
            ColorBy::Kind => "kind",
            ColorBy::Score => "score",
            ColorBy::Sector => "sector",
            ColorBy::Criterion => "criterion",
        }
    }

    /// The name shown in menus (`"Score"`).
    pub fn title(self) -> &'static str {
        match self {
            ColorBy::Kind => "Kind",
            ColorBy::Score => "Score",
            ColorBy::Sector => "Sector",
            ColorBy::Criterion => "Criterion",
        }
    }
}

/// Deepest neighbourhood a focus can show.
pub const MAX_FOCUS_DEPTH: u8 = 3;

/// What happens to the nodes outside a focus.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Others {
    /// Drawn faded, so the focus is seen in its place on the whole map.
    #[default]
    Dim,
    /// Not drawn; the picture shows the neighbourhood alone.
    Hide,
}

/// A node and how many steps of its neighbourhood to show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Focus {
    /// Id of the node in focus.
    pub node: String,
    /// Steps of links from it to show, 1 to 3.
    pub depth: u8,
    /// Whether nodes outside are dimmed or hidden.
    #[serde(default, skip_serializing_if = "is_dim")]
    pub others: Others,
}

fn is_dim(others: &Others) -> bool {
    *others == Others::Dim
}

impl Focus {
    /// A focus on `node`, `depth` steps deep, dimming the rest.
    pub fn new(node: impl Into<String>, depth: u8) -> Self {
        Self { node: node.into(), depth: depth.clamp(1, MAX_FOCUS_DEPTH), others: Others::Dim }
    }

    /// The ids in focus: the node and everything within `depth` links of it.
    pub fn members(&self, doc: &Document) -> BTreeSet<String> {
        doc.neighbourhood(&self.node, usize::from(self.depth))
    }
}

/// Which nodes are hidden, by kind, sector and jurisdiction. Stored as what
/// is hidden, so a new sector or jurisdiction shows until it is hidden too.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Filters {
    /// Hidden node kinds.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub kinds: BTreeSet<NodeKind>,
    /// Hidden sectors (their departments and objectives).
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub sectors: BTreeSet<String>,
    /// Hidden jurisdictions (their departments and objectives).
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub jurisdictions: BTreeSet<String>,
}

impl Filters {
    /// Whether the filters hide anything.
    pub fn is_active(&self) -> bool {
        !(self.kinds.is_empty() && self.sectors.is_empty() && self.jurisdictions.is_empty())
    }

    /// Ids of the nodes the filters hide.
    pub fn hidden(&self, doc: &Document) -> BTreeSet<String> {
        if !self.is_active() {
            return BTreeSet::new();
        }
        doc.nodes()
            .filter(|node| {
                if self.kinds.contains(&node.kind) {
                    return true;
                }
                let dept = match node.kind {
                    NodeKind::Department => Some(*node),
                    NodeKind::Objective => doc.owner_of(&node.id),
                    _ => None,
                };
                dept.is_some_and(|d| {
                    self.sectors.contains(&d.department.sector)
                        || self.jurisdictions.contains(&d.department.jurisdiction)
                })
            })
            .map(|node| node.id.clone())
            .collect()
    }
}

/// The part of the map a view shows, in map units.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ViewArea {
    /// Left edge.
    pub x0: f64,
    /// Top edge.
    pub y0: f64,
    /// Right edge.
    pub x1: f64,
    /// Bottom edge.
    pub y1: f64,
}

impl ViewArea {
    /// Whether the area is on the map (every edge within
    /// [`MAX_COORDINATE`](super::MAX_COORDINATE) of 0) and not empty.
    pub fn is_valid(&self) -> bool {
        [self.x0, self.y0, self.x1, self.y1].into_iter().all(super::node::on_map)
            && self.x1 > self.x0
            && self.y1 > self.y0
    }
}

/// A named way of looking at the map: what is shown, how it is coloured,
/// what is in focus, and where the camera is.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SavedView {
    /// Name, unique on the map (used by `--view NAME`).
    pub name: String,
    /// Caption shown over the map when presenting, and as the title of an export.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub caption: String,
    /// Nodes hidden by kind, sector or jurisdiction.
    #[serde(skip_serializing_if = "is_unfiltered")]
    pub hide: Filters,
    /// Node in focus and how much of its neighbourhood shows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub focus: Option<Focus>,
    /// What node colours show.
    pub color_by: ColorBy,
    /// Year of the scores shown (`None`: the latest), or the assessment
    /// round of the criterion shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// The criterion (its id in the round) whose levels fill departments
    /// when colouring by criterion.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub criterion: Option<String>,
    /// What the camera shows (`None`: everything shown, fitted).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<ViewArea>,
    /// The caption in other languages.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations,
}

fn is_unfiltered(filters: &Filters) -> bool {
    !filters.is_active()
}

impl SavedView {
    /// The caption, or the name when there is no caption.
    pub fn heading(&self) -> &str {
        if self.caption.trim().is_empty() { &self.name } else { &self.caption }
    }

    /// Ids of the nodes this view hides and of those it dims, in that order.
    pub fn hidden_and_dimmed(&self, doc: &Document) -> (BTreeSet<String>, BTreeSet<String>) {
        let mut hidden = self.hide.hidden(doc);
        let mut dimmed = BTreeSet::new();
        if let Some(focus) = self.focus.as_ref().filter(|f| doc.node(&f.node).is_some()) {
            let members = focus.members(doc);
            let outside = doc.nodes().map(|n| &n.id).filter(|id| !members.contains(*id)).cloned();
            match focus.others {
                Others::Dim => dimmed.extend(outside),
                Others::Hide => hidden.extend(outside),
            }
        }
        dimmed.retain(|id| !hidden.contains(id));
        (hidden, dimmed)
    }
}

/// A name no saved view has; lists the views there are.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("no saved view called \"{name}\"; {known}")]
pub struct NoSuchView {
    /// The name asked for.
    pub name: String,
    /// The views there are, as a sentence ("its views are ...").
    pub known: String,
}

impl Document {
    /// The saved view called `name` (case and surrounding spaces ignored).
    pub fn view_named(&self, name: &str) -> Result<&SavedView, NoSuchView> {
        let wanted = name.trim().to_lowercase();
        self.views.iter().find(|view| view.name.trim().to_lowercase() == wanted).ok_or_else(|| {
            let names: Vec<String> = self.views.iter().map(|v| format!("\"{}\"", v.name)).collect();
            let known = if names.is_empty() {
                "the map has no saved views".to_owned()
            } else {
                format!("its views are {}", names.join(", "))
            };
            NoSuchView { name: name.trim().to_owned(), known }
        })
    }
}
