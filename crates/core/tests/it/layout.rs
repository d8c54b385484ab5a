//! The layout engine: determinism, pins, no overlaps, and the drawings that
//! graphs with a known best drawing should get.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::ops::ControlFlow;

use proptest::prelude::*;
use sectormap_core::generate::families;
use sectormap_core::io::load_path;
use sectormap_core::layout::{
    self, LayoutEdge, LayoutInput, LayoutNode, Params, Scope, count_overlaps, quality,
};
use sectormap_core::model::Document;
use sectormap_core::scene::{self, Element, Item, Rect, View, text};

fn example(name: &str) -> Document {
    load_path(&crate::common::root().join("maps").join(name)).expect("example loads")
}

fn arrange(input: &LayoutInput, scope: &Scope, params: Params, seed: u64) -> Vec<[f32; 2]> {
    layout::arrange(input, scope, params, seed, &mut |_| ControlFlow::Continue(())).expect("not stopped")
}

fn graph((n, edges): (usize, Vec<(u32, u32)>)) -> (LayoutInput, Vec<(u32, u32)>) {
    let input = LayoutInput {
        nodes: vec![LayoutNode { half: [4.0, 4.0], start: None, pinned: false }; n],
        edges: edges.iter().map(|&(source, target)| LayoutEdge { source, target, length: 1.0 }).collect(),
    };
    (input, edges)
}

fn split(p: &[[f32; 2]]) -> (Vec<f32>, Vec<f32>) {
    p.iter().map(|q| (q[0], q[1])).unzip()
}

#[test]
fn same_seed_gives_identical_positions() {
    let doc = example("uk-evaw.json");
    let input = scene::layout_input(&doc, &scene::measure_all(&doc));
    let bits = |seed| -> Vec<u32> {
        arrange(&input, &Scope::All, Params::default(), seed)
            .iter()
            .flat_map(|p| [p[0].to_bits(), p[1].to_bits()])
            .collect()
    };
    assert_eq!(bits(7), bits(7));
    assert_ne!(bits(7), bits(8), "another seed gives another layout");
}

#[test]
fn pinned_nodes_never_move_and_nodes_held_still_come_back_bit_for_bit() {
    let mut doc = example("uk-evaw.json");
    let pins = [("dept-home-office", (500.0, -300.0)), ("issue-rape", (-400.0, 200.0))];
    for (id, (x, y)) in pins {
        doc.set_position(id, Some(sectormap_core::model::Point::new(x, y)), true).expect("pin");
    }
    let input = scene::layout_input(&doc, &scene::measure_all(&doc));
    let ids: Vec<String> = doc.nodes().map(|n| n.id.clone()).collect();
    let laid = arrange(&input, &Scope::All, Params::default(), 3);
    for (id, (x, y)) in pins {
        let i = ids.iter().position(|n| n == id).expect("id");
        assert_eq!(laid[i], [x as f32, y as f32], "{id} moved");
    }
    // Held still (Scope::Missing on a placed map): exactly the input.
    let mut placed = input.clone();
    for (node, p) in placed.nodes.iter_mut().zip(&laid) {
        node.start = Some(*p);
    }
    assert_eq!(arrange(&placed, &Scope::Missing, Params::default(), 9), laid);
}

#[test]
fn an_all_pinned_map_is_returned_as_it_is() {
    let input = LayoutInput {
        nodes: vec![
            LayoutNode { half: [50.0, 20.0], start: Some([0.0, 0.0]), pinned: true },
            LayoutNode { half: [50.0, 20.0], start: Some([10.0, 0.0]), pinned: true },
        ],
        edges: vec![LayoutEdge { source: 0, target: 1, length: 1.0 }],
    };
    assert_eq!(
        arrange(&input, &Scope::All, Params::default(), 1),
        vec![[0.0, 0.0], [10.0, 0.0]],
        "pins win over overlap removal"
    );
}

/// Rectangles of every node's box and of every line of text, from the scene.
fn boxes_and_labels(scene: &scene::Scene) -> (Vec<Rect>, Vec<(String, Rect)>) {
    let mut boxes = Vec::new();
    let mut labels = Vec::new();
    for group in &scene.groups {
        let Element::Node(id) = &group.element else {
            continue;
        };
        boxes.push(group.bounds);
        for item in scene.items_of(group) {
            if let Item::Text { pos, text: line, size, weight, .. } = item {
                let w = text::width(line, *size, *weight);
                let top = pos.y - size * text::CAP_HEIGHT;
                labels.push((
                    id.to_string(),
                    Rect::new(pos.x - w * 0.5, top, pos.x + w * 0.5, pos.y + size * 0.25),
                ));
            }
        }
    }
    (boxes, labels)
}

#[test]
fn example_maps_are_laid_out_without_overlaps_and_with_links_clear_of_boxes() {
    for name in ["uk-evaw.json", "multisectoral-template.json"] {
        let doc = example(name);
        let measured = scene::measure_all(&doc);
        let input = scene::layout_input(&doc, &measured);
        for seed in [1, 2, 3] {
            let laid = arrange(&input, &Scope::All, Params::default(), seed);
            let layout: scene::Layout = doc.nodes().map(|n| n.id.clone()).zip(laid.iter().copied()).collect();
            let scene = scene::build(&doc, &layout, &View::default());
            let (boxes, labels) = boxes_and_labels(&scene);
            for (i, a) in boxes.iter().enumerate() {
                for b in &boxes[i + 1..] {
                    assert!(!a.intersects(b), "{name} seed {seed}: node boxes {a:?} and {b:?} overlap");
                }
            }
            for (i, (id_a, a)) in labels.iter().enumerate() {
                for (id_b, b) in &labels[i + 1..] {
                    assert!(id_a == id_b || !a.intersects(b), "{name}: labels of {id_a} and {id_b} overlap");
                }
            }
            let (x, y) = split(&laid);
            let (hw, hh): (Vec<f32>, Vec<f32>) = input.nodes.iter().map(|n| (n.half[0], n.half[1])).unzip();
            let edges: Vec<(u32, u32)> = input.edges.iter().map(|e| (e.source, e.target)).collect();
            assert_eq!(
                quality::links_through_nodes(&edges, &x, &y, &hw, &hh),
                0,
                "{name} seed {seed}: a link crosses a box"
            );
        }
    }
}

#[test]
fn grids_trees_cycles_and_meshes_come_out_without_crossings() {
    // Each with the stress of a good drawing of it (neato's is 0.012 for
    // a grid, 0.016 for a cycle, 0.002 for a mesh, 0.13 for a binary tree).
    for (name, family, most) in [
        ("grid 12x12", families::grid(12, 12), 0.03),
        ("cycle 200", families::cycle(200), 0.03),
        ("mesh 10x10", families::mesh(10, 10), 0.03),
        ("binary tree depth 7", families::binary_tree(7), 0.16),
    ] {
        let (input, edges) = graph(family);
        let (x, y) = split(&arrange(&input, &Scope::All, Params::for_graphs(), 1));
        let crossings = quality::crossings(&edges, &x, &y, u64::MAX, 1);
        assert_eq!(crossings, 0.0, "{name}: {crossings} crossings");
        let stress = quality::sampled_stress(input.nodes.len(), &edges, &x, &y, usize::MAX, 1);
        assert!(stress < most, "{name}: stress {stress}");
        assert_eq!(count_overlaps(&x, &y, &vec![4.0; x.len()], &vec![4.0; x.len()], 0.0), 0, "{name}");
    }
}

#[test]
fn separate_parts_are_laid_side_by_side_and_isolated_nodes_kept() {
    // Two cycles and three lone nodes: nothing on top of anything.
    let (mut n, mut edges) = families::cycle(10);
    let (m, more) = families::cycle(12);
    edges.extend(more.into_iter().map(|(a, b)| (a + n as u32, b + n as u32)));
    n += m + 3;
    let (input, edges) = graph((n, edges));
    let laid = arrange(&input, &Scope::All, Params::for_graphs(), 1);
    let (x, y) = split(&laid);
    assert_eq!(count_overlaps(&x, &y, &[4.0; 25], &[4.0; 25], 0.0), 0);
    assert_eq!(quality::crossings(&edges, &x, &y, u64::MAX, 1), 0.0);
    assert!(laid.iter().all(|p| p[0].is_finite() && p[1].is_finite()));
}

fn arb_graph() -> impl Strategy<Value = LayoutInput> {
    (1usize..40).prop_flat_map(|n| {
        let nodes = prop::collection::vec(
            (
                (5.0f32..120.0, 5.0f32..40.0),
                prop::option::of((-500.0f32..500.0, -500.0f32..500.0)),
                any::<bool>(),
            ),
            n,
        );
        let edges = prop::collection::vec((0..n as u32, 0..n as u32, 0.2f32..3.0), 0..n * 2);
        (nodes, edges).prop_map(|(nodes, edges)| LayoutInput {
            nodes: nodes
                .into_iter()
                .map(|((w, h), start, pinned)| LayoutNode {
                    half: [w, h],
                    start: start.map(|(x, y)| [x, y]),
                    pinned,
                })
                .collect(),
            edges: edges
                .into_iter()
                .map(|(source, target, length)| LayoutEdge { source, target, length })
                .collect(),
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn any_graph_gets_finite_positions_pins_kept_and_no_overlaps_between_free_nodes(input in arb_graph(), seed in 0u64..1000) {
        for scope in [Scope::All, Scope::Missing] {
            let laid = arrange(&input, &scope, Params::default(), seed);
            prop_assert!(laid.iter().all(|p| p[0].is_finite() && p[1].is_finite()));
            let free = layout::free_nodes(&input, &scope);
            let moving: Vec<usize> = (0..laid.len()).filter(|&i| free[i]).collect();
            let pick = |f: &dyn Fn(usize) -> f32| moving.iter().map(|&i| f(i)).collect::<Vec<_>>();
            let (x, y) = (pick(&|i| laid[i][0]), pick(&|i| laid[i][1]));
            let (hw, hh) = (pick(&|i| input.nodes[i].half[0]), pick(&|i| input.nodes[i].half[1]));
            prop_assert_eq!(count_overlaps(&x, &y, &hw, &hh, 0.0), 0);
            for (i, node) in input.nodes.iter().enumerate() {
                if !free[i] {
                    prop_assert_eq!(Some(laid[i]), node.start);
                }
            }
        }
    }
}
