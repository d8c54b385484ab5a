//! Whether an open map has unsaved changes, through long histories, saves,
//! undo and redo.

use sectormap_core::edit::{Edit, Placement};
use sectormap_core::editor::session::Saved;
use sectormap_core::editor::{Selection, Session};
use sectormap_core::model::{Document, Node, NodeKind, Point};

/// A session on a map of one placed node.
fn session() -> Session {
    let mut doc = Document::new();
    doc.add_node(Node::new("issue-a", NodeKind::Issue, "A")).expect("added");
    doc.set_position("issue-a", Some(Point::new(0.0, 0.0)), true).expect("placed");
    Session::new(doc, None)
}

/// Moves the node to `x` as one undo step.
fn move_to(session: &mut Session, x: usize) {
    let position = Some(Point::new(x as f64, 0.0));
    let edit = Edit::Place(vec![("issue-a".into(), Placement { position, pinned: true })]);
    session.apply(edit, "Move", None, (Selection::default(), Selection::default())).expect("edit");
}

fn undo_all(session: &mut Session) -> usize {
    let mut undone = 0;
    while session.undo().expect("undo").is_some() {
        undone += 1;
    }
    undone
}

#[test]
fn undoing_all_of_a_history_longer_than_kept_leaves_the_map_unsaved() {
    let mut session = session();
    assert!(!session.is_dirty());
    for x in 1..=1001 {
        move_to(&mut session, x);
    }
    assert_eq!(undo_all(&mut session), 1000);
    assert_eq!(session.doc().node("issue-a").expect("node").position, Some(Point::new(1.0, 0.0)));
    assert!(session.is_dirty(), "the first move is still applied: Close must ask to save");
    assert!(session.needs_recovery_copy(), "and the recovery copy must keep it");
}

#[test]
fn a_save_is_found_again_by_undo_and_lost_by_redo() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("map.json");
    let mut session = session();
    move_to(&mut session, 1);
    assert_eq!(session.save_to(&path).expect("saved"), Saved::Written);
    assert!(!session.is_dirty());
    move_to(&mut session, 2);
    assert!(session.is_dirty());
    session.undo().expect("undo");
    assert!(!session.is_dirty(), "save, edit, undo: clean");
    session.redo().expect("redo");
    assert!(session.is_dirty(), "save, edit, undo, redo: dirty");
}

#[test]
fn a_save_after_a_long_history_is_clean_only_where_it_was_made() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("map.json");
    let mut session = session();
    for x in 1..=1001 {
        move_to(&mut session, x);
    }
    assert_eq!(session.save_to(&path).expect("saved"), Saved::Written);
    assert_eq!(undo_all(&mut session), 1000);
    assert!(session.is_dirty(), "undone back past the save");
    while session.redo().expect("redo").is_some() {}
    assert!(!session.is_dirty(), "redone up to the save");
    // Saved at the oldest state the history can reach.
    undo_all(&mut session);
    assert_eq!(session.save_to(&path).expect("saved"), Saved::Written);
    move_to(&mut session, 5000);
    assert!(session.is_dirty());
    session.undo().expect("undo");
    assert!(!session.is_dirty(), "save, edit, undo: clean");
    session.redo().expect("redo");
    assert!(session.is_dirty(), "save, edit, undo, redo: dirty");
}
