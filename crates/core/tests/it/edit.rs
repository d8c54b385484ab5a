//! Edit commands and their inverses, and the undo history.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use proptest::prelude::*;
use sectormap_core::edit::{Edit, History, MergeKey, Placement, Step};
use sectormap_core::io::load_path;
use sectormap_core::model::{Document, Link, LinkKind, MapMeta, Node, NodeKind, Point, Score};

fn example() -> Document {
    load_path(&crate::common::root().join("maps/uk-evaw.json")).expect("example")
}

/// Applies `edit`, then its inverse, and checks the document is as before.
fn round_trip(edit: Edit) {
    let original = example();
    let mut doc = original.clone();
    let inverse = edit.clone().apply(&mut doc).expect("edit applies");
    assert_ne!(doc, original, "{edit:?} changed nothing");
    let again = inverse.apply(&mut doc).expect("inverse applies");
    assert_eq!(doc, original, "undoing {edit:?} did not restore the map");
    // The inverse of the inverse redoes the edit.
    again.apply(&mut doc).expect("redo applies");
    let mut expected = original.clone();
    edit.apply(&mut expected).expect("edit applies");
    assert_eq!(doc, expected);
}

#[test]
fn every_edit_is_undone_by_its_inverse() {
    let doc = example();
    let mut dept = doc.node("dept-dfes").expect("dfes").clone();
    dept.department.scores.insert(2007, Score { value: 3.5, note: "typed".into() });
    dept.label = "Department for Education".into();
    let (link, _, _) = doc.link("rel-rape-dft-safe").expect("link");
    let mut link = link.clone();
    link.recognised = sectormap_core::model::Recognised::Yes;
    link.strength = 3;
    let edits = vec![
        Edit::AddNode(Node::new("issue-fgm", NodeKind::Issue, "Female genital mutilation")),
        Edit::RemoveNode("dept-cps".into()),
        Edit::AddLink {
            link: Link::new("new-link", LinkKind::Relevant),
            from: "issue-rape".into(),
            to: "obj-dwp-work".into(),
        },
        Edit::RemoveLink("pursues-dft-safe".into()),
        Edit::SetNode(dept),
        Edit::SetLink(link),
        Edit::SetMeta(MapMeta { title: "New title".into(), ..MapMeta::default() }),
        Edit::Place(vec![(
            "issue-rape".into(),
            Placement { position: Some(Point::new(10.0, 20.0)), pinned: true },
        )]),
        Edit::Batch(vec![Edit::RemoveNode("issue-rape".into()), Edit::RemoveNode("dept-dft".into())]),
    ];
    for edit in edits {
        round_trip(edit);
    }
}

#[test]
fn a_failing_batch_changes_nothing() {
    let original = example();
    let mut doc = original.clone();
    let edit = Edit::Batch(vec![
        Edit::RemoveNode("issue-rape".into()),
        Edit::AddNode(Node::new("x", NodeKind::Issue, "X")),
        Edit::RemoveNode("no-such-node".into()),
    ]);
    assert!(edit.apply(&mut doc).is_err());
    assert_eq!(doc, original);
}

#[test]
fn typing_in_one_field_is_one_step() {
    let original = example();
    let mut doc = original.clone();
    let mut history = History::new();
    for label in ["H", "Ho", "Hom", "Home"] {
        let mut node = doc.node("dept-home-office").expect("node").clone();
        node.label = label.into();
        history
            .apply(
                &mut doc,
                Edit::SetNode(node),
                "Edit label",
                Some(MergeKey::Node("dept-home-office".into(), "label")),
                ((), ()),
            )
            .expect("edit");
    }
    history.seal();
    let mut node = doc.node("dept-home-office").expect("node").clone();
    node.label = "Home!".into();
    history
        .apply(
            &mut doc,
            Edit::SetNode(node),
            "Edit label",
            Some(MergeKey::Node("dept-home-office".into(), "label")),
            ((), ()),
        )
        .expect("edit");
    assert_eq!(history.undo(&mut doc).expect("undo").map(|s| s.label), Some("Edit label".into()));
    assert_eq!(doc.node("dept-home-office").expect("node").label, "Home");
    history.undo(&mut doc).expect("undo");
    assert_eq!(doc, original);
    assert_eq!(history.undo(&mut doc).expect("undo"), None::<Step<()>>);
    history.redo(&mut doc).expect("redo");
    assert_eq!(doc.node("dept-home-office").expect("node").label, "Home");
}

#[test]
fn state_ids_track_unsaved_changes() {
    let mut doc = example();
    let mut history = History::new();
    let saved = history.state();
    history
        .apply(&mut doc, Edit::RemoveLink("pursues-dft-safe".into()), "Delete link", None, ((), ()))
        .expect("edit");
    assert_ne!(history.state(), saved);
    history.undo(&mut doc).expect("undo");
    assert_eq!(history.state(), saved, "undoing back to the saved state is clean");
    history.redo(&mut doc).expect("redo");
    let after = history.state();
    assert_ne!(after, saved);
    // Typing after a save makes the map dirty again even inside one merged step.
    let mut node = doc.node("issue-rape").expect("node").clone();
    node.label = "R".into();
    history
        .apply(&mut doc, Edit::SetNode(node.clone()), "Edit label", Some(MergeKey::Meta("k")), ((), ()))
        .expect("edit");
    let mid = history.state();
    node.label = "Ra".into();
    history
        .apply(&mut doc, Edit::SetNode(node), "Edit label", Some(MergeKey::Meta("k")), ((), ()))
        .expect("edit");
    assert_ne!(history.state(), mid);
}

#[derive(Clone, Debug)]
enum Op {
    AddIssue(u8),
    RemoveNode(usize),
    Connect(usize, usize),
    RemoveLink(usize),
    Rename(usize, String),
    Pin(usize, i16, i16),
    Undo,
    Redo,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0u8..20).prop_map(Op::AddIssue),
        (0usize..100).prop_map(Op::RemoveNode),
        (0usize..100, 0usize..100).prop_map(|(a, b)| Op::Connect(a, b)),
        (0usize..200).prop_map(Op::RemoveLink),
        (0usize..100, "[a-z ]{0,8}").prop_map(|(i, s)| Op::Rename(i, s)),
        (0usize..100, any::<i16>(), any::<i16>()).prop_map(|(i, x, y)| Op::Pin(i, x, y)),
        Just(Op::Undo),
        Just(Op::Redo),
    ]
}

fn nth_node(doc: &Document, i: usize) -> Option<Node> {
    let n = doc.node_count();
    (n > 0).then(|| doc.nodes().nth(i % n).cloned()).flatten()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn undoing_everything_restores_the_original(ops in prop::collection::vec(op(), 1..40)) {
        let original = example();
        let mut doc = original.clone();
        let mut history = History::new();
        for op in ops {
            let edit = match op {
                Op::AddIssue(k) => Some(Edit::AddNode(Node::new(format!("new-{k}"), NodeKind::Issue, "New"))),
                Op::RemoveNode(i) => nth_node(&doc, i).map(|n| Edit::RemoveNode(n.id)),
                Op::Connect(a, b) => match (nth_node(&doc, a), nth_node(&doc, b)) {
                    (Some(a), Some(b)) => {
                        let kind = LinkKind::allowed_between(a.kind, b.kind)[0];
                        Some(Edit::AddLink { link: Link::new(doc.fresh_id("link"), kind), from: a.id, to: b.id })
                    }
                    _ => None,
                },
                Op::RemoveLink(i) => {
                    let n = doc.link_count();
                    (n > 0).then(|| doc.links().nth(i % n).map(|(l, _, _)| Edit::RemoveLink(l.id.clone()))).flatten()
                }
                Op::Rename(i, label) => nth_node(&doc, i).map(|mut n| { n.label = label; Edit::SetNode(n) }),
                Op::Pin(i, x, y) => nth_node(&doc, i).map(|n| Edit::Place(vec![(n.id, Placement { position: Some(Point::new(f64::from(x), f64::from(y))), pinned: true })])),
                Op::Undo => { history.undo(&mut doc).expect("undo"); None }
                Op::Redo => { history.redo(&mut doc).expect("redo"); None }
            };
            if let Some(edit) = edit {
                // Refused edits (a used id...) must leave the document alone.
                let before = doc.clone();
                if history.apply(&mut doc, edit, "step", None, ((), ())).is_err() {
                    prop_assert_eq!(&doc, &before);
                }
            }
        }
        while history.redo(&mut doc).expect("redo").is_some() {}
        let end = doc.clone();
        while history.undo(&mut doc).expect("undo").is_some() {}
        prop_assert_eq!(&doc, &original);
        while history.redo(&mut doc).expect("redo").is_some() {}
        prop_assert_eq!(&doc, &end);
    }
}

/// A map of one placed node, and an edit moving it to `x`.
fn one_node() -> Document {
    let mut doc = Document::new();
    doc.add_node(Node::new("issue-a", NodeKind::Issue, "A")).expect("added");
    doc.set_position("issue-a", Some(Point::new(0.0, 0.0)), true).expect("placed");
    doc
}

fn move_to(x: usize) -> Edit {
    let position = Some(Point::new(x as f64, 0.0));
    Edit::Place(vec![("issue-a".into(), Placement { position, pinned: true })])
}

#[test]
fn undoing_every_kept_step_of_a_long_history_is_not_the_saved_state() {
    // More steps than the history keeps: the oldest is forgotten, and still
    // applied, so undoing all that is left is not the map as first saved.
    let mut doc = one_node();
    let mut history = History::new();
    let saved = history.state();
    for x in 1..=1001 {
        history.apply(&mut doc, move_to(x), "Move", None, ((), ())).expect("edit");
    }
    let mut undone = 0;
    while history.undo(&mut doc).expect("undo").is_some() {
        undone += 1;
    }
    assert_eq!(undone, 1000, "the history keeps 1,000 steps");
    assert_eq!(doc.node("issue-a").expect("node").position, Some(Point::new(1.0, 0.0)));
    assert_ne!(history.state(), saved, "step 1 is still applied: the map has unsaved changes");
    // Redoing and undoing again keeps telling the states apart.
    history.redo(&mut doc).expect("redo");
    let one = history.state();
    assert_ne!(one, saved);
    history.undo(&mut doc).expect("undo");
    assert_ne!(history.state(), saved);
    assert_ne!(history.state(), one);
}

#[test]
fn a_save_after_the_oldest_step_was_forgotten_is_found_again_by_undo() {
    let mut doc = one_node();
    let mut history = History::new();
    for x in 1..=1001 {
        history.apply(&mut doc, move_to(x), "Move", None, ((), ())).expect("edit");
    }
    // Saved here; every step since is undone again.
    while history.undo(&mut doc).expect("undo").is_some() {}
    let saved = history.state();
    history.apply(&mut doc, move_to(5000), "Move", None, ((), ())).expect("edit");
    assert_ne!(history.state(), saved);
    history.undo(&mut doc).expect("undo");
    assert_eq!(history.state(), saved, "save, edit, undo: clean");
    history.redo(&mut doc).expect("redo");
    assert_ne!(history.state(), saved, "save, edit, undo, redo: dirty");
}

#[test]
fn save_edit_undo_is_clean_and_redo_dirty_again() {
    let mut doc = one_node();
    let mut history = History::new();
    for x in 1..=3 {
        history.apply(&mut doc, move_to(x), "Move", None, ((), ())).expect("edit");
    }
    let saved = history.state();
    history.apply(&mut doc, move_to(4), "Move", None, ((), ())).expect("edit");
    assert_ne!(history.state(), saved);
    history.undo(&mut doc).expect("undo");
    assert_eq!(history.state(), saved, "save, edit, undo: clean");
    history.redo(&mut doc).expect("redo");
    assert_ne!(history.state(), saved, "save, edit, undo, redo: dirty");
}

#[test]
fn edits_cannot_put_a_node_beyond_the_map() {
    let original = one_node();
    let mut doc = original.clone();
    let bad = [
        Point::new(1e308, 0.0),
        Point::new(0.0, -2e7),
        Point::new(f64::NAN, 0.0),
        Point::new(0.0, f64::INFINITY),
    ];
    for point in bad {
        let place = |position| Edit::Place(vec![("issue-a".into(), Placement { position, pinned: true })]);
        let err = place(Some(point)).apply(&mut doc).expect_err("moving off the map is refused");
        assert!(err.to_string().contains("\"issue-a\""), "the node is named: {err}");
        let err = Edit::Batch(vec![place(Some(Point::new(5.0, 5.0))), place(Some(point))])
            .apply(&mut doc)
            .expect_err("a batch with one bad move is refused");
        assert!(err.to_string().contains("position"), "{err}");
        let mut node = Node::new("issue-b", NodeKind::Issue, "B");
        node.position = Some(point);
        assert!(Edit::AddNode(node).apply(&mut doc).is_err(), "{point:?} added");
        let mut node = doc.node("issue-a").expect("node").clone();
        node.position = Some(point);
        assert!(Edit::SetNode(node).apply(&mut doc).is_err(), "{point:?} set");
        assert_eq!(doc, original, "nothing changed");
    }
    // The edge of the map is on it.
    let edge = Some(Point::new(1e7, -1e7));
    Edit::Place(vec![("issue-a".into(), Placement { position: edge, pinned: true })])
        .apply(&mut doc)
        .expect("the edge is on the map");
    // What the layout or a drag gives is kept on the map.
    assert_eq!(Point::from_layout([3e7, -3e7]), Point::new(1e7, -1e7));
}
