//! Barnes-Hut quadtree for many-body repulsion, built in flat arrays.
//!
//! Bodies are sorted by Morton code, so every cell owns a contiguous range of
//! the sorted bodies and the tree can be built without pointers. Cells are
//! stored in depth-first order with a `next` index (the cell after the
//! subtree), so traversal needs no stack. Buffers are kept between ticks.

/// Bodies per leaf before a cell is split.
const LEAF_SIZE: usize = 8;
/// Deepest level: 21 bits per axis, 42 bits of Morton code. Deep enough
/// that a dense cluster far from an outlier still splits into small cells.
const MAX_DEPTH: u32 = 21;
/// Grid cells per axis.
const GRID: f32 = ((1u32 << MAX_DEPTH) - 1) as f32;

/// One cell: the charge-weighted centre of its bodies and where they are.
#[derive(Clone, Copy, Debug, Default)]
struct Cell {
    cx: f32,
    cy: f32,
    charge: f32,
    /// Side length squared.
    size2: f32,
    start: u32,
    end: u32,
    next: u32,
    leaf: bool,
}

/// A quadtree over a set of weighted bodies.
#[derive(Debug, Default)]
pub struct QuadTree {
    cells: Vec<Cell>,
    keys: Vec<(u64, u32)>,
    sx: Vec<f32>,
    sy: Vec<f32>,
    sq: Vec<f32>,
    sid: Vec<u32>,
}

impl QuadTree {
    /// Rebuilds the tree over bodies at `(x[i], y[i])` with charge `q[i]`.
    pub fn build(&mut self, x: &[f32], y: &[f32], q: &[f32]) {
        self.cells.clear();
        let n = x.len();
        if n == 0 {
            return;
        }
        let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        for i in 0..n {
            x0 = x0.min(x[i]);
            y0 = y0.min(y[i]);
            x1 = x1.max(x[i]);
            y1 = y1.max(y[i]);
        }
        let side = (x1 - x0).max(y1 - y0).max(1e-3);
        let scale = GRID / side;
        self.keys.clear();
        self.keys.extend((0..n).map(|i| {
            // `as` saturates, and NaN becomes 0, so every body gets a cell.
            let qx = (((x[i] - x0) * scale) as u32).min(GRID as u32);
            let qy = (((y[i] - y0) * scale) as u32).min(GRID as u32);
            (morton(qx, qy), i as u32)
        }));
        self.keys.sort_unstable();
        self.sx.clear();
        self.sy.clear();
        self.sq.clear();
        self.sid.clear();
        for &(_, i) in &self.keys {
            let i = i as usize;
            self.sx.push(x[i]);
            self.sy.push(y[i]);
            self.sq.push(q[i]);
            self.sid.push(i as u32);
        }
        self.build_cell(0, n, 0, side);
    }

    fn build_cell(&mut self, start: usize, end: usize, depth: u32, side: f32) {
        let index = self.cells.len();
        let (mut cx, mut cy, mut charge) = (0.0f32, 0.0f32, 0.0f32);
        for k in start..end {
            cx += self.sx[k] * self.sq[k];
            cy += self.sy[k] * self.sq[k];
            charge += self.sq[k];
        }
        if charge > 0.0 {
            cx /= charge;
            cy /= charge;
        }
        let leaf = end - start <= LEAF_SIZE || depth >= MAX_DEPTH;
        self.cells.push(Cell {
            cx,
            cy,
            charge,
            size2: side * side,
            start: start as u32,
            end: end as u32,
            next: 0,
            leaf,
        });
        if !leaf {
            let shift = 2 * (MAX_DEPTH - 1 - depth);
            let mut lo = start;
            for quadrant in 0..4u64 {
                let hi = lo + self.keys[lo..end].partition_point(|key| (key.0 >> shift) & 3 <= quadrant);
                if hi > lo {
                    self.build_cell(lo, hi, depth + 1, side * 0.5);
                }
                lo = hi;
            }
        }
        self.cells[index].next = self.cells.len() as u32;
    }

    /// Body indices in the tree's order (sorted by Morton code).
    pub fn order(&self) -> &[u32] {
        &self.sid
    }

    /// The force on body `i` at `(x, y)` from all others, scaled by `strength`
    /// (negative repels). `theta2` is the Barnes-Hut opening criterion squared,
    /// `min_dist2` the squared distance below which forces stop growing.
    pub fn force_on(
        &self,
        i: usize,
        x: f32,
        y: f32,
        strength: f32,
        theta2: f32,
        (min_dist2, max_dist2): (f32, f32),
    ) -> (f32, f32) {
        let (mut fx, mut fy) = (0.0f32, 0.0f32);
        let mut c = 0usize;
        while c < self.cells.len() {
            let cell = &self.cells[c];
            let dx = cell.cx - x;
            let dy = cell.cy - y;
            let l = dx * dx + dy * dy;
            if cell.size2 < theta2 * l {
                if l >= max_dist2 {
                    c = cell.next as usize;
                    continue;
                }
                let w = strength * cell.charge / l.max(min_dist2);
                fx += dx * w;
                fy += dy * w;
                c = cell.next as usize;
            } else if cell.leaf {
                for k in cell.start as usize..cell.end as usize {
                    if self.sid[k] as usize == i {
                        continue;
                    }
                    let (dx, dy) = jiggle(self.sx[k] - x, self.sy[k] - y, i, self.sid[k] as usize);
                    let l = dx * dx + dy * dy;
                    if l >= max_dist2 {
                        continue;
                    }
                    let w = strength * self.sq[k] / l.max(min_dist2);
                    fx += dx * w;
                    fy += dy * w;
                }
                c = cell.next as usize;
            } else {
                c += 1;
            }
        }
        (fx, fy)
    }
}

/// Separates two coincident bodies deterministically (d3 uses randomness here).
fn jiggle(dx: f32, dy: f32, i: usize, j: usize) -> (f32, f32) {
    if dx == 0.0 && dy == 0.0 {
        let sign = if i < j { 1.0 } else { -1.0 };
        (sign * 1e-3, sign * 0.7e-3)
    } else {
        (dx, dy)
    }
}

/// Interleaves the bits of `x` and `y` (x in the even bits), 21 bits each.
fn morton(x: u32, y: u32) -> u64 {
    fn spread(v: u32) -> u64 {
        let mut v = u64::from(v);
        v = (v | (v << 16)) & 0x0000_FFFF_0000_FFFF;
        v = (v | (v << 8)) & 0x00FF_00FF_00FF_00FF;
        v = (v | (v << 4)) & 0x0F0F_0F0F_0F0F_0F0F;
        v = (v | (v << 2)) & 0x3333_3333_3333_3333;
        v = (v | (v << 1)) & 0x5555_5555_5555_5555;
        v
    }
    spread(x) | (spread(y) << 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn morton_interleaves_bits() {
        assert_eq!(morton(0b1, 0), 0b1);
        assert_eq!(morton(0, 0b1), 0b10);
        assert_eq!(morton(0b11, 0b11), 0b1111);
        let top = 1u32 << 20;
        assert_eq!(morton(top, 0), 1u64 << 40);
        assert_eq!(morton(0, top), 1u64 << 41);
    }

    #[test]
    fn a_far_outlier_does_not_collapse_a_cluster() {
        // A thousand bodies a unit apart and one far away: with too few grid
        // bits they would share one leaf (quadratic work).
        let mut x: Vec<f32> = (0..1000).map(|i| (i % 40) as f32).collect();
        let mut y: Vec<f32> = (0..1000).map(|i| (i / 40) as f32).collect();
        x.push(1e6);
        y.push(1e6);
        let q = vec![1.0; x.len()];
        let mut tree = QuadTree::default();
        tree.build(&x, &y, &q);
        let biggest = tree.cells.iter().filter(|c| c.leaf).map(|c| c.end - c.start).max().unwrap_or(0);
        assert!(biggest <= 64, "a leaf holds {biggest} bodies");
    }

    #[test]
    fn matches_direct_sum_when_theta_is_zero() {
        let x = [0.0, 10.0, -7.0, 3.0, 25.0, 4.0, -12.0, 8.0, 1.0, -3.0, 14.0];
        let y = [0.0, 2.0, 5.0, -9.0, 1.0, 6.0, -2.0, 11.0, -4.0, 7.0, -6.0];
        let q = [1.0; 11];
        let mut tree = QuadTree::default();
        tree.build(&x, &y, &q);
        for i in 0..x.len() {
            let (fx, fy) = tree.force_on(i, x[i], y[i], -1.0, 0.0, (1.0, f32::INFINITY));
            let (mut ex, mut ey) = (0.0f32, 0.0f32);
            for j in 0..x.len() {
                if j != i {
                    let (dx, dy) = (x[j] - x[i], y[j] - y[i]);
                    let l = (dx * dx + dy * dy).max(1.0);
                    ex -= dx / l;
                    ey -= dy / l;
                }
            }
            assert!((fx - ex).abs() < 1e-4 && (fy - ey).abs() < 1e-4, "body {i}");
        }
    }
}
