//! The force layout: determinism, pins, settling, and no overlaps.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::path::Path;

use proptest::prelude::*;
use sectormap::io::load_path;
use sectormap::layout::{LayoutEdge, LayoutInput, LayoutNode, MAX_TICKS, Params, Simulation, count_overlaps};
use sectormap::model::Document;
use sectormap::scene::{self, Element, Item, Rect, View, text};

fn example(name: &str) -> Document {
    load_path(&Path::new(env!("CARGO_MANIFEST_DIR")).join("maps").join(name)).expect("example loads")
}

fn settle(doc: &Document, seed: u64) -> (Simulation, usize) {
    let measured = scene::measure_all(doc);
    let input = scene::layout_input(doc, &measured);
    let mut sim = Simulation::new(&input, Params::default(), seed);
    let ticks = sim.run_until_settled(MAX_TICKS);
    (sim, ticks)
}

fn positions(sim: &Simulation) -> Vec<[f32; 2]> {
    (0..sim.len()).map(|i| sim.position(i)).collect()
}

#[test]
fn same_seed_gives_identical_positions() {
    let doc = example("uk-evaw.json");
    let (a, _) = settle(&doc, 7);
    let (b, _) = settle(&doc, 7);
    let (c, _) = settle(&doc, 8);
    let bits = |sim: &Simulation| {
        positions(sim).iter().flat_map(|p| [p[0].to_bits(), p[1].to_bits()]).collect::<Vec<_>>()
    };
    assert_eq!(bits(&a), bits(&b));
    assert_ne!(bits(&a), bits(&c), "another seed gives another layout");
}

#[test]
fn pinned_nodes_never_move() {
    let mut doc = example("uk-evaw.json");
    let pins = [("dept-home-office", (500.0, -300.0)), ("issue-rape", (-400.0, 200.0))];
    for (id, (x, y)) in pins {
        doc.set_position(id, Some(sectormap::model::Point::new(x, y)), true).expect("pin");
    }
    let measured = scene::measure_all(&doc);
    let input = scene::layout_input(&doc, &measured);
    let mut sim = Simulation::new(&input, Params::default(), 3);
    let ids: Vec<String> = doc.nodes().map(|n| n.id.clone()).collect();
    for tick in 0..MAX_TICKS {
        if sim.is_settled() {
            break;
        }
        sim.tick();
        if tick % 50 == 0 || sim.is_settled() {
            for (id, (x, y)) in pins {
                let i = ids.iter().position(|n| n == id).expect("id");
                assert_eq!(sim.position(i), [x as f32, y as f32], "{id} moved at tick {tick}");
            }
        }
    }
    assert!(sim.is_settled());
}

#[test]
fn every_pinned_map_is_already_settled() {
    let input = LayoutInput {
        nodes: vec![
            LayoutNode { half: [50.0, 20.0], start: Some([0.0, 0.0]), pinned: true, charge: 1.0 },
            LayoutNode { half: [50.0, 20.0], start: Some([10.0, 0.0]), pinned: true, charge: 1.0 },
        ],
        edges: vec![LayoutEdge { source: 0, target: 1, length: 1.0, strength: 1.0 }],
    };
    let mut sim = Simulation::new(&input, Params::default(), 1);
    assert!(sim.is_settled());
    sim.tick();
    assert_eq!(sim.position(1), [10.0, 0.0], "pins win over overlap removal");
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
fn example_maps_settle_without_overlaps() {
    for name in ["uk-evaw.json", "multisectoral-template.json"] {
        let doc = example(name);
        for seed in [1, 2, 3] {
            let (sim, ticks) = settle(&doc, seed);
            assert!(sim.is_settled(), "{name} seed {seed}");
            assert!(ticks < 1000, "{name} took {ticks} ticks");
            let ids = doc.nodes().map(|n| n.id.clone());
            let layout: scene::Layout = ids.zip(positions(&sim)).collect();
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
            // And every label sits inside its own node's box.
            for (id, label) in &labels {
                let node = scene.node_group(id).expect("group").bounds;
                assert!(
                    node.contains(scene::Pos::new(label.x0, label.y0))
                        && node.contains(scene::Pos::new(label.x1, label.y1)),
                    "{id}"
                );
            }
        }
    }
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
                    charge: 1.0,
                })
                .collect(),
            edges: edges
                .into_iter()
                .map(|(source, target, length)| LayoutEdge { source, target, length, strength: 1.0 })
                .collect(),
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn any_graph_settles_to_finite_positions_without_overlaps_between_free_nodes(input in arb_graph(), seed in 0u64..1000) {
        let mut sim = Simulation::new(&input, Params::default(), seed);
        sim.run_until_settled(MAX_TICKS);
        prop_assert!(sim.is_settled());
        let xs = sim.xs();
        let ys = sim.ys();
        prop_assert!(xs.iter().chain(ys).all(|v| v.is_finite()));
        // Overlaps may remain only where two pinned nodes were placed on each other.
        let free: Vec<usize> = (0..sim.len()).filter(|&i| !sim.is_pinned(i)).collect();
        let pick = |v: &[f32]| free.iter().map(|&i| v[i]).collect::<Vec<_>>();
        let hw: Vec<f32> = input.nodes.iter().map(|n| n.half[0]).collect();
        let hh: Vec<f32> = input.nodes.iter().map(|n| n.half[1]).collect();
        prop_assert_eq!(count_overlaps(&pick(xs), &pick(ys), &pick(&hw), &pick(&hh), 0.0), 0);
        for (i, node) in input.nodes.iter().enumerate() {
            if let (true, Some(start)) = (node.pinned, node.start) {
                prop_assert_eq!(sim.position(i), start);
            }
        }
    }
}
