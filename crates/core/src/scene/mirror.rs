//! Mirroring parts of a picture left to right, for maps in a right-to-left
//! language: the title block and the legend read from the right.

use super::geom::{Pos, Rect};
use super::shapes::{Anchor, Item};

/// Applies `f` to every x coordinate in `items` (rectangle sides are
/// passed one by one and put back in order).
fn map_x(items: &mut [Item], f: impl Fn(f32) -> f32) {
    let at = |p: &mut Pos| p.x = f(p.x);
    for item in items {
        match item {
            Item::Rect { rect, .. } => {
                let (a, b) = (f(rect.x0), f(rect.x1));
                *rect = Rect::new(a.min(b), rect.y0, a.max(b), rect.y1);
            }
            Item::Ellipse { center, .. } => at(center),
            Item::Polygon { points, .. } => points.iter_mut().for_each(at),
            Item::Arrow { points, .. } => points.iter_mut().for_each(at),
            Item::Line { from, to, .. } => {
                at(from);
                at(to);
            }
            Item::Text { pos, .. } => at(pos),
        }
    }
}

/// Mirrors `items` about the vertical line through the middle of `within`:
/// shapes swap sides and text that started at a point now ends there.
pub fn mirror(items: &mut [Item], within: &Rect) {
    let sum = within.x0 + within.x1;
    map_x(items, |x| sum - x);
    for item in items {
        if let Item::Text { anchor, .. } = item {
            *anchor = match *anchor {
                Anchor::Start => Anchor::End,
                Anchor::End => Anchor::Start,
                Anchor::Middle => Anchor::Middle,
            };
        }
    }
}

/// Moves `items` and their `rect` right by `dx`.
pub fn shift(items: &mut [Item], rect: &mut Rect, dx: f32) {
    map_x(items, |x| x + dx);
    *rect = Rect::new(rect.x0 + dx, rect.y0, rect.x1 + dx, rect.y1);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::Color;

    #[test]
    fn text_that_started_at_the_left_ends_at_the_right() {
        let within = Rect::new(0.0, 0.0, 100.0, 20.0);
        let mut items = vec![Item::Text {
            pos: Pos::new(10.0, 15.0),
            text: "Nodes".into(),
            size: 12.0,
            weight: crate::scene::Weight::Regular,
            color: Color::hex(0),
            anchor: Anchor::Start,
        }];
        mirror(&mut items, &within);
        let Item::Text { pos, anchor, .. } = &items[0] else { panic!("text") };
        assert!((pos.x - 90.0).abs() < 1e-4 && *anchor == Anchor::End);
    }
}
