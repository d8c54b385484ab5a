//! Positions are part of the map: saving, loading, exporting and editing
//! text never move a node; the layout places only what has no position, or
//! what the user asks to lay out again; one layout function for every front
//! end.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use sectormap::edit::{Edit, MergeKey};
use sectormap::editor::{Selection, Session};
use sectormap::generate::random_map;
use sectormap::io::{load_path, load_str, save_path, to_json};
use sectormap::model::{Document, Node, NodeKind, Point};
use sectormap::pipeline::{self, DEFAULT_SEED, Scope};
use sectormap::render::{RenderOptions, to_svg};
use sectormap::scene::{self, Layout, View};

fn example() -> Document {
    load_path(&Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/uk-evaw.json")).expect("example loads")
}

/// The example with every node placed, as the editor and `layout` store it.
fn placed_example() -> Document {
    let mut doc = example();
    pipeline::place(&mut doc, &Scope::Missing, DEFAULT_SEED, &mut |_| {});
    doc
}

fn positions(doc: &Document) -> BTreeMap<String, (f64, f64)> {
    doc.nodes().filter_map(|n| Some((n.id.clone(), n.position.map(|p| (p.x, p.y))?))).collect()
}

/// Node centres as an SVG export writes them (`data-x`, `data-y`).
fn svg_centres(svg: &str) -> BTreeMap<String, (f64, f64)> {
    let doc = roxmltree::Document::parse(svg).expect("the SVG parses");
    doc.descendants()
        .filter(|n| n.attribute("class") == Some("node"))
        .map(|n| {
            let number = |name| n.attribute(name).expect(name).parse::<f64>().expect("a number");
            (n.attribute("data-id").expect("id").to_owned(), (number("data-x"), number("data-y")))
        })
        .collect()
}

fn sectormap(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sectormap")).args(args).output().expect("sectormap runs")
}

fn temp(dir: &tempfile::TempDir, name: &str) -> PathBuf {
    dir.path().join(name)
}

#[test]
fn save_load_and_export_keep_every_position_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let doc = placed_example();
    let saved = positions(&doc);
    assert_eq!(saved.len(), doc.node_count(), "every node is placed");
    let file = temp(&dir, "map.json");
    save_path(&doc, &file).unwrap();
    let reloaded = load_path(&file).unwrap();
    assert_eq!(positions(&reloaded), saved, "the file holds the positions as they were");
    // The command line draws every node exactly where the file has it.
    let svg_path = temp(&dir, "map.svg");
    let out = sectormap(&["export", file.to_str().unwrap(), "-o", svg_path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    assert_eq!(svg_centres(&svg), saved, "SVG node centres equal the saved positions");
    // With another seed too: a seed only decides where unplaced nodes go.
    let out = sectormap(&["export", file.to_str().unwrap(), "-o", svg_path.to_str().unwrap(), "--seed", "9"]);
    assert!(out.status.success());
    assert_eq!(svg_centres(&std::fs::read_to_string(&svg_path).unwrap()), saved);
}

#[test]
fn layout_then_export_equals_export_relayout() {
    let dir = tempfile::tempdir().unwrap();
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/uk-evaw.json");
    let laid = temp(&dir, "laid.json");
    let (a, b) = (temp(&dir, "a.svg"), temp(&dir, "b.svg"));
    let out = sectormap(&["layout", map.to_str().unwrap(), "-o", laid.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        load_path(&laid).unwrap().nodes().all(|n| n.position.is_some()),
        "layout fills in every position"
    );
    assert!(sectormap(&["export", laid.to_str().unwrap(), "-o", a.to_str().unwrap()]).status.success());
    let relayout = ["export", map.to_str().unwrap(), "-o", b.to_str().unwrap(), "--relayout"];
    assert!(sectormap(&relayout).status.success());
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap(), "byte-identical pictures");
    // --relayout on a laid-out map lays it out afresh: the same picture again.
    let again = ["export", laid.to_str().unwrap(), "-o", b.to_str().unwrap(), "--relayout"];
    assert!(sectormap(&again).status.success());
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
}

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
    let link = sectormap::model::Link::new("rel-fgm", sectormap::model::LinkKind::Relevant);
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
    let score = Some(sectormap::model::Score { value: 3.0, note: String::new() });
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

#[test]
fn the_layout_does_not_depend_on_the_number_of_threads() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("big.json");
    save_path(&random_map(3000, 4), &map).unwrap();
    let run = |threads: &str, out: &Path| {
        let status = Command::new(env!("CARGO_BIN_EXE_sectormap"))
            .args(["layout", map.to_str().unwrap(), "-o", out.to_str().unwrap()])
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap();
        assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
        std::fs::read(out).unwrap()
    };
    let one = run("1", &temp(&dir, "one.json"));
    let four = run("4", &temp(&dir, "four.json"));
    assert!(one == four, "one thread and four give different positions");
}
