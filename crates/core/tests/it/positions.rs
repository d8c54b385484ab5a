//! Positions are part of the map: saving, loading, exporting and editing
//! text never move a node; the layout places only what has no position, or
//! what the user asks to lay out again; one layout function for every front
//! end.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use crate::common::{example, placed_example, positions, svg_centres};
use sectormap_core::edit::{Edit, MergeKey};
use sectormap_core::editor::{Selection, Session};
use sectormap_core::generate::random_map;
use sectormap_core::io::{load_str, to_json};
use sectormap_core::model::{Node, NodeKind, Point};
use sectormap_core::pipeline::{self, DEFAULT_SEED, Scope};
use sectormap_core::render::{RenderOptions, to_svg};
use sectormap_core::scene::{self, Layout, View};

/// The example with every node placed, as the editor and `layout` store it.
/// Node centres as an SVG export writes them (`data-x`, `data-y`).

#[test]
fn the_same_map_and_seed_give_the_same_positions() {
    let doc = example();
    let measured = scene::measure_all(&doc);
    let run = |seed| pipeline::arrange(&doc, &measured, &Scope::All, seed, &mut |_| {});
    assert_eq!(run(3), run(3));
    assert_ne!(run(3), run(4), "another seed, another arrangement");
}

#[test]
fn editor_and_command_line_place_a_1500_node_map_identically() {
    let doc = random_map(1500, 5);
    assert!(doc.nodes().all(|n| n.position.is_none()));
    let session = Session::new(doc.clone(), None);
    let mut cli = doc;
    pipeline::place(&mut cli, &Scope::Missing, DEFAULT_SEED, &mut |_| {});
    assert_eq!(positions(session.doc()), positions(&cli));
    assert_eq!(positions(&cli).len(), cli.node_count());
    assert!(cli.node_count() > 1400);
}

#[test]
fn new_nodes_are_placed_beside_their_neighbours_and_nothing_else_moves() {
    let mut doc = placed_example();
    let before = positions(&doc);
    let mut node = Node::new("issue-fgm", NodeKind::Issue, "Female genital mutilation");
    node.position = None;
    doc.add_node(node).unwrap();
    let link = sectormap_core::model::Link::new("rel-fgm", sectormap_core::model::LinkKind::Relevant);
    doc.add_link("issue-fgm", "dept-health", link).unwrap();
    let moved = pipeline::place(&mut doc, &Scope::Missing, DEFAULT_SEED, &mut |_| {});
    assert_eq!(moved, 1, "only the new node is laid out");
    let after = positions(&doc);
    for (id, p) in &before {
        assert_eq!(after.get(id), Some(p), "{id} moved");
    }
    let (x, y) = after["issue-fgm"];
    let (hx, hy) = after["dept-health"];
    let span = before.values().map(|p| p.0).fold(f64::MIN, f64::max)
        - before.values().map(|p| p.0).fold(f64::MAX, f64::min);
    assert!(
        ((x - hx).powi(2) + (y - hy).powi(2)).sqrt() < span / 3.0,
        "placed near the department it is linked to"
    );
}

#[test]
fn relayout_never_moves_a_pinned_node_and_undo_restores_every_position() {
    let mut doc = placed_example();
    doc.set_position("dept-home-office", Some(Point::new(1234.5, -678.25)), true).unwrap();
    let mut session = Session::new(doc, None);
    let before = positions(session.doc());
    let runs = session.layout_runs();
    session.relayout(&Selection::default());
    assert_eq!(session.layout_runs(), runs + 1);
    let after = positions(session.doc());
    assert_eq!(after["dept-home-office"], (1234.5, -678.25), "a pinned node never moves");
    assert!(after.iter().filter(|(id, p)| before[*id] != **p).count() > 20, "the rest is laid out afresh");
    assert!(session.is_dirty(), "a Re-layout is a change");
    assert_eq!(session.history().undo_label(), Some("Re-layout"));
    session.undo().unwrap();
    assert_eq!(positions(session.doc()), before, "one undo step restores every position");
    session.redo().unwrap();
    assert_eq!(positions(session.doc()), after);
}

#[test]
fn tidy_moves_only_the_selected_unpinned_nodes() {
    let mut session = Session::new(placed_example(), None);
    let before = positions(session.doc());
    let chosen = Selection {
        nodes: ["issue-rape", "issue-domestic-violence", "obj-ho-crime"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect(),
        links: Default::default(),
    };
    assert!(session.tidy(&chosen));
    let after = positions(session.doc());
    for (id, p) in &before {
        if !chosen.nodes.contains(id) {
            assert_eq!(after.get(id), Some(p), "{id} was not selected and moved");
        }
    }
    assert_eq!(session.history().undo_label(), Some("Tidy selection"));
}

#[test]
fn editing_text_moves_nothing_and_does_not_run_the_layout() {
    let mut session = Session::new(placed_example(), None);
    let before = positions(session.doc());
    let runs = session.layout_runs();
    let none = (Selection::default(), Selection::default());
    let mut node = session.doc().node("dept-dft").unwrap().clone();
    node.description = "Safe travel for women and girls".into();
    session
        .apply(
            Edit::SetNode(node),
            "Edit description",
            Some(MergeKey::Node("dept-dft".into(), "description")),
            none.clone(),
        )
        .unwrap();
    let score = Some(sectormap_core::model::Score { value: 3.0, note: String::new() });
    session
        .apply(
            Edit::SetScore { node: "dept-dft".into(), year: 2007, score },
            "Score 2007",
            None,
            none.clone(),
        )
        .unwrap();
    let mut views = session.doc().views.clone();
    views[0].caption = "Every department has a part to play".into();
    session.apply(Edit::SetViews(views), "Edit caption", None, none.clone()).unwrap();
    let mut meta = session.doc().meta.clone();
    meta.subtitle.push_str(" (draft)");
    session.apply(Edit::SetMeta(meta), "Edit subtitle", None, none).unwrap();
    assert_eq!(positions(session.doc()), before, "nothing moved");
    assert_eq!(session.layout_runs(), runs, "the layout did not run");
}

#[test]
fn a_label_that_grows_moves_only_what_it_now_covers_and_undo_puts_it_back() {
    let mut doc = placed_example();
    // One node just clear of another, under it, and one far away.
    let measured = scene::measure_all(&doc);
    let ids: Vec<String> = doc.nodes().map(|n| n.id.clone()).collect();
    let half = |id: &str| measured[ids.iter().position(|i| i == id).unwrap()].half;
    let below = f64::from(half("issue-rape")[1] + half("issue-domestic-violence")[1]) + 20.0;
    doc.set_position("issue-rape", Some(Point::new(5000.0, 5000.0)), false).unwrap();
    doc.set_position("issue-domestic-violence", Some(Point::new(5000.0, 5000.0 + below)), false).unwrap();
    doc.set_position("issue-forced-marriage", Some(Point::new(5000.0, 9000.0)), false).unwrap();
    let mut session = Session::new(doc, None);
    let before = positions(session.doc());
    let mut node = session.doc().node("issue-rape").unwrap().clone();
    node.label = "Rape, sexual assault and sexual exploitation of women and girls in every setting".into();
    let none = (Selection::default(), Selection::default());
    session.apply(Edit::SetNode(node), "Rename node", None, none).unwrap();
    let after = positions(session.doc());
    assert_eq!(after["issue-rape"], before["issue-rape"], "the renamed node stays where it is");
    assert_ne!(
        after["issue-domestic-violence"], before["issue-domestic-violence"],
        "its neighbour steps aside"
    );
    let changed: Vec<&String> = after.keys().filter(|id| after[*id] != before[*id]).collect();
    assert!(changed.len() <= 4, "only what the box now covers moves: {changed:?}");
    assert_eq!(after["issue-forced-marriage"], before["issue-forced-marriage"]);
    // No two boxes overlap around the grown one.
    let measured = session.measured();
    let ids: Vec<&str> = session.doc().nodes().map(|n| n.id.as_str()).collect();
    let half = |id: &str| measured[ids.binary_search(&id).unwrap()].half;
    let (a, b) = (half("issue-rape"), half("issue-domestic-violence"));
    let (p, q) = (after["issue-rape"], after["issue-domestic-violence"]);
    let clear = (p.0 - q.0).abs() >= f64::from(a[0] + b[0]) || (p.1 - q.1).abs() >= f64::from(a[1] + b[1]);
    assert!(clear, "the neighbour no longer overlaps the grown box");
    session.undo().unwrap();
    assert_eq!(positions(session.doc()), before, "one undo puts the label and the neighbour back");
}

#[test]
fn opening_a_laid_out_map_keeps_it_as_it_is_and_clean() {
    let doc = placed_example();
    let text = to_json(&doc).unwrap();
    let session = Session::new(load_str(&text, "map.json").unwrap(), None);
    assert_eq!(positions(session.doc()), positions(&doc));
    assert_eq!(session.layout_runs(), 0, "nothing to lay out");
    assert!(!session.is_dirty());
    // The scene draws each node at its position.
    let scene = scene::build(session.doc(), &Layout::of(session.doc()), &View::default());
    let svg = to_svg(&scene, &RenderOptions::default());
    assert_eq!(svg_centres(&svg), positions(&doc));
}
