//! The editor's session on a shared map: edits recorded as they are made,
//! others' changes merged in as they arrive (not as undo steps), saves
//! through the replica, and undo taking back only one's own changes.

use std::path::{Path, PathBuf};

use sectormap_core::edit::Edit;
use sectormap_core::editor::session::{Saved, UndoError};
use sectormap_core::editor::{Selection, Session};
use sectormap_core::io;
use sectormap_core::model::{Link, LinkKind, Node, NodeKind, Point};
use sectormap_core::share::{Device, Folder};

use crate::common::placed_example;

/// The example map, placed, saved in a fresh folder.
fn saved_map() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("evaw.json");
    io::save_path(&placed_example(), &path).expect("saved");
    (dir, path)
}

/// Amina shares the map; Bea opens it and joins.
fn two_people(path: &Path) -> (Session, Session) {
    let mut a = Session::open(path).expect("A opens");
    a.share(Device::fresh("Amina")).expect("A shares");
    let mut b = Session::open(path).expect("B opens");
    b.join(Device::fresh("Bea")).expect("B joins");
    (a, b)
}

fn none() -> (Selection, Selection) {
    (Selection::default(), Selection::default())
}

/// Changes node `id` as one undo step.
fn change(session: &mut Session, id: &str, how: impl FnOnce(&mut Node)) {
    let mut node = session.doc().node(id).expect("node").clone();
    how(&mut node);
    session.apply(Edit::SetNode(node), "Change", None, none()).expect("edit");
}

fn label(session: &Session, id: &str) -> String {
    session.doc().node(id).expect("node").label.clone()
}

#[test]
fn share_and_join_make_one_shared_map_with_two_device_files() {
    let (_dir, path) = saved_map();
    let (a, b) = two_people(&path);
    assert!(Folder::beside(&path).exists());
    assert_eq!(a.doc(), b.doc(), "both show the same map");
    assert_eq!(Folder::beside(&path).device_files().expect("files").len(), 1, "B has not saved yet");
    assert!(!b.is_dirty(), "joining changes nothing to save");
    assert_eq!(b.shared().expect("shared").devices(), 2, "B counts itself before its first save");
}

#[test]
fn share_undo_takes_back_only_my_own_change_when_others_changed_the_node_since() {
    let (_dir, path) = saved_map();
    let (mut a, mut b) = two_people(&path);
    let original = label(&a, "dept-dft");
    change(&mut a, "dept-dft", |n| n.label = "DfT, as Amina calls it".into());

    change(&mut b, "dept-dft", |n| n.description = "Bea wrote this.".into());
    change(&mut b, "dept-health", |n| n.label = "Health, as Bea calls it".into());
    assert_eq!(b.save_to(&path).expect("B saves"), Saved::Written);

    assert!(a.pull_shared().expect("A pulls"), "Bea's changes arrive");
    assert_eq!(label(&a, "dept-health"), "Health, as Bea calls it");
    assert_eq!(a.doc().node("dept-dft").unwrap().description, "Bea wrote this.");
    assert_eq!(label(&a, "dept-dft"), "DfT, as Amina calls it", "A's unsaved edit stays");
    assert_eq!(a.history().undo_label(), Some("Change"), "the arrival is no undo step");
    let arrived = a.shared_mut().expect("shared").take_arrived().expect("arrived");
    assert_eq!(arrived.from, vec!["Bea".to_owned()]);

    a.undo().expect("A undoes").expect("a step");
    assert_eq!(label(&a, "dept-dft"), original, "A's label goes back");
    assert_eq!(a.doc().node("dept-dft").unwrap().description, "Bea wrote this.", "B's description stays");
    assert_eq!(label(&a, "dept-health"), "Health, as Bea calls it", "B's other change stays");

    a.redo().expect("A redoes").expect("a step");
    assert_eq!(label(&a, "dept-dft"), "DfT, as Amina calls it");
    assert_eq!(a.doc().node("dept-dft").unwrap().description, "Bea wrote this.");
}

#[test]
fn share_undo_is_refused_rather_than_lose_what_others_built_on_my_step() {
    let (_dir, path) = saved_map();
    let (mut a, mut b) = two_people(&path);
    let mut node = Node::new("issue-new", NodeKind::Issue, "New issue");
    node.position = Some(Point::new(-500.0, -400.0));
    a.apply(Edit::AddNode(node), "Add", None, none()).expect("added");
    assert_eq!(a.save_to(&path).expect("A saves"), Saved::Written);
    assert!(b.pull_shared().expect("B pulls"));
    let link = Link::new("link-bea", LinkKind::Related);
    let edit = Edit::AddLink { link, from: "issue-new".into(), to: "dept-dft".into() };
    b.apply(edit, "Link", None, none()).expect("linked");
    assert_eq!(b.save_to(&path).expect("B saves"), Saved::Written);
    assert!(a.pull_shared().expect("A pulls"));
    let before = a.doc().clone();
    assert!(matches!(a.undo(), Err(UndoError::Others(_))), "undoing the node would drop Bea's link");
    assert_eq!(*a.doc(), before, "nothing changed");
    assert_eq!(a.history().undo_label(), Some("Add"), "the step is still there");
}

#[test]
fn share_saves_write_the_merged_map_and_a_file_another_device_wrote_is_no_conflict() {
    let (_dir, path) = saved_map();
    let (mut a, mut b) = two_people(&path);
    change(&mut a, "dept-dft", |n| n.label = "DfT (Amina)".into());
    assert_eq!(a.save_to(&path).expect("A saves"), Saved::Written);
    change(&mut b, "dept-health", |n| n.label = "Health (Bea)".into());
    assert!(!b.changed_on_disk(), "A's save is taken as read once A's file is merged");
    assert_eq!(b.save_to(&path).expect("B saves"), Saved::Written);
    let file = io::load_path(&path).expect("loads");
    assert_eq!(file.node("dept-dft").unwrap().label, "DfT (Amina)");
    assert_eq!(file.node("dept-health").unwrap().label, "Health (Bea)");
    assert!(!a.changed_on_disk(), "looking at the file merged B's changes first");
    a.pull_shared().expect("A pulls");
    assert_eq!(a.doc(), b.doc(), "both end with both edits");
    assert_eq!(Folder::beside(&path).device_files().expect("files").len(), 2);
}

#[test]
fn share_a_map_file_edited_by_hand_is_still_never_overwritten_silently() {
    let (_dir, path) = saved_map();
    let (mut a, _b) = two_people(&path);
    let mut doc = io::load_path(&path).expect("loads");
    let mut node = doc.node("dept-dft").expect("node").clone();
    node.label = "Edited by hand".into();
    doc.replace_node(node).expect("replaced");
    io::save_path(&doc, &path).expect("saved by hand");
    change(&mut a, "dept-health", |n| n.label = "Health (Amina)".into());
    assert_eq!(a.save_to(&path).expect("A saves"), Saved::ChangedOnDisk);
    assert_eq!(io::load_path(&path).unwrap().node("dept-dft").unwrap().label, "Edited by hand");
}

#[test]
fn share_typing_is_recorded_once_the_field_is_left_and_the_outbox_holds_it() {
    let (_dir, path) = saved_map();
    let (mut a, _b) = two_people(&path);
    assert!(!a.take_outbox().is_empty(), "sharing recorded the map");
    let key = sectormap_core::edit::MergeKey::Node("dept-dft".into(), "label");
    for label in ["D", "Df", "DfT"] {
        let mut node = a.doc().node("dept-dft").unwrap().clone();
        node.label = label.into();
        a.apply(Edit::SetNode(node), "Rename", Some(key.clone()), none()).expect("typed");
    }
    let log = |a: &Session| a.shared().expect("shared").replica().log().len();
    let before = log(&a);
    a.seal();
    assert_eq!(log(&a), before + 1, "one record for the whole run of typing");
    assert!(!a.take_outbox().is_empty());
}

#[test]
fn share_merging_a_device_file_sent_by_email_shows_and_brings_their_changes() {
    let (_dir, path) = saved_map();
    let (mut a, mut b) = two_people(&path);
    change(&mut b, "dept-health", |n| n.label = "Health (Bea, by email)".into());
    assert_eq!(b.save_to(&path).expect("B saves"), Saved::Written);
    let mail = tempfile::tempdir().expect("dir");
    let theirs = Folder::beside(&path).device_file(b.shared().expect("shared").device());
    let sent = mail.path().join("bea.yjs");
    std::fs::copy(&theirs, &sent).expect("copied");
    std::fs::remove_file(&theirs).expect("not in the folder");
    let preview = a.preview_changes(&sent).expect("preview");
    assert_eq!(preview.changed.len(), 1, "{preview:?}");
    assert_eq!(preview.changed[0].id, "dept-health");
    assert_eq!(preview.changed[0].fields, vec!["label".to_owned()]);
    assert_eq!(preview.from, vec!["Bea".to_owned()]);
    assert_eq!(label(&a, "dept-health"), "Department of Health", "a preview changes nothing");
    let arrived = a.merge_changes(&sent).expect("merged");
    assert_eq!(arrived.from, vec!["Bea".to_owned()]);
    assert_eq!(label(&a, "dept-health"), "Health (Bea, by email)");
    assert!(a.is_dirty(), "saved when A saves");
}

#[test]
fn share_a_node_deleted_while_someone_changed_it_comes_back_and_says_who_did_what() {
    let (_dir, path) = saved_map();
    let (mut a, mut b) = two_people(&path);
    a.apply(Edit::RemoveNode("issue-sexual-harassment".into()), "Delete", None, none()).expect("deleted");
    assert_eq!(a.save_to(&path).expect("A saves"), Saved::Written);
    change(&mut b, "issue-sexual-harassment", |n| n.label = "Harassment, as Bea calls it".into());
    assert_eq!(b.save_to(&path).expect("B saves"), Saved::Written);
    a.pull_shared().expect("A pulls");
    assert_eq!(label(&a, "issue-sexual-harassment"), "Harassment, as Bea calls it", "kept, with B's change");
    let revived = a.shared().expect("shared").revived(a.doc());
    assert_eq!(revived.len(), 1, "{revived:?}");
    assert_eq!((revived[0].kind, revived[0].id.as_str()), ("node", "issue-sexual-harassment"));
    assert_eq!((revived[0].deleted_by.as_str(), revived[0].changed_by.as_str()), ("Amina", "Bea"));
}
