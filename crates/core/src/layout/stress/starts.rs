//! Several starts for a small map laid out from scratch: each is laid out
//! in full, the two with the fewest crossings among those within a few
//! percent of the lowest stress are untangled once more (one on each of
//! two cores), and the one with
//! the fewest crossings (then the lowest stress) is kept.
//!
//! The starts are independent (each has its own seed, drawn in order from
//! the map's seed), so they run on all cores; the results are gathered in
//! start order, and the choice among them depends on nothing else: the
//! same map and seed give the same drawing whatever the number of cores.

use std::ops::ControlFlow;

use rayon::prelude::*;

use super::{edges_of, layout_once, map_graph, retouch, term_stress, terms};
use crate::layout::params::{LayoutInput, Params};
use crate::layout::quality;
use crate::layout::rng::SplitMix64;

/// How many starts for a map of up to 80 nodes (a third as many above).
const STARTS: usize = 16;
/// Starts with a stress within this factor of the lowest compete on crossings.
const STRESS_SLACK: f64 = 1.04;
/// Starts with the fewest crossings that get the last touch (see [`retouch`]).
const RETOUCHED: usize = 2;

/// A layout with its crossings and its stress.
type Scored = (f64, f64, Vec<[f32; 2]>);

/// The best of several layouts of `input` (every node free) from seeds
/// drawn from `seed`; `warm` as in [`super::layout`].
pub(super) fn best_of(input: &LayoutInput, warm: bool, params: &Params, seed: u64) -> Option<Vec<[f32; 2]>> {
    let n = input.nodes.len();
    let edges = edges_of(input);
    let graph = map_graph(input, params);
    let all: Vec<u32> = (0..n as u32).collect();
    let rows = graph.distances_from_each(&all);
    let terms = terms::all_pairs(&rows);
    // Fewer starts as maps grow, so a Re-layout stays quick.
    let starts = if n <= 80 { STARTS } else { STARTS / 3 };
    let mut draw = SplitMix64::new(seed);
    let seeds: Vec<u64> = (0..starts).map(|k| if k == 0 { seed } else { draw.next_u64() }).collect();
    let free = vec![true; n];
    let score = |laid: &[[f32; 2]]| {
        let (x, y): (Vec<f32>, Vec<f32>) = laid.iter().map(|p| (p[0], p[1])).unzip();
        (quality::crossings(&edges, &x, &y, u64::MAX, 1), term_stress(&terms, &x, &y))
    };
    let results: Vec<Option<Scored>> = seeds
        .par_iter()
        .map(|&s| {
            let laid = layout_once(input, &free, warm, params, s, &mut |_| ControlFlow::Continue(()))?;
            let (crossings, stress) = score(&laid);
            Some((crossings, stress, laid))
        })
        .collect();
    let results: Vec<_> = results.into_iter().flatten().collect();
    let lowest = results.iter().map(|r| r.1).fold(f64::INFINITY, f64::min);
    let mut kept: Vec<_> = results.into_iter().filter(|r| r.1 <= lowest * STRESS_SLACK).collect();
    // Fewest crossings first, then lowest stress.
    let order = |a: &Scored, b: &Scored| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1));
    kept.sort_by(order);
    if params.remove_overlaps {
        // The best two get the last touch, which can reorder them.
        kept.truncate(RETOUCHED);
        kept.par_iter_mut().for_each(|r| {
            retouch::retouch(input, params, &graph, &rows, &mut r.2);
            r.0 = score(&r.2).0;
        });
    }
    kept.into_iter().min_by(order).map(|r| r.2)
}
