//! Node boxes: shape by kind, wrapped label inside, size from the label.

use std::sync::Arc;

use super::geom::{Color, Pos, Rect};
use super::shapes::{Anchor, Item, Stroke};
use super::text::{self, LINE_HEIGHT, Weight};
use crate::model::{Node, NodeKind};

/// Outline shape of a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Fully rounded ends (VAW issues).
    Pill,
    /// Square-cornered box (departments).
    Box,
    /// Softly rounded box (objectives).
    RoundBox,
    /// Box with cut corners (commitments).
    Hexagon,
    /// Ellipse (organisations).
    Ellipse,
}

/// How a kind of node is set: shape, font and padding.
#[derive(Clone, Copy, Debug)]
struct KindStyle {
    shape: Shape,
    size: f32,
    weight: Weight,
    wrap: f32,
    pad: [f32; 2],
    stroke: f32,
}

fn kind_style(kind: NodeKind) -> KindStyle {
    let (shape, size, weight, wrap, pad, stroke) = match kind {
        NodeKind::Issue => (Shape::Pill, 15.0, Weight::Semibold, 150.0, [18.0, 10.0], 2.0),
        NodeKind::Department => (Shape::Box, 15.0, Weight::Semibold, 170.0, [14.0, 10.0], 2.5),
        NodeKind::Objective => (Shape::RoundBox, 13.0, Weight::Regular, 170.0, [12.0, 8.0], 1.5),
        NodeKind::Commitment => (Shape::Hexagon, 14.0, Weight::Regular, 160.0, [12.0, 10.0], 2.0),
        NodeKind::Organisation => (Shape::Ellipse, 14.0, Weight::Semibold, 140.0, [6.0, 4.0], 2.0),
    };
    KindStyle { shape, size, weight, wrap, pad, stroke }
}

/// Most lines a label is wrapped to before it is cut with an ellipsis.
const MAX_LABEL_LINES: usize = 5;
/// Size of the score line under a department's name.
pub const BADGE_SIZE: f32 = 11.5;
/// The widest score line, so a department's size never depends on the colouring.
const WIDEST_BADGE: &str = "not scored in 2000";

/// A node's measured label and box, independent of colours.
#[derive(Clone, Debug, PartialEq)]
pub struct Measured {
    /// Outline shape.
    pub shape: Shape,
    /// Half width and half height of the box.
    pub half: [f32; 2],
    /// Label lines (shared with the scenes drawn from them).
    pub lines: Vec<Arc<str>>,
    /// Font size of the label.
    pub size: f32,
    /// Font weight of the label.
    pub weight: Weight,
    /// Whether a score line is drawn under the label (departments).
    pub badge: bool,
    /// Outline width.
    pub stroke: f32,
}

/// Measures `node`: its wrapped label and the box that holds it.
pub fn measure(node: &Node) -> Measured {
    let style = kind_style(node.kind);
    let lines = text::wrap(&node.label, style.size, style.weight, style.wrap, MAX_LABEL_LINES);
    let mut text_w =
        lines.iter().map(|line| text::width(line, style.size, style.weight)).fold(0.0f32, f32::max);
    let mut text_h = lines.len() as f32 * style.size * LINE_HEIGHT;
    let badge = node.kind == NodeKind::Department;
    if badge {
        text_w = text_w.max(text::width(WIDEST_BADGE, BADGE_SIZE, Weight::Regular));
        text_h += BADGE_SIZE * LINE_HEIGHT;
    }
    let (hw, hh) = (text_w * 0.5 + style.pad[0], text_h * 0.5 + style.pad[1]);
    let half = match style.shape {
        Shape::Pill => [hw + hh * 0.5, hh],
        Shape::Hexagon => [hw + hh.min(18.0) * 0.8, hh],
        // The text box sits inside the ellipse when its corners touch it.
        Shape::Ellipse => [hw * std::f32::consts::SQRT_2, hh * std::f32::consts::SQRT_2],
        Shape::Box | Shape::RoundBox => [hw, hh],
    };
    Measured {
        shape: style.shape,
        half,
        lines: lines.into_iter().map(Arc::from).collect(),
        size: style.size,
        weight: style.weight,
        badge,
        stroke: style.stroke,
    }
}

/// Colours and score line of a node, chosen by the scene from the view.
#[derive(Clone, Debug, PartialEq)]
pub struct Paint {
    /// Fill of the shape.
    pub fill: Color,
    /// Outline colour.
    pub stroke: Color,
    /// Label colour.
    pub text: Color,
    /// Text of the score line (departments only).
    pub badge: Arc<str>,
}

/// Adds the items drawing a measured node at `center` with `paint` to `out`.
pub fn node_items(m: &Measured, center: Pos, paint: &Paint, out: &mut Vec<Item>) {
    let [hw, hh] = m.half;
    let rect = Rect::centered(center, hw, hh);
    let fill = Some(paint.fill);
    let stroke = Some(Stroke::solid(m.stroke, paint.stroke));
    let shape = match m.shape {
        Shape::Pill => Item::Rect { rect, radius: hh, fill, stroke },
        Shape::Box => Item::Rect { rect, radius: 3.0, fill, stroke },
        Shape::RoundBox => Item::Rect { rect, radius: 10.0, fill, stroke },
        Shape::Ellipse => Item::Ellipse { center, rx: hw, ry: hh, fill, stroke },
        Shape::Hexagon => {
            let cut = hh.min(18.0) * 0.8;
            let points = vec![
                Pos::new(rect.x0 + cut, rect.y0),
                Pos::new(rect.x1 - cut, rect.y0),
                Pos::new(rect.x1, center.y),
                Pos::new(rect.x1 - cut, rect.y1),
                Pos::new(rect.x0 + cut, rect.y1),
                Pos::new(rect.x0, center.y),
            ];
            Item::Polygon { points, fill, stroke }
        }
    };
    out.push(shape);
    let line_h = m.size * LINE_HEIGHT;
    let badge_h = if m.badge { BADGE_SIZE * LINE_HEIGHT } else { 0.0 };
    let mut top = center.y - (m.lines.len() as f32 * line_h + badge_h) * 0.5;
    for line in &m.lines {
        out.push(Item::Text {
            pos: Pos::new(center.x, top + text::baseline_offset(m.size)),
            text: line.clone(),
            size: m.size,
            weight: m.weight,
            color: paint.text,
            anchor: Anchor::Middle,
        });
        top += line_h;
    }
    if m.badge {
        out.push(Item::Text {
            pos: Pos::new(center.x, top + text::baseline_offset(BADGE_SIZE)),
            text: paint.badge.clone(),
            size: BADGE_SIZE,
            weight: Weight::Regular,
            color: paint.text,
            anchor: Anchor::Middle,
        });
    }
}

/// Where the segment from the centre towards `(dx, dy)` leaves the node's
/// outline, as a fraction of `(dx, dy)`.
pub fn exit_fraction(m: &Measured, dx: f32, dy: f32) -> f32 {
    let [hw, hh] = m.half;
    match m.shape {
        Shape::Ellipse => 1.0 / ((dx / hw).powi(2) + (dy / hh).powi(2)).sqrt().max(1e-6),
        _ => {
            let tx = if dx.abs() > 1e-6 { hw / dx.abs() } else { f32::MAX };
            let ty = if dy.abs() > 1e-6 { hh / dy.abs() } else { f32::MAX };
            tx.min(ty)
        }
    }
}
