//! The order SGD visits many terms in, kept as a permutation of blocks and
//! a rotation within them instead of moving the terms themselves.
//!
//! Shuffling in blocks (see [`super::sgd`]) swaps whole blocks of terms and
//! rotates every block by the same shift, every epoch. Both compose: the
//! order after any number of epochs is a permutation of the blocks and one
//! rotation of the full blocks (and one of the short last block). Keeping
//! just those visits the terms in exactly the order the moves would have
//! left them, without moving megabytes of terms each epoch.

use crate::layout::rng::SplitMix64;

/// Where each block of terms now stands, and how far they are rotated.
pub struct BlockOrder {
    /// The block (by its place in memory) at each place in the order.
    blocks: Vec<u32>,
    /// Terms per block.
    size: usize,
    /// All terms.
    len: usize,
    /// Rotation of every full block.
    shift: usize,
    /// Rotation of the short last block.
    tail_shift: usize,
}

impl BlockOrder {
    /// `len` terms in blocks of `size`, in memory order.
    pub fn new(len: usize, size: usize) -> Self {
        let size = size.max(1);
        let blocks = (0..(len / size) as u32).collect();
        Self { blocks, size, len, shift: 0, tail_shift: 0 }
    }

    /// One shuffle, drawing from `rng` exactly what moving the blocks
    /// would: each block swapped with one before it (or itself), then every
    /// block rotated left by one shift.
    pub fn shuffle(&mut self, rng: &mut SplitMix64, below: fn(&mut SplitMix64, usize) -> usize) {
        for b in (1..self.blocks.len()).rev() {
            let k = below(rng, b + 1);
            self.blocks.swap(k, b);
        }
        let shift = below(rng, self.size);
        self.shift = (self.shift + shift) % self.size;
        let tail = self.len - self.blocks.len() * self.size;
        if tail > 0 {
            self.tail_shift = (self.tail_shift + shift % tail) % tail;
        }
    }

    /// Calls `f` on every term in the current order.
    pub fn for_each<T>(&self, terms: &[T], mut f: impl FnMut(&T)) {
        let size = self.size;
        for &b in &self.blocks {
            let block = &terms[b as usize * size..(b as usize + 1) * size];
            block[self.shift..].iter().chain(&block[..self.shift]).for_each(&mut f);
        }
        let tail = &terms[self.blocks.len() * size..self.len.min(terms.len())];
        if !tail.is_empty() {
            tail[self.tail_shift..].iter().chain(&tail[..self.tail_shift]).for_each(&mut f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::stress::sgd::below;

    #[test]
    fn visits_terms_in_the_order_moving_the_blocks_leaves_them() {
        let (len, size) = (8 * 5 + 3, 8);
        let mut moved: Vec<u32> = (0..len as u32).collect();
        let mut order = BlockOrder::new(len, size);
        let (mut a, mut b) = (SplitMix64::new(7), SplitMix64::new(7));
        for _ in 0..6 {
            // Moving the blocks, as the shuffle in blocks does.
            let blocks = len / size;
            for k in (1..blocks).rev() {
                let j = below(&mut a, k + 1);
                if j != k {
                    let (left, right) = moved.split_at_mut(k * size);
                    left[j * size..(j + 1) * size].swap_with_slice(&mut right[..size]);
                }
            }
            let shift = below(&mut a, size);
            moved.chunks_mut(size).for_each(|chunk| {
                let s = shift % chunk.len();
                chunk.rotate_left(s);
            });
            order.shuffle(&mut b, below);
            let mut seen = Vec::new();
            order.for_each(&(0..len as u32).collect::<Vec<_>>(), |&t| seen.push(t));
            assert_eq!(seen, moved);
        }
    }
}
