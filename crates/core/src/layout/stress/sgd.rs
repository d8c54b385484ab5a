//! Stress minimisation by stochastic gradient descent (Zheng, Pawar and
//! Goodman, "Graph Drawing by Stochastic Gradient Descent", 2018): each
//! term pulls or pushes a pair of nodes towards their wanted distance, the
//! terms are visited in a shuffled order, and the step size falls
//! exponentially from what satisfies the loosest term to a small share of
//! what the stiffest one allows.
//!
//! Sequential and seeded: the same terms and seed give the same positions,
//! bit for bit.

use super::order::BlockOrder;
use crate::layout::rng::SplitMix64;

/// Terms are shuffled one by one up to this many; above it, in blocks.
const SHUFFLE_EACH_UP_TO: usize = 1 << 16;
/// Terms per block when shuffling in blocks.
const BLOCK: usize = 1024;

/// Bit of [`Term`]'s second node that marks a one-sided term.
const ONE_SIDED: u32 = 1 << 31;

/// One stress term: nodes `i` and `j` want to be `d` apart, with weight
/// `w` (usually `1 / d²`). A one-sided term moves only `i` (a pivot
/// standing for the nodes around it). Sixteen bytes, so that four fit in
/// a cache line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Term {
    i: u32,
    /// The second node, with [`ONE_SIDED`] set for a one-sided term.
    j: u32,
    /// Wanted distance.
    pub d: f32,
    /// Weight.
    pub w: f32,
}

impl Term {
    /// A term that moves both nodes (fewer than 2³¹ of them).
    pub fn pair(i: u32, j: u32, d: f32, w: f32) -> Self {
        Self { i, j: j & !ONE_SIDED, d, w }
    }

    /// A term that moves only `i`, towards or away from `j`.
    pub fn pull(i: u32, j: u32, d: f32, w: f32) -> Self {
        Self { i, j: j | ONE_SIDED, d, w }
    }

    /// The first node (the one that moves, for a one-sided term).
    pub fn i(&self) -> usize {
        self.i as usize
    }

    /// The second node.
    pub fn j(&self) -> usize {
        (self.j & !ONE_SIDED) as usize
    }

    /// Whether only `i` moves.
    pub fn one_sided(&self) -> bool {
        self.j & ONE_SIDED != 0
    }
}

/// How the step size falls over the epochs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Schedule {
    /// Passes over all terms.
    pub epochs: usize,
    /// The last step size as a share of what the stiffest term allows.
    pub eps: f32,
    /// The first step size as a share of what the loosest term needs (1
    /// from scratch; less to refine a layout that is nearly right).
    pub start: f32,
}

impl Default for Schedule {
    fn default() -> Self {
        Self { epochs: 30, eps: 0.1, start: 1.0 }
    }
}

/// Runs SGD over `terms` on positions `x`, `y`; nodes not `movable` stay.
/// `after_epoch` hears the share of the work done.
pub fn descend(
    terms: &mut [Term],
    x: &mut [f32],
    y: &mut [f32],
    movable: &[bool],
    schedule: Schedule,
    rng: &mut SplitMix64,
    after_epoch: &mut dyn FnMut(f32),
) {
    let (mut w_min, mut w_max) = (f32::INFINITY, 0.0f32);
    for t in terms.iter() {
        w_min = w_min.min(t.w);
        w_max = w_max.max(t.w);
    }
    if terms.is_empty() || !w_min.is_finite() || w_max <= 0.0 || schedule.epochs == 0 {
        return;
    }
    let eta_max = schedule.start / w_min;
    let eta_min = schedule.eps / w_max;
    let steps = schedule.epochs.max(2) - 1;
    let lambda = if eta_max > eta_min { (eta_max / eta_min).ln() / steps as f32 } else { 0.0 };
    if terms.len() > SHUFFLE_EACH_UP_TO {
        // Terms come in node order: mix them once throughout, so that the
        // cheaper block shuffles of each epoch start from a mixed order.
        for i in (1..terms.len()).rev() {
            terms.swap(i, below(rng, i + 1));
        }
    }
    // Both coordinates of a node in one place: one memory access per node.
    let mut pos: Vec<[f32; 2]> = x.iter().zip(y.iter()).map(|(&a, &b)| [a, b]).collect();
    // Many terms are shuffled in blocks, kept as an order (the same one).
    let mut order = (terms.len() > SHUFFLE_EACH_UP_TO).then(|| BlockOrder::new(terms.len(), BLOCK));
    for epoch in 0..schedule.epochs {
        let eta = eta_max * (-lambda * epoch as f32).exp();
        if let Some(order) = order.as_mut() {
            order.shuffle(rng, below);
            order.for_each(terms, |t| step(t, eta, &mut pos, movable));
        } else {
            shuffle(terms, rng);
            for t in terms.iter() {
                step(t, eta, &mut pos, movable);
            }
        }
        after_epoch((epoch + 1) as f32 / schedule.epochs as f32);
    }
    for (k, [a, b]) in pos.into_iter().enumerate() {
        (x[k], y[k]) = (a, b);
    }
}

/// The first and last step sizes of a full schedule over `terms`: what
/// satisfies the loosest term, and a share `eps` of what the stiffest allows.
pub fn step_range(terms: &[Term], eps: f32) -> (f32, f32) {
    let (mut w_min, mut w_max) = (f32::INFINITY, 0.0f32);
    for t in terms {
        w_min = w_min.min(t.w);
        w_max = w_max.max(t.w);
    }
    if !w_min.is_finite() || w_max <= 0.0 {
        return (0.0, 0.0);
    }
    (1.0 / w_min, eps / w_max)
}

/// One pass over the terms, shuffled, at step size `eta`, on positions
/// `x`, `y` (all nodes move).
pub fn pass(terms: &mut [Term], x: &mut [f32], y: &mut [f32], eta: f32, rng: &mut SplitMix64) {
    let movable = vec![true; x.len()];
    let mut pos: Vec<[f32; 2]> = x.iter().zip(y.iter()).map(|(&a, &b)| [a, b]).collect();
    shuffle(terms, rng);
    for t in terms.iter() {
        step(t, eta, &mut pos, &movable);
    }
    for (k, [a, b]) in pos.into_iter().enumerate() {
        (x[k], y[k]) = (a, b);
    }
}

/// A uniform number below `n` (Lemire's multiply-shift, no division).
#[inline]
pub(super) fn below(rng: &mut SplitMix64, n: usize) -> usize {
    (((rng.next_u64() >> 32) * n as u64) >> 32) as usize
}

/// One term's move at step size `eta`.
#[inline]
pub(super) fn step(t: &Term, eta: f32, pos: &mut [[f32; 2]], movable: &[bool]) {
    let (i, j) = (t.i(), t.j());
    let (mi, mj) = (movable[i], movable[j] && !t.one_sided());
    if !mi && !mj {
        return;
    }
    let mu = (t.w * eta).min(1.0);
    let (pi, pj) = (pos[i], pos[j]);
    let (mut dx, mut dy) = (pi[0] - pj[0], pi[1] - pj[1]);
    let mut l = (dx * dx + dy * dy).sqrt();
    if l < 1e-6 {
        // Two nodes on one point: part them along a fixed direction.
        (dx, dy, l) = (1e-3, 0.7e-3, 1.22e-3);
    }
    let r = mu * (l - t.d) / (2.0 * l);
    let (rx, ry) = (r * dx, r * dy);
    match (mi, mj) {
        (true, true) => {
            pos[i] = [pi[0] - rx, pi[1] - ry];
            pos[j] = [pj[0] + rx, pj[1] + ry];
        }
        (true, false) => pos[i] = [pi[0] - 2.0 * rx, pi[1] - 2.0 * ry],
        (false, true) => pos[j] = [pj[0] + 2.0 * rx, pj[1] + 2.0 * ry],
        (false, false) => {}
    }
}

/// Shuffles the terms: one by one when there are few, else in blocks
/// (moving large blocks costs less and mixes enough between epochs).
pub(super) fn shuffle(terms: &mut [Term], rng: &mut SplitMix64) {
    let n = terms.len();
    if n <= SHUFFLE_EACH_UP_TO {
        for i in (1..n).rev() {
            terms.swap(i, below(rng, i + 1));
        }
        return;
    }
    let blocks = n / BLOCK;
    for b in (1..blocks).rev() {
        let k = below(rng, b + 1);
        if k != b {
            let (left, right) = terms.split_at_mut(b * BLOCK);
            left[k * BLOCK..(k + 1) * BLOCK].swap_with_slice(&mut right[..BLOCK]);
        }
    }
    // And within each block, a rotation, so that neighbours change too.
    let shift = below(rng, BLOCK);
    for chunk in terms.chunks_mut(BLOCK) {
        let s = shift % chunk.len();
        chunk.rotate_left(s);
    }
}
