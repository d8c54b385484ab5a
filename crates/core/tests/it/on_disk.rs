//! Two editors on one file: a save never replaces a version someone else
//! wrote since the map was read; that version merges in, nothing lost.

use sectormap_core::edit::Edit;
use sectormap_core::editor::session::Saved;
use sectormap_core::editor::{Selection, Session};
use sectormap_core::io::{self, FileStamp, OnDisk, Unchanged};
use sectormap_core::model::{Document, Node, NodeKind, Point, SavedView};

/// A saved map of one placed node, in a fresh folder.
fn saved() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shared.json");
    let mut doc = Document::new();
    doc.add_node(Node::new("issue-a", NodeKind::Issue, "A")).expect("added");
    doc.set_position("issue-a", Some(Point::new(0.0, 0.0)), true).expect("placed");
    io::save_path(&doc, &path).expect("saved");
    (dir, path)
}

/// Adds a placed node `id` as one undo step.
fn add(session: &mut Session, id: &str) {
    let mut node = Node::new(id, NodeKind::Issue, id);
    node.position = Some(Point::new(100.0, 50.0));
    session
        .apply(Edit::AddNode(node), "Add", None, (Selection::default(), Selection::default()))
        .expect("edit");
}

#[test]
fn a_save_over_a_version_written_since_writes_nothing_and_the_merge_keeps_both() {
    let (_dir, path) = saved();
    let mut a = Session::open(&path).expect("A opens");
    let mut b = Session::open(&path).expect("B opens");
    add(&mut b, "issue-b");
    assert_eq!(b.save_to(&path).expect("B saves"), Saved::Written);
    add(&mut a, "issue-from-a");
    assert!(a.changed_on_disk(), "A sees B's save");
    let before = std::fs::read(&path).expect("read");
    assert_eq!(a.save_to(&path).expect("A saves"), Saved::ChangedOnDisk);
    assert_eq!(std::fs::read(&path).expect("read"), before, "B's version is untouched");
    assert!(a.is_dirty());

    let theirs = a.read_disk().expect("has a path").expect("reads");
    assert_eq!(theirs.merge.plan.added_nodes.len(), 1, "B's node comes in");
    let none = (Selection::default(), Selection::default());
    a.apply(theirs.merge.edit(), "Merge", None, none).expect("merged");
    a.adopt_disk(theirs.stamp, theirs.doc);
    assert!(!a.changed_on_disk());
    assert_eq!(a.save_to(&path).expect("A saves"), Saved::Written);
    let on_disk = io::load_path(&path).expect("loads");
    for id in ["issue-a", "issue-b", "issue-from-a"] {
        assert!(on_disk.node(id).is_some(), "{id} is in the file");
    }
}

#[test]
fn the_same_content_written_again_is_not_a_change() {
    let (_dir, path) = saved();
    let mut stamp = FileStamp::read(&path).expect("stamp");
    let text = std::fs::read(&path).expect("read");
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&path, &text).expect("written again");
    assert_eq!(stamp.check(&path), OnDisk::Same);
    std::fs::write(&path, b"{}").expect("other");
    assert_eq!(stamp.check(&path), OnDisk::Changed);
    std::fs::remove_file(&path).expect("removed");
    assert_eq!(stamp.check(&path), OnDisk::Gone);
}

#[test]
fn a_writer_guard_holds_until_the_file_changes() {
    let (dir, path) = saved();
    let guard = Unchanged::note(&path);
    assert!(guard.holds(&path));
    std::fs::write(&path, b"{}").expect("other");
    assert!(!guard.holds(&path));
    let fresh = dir.path().join("new.json");
    let guard = Unchanged::note(&fresh);
    assert!(guard.holds(&fresh), "no file then and now");
    std::fs::write(&fresh, b"{}").expect("made");
    assert!(!guard.holds(&fresh), "a file made meanwhile is someone else's");
}

/// Sets node `id`'s label as one undo step.
fn rename(session: &mut Session, id: &str, label: &str) {
    let mut node = session.doc().node(id).expect("node").clone();
    node.label = label.to_owned();
    session
        .apply(Edit::SetNode(node), "Rename", None, (Selection::default(), Selection::default()))
        .expect("edit");
}

#[test]
fn the_merge_brings_in_their_changes_alone_and_never_undoes_mine() {
    let (_dir, path) = saved();
    {
        let mut first = Session::open(&path).expect("opens");
        add(&mut first, "issue-c");
        add(&mut first, "issue-d");
        assert_eq!(first.save_to(&path).expect("saves"), Saved::Written);
    }
    let mut a = Session::open(&path).expect("A opens");
    let mut b = Session::open(&path).expect("B opens");
    rename(&mut b, "issue-c", "C as B calls it");
    add(&mut b, "issue-b");
    let view = SavedView { name: "B's view".into(), ..SavedView::default() };
    let none = (Selection::default(), Selection::default());
    b.apply(Edit::SetViews(vec![view]), "Save view", None, none).expect("view saved");
    assert_eq!(b.save_to(&path).expect("B saves"), Saved::Written);
    rename(&mut a, "issue-a", "A as A calls it");
    let none = (Selection::default(), Selection::default());
    a.apply(Edit::RemoveNode("issue-d".into()), "Delete", None, none.clone()).expect("deleted");

    let theirs = a.read_disk().expect("has a path").expect("reads");
    a.apply(theirs.merge.edit(), "Merge", None, none).expect("merged");
    let doc = a.doc();
    assert_eq!(doc.node("issue-a").expect("kept").label, "A as A calls it", "A's rename stays");
    assert_eq!(doc.node("issue-c").expect("kept").label, "C as B calls it", "B's rename comes in");
    assert!(doc.node("issue-b").is_some(), "B's node comes in");
    assert!(doc.node("issue-d").is_none(), "what A deleted and B left alone stays deleted");
    assert_eq!(
        doc.views.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(),
        ["B's view"],
        "B's view comes in"
    );
}
