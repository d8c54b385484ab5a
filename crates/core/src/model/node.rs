//! Nodes of the map and the department-specific fields.

use std::collections::BTreeMap;

use super::kind::{Engagement, NodeKind};
use super::score::Score;
use super::translate::Translations;

/// Farthest a coordinate may be from 0, in map units. A node's box is
/// about a hundred units wide, so this is far beyond any real map, and the
/// `f32` that layout and drawing use still resolve a unit out there. Files,
/// imports and edits with a position beyond it are refused: it could only
/// be a mistake, and would make pictures of billions of pixels.
pub const MAX_COORDINATE: f64 = 10_000_000.0;

/// Whether `value` can be a coordinate on a map: finite and at most
/// [`MAX_COORDINATE`] from 0.
pub fn on_map(value: f64) -> bool {
    value.is_finite() && value.abs() <= MAX_COORDINATE
}

/// Why `value` cannot be a coordinate (`"not a finite number"`, `"off the
/// map (...)"`), or `None` when it can.
pub fn coordinate_problem(value: f64) -> Option<String> {
    if !value.is_finite() {
        Some("not a finite number".to_owned())
    } else if value.abs() > MAX_COORDINATE {
        Some(format!("off the map (a coordinate is from -{MAX_COORDINATE} to {MAX_COORDINATE})"))
    } else {
        None
    }
}

/// `value` as people read it: `12.5`, or `1e308` for huge numbers (plain
/// formatting would write out all 309 digits).
pub fn show_number(value: f64) -> String {
    if value.is_finite() && value.abs() >= 1e15 { format!("{value:e}") } else { format!("{value}") }
}

/// A point in map (world) coordinates.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    /// Horizontal position, growing to the right.
    pub x: f64,
    /// Vertical position, growing downwards.
    pub y: f64,
}

impl Point {
    /// A point at `(x, y)`.
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }

    /// Whether both coordinates are finite.
    pub fn is_finite(self) -> bool {
        self.x.is_finite() && self.y.is_finite()
    }

    /// Whether both coordinates are on the map ([`on_map`]).
    pub fn is_on_map(self) -> bool {
        on_map(self.x) && on_map(self.y)
    }

    /// The point to hundredths of a unit, as map files store positions (far
    /// below a pixel), so an open map and its saved file hold the same value.
    pub fn rounded(self) -> Self {
        // Adding 0 turns -0 into 0, so files never say "-0.0".
        let round = |v: f64| (v * 100.0).round() / 100.0 + 0.0;
        Self { x: round(self.x), y: round(self.y) }
    }

    /// A layout position (`[x, y]` in `f32`) as a stored, rounded point,
    /// kept on the map (a drag or a push past its edge stops there).
    pub fn from_layout([x, y]: [f32; 2]) -> Self {
        let keep = |v: f32| f64::from(v).clamp(-MAX_COORDINATE, MAX_COORDINATE);
        Self::new(keep(x), keep(y)).rounded()
    }
}

/// Fields that only departments have.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DepartmentInfo {
    /// Sector, e.g. "health" or "transport"; empty when not set.
    pub sector: String,
    /// Jurisdiction, e.g. "UK" or "Scotland"; empty when not set.
    pub jurisdiction: String,
    /// How the department engages with VAW work.
    pub engagement: Engagement,
    /// Scores by year.
    pub scores: BTreeMap<i32, Score>,
}

impl DepartmentInfo {
    /// Whether every field is at its default (nothing to save).
    pub fn is_empty(&self) -> bool {
        self.sector.is_empty()
            && self.jurisdiction.is_empty()
            && self.engagement == Engagement::Unknown
            && self.scores.is_empty()
    }
}

/// A node on the map: an issue, department, objective, commitment or organisation.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// Stable id, unique among the document's nodes and links.
    pub id: String,
    /// What the node stands for.
    pub kind: NodeKind,
    /// The text drawn on the map.
    pub label: String,
    /// Longer description; may be empty.
    pub description: String,
    /// Free tags, in the order the user gave them.
    pub tags: Vec<String>,
    /// Free key/value fields, sorted by key.
    pub fields: BTreeMap<String, String>,
    /// Evidence: source notes or addresses.
    pub evidence: Vec<String>,
    /// Last known position on the map, if any.
    pub position: Option<Point>,
    /// Whether the layout must leave the node at `position`.
    pub pinned: bool,
    /// Department fields; only meaningful when `kind` is department.
    pub department: DepartmentInfo,
    /// The label and description in other languages.
    pub translations: Translations,
}

impl Node {
    /// A node with the given id, kind and label and every other field empty.
    pub fn new(id: impl Into<String>, kind: NodeKind, label: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            kind,
            label: label.into(),
            description: String::new(),
            tags: Vec::new(),
            fields: BTreeMap::new(),
            evidence: Vec::new(),
            position: None,
            pinned: false,
            department: DepartmentInfo::default(),
            translations: Translations::default(),
        }
    }

    /// The score for `year`, if this is a department scored that year.
    pub fn score(&self, year: i32) -> Option<f64> {
        if self.kind != NodeKind::Department {
            return None;
        }
        self.department.scores.get(&year).map(|score| score.value)
    }
}
