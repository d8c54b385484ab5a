//! Links: a line from outline to outline, as wide as it is strong, with an
//! arrowhead at the far end; a relevant link is solid when the department
//! makes it, dashed when it does not, dotted while nobody has checked.

use std::sync::Arc;

use super::geom::{Color, Pos, Rect};
use super::nodes::{Measured, exit_fraction};
use super::shapes::{Anchor, Item, Stroke};
use super::text::{self, Weight};
use crate::model::{Link, LinkKind, Recognised};

/// Font size of link labels.
pub const LABEL_SIZE: f32 = 11.0;

/// Line width of a link.
pub fn link_width(link: &Link) -> f32 {
    match link.kind {
        LinkKind::Relevant => match link.strength {
            0 | 1 => 1.4,
            2 => 2.6,
            _ => 4.0,
        },
        LinkKind::Pursues => 1.8,
        LinkKind::Obliges | LinkKind::Engages => 1.6,
        LinkKind::Related => 1.2,
    }
}

/// The stroke of a link: solid; for a relevant link the department does
/// not make, long dashes; for one nobody has checked, dots (short dashes as
/// long as the line is wide, so they read as dots at any strength).
pub fn link_stroke(link: &Link, color: Color) -> Stroke {
    let width = link_width(link);
    let dash = match (link.kind, link.recognised) {
        (LinkKind::Relevant, Recognised::No) => Some([6.0 + width * 2.0, 4.0 + width]),
        (LinkKind::Relevant, Recognised::Unknown) => Some([width.max(1.5), 2.0 + width * 1.2]),
        _ => None,
    };
    Stroke { width, color, dash }
}

/// One end of a link: where the node is and how it is shaped.
pub struct End<'a> {
    /// Centre of the node.
    pub center: Pos,
    /// The node's measured box.
    pub measured: &'a Measured,
}

/// A link label wrapped once and reused for every picture.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelText {
    /// The wrapped lines.
    pub lines: Vec<Arc<str>>,
    /// Width of the widest line.
    pub width: f32,
}

/// The label of a link, wrapped; `None` when it is blank.
pub fn wrap_label(label: &str) -> Option<LabelText> {
    if label.trim().is_empty() {
        return None;
    }
    let lines = text::wrap(label, LABEL_SIZE, Weight::Regular, 140.0, 3);
    let width =
        lines.iter().map(|line| text::width(line, LABEL_SIZE, Weight::Regular)).fold(0.0f32, f32::max);
    Some(LabelText { lines: lines.into_iter().map(Arc::from).collect(), width })
}

/// How a link is drawn, worked out once per map and view.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkLook {
    /// Line width, colour and dashes.
    pub stroke: Stroke,
    /// Whether the link has an arrowhead.
    pub directed: bool,
    /// Its label, if any.
    pub label: Option<LabelText>,
}

/// Adds the items drawing a link between two nodes to `out` and returns
/// their extent; `None` (and nothing added) when the two boxes overlap so
/// that no line would show.
pub fn link_items(
    look: &LinkLook,
    from: &End<'_>,
    to: &End<'_>,
    label_colors: (Color, Color),
    out: &mut Vec<Item>,
) -> Option<Rect> {
    let stroke = look.stroke;
    let (dx, dy) = (to.center.x - from.center.x, to.center.y - from.center.y);
    let length = (dx * dx + dy * dy).sqrt();
    let t0 = exit_fraction(from.measured, dx, dy);
    let t1 = 1.0 - exit_fraction(to.measured, -dx, -dy);
    if length < 1e-3 || t1 - t0 <= 0.0 {
        return None;
    }
    let (ux, uy) = (dx / length, dy / length);
    let start = Pos::new(from.center.x + dx * t0, from.center.y + dy * t0);
    let tip = Pos::new(from.center.x + dx * t1, from.center.y + dy * t1);
    let head_len = 9.0 + stroke.width * 2.0;
    let visible = (t1 - t0) * length;
    if look.directed && visible > head_len * 1.5 {
        let half = 4.0 + stroke.width;
        let base = Pos::new(tip.x - ux * head_len, tip.y - uy * head_len);
        let end = Pos::new(tip.x - ux * head_len * 0.8, tip.y - uy * head_len * 0.8);
        out.push(Item::Line { from: start, to: end, stroke });
        let points = [
            tip,
            Pos::new(base.x - uy * half, base.y + ux * half),
            Pos::new(base.x + uy * half, base.y - ux * half),
        ];
        out.push(Item::Arrow { points, color: stroke.color });
    } else {
        out.push(Item::Line { from: start, to: tip, stroke });
    }
    let pad = stroke.width + 6.0;
    let mut bounds =
        Rect::new(start.x.min(tip.x), start.y.min(tip.y), start.x.max(tip.x), start.y.max(tip.y)).expand(pad);
    if let Some(label) = &look.label {
        let mid = Pos::new((start.x + tip.x) * 0.5, (start.y + tip.y) * 0.5);
        bounds = bounds.union(&link_label(label, mid, label_colors, out));
    }
    Some(bounds)
}

/// A link label on a plate of background colour so it reads over the line.
fn link_label(label: &LabelText, mid: Pos, (text_color, plate): (Color, Color), out: &mut Vec<Item>) -> Rect {
    let line_h = LABEL_SIZE * text::LINE_HEIGHT;
    let h = label.lines.len() as f32 * line_h;
    let rect = Rect::centered(mid, label.width * 0.5 + 4.0, h * 0.5 + 2.0);
    out.push(Item::Rect { rect, radius: 3.0, fill: Some(plate), stroke: None });
    let mut top = mid.y - h * 0.5;
    for line in &label.lines {
        out.push(Item::Text {
            pos: Pos::new(mid.x, top + text::baseline_offset(LABEL_SIZE)),
            text: line.clone(),
            size: LABEL_SIZE,
            weight: Weight::Regular,
            color: text_color,
            anchor: Anchor::Middle,
        });
        top += line_h;
    }
    rect
}
