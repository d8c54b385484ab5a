//! What a move of one node must keep once boxes have been parted: its box
//! clear of every other box, and no more links through boxes than before.

use super::prism::Boxes;

/// The boxes of a drawing and its links, to check a move of one node.
pub struct Guard<'a> {
    /// Node boxes and the room wanted between them.
    pub boxes: &'a Boxes<'a>,
    /// Links as node pairs.
    pub edges: &'a [(u32, u32)],
}

impl Guard<'_> {
    /// Whether node `v` may go from where it is to `p`: its box at `p`
    /// overlaps no other (with the room wanted between them), and no more
    /// links pass through boxes than with `v` where it is.
    pub fn allows(&self, v: usize, p: (f32, f32), x: &[f32], y: &[f32]) -> bool {
        let b = self.boxes;
        if !b.movable.get(v).copied().unwrap_or(false) {
            return false;
        }
        for j in 0..x.len() {
            if j == v {
                continue;
            }
            let gap = if b.link_gap > b.gap && b.adjacency.linked(v, j) { b.link_gap } else { b.gap };
            if (p.0 - x[j]).abs() < b.hw[v] + b.hw[j] + gap && (p.1 - y[j]).abs() < b.hh[v] + b.hh[j] + gap {
                return false;
            }
        }
        self.through(v, p, x, y) <= self.through(v, (x[v], y[v]), x, y)
    }

    /// How many times a link passes through a box it does not join where
    /// the link or the box is node `v`'s, were `v` at `p`.
    fn through(&self, v: usize, p: (f32, f32), x: &[f32], y: &[f32]) -> usize {
        let at = |i: usize| if i == v { p } else { (x[i], y[i]) };
        let mut count = 0;
        for &(a, c) in self.edges {
            let (a, c) = (a as usize, c as usize);
            if a == v || c == v {
                let other = if a == v { c } else { a };
                for k in (0..x.len()).filter(|&k| k != v && k != other) {
                    count += usize::from(passes(p, at(other), (x[k], y[k]), self.half(k)));
                }
            } else {
                count += usize::from(passes(at(a), at(c), p, self.half(v)));
            }
        }
        count
    }

    fn half(&self, k: usize) -> (f32, f32) {
        (self.boxes.hw[k], self.boxes.hh[k])
    }
}

/// Whether the segment from `a` to `b` passes through the box centred at
/// `c` with half extents `half` (as link clearance judges it).
fn passes(a: (f32, f32), b: (f32, f32), c: (f32, f32), half: (f32, f32)) -> bool {
    let (sx, sy) = (b.0 - a.0, b.1 - a.1);
    let len2 = sx * sx + sy * sy;
    if len2 < 1e-6
        || c.0 + half.0 < a.0.min(b.0)
        || c.0 - half.0 > a.0.max(b.0)
        || c.1 + half.1 < a.1.min(b.1)
        || c.1 - half.1 > a.1.max(b.1)
    {
        return false;
    }
    let t = (((c.0 - a.0) * sx + (c.1 - a.1) * sy) / len2).clamp(0.0, 1.0);
    let (vx, vy) = (c.0 - (a.0 + sx * t), c.1 - (a.1 + sy * t));
    let dist = vx.hypot(vy);
    if dist < 1e-3 {
        return true;
    }
    half.0 * (vx / dist).abs() + half.1 * (vy / dist).abs() > dist
}
