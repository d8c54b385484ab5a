//! Link clearance: pushes node boxes off links that pass through them, so a
//! line never hides under an unrelated node.
//!
//! Every node is tested against every link it is not an end of, so this runs
//! only on maps small enough for that (see [`MAX_WORK`]).

/// Most node-link tests per tick; larger maps skip clearance.
pub const MAX_WORK: usize = 400_000;

/// Positions, boxes and links that clearance works on.
pub struct Clearance<'a> {
    /// Node centres.
    pub x: &'a [f32],
    /// Node centres.
    pub y: &'a [f32],
    /// Half widths.
    pub hw: &'a [f32],
    /// Half heights.
    pub hh: &'a [f32],
    /// Links as node index pairs.
    pub edges: &'a [(u32, u32)],
}

impl Clearance<'_> {
    /// Calls `push(node, dx, dy)` for each move that would clear a node off a
    /// link by `gap`: the node moves by `(dx, dy)` and the link's two ends are
    /// meant to move by half of its opposite each.
    pub fn for_each_push(&self, gap: f32, mut push: impl FnMut(usize, (u32, u32), f32, f32)) {
        for &(a, b) in self.edges {
            let (a_i, b_i) = (a as usize, b as usize);
            let (ax, ay, bx, by) = (self.x[a_i], self.y[a_i], self.x[b_i], self.y[b_i]);
            let (sx, sy) = (bx - ax, by - ay);
            let len2 = sx * sx + sy * sy;
            if len2 < 1e-6 {
                continue;
            }
            let (x0, x1) = (ax.min(bx), ax.max(bx));
            let (y0, y1) = (ay.min(by), ay.max(by));
            for i in 0..self.x.len() {
                if i == a_i || i == b_i {
                    continue;
                }
                let (cx, cy, hw, hh) = (self.x[i], self.y[i], self.hw[i] + gap, self.hh[i] + gap);
                if cx + hw < x0 || cx - hw > x1 || cy + hh < y0 || cy - hh > y1 {
                    continue;
                }
                let t = (((cx - ax) * sx + (cy - ay) * sy) / len2).clamp(0.0, 1.0);
                let (px, py) = (ax + sx * t, ay + sy * t);
                let (vx, vy) = (cx - px, cy - py);
                let dist = (vx * vx + vy * vy).sqrt();
                let (nx, ny, dist) = if dist < 1e-3 {
                    // The link runs through the centre: move off sideways.
                    let len = len2.sqrt();
                    (-sy / len, sx / len, 0.0)
                } else {
                    (vx / dist, vy / dist, dist)
                };
                let overlap = hw * nx.abs() + hh * ny.abs() - dist;
                if overlap > 0.0 {
                    push(i, (a, b), nx * overlap, ny * overlap);
                }
            }
        }
    }
}
