//! Where a link's drawing reaches: its line, and how far its arrowhead and
//! label stand off the line. A long link's bounds cover much of the map;
//! the line itself crosses only some of it, so views test the line.

use sectormap_core::scene::{Group, Item, Pos, Rect, Scene};

/// A link's line and how far its other items stand off it (map units).
#[derive(Clone, Copy)]
pub struct Reach {
    from: Pos,
    to: Pos,
    off: f32,
}

impl Reach {
    /// The reach of link `group`, if it draws a line.
    pub fn of(scene: &Scene, group: &Group) -> Option<Self> {
        let items = scene.items_of(group);
        let mut lines = items.iter().filter_map(|item| match item {
            Item::Line { from, to, stroke } => Some((*from, *to, stroke.width)),
            _ => None,
        });
        let (from, mut to, mut off) = lines.next()?;
        for (_, end, width) in lines {
            to = end;
            off = off.max(width);
        }
        // Arrowheads and label plates sit on the line: anything within
        // their own size of it.
        for item in items {
            let size = match item {
                Item::Rect { rect, .. } => rect.width() + rect.height(),
                Item::Arrow { points: [tip, a, b], .. } => {
                    (tip.x - a.x).hypot(tip.y - a.y) + (tip.x - b.x).hypot(tip.y - b.y)
                }
                Item::Text { size, text, .. } => size * (text.chars().count() as f32 + 2.0),
                _ => 0.0,
            };
            off = off.max(size);
        }
        Some(Self { from, to, off })
    }

    /// Whether the link may draw anything in `area` (false only when its
    /// line passes clear of it).
    pub fn meets(&self, area: &Rect) -> bool {
        let (x0, y0, x1, y1) =
            (area.x0 - self.off, area.y0 - self.off, area.x1 + self.off, area.y1 + self.off);
        let (a, b) = (self.from, self.to);
        if a.x.max(b.x) < x0 || a.x.min(b.x) > x1 || a.y.max(b.y) < y0 || a.y.min(b.y) > y1 {
            return false;
        }
        // The corners of the area on both sides of the line, or on it.
        let side = |x: f32, y: f32| (b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x);
        let sides = [side(x0, y0), side(x1, y0), side(x1, y1), side(x0, y1)];
        !(sides.iter().all(|s| *s > 0.0) || sides.iter().all(|s| *s < 0.0))
    }
}
