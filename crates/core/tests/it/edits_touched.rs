//! An edit redoes the work kept per node (boxes, the layout's inputs,
//! where nodes are drawn) only for the nodes it can change: after any
//! sequence of edits, what is kept is what a fresh look at the whole map
//! gives.

use sectormap_core::edit::{Edit, Placement, Touched};
use sectormap_core::editor::{Selection, Session};
use sectormap_core::model::{Link, LinkKind, Node, NodeKind, Point, Score};
use sectormap_core::scene::{Layout, measure_all};

use crate::common::placed_example;

fn none() -> (Selection, Selection) {
    (Selection::default(), Selection::default())
}

/// What the session keeps equals what it would work out afresh.
fn assert_fresh(session: &mut Session, after: &str) {
    // A glide (making room for a grown box) is run to its end.
    session.poll(1.0e9, &Selection::default());
    let (doc, measured) = session.snapshot();
    assert_eq!(*measured, measure_all(&doc), "boxes after {after}");
    assert_eq!(*session.display(), Layout::of(&doc), "drawn positions after {after}");
}

fn node(session: &Session, id: &str) -> Node {
    session.doc().node(id).unwrap().clone()
}

#[test]
fn after_any_edit_what_is_kept_per_node_is_what_the_whole_map_gives() {
    let mut session = Session::new(placed_example(), None);
    assert_fresh(&mut session, "opening");
    let mut steps: Vec<(&str, Edit)> = Vec::new();
    let mut renamed = node(&session, "dept-dft");
    renamed.label = "Department for Transport, with a label long enough to wrap onto lines".into();
    steps.push(("a longer label", Edit::SetNode(renamed)));
    let mut moved = node(&session, "issue-rape");
    moved.position = Some(Point::new(-4321.0, 987.5));
    steps.push(("a node moved by its fields", Edit::SetNode(moved)));
    let place = Placement { position: Some(Point::new(10.0, 20.0)), pinned: true };
    steps.push(("a move", Edit::Place(vec![("dept-home-office".into(), place)])));
    let score = Score { value: 6.5, note: "2026 report".into() };
    steps.push(("a score", Edit::SetScore { node: "dept-dft".into(), year: 2026, score: Some(score) }));
    let mut shorter = node(&session, "issue-domestic-violence");
    shorter.label = "DV".into();
    let link = Link::new("link-new", LinkKind::Relevant);
    let batch = Edit::Batch(vec![
        Edit::SetNode(shorter),
        Edit::AddLink { link, from: "issue-rape".into(), to: "dept-dft".into() },
    ]);
    steps.push(("a batch", batch));
    let mut added = Node::new("org-new", NodeKind::Organisation, "A new organisation");
    added.position = Some(Point::new(500.0, 500.0));
    steps.push(("a node added", Edit::AddNode(added)));
    steps.push(("a node removed", Edit::RemoveNode("org-new".into())));
    for (what, edit) in steps {
        session.apply(edit, what, None, none()).unwrap();
        assert_fresh(&mut session, what);
    }
    session.undo().unwrap();
    assert_fresh(&mut session, "undo");
}

#[test]
fn an_edit_names_the_nodes_it_can_change() {
    let placed = Placement { position: None, pinned: false };
    let edit = Edit::Batch(vec![
        Edit::Place(vec![("b".into(), placed), ("a".into(), placed)]),
        Edit::SetScore { node: "c".into(), year: 2026, score: None },
        Edit::RemoveLink("link".into()),
    ]);
    assert_eq!(edit.touched(), Touched::Nodes(["a", "b", "c"].map(String::from).into()));
    let with_new = Edit::Batch(vec![edit, Edit::RemoveNode("d".into())]);
    assert_eq!(with_new.touched(), Touched::All);
}
