//! Large graphs: the sparse stress layout, the collision grid, and the
//! editor's layout of a large map on a worker thread.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::ops::ControlFlow;
use std::time::Duration;

use proptest::prelude::*;
use sectormap_core::editor::{Selection, Session, WORKER_FROM};
use sectormap_core::generate::{random_graph, random_map};
use sectormap_core::layout::{self, LayoutEdge, LayoutInput, LayoutNode, Params, Scope, count_overlaps};
use sectormap_core::pipeline::{self, DEFAULT_SEED};

fn graph(n: usize, m: usize) -> LayoutInput {
    LayoutInput {
        nodes: vec![LayoutNode { half: [4.0, 4.0], start: None, pinned: false }; n],
        edges: random_graph(n, m, 5)
            .into_iter()
            .map(|(a, b)| LayoutEdge { source: a, target: b, length: 1.0 })
            .collect(),
    }
}

fn edges_of(input: &LayoutInput) -> Vec<(u32, u32)> {
    input.edges.iter().map(|e| (e.source, e.target)).collect()
}

fn run(input: &LayoutInput, seed: u64) -> Vec<[f32; 2]> {
    layout::arrange(input, &Scope::All, Params::for_graphs(), seed, &mut |_| ControlFlow::Continue(()))
        .expect("not stopped")
}

#[test]
fn a_sparse_layout_is_deterministic_and_clean() {
    let input = graph(3_000, 9_000);
    let a = run(&input, 9);
    let b = run(&input, 9);
    assert_eq!(a, b, "same graph and seed, same layout");
    assert!(a.iter().all(|p| p[0].is_finite() && p[1].is_finite()));
    let (x, y): (Vec<f32>, Vec<f32>) = a.iter().map(|p| (p[0], p[1])).unzip();
    assert_eq!(count_overlaps(&x, &y, &[4.0; 3_000], &[4.0; 3_000], 0.0), 0);
    // Linked nodes end up closer than the extent, and the stress is what a
    // random graph allows.
    let span = x.iter().cloned().fold(f32::MIN, f32::max) - x.iter().cloned().fold(f32::MAX, f32::min);
    let mean: f32 = input
        .edges
        .iter()
        .map(|e| {
            let (p, q) = (a[e.source as usize], a[e.target as usize]);
            (p[0] - q[0]).hypot(p[1] - q[1])
        })
        .sum::<f32>()
        / input.edges.len() as f32;
    assert!(mean < span / 2.0, "mean link {mean} across a span of {span}");
    let stress = layout::quality::sampled_stress(3_000, &edges_of(&input), &x, &y, 200, 1);
    assert!(stress < 0.26, "stress {stress}");
}

#[test]
fn an_observer_can_stop_the_layout() {
    let input = graph(2_000, 6_000);
    let mut ticks = 0;
    let stopped = layout::arrange(&input, &Scope::All, Params::for_graphs(), 1, &mut |_| {
        ticks += 1;
        ControlFlow::Break(())
    });
    assert!(stopped.is_none());
    assert_eq!(ticks, 1, "the first report stopped it");
}

#[test]
fn a_large_map_opens_at_once_and_is_laid_out_on_a_worker_like_the_cli() {
    let doc = random_map(WORKER_FROM + 500, 3);
    assert!(doc.nodes().all(|n| n.position.is_none()));
    let mut session = Session::new(doc.clone(), None);
    // Opening returns before the layout is done: the work happens on the
    // worker, and nothing is placed until it reports back. (How long
    // opening takes is measured by the reopen_bench example, not here.)
    assert!(session.is_placing(), "the map waits for its first layout");
    assert!(session.doc().nodes().all(|n| n.position.is_none()), "nothing was laid out while opening");
    let mut saw_progress = false;
    while session.is_placing() {
        std::thread::sleep(Duration::from_millis(10));
        session.poll(0.0, &Selection::default());
        saw_progress |= session.progress() > 0.0 && session.progress() < 1.0;
    }
    assert!(saw_progress, "progress was reported while laying out");
    assert!(!session.is_dirty(), "placing a map's nodes at opening is not an unsaved change");
    // The same positions as the command line's layout of the same file.
    let mut cli = doc;
    pipeline::place(&mut cli, &pipeline::Scope::Missing, DEFAULT_SEED, &mut |_| {});
    for (a, b) in session.doc().nodes().zip(cli.nodes()) {
        assert_eq!((&a.id, a.position), (&b.id, b.position));
    }
    assert!(session.doc().nodes().all(|n| n.position.is_some_and(|p| p.is_finite())));
}

fn brute_force(x: &[f32], y: &[f32], hw: &[f32], hh: &[f32], gap: f32) -> usize {
    let mut count = 0;
    for i in 0..x.len() {
        for j in i + 1..x.len() {
            let ox = hw[i] + hw[j] + gap - (x[j] - x[i]).abs();
            let oy = hh[i] + hh[j] + gap - (y[j] - y[i]).abs();
            count += usize::from(ox > 0.0 && oy > 0.0);
        }
    }
    count
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn the_collision_grid_finds_every_overlap_once(
        boxes in prop::collection::vec((-500.0f32..500.0, -500.0f32..500.0, 1.0f32..120.0, 1.0f32..40.0), 2..80),
        gap in 0.0f32..30.0,
    ) {
        let x: Vec<f32> = boxes.iter().map(|b| b.0).collect();
        let y: Vec<f32> = boxes.iter().map(|b| b.1).collect();
        let hw: Vec<f32> = boxes.iter().map(|b| b.2).collect();
        let hh: Vec<f32> = boxes.iter().map(|b| b.3).collect();
        prop_assert_eq!(count_overlaps(&x, &y, &hw, &hh, gap), brute_force(&x, &y, &hw, &hh, gap));
    }
}
