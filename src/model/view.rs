//! Saved views: named ways of looking at a map, kept in the map file so a
//! presentation can step through them.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::kind::NodeKind;

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
}

impl ColorBy {
    /// Every choice, in menu order.
    pub const ALL: [ColorBy; 3] = [ColorBy::Kind, ColorBy::Score, ColorBy::Sector];

    /// The name used on the command line (`"score"`).
    pub fn key(self) -> &'static str {
        match self {
            ColorBy::Kind => "kind",
            ColorBy::Score => "score",
            ColorBy::Sector => "sector",
        }
    }

    /// The name shown in menus (`"Score"`).
    pub fn title(self) -> &'static str {
        match self {
            ColorBy::Kind => "Kind",
            ColorBy::Score => "Score",
            ColorBy::Sector => "Sector",
        }
    }
}

/// Deepest neighbourhood a focus can show.
pub const MAX_FOCUS_DEPTH: u8 = 3;

/// A node and how many steps of its neighbourhood to show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Focus {
    /// Id of the node in focus.
    pub node: String,
    /// Steps of links from it to show, 1 to 3.
    pub depth: u8,
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
    /// Whether the area is finite and not empty.
    pub fn is_valid(&self) -> bool {
        [self.x0, self.y0, self.x1, self.y1].iter().all(|v| v.is_finite())
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
    /// Caption shown over the map when presenting.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub caption: String,
    /// Node kinds not shown.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub hide_kinds: BTreeSet<NodeKind>,
    /// Sectors not shown (their departments and objectives).
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub hide_sectors: BTreeSet<String>,
    /// Node in focus; only its neighbourhood is shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub focus: Option<Focus>,
    /// What node colours show.
    pub color_by: ColorBy,
    /// Year of the scores shown (`None`: the latest).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// What the camera shows (`None`: everything shown, fitted).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<ViewArea>,
}
