//! Rectangle collision: keeps node boxes (which hold their labels) apart.
//!
//! Candidate pairs come from a sweep along x over boxes sorted by their left
//! edge, so the cost is `n log n` plus the number of boxes that share a
//! vertical band. The sort buffer is kept between calls.

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

/// Reusable state for the sweep.
#[derive(Debug, Default)]
pub struct Sweep {
    order: Vec<(f32, u32)>,
}

impl Sweep {
    /// Calls `resolve(i, j, push_x, push_y)` for every pair of boxes closer
    /// than their gap, where `(push_x, push_y)` is the shortest move of `j`
    /// away from `i` that makes the gap. Returns the number of such pairs.
    pub fn for_each_overlap(
        &mut self,
        (x, y): (&[f32], &[f32]),
        boxes: Extents<'_>,
        gaps: Gaps<'_>,
        mut resolve: impl FnMut(usize, usize, f32, f32),
    ) -> usize {
        let widest = gaps.gap.max(gaps.link_gap);
        let n = x.len();
        self.order.clear();
        self.order.extend((0..n).map(|i| (x[i] - boxes.hw[i], i as u32)));
        self.order.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut count = 0;
        for a in 0..n {
            let i = self.order[a].1 as usize;
            let right = x[i] + boxes.hw[i] + widest;
            for &(left, j) in &self.order[a + 1..] {
                if left >= right {
                    break;
                }
                let j = j as usize;
                let dx = x[j] - x[i];
                let dy = y[j] - y[i];
                let reach_x = boxes.hw[i] + boxes.hw[j] - dx.abs();
                let reach_y = boxes.hh[i] + boxes.hh[j] - dy.abs();
                if reach_x + widest <= 0.0 || reach_y + widest <= 0.0 {
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
        count
    }

    /// Moves boxes apart directly (not through velocities) until none overlap
    /// or `max_rounds` sweeps have run. Returns the overlaps left.
    pub fn separate(
        &mut self,
        (x, y): (&mut [f32], &mut [f32]),
        boxes: Extents<'_>,
        gaps: Gaps<'_>,
        max_rounds: usize,
    ) -> usize {
        let mut moves: Vec<(usize, usize, f32, f32)> = Vec::new();
        for _ in 0..max_rounds {
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
        }
        self.for_each_overlap((x, y), boxes, gaps, |_, _, _, _| {})
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
    Sweep::default().for_each_overlap((x, y), boxes, gaps, |_, _, _, _| {})
}
