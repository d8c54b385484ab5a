//! Rectangle collision: keeps node boxes (which hold their labels) apart.
//!
//! Candidate pairs come from a uniform grid of cells the size of a typical
//! box, so the cost is about `n log n` plus the pairs that share a cell.
//! The buffers are kept between calls.

/// The sizes of the boxes and which ones may not move.
#[derive(Clone, Copy)]
pub struct Extents<'a> {
    /// Half width of each box.
    pub hw: &'a [f32],
    /// Half height of each box.
    pub hh: &'a [f32],
    /// Boxes that must stay where they are.
    pub pinned: &'a [bool],
}

/// Who is linked to whom, as sorted neighbour lists (compressed rows).
#[derive(Clone, Debug, Default)]
pub struct Adjacency {
    offsets: Vec<u32>,
    neighbours: Vec<u32>,
}

impl Adjacency {
    /// The adjacency of `n` nodes joined by `edges` (both directions).
    pub fn new(n: usize, edges: impl Iterator<Item = (u32, u32)> + Clone) -> Self {
        let mut degree = vec![0u32; n + 1];
        for (a, b) in edges.clone() {
            degree[a as usize + 1] += 1;
            degree[b as usize + 1] += 1;
        }
        for i in 0..n {
            degree[i + 1] += degree[i];
        }
        let offsets = degree;
        let mut fill = offsets.clone();
        let mut neighbours = vec![0u32; offsets[n] as usize];
        for (a, b) in edges {
            neighbours[fill[a as usize] as usize] = b;
            fill[a as usize] += 1;
            neighbours[fill[b as usize] as usize] = a;
            fill[b as usize] += 1;
        }
        for i in 0..n {
            neighbours[offsets[i] as usize..offsets[i + 1] as usize].sort_unstable();
        }
        Self { offsets, neighbours }
    }

    /// Whether `i` and `j` are linked.
    pub fn linked(&self, i: usize, j: usize) -> bool {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => {
                self.neighbours[a as usize..b as usize].binary_search(&(j as u32)).is_ok()
            }
            _ => false,
        }
    }
}

/// Clear space kept between boxes: more between linked boxes, so that the
/// link between them stays long enough to show its arrow and dashes.
#[derive(Clone, Copy)]
pub struct Gaps<'a> {
    /// Between any two boxes.
    pub gap: f32,
    /// Between two linked boxes (at least `gap`).
    pub link_gap: f32,
    /// Who is linked.
    pub adjacency: &'a Adjacency,
}

impl Gaps<'_> {
    fn between(&self, i: usize, j: usize) -> f32 {
        if self.link_gap > self.gap && self.adjacency.linked(i, j) { self.link_gap } else { self.gap }
    }
}

/// Reusable state of the collision grid.
#[derive(Debug, Default)]
pub struct Grid {
    keys: Vec<(u64, u32)>,
    sorted: Vec<(u64, u32)>,
    counts: Vec<u32>,
}

impl Grid {
    /// Sorts the (cell, box) entries by cell, then box. A counting sort
    /// when the occupied cells form a compact block (the usual case), a
    /// comparison sort otherwise; both give the same order.
    fn sort_keys(&mut self) {
        let Some(&(first, _)) = self.keys.first() else { return };
        let (mut x0, mut x1, mut y0, mut y1) =
            (first & 0xFFFF_FFFF, first & 0xFFFF_FFFF, first >> 32, first >> 32);
        for &(k, _) in &self.keys {
            let (cx, cy) = (k & 0xFFFF_FFFF, k >> 32);
            x0 = x0.min(cx);
            x1 = x1.max(cx);
            y0 = y0.min(cy);
            y1 = y1.max(cy);
        }
        let (w, h) = (x1 - x0 + 1, y1 - y0 + 1);
        if w.saturating_mul(h) > self.keys.len() as u64 * 16 + 4096 {
            self.keys.sort_unstable();
            return;
        }
        let index = |k: u64| (((k >> 32) - y0) * w + ((k & 0xFFFF_FFFF) - x0)) as usize;
        self.counts.clear();
        self.counts.resize((w * h) as usize + 1, 0);
        for &(k, _) in &self.keys {
            self.counts[index(k) + 1] += 1;
        }
        for c in 1..self.counts.len() {
            self.counts[c] += self.counts[c - 1];
        }
        self.sorted.clear();
        self.sorted.resize(self.keys.len(), (0, 0));
        // Entries were pushed in box order, and this pass keeps that order.
        for &entry in &self.keys {
            let slot = &mut self.counts[index(entry.0)];
            self.sorted[*slot as usize] = entry;
            *slot += 1;
        }
        std::mem::swap(&mut self.keys, &mut self.sorted);
    }
}

/// The side of a typical box (the mean of the larger side), at least a unit.
fn typical_size(boxes: Extents<'_>, n: usize) -> f32 {
    let sum: f64 = (0..n).map(|i| f64::from(2.0 * boxes.hw[i].max(boxes.hh[i]))).sum();
    ((sum / n as f64) as f32).max(1.0)
}

/// The side of the square each centre would have if the bounding box of
/// the centres were shared out equally.
fn mean_room(x: &[f32], y: &[f32]) -> f32 {
    let (mut x0, mut x1, mut y0, mut y1) = (f32::MAX, f32::MIN, f32::MAX, f32::MIN);
    for (&a, &b) in x.iter().zip(y) {
        x0 = x0.min(a);
        x1 = x1.max(a);
        y0 = y0.min(b);
        y1 = y1.max(b);
    }
    let area = (x1 - x0).max(0.0) * (y1 - y0).max(0.0);
    if area.is_finite() { (area / x.len().max(1) as f32).sqrt() } else { 0.0 }
}

/// A sortable key for grid cell `(cx, cy)`: rows first, then columns.
fn key(cx: i64, cy: i64) -> u64 {
    let bias = |v: i64| (v.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) - i64::from(i32::MIN)) as u64;
    (bias(cy) << 32) | bias(cx)
}

impl Grid {
    /// Calls `resolve(i, j, push_x, push_y)` for every pair of boxes closer
    /// than their gap, where `(push_x, push_y)` is the shortest move of `j`
    /// away from `i` that makes the gap. Returns the number of such pairs.
    ///
    /// Candidates come from a uniform grid with cells the size of a typical
    /// box: each box (grown by half the widest gap) is entered in every cell
    /// it covers, and a pair is looked at only in the cell holding the
    /// corner of their common area, so each pair is seen once.
    pub fn for_each_overlap(
        &mut self,
        (x, y): (&[f32], &[f32]),
        boxes: Extents<'_>,
        gaps: Gaps<'_>,
        mut resolve: impl FnMut(usize, usize, f32, f32),
    ) -> usize {
        let widest = gaps.gap.max(gaps.link_gap).max(0.0);
        let half_gap = widest * 0.5;
        let n = x.len();
        if n < 2 {
            return 0;
        }
        // Cells the size of a typical box, but no smaller than the room each
        // box has on average, so sparse layouts do not make a huge grid.
        let cell = (typical_size(boxes, n) + widest).max(mean_room(x, y));
        let cell_of = |v: f32| (v / cell).floor().clamp(-1e9, 1e9) as i64;
        self.keys.clear();
        for i in 0..n {
            let (x0, x1) = (cell_of(x[i] - boxes.hw[i] - half_gap), cell_of(x[i] + boxes.hw[i] + half_gap));
            let (y0, y1) = (cell_of(y[i] - boxes.hh[i] - half_gap), cell_of(y[i] + boxes.hh[i] + half_gap));
            for cy in y0..=y1 {
                for cx in x0..=x1 {
                    self.keys.push((key(cx, cy), i as u32));
                }
            }
        }
        self.sort_keys();
        let mut count = 0;
        let mut run = 0;
        while run < self.keys.len() {
            let k = self.keys[run].0;
            let end = run + self.keys[run..].partition_point(|e| e.0 == k);
            for a in run..end {
                let i = self.keys[a].1 as usize;
                for b in a + 1..end {
                    let j = self.keys[b].1 as usize;
                    let dx = x[j] - x[i];
                    let dy = y[j] - y[i];
                    let reach_x = boxes.hw[i] + boxes.hw[j] - dx.abs();
                    let reach_y = boxes.hh[i] + boxes.hh[j] - dy.abs();
                    if reach_x + widest <= 0.0 || reach_y + widest <= 0.0 {
                        continue;
                    }
                    // Seen in this cell only if it holds the corner of the common area.
                    let corner_x = (x[i] - boxes.hw[i]).max(x[j] - boxes.hw[j]) - half_gap;
                    let corner_y = (y[i] - boxes.hh[i]).max(y[j] - boxes.hh[j]) - half_gap;
                    if key(cell_of(corner_x), cell_of(corner_y)) != k {
                        continue;
                    }
                    let gap = gaps.between(i, j);
                    let (ox, oy) = (reach_x + gap, reach_y + gap);
                    if ox <= 0.0 || oy <= 0.0 {
                        continue;
                    }
                    count += 1;
                    // Separate along the axis that needs the smaller move.
                    if ox < oy {
                        resolve(i, j, ox * direction(dx, i, j), 0.0);
                    } else {
                        resolve(i, j, 0.0, oy * direction(dy, i, j));
                    }
                }
            }
            run = end;
        }
        count
    }

    /// Moves boxes apart directly (not through velocities) until none overlap
    /// or `max_rounds` rounds have run. Returns the overlaps left.
    pub fn separate(
        &mut self,
        (x, y): (&mut [f32], &mut [f32]),
        boxes: Extents<'_>,
        gaps: Gaps<'_>,
        max_rounds: usize,
    ) -> usize {
        let mut moves: Vec<(usize, usize, f32, f32)> = Vec::new();
        for round in 1..=max_rounds {
            moves.clear();
            let count = self.for_each_overlap((x, y), boxes, gaps, |i, j, px, py| {
                moves.push((i, j, px, py));
            });
            if count == 0 {
                return 0;
            }
            for &(i, j, px, py) in &moves {
                let (wi, wj) = shares(boxes.pinned[i], boxes.pinned[j]);
                // A little more than the overlap, so rounding never leaves a sliver.
                x[i] -= px * wi * 1.02;
                y[i] -= py * wi * 1.02;
                x[j] += px * wj * 1.02;
                y[j] += py * wj * 1.02;
            }
            if round % JAMMED_AFTER == 0 {
                spread(x, y, boxes.pinned);
            }
        }
        self.for_each_overlap((x, y), boxes, gaps, |_, _, _, _| {})
    }
}

/// Rounds of pairwise pushing after which a crowd is taken to be jammed.
const JAMMED_AFTER: usize = 25;

/// Spreads the free boxes out from their centre by a few percent: pushing
/// pairs apart cannot clear a crowd that has no room, but every centre
/// moving apart makes room everywhere while keeping the picture's shape.
fn spread(x: &mut [f32], y: &mut [f32], pinned: &[bool]) {
    let free: Vec<usize> = (0..x.len()).filter(|&i| !pinned[i]).collect();
    if free.is_empty() {
        return;
    }
    let cx = free.iter().map(|&i| f64::from(x[i])).sum::<f64>() / free.len() as f64;
    let cy = free.iter().map(|&i| f64::from(y[i])).sum::<f64>() / free.len() as f64;
    let (cx, cy) = (cx as f32, cy as f32);
    for &i in &free {
        x[i] = cx + (x[i] - cx) * 1.06;
        y[i] = cy + (y[i] - cy) * 1.06;
    }
}

/// How much of a separating move each of two boxes takes: pinned boxes take none.
pub fn shares(pinned_i: bool, pinned_j: bool) -> (f32, f32) {
    match (pinned_i, pinned_j) {
        (false, false) => (0.5, 0.5),
        (true, false) => (0.0, 1.0),
        (false, true) => (1.0, 0.0),
        (true, true) => (0.0, 0.0),
    }
}

/// The sign of `d`, or a fixed choice by index when the centres coincide.
fn direction(d: f32, i: usize, j: usize) -> f32 {
    if d > 0.0 {
        1.0
    } else if d < 0.0 {
        -1.0
    } else if j > i {
        1.0
    } else {
        -1.0
    }
}

/// Counts the pairs of boxes that overlap once grown by `gap / 2` each.
pub fn count_overlaps(x: &[f32], y: &[f32], hw: &[f32], hh: &[f32], gap: f32) -> usize {
    let pinned = vec![false; x.len()];
    let boxes = Extents { hw, hh, pinned: &pinned };
    let none = Adjacency::default();
    let gaps = Gaps { gap, link_gap: gap, adjacency: &none };
    Grid::default().for_each_overlap((x, y), boxes, gaps, |_, _, _, _| {})
}
