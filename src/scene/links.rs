//! Links: a line from outline to outline, dashed when the department does not
//! make the link, as wide as it is strong, with an arrowhead at the far end.

use super::geom::{Color, Pos, Rect};
use super::nodes::{Measured, exit_fraction};
use super::shapes::{Anchor, Item, Stroke};
use super::text::{self, Weight};
use crate::model::{Link, LinkKind};

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

/// The stroke of a link: solid, or dashed for a relevant link the department
/// does not recognise.
pub fn link_stroke(link: &Link, color: Color) -> Stroke {
    let width = link_width(link);
    let dashed = link.kind == LinkKind::Relevant && !link.recognised;
    Stroke { width, color, dash: dashed.then_some([6.0 + width * 2.0, 4.0 + width]) }
}

/// One end of a link: where the node is and how it is shaped.
pub struct End<'a> {
    /// Centre of the node.
    pub center: Pos,
    /// The node's measured box.
    pub measured: &'a Measured,
}

/// The items drawing a link between two nodes, and their extent; `None`
/// when the two boxes overlap so that no line would show.
pub fn link_items(
    link: &Link,
    from: &End<'_>,
    to: &End<'_>,
    stroke: Stroke,
    label_colors: (Color, Color),
) -> Option<(Vec<Item>, Rect)> {
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
    let mut items = Vec::new();
    let mut end = tip;
    let head_len = 9.0 + stroke.width * 2.0;
    let visible = (t1 - t0) * length;
    if link.kind.directed() && visible > head_len * 1.5 {
        let half = 4.0 + stroke.width;
        let base = Pos::new(tip.x - ux * head_len, tip.y - uy * head_len);
        end = Pos::new(tip.x - ux * head_len * 0.8, tip.y - uy * head_len * 0.8);
        items.push(Item::Polygon {
            points: vec![
                tip,
                Pos::new(base.x - uy * half, base.y + ux * half),
                Pos::new(base.x + uy * half, base.y - ux * half),
            ],
            fill: Some(stroke.color),
            stroke: None,
        });
    }
    items.insert(0, Item::Line { points: vec![start, end], stroke });
    let pad = stroke.width + 6.0;
    let mut bounds =
        Rect::new(start.x.min(tip.x), start.y.min(tip.y), start.x.max(tip.x), start.y.max(tip.y)).expand(pad);
    if !link.label.trim().is_empty() {
        let mid = Pos::new((start.x + tip.x) * 0.5, (start.y + tip.y) * 0.5);
        let (label_items, label_rect) = link_label(&link.label, mid, label_colors);
        items.extend(label_items);
        bounds = bounds.union(&label_rect);
    }
    Some((items, bounds))
}

/// A link label on a plate of background colour so it reads over the line.
fn link_label(label: &str, mid: Pos, (text_color, plate): (Color, Color)) -> (Vec<Item>, Rect) {
    let lines = text::wrap(label, LABEL_SIZE, Weight::Regular, 140.0, 3);
    let line_h = LABEL_SIZE * text::LINE_HEIGHT;
    let w = lines.iter().map(|line| text::width(line, LABEL_SIZE, Weight::Regular)).fold(0.0f32, f32::max);
    let h = lines.len() as f32 * line_h;
    let rect = Rect::centered(mid, w * 0.5 + 4.0, h * 0.5 + 2.0);
    let mut items = vec![Item::Rect { rect, radius: 3.0, fill: Some(plate), stroke: None }];
    let mut top = mid.y - h * 0.5;
    for line in lines {
        items.push(Item::Text {
            pos: Pos::new(mid.x, top + text::baseline_offset(LABEL_SIZE)),
            text: line,
            size: LABEL_SIZE,
            weight: Weight::Regular,
            color: text_color,
            anchor: Anchor::Middle,
        });
        top += line_h;
    }
    (items, rect)
}
