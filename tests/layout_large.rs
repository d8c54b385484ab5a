//! Large graphs: the multilevel layout, the collision grid, and the editor's
//! worker-thread layout.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::ops::ControlFlow;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use sectormap::generate::{random_graph, random_map};
use sectormap::layout::{self, LayoutEdge, LayoutInput, LayoutNode, Params, count_overlaps};
use sectormap::scene;
use sectormap::ui::live::{LiveLayout, WORKER_FROM};

fn graph(n: usize, m: usize) -> LayoutInput {
    LayoutInput {
        nodes: vec![LayoutNode { half: [4.0, 4.0], start: None, pinned: false, charge: 1.0 }; n],
        edges: random_graph(n, m, 5)
            .into_iter()
            .map(|(a, b)| LayoutEdge { source: a, target: b, length: 1.0, strength: 1.0 })
            .collect(),
    }
}

fn run(input: &LayoutInput, seed: u64) -> Vec<[f32; 2]> {
    layout::settle(input, Params::for_graphs(), seed, &mut |_| ControlFlow::Continue(()))
        .expect("not stopped")
}

#[test]
fn multilevel_layout_is_deterministic_and_clean() {
    let input = graph(3_000, 9_000);
    let a = run(&input, 9);
    let b = run(&input, 9);
    assert_eq!(a, b, "same graph and seed, same layout");
    assert!(a.iter().all(|p| p[0].is_finite() && p[1].is_finite()));
    let (x, y): (Vec<f32>, Vec<f32>) = a.iter().map(|p| (p[0], p[1])).unzip();
    assert_eq!(count_overlaps(&x, &y, &[4.0; 3_000], &[4.0; 3_000], 0.0), 0);
    // Linked nodes end up close: mean link length is a small part of the extent.
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
    assert!(mean < span / 5.0, "mean link {mean} across a span of {span}");
}

#[test]
fn an_observer_can_stop_the_layout() {
    let input = graph(2_000, 6_000);
    let mut ticks = 0;
    let stopped = layout::settle(&input, Params::for_graphs(), 1, &mut |_| {
        ticks += 1;
        if ticks == 10 { ControlFlow::Break(()) } else { ControlFlow::Continue(()) }
    });
    assert!(stopped.is_none());
    assert_eq!(ticks, 10);
}

#[test]
fn a_large_map_lays_out_on_a_worker_while_the_caller_keeps_going() {
    let doc = random_map(WORKER_FROM + 500, 3);
    let measured = scene::measure_all(&doc);
    let started = Instant::now();
    let mut live = LiveLayout::new(&doc, &measured, 1);
    // Creating it returns at once: the work happens on the worker.
    assert!(started.elapsed() < Duration::from_millis(500));
    assert!(!live.is_settled());
    let mut saw_progress = false;
    while !live.is_settled() {
        assert!(started.elapsed() < Duration::from_secs(60), "the worker did not settle");
        std::thread::sleep(Duration::from_millis(10));
        live.step(Duration::ZERO);
        saw_progress |= live.progress() > 0.0 && live.progress() < 1.0;
    }
    assert!(saw_progress, "progress was reported while settling");
    let positions = live.positions().to_vec();
    assert_eq!(positions.len(), doc.node_count());
    assert!(positions.iter().all(|p| p[0].is_finite() && p[1].is_finite()));
    // Dragging a node wakes the layout; the dragged node stays where it is held.
    let id = doc.nodes().next().unwrap().id.clone();
    live.hold(&id, [12_345.0, -6_789.0]);
    assert_eq!(live.position_of(&id), Some([12_345.0, -6_789.0]));
    assert!(!live.is_settled());
    live.settle_now();
    assert_eq!(live.position_of(&id), Some([12_345.0, -6_789.0]));
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
