//! The Scene: everything to draw, in map units, in drawing order.
//!
//! The screen, the SVG and the PNG are all drawn from one Scene, so an export
//! is exactly what the user saw.

use std::ops::Range;
use std::sync::Arc;

use super::geom::{Color, Pos, Rect};
use super::text::Weight;

/// How a line is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    /// Line width in map units.
    pub width: f32,
    /// Line colour.
    pub color: Color,
    /// Dash and gap lengths, or `None` for a solid line.
    pub dash: Option<[f32; 2]>,
}

impl Stroke {
    /// A solid line.
    pub fn solid(width: f32, color: Color) -> Self {
        Self { width, color, dash: None }
    }
}

/// Horizontal alignment of text relative to its anchor point (on the page,
/// whatever the text's direction: `Start` is always the left end).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The point is the left end of the text.
    Start,
    /// The point is the middle of the text.
    Middle,
    /// The point is the right end of the text (right-to-left maps).
    End,
}

impl Anchor {
    /// How far left of the anchor point a line `width` wide starts.
    pub fn offset(self, width: f32) -> f32 {
        match self {
            Self::Start => 0.0,
            Self::Middle => width * 0.5,
            Self::End => width,
        }
    }
}

/// One thing to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A rectangle, optionally with rounded corners.
    Rect {
        /// The rectangle.
        rect: Rect,
        /// Corner radius.
        radius: f32,
        /// Fill, if any.
        fill: Option<Color>,
        /// Outline, if any.
        stroke: Option<Stroke>,
    },
    /// An ellipse.
    Ellipse {
        /// Centre.
        center: Pos,
        /// Horizontal radius.
        rx: f32,
        /// Vertical radius.
        ry: f32,
        /// Fill, if any.
        fill: Option<Color>,
        /// Outline, if any.
        stroke: Option<Stroke>,
    },
    /// A closed polygon.
    Polygon {
        /// Corners in order.
        points: Vec<Pos>,
        /// Fill, if any.
        fill: Option<Color>,
        /// Outline, if any.
        stroke: Option<Stroke>,
    },
    /// A straight line.
    Line {
        /// Start.
        from: Pos,
        /// End.
        to: Pos,
        /// How it is drawn.
        stroke: Stroke,
    },
    /// A filled triangle: an arrowhead.
    Arrow {
        /// Tip, then the two corners of the base.
        points: [Pos; 3],
        /// Fill.
        color: Color,
    },
    /// One line of text.
    Text {
        /// Anchor point on the baseline.
        pos: Pos,
        /// The text (shared, so scenes copy it cheaply).
        text: Arc<str>,
        /// Font size in map units.
        size: f32,
        /// Font weight.
        weight: Weight,
        /// Text colour.
        color: Color,
        /// How the text sits on `pos`.
        anchor: Anchor,
    },
}

/// What part of the map a group draws.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Element {
    /// The node with this id.
    Node(Arc<str>),
    /// The link with this id.
    Link(Arc<str>),
    /// The legend.
    Legend,
    /// The title block (title and subtitle).
    Title,
    /// The source line under the map.
    Source,
    /// The axes, grid and year labels of a chart.
    Axes,
    /// One department's line on a chart, by department id.
    Series(Arc<str>),
}

/// A group of items that belong to one element, with their extent.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// What the items draw.
    pub element: Element,
    /// Extent of the items (for hit testing and culling).
    pub bounds: Rect,
    /// Where the element is placed: a node's centre (its position on the
    /// map, exactly); `None` for other elements.
    pub anchor: Option<Pos>,
    /// Where the group's items are in [`Scene::items`].
    pub items: Range<usize>,
}

/// A complete picture in map units.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// Extent of everything drawn, labels and legend included.
    pub bounds: Rect,
    /// Background colour of the theme the scene was built for.
    pub background: Color,
    /// Short title for accessibility (SVG `<title>`).
    pub title: String,
    /// One-sentence description for accessibility (SVG `<desc>`).
    pub description: String,
    /// Groups in drawing order: links, then nodes, then legend and title.
    pub groups: Vec<Group>,
    /// Every item, group after group (one allocation for the whole picture).
    pub items: Vec<Item>,
}

impl Scene {
    /// The items of `group`, in drawing order.
    pub fn items_of(&self, group: &Group) -> &[Item] {
        self.items.get(group.items.clone()).unwrap_or(&[])
    }

    /// The group drawing the node with this id, if any.
    pub fn node_group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|group| matches!(&group.element, Element::Node(node) if &**node == id))
    }
}
