//! Two editors on one file: a save never replaces a version someone else
//! wrote since the map was opened or last saved. The editor offers to
//! merge that version in (nothing of either lost), to reload it when it
//! has no unsaved changes, or to save as a new file.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::{click, editor};
use sectormap_app::app::Modal;
use sectormap_app::{SectormapApp, Start};
use sectormap_core::edit::Edit;
use sectormap_core::io;
use sectormap_core::model::{Node, NodeKind, Point};

/// The dialog's heading for the map saved as `shared.json`.
const CHANGED: &str = "shared.json changed on disk since you opened it";

/// The example map saved as `shared.json` in a fresh folder.
fn shared() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.json");
    let doc = io::load_str(io::EXAMPLE_MAP, io::EXAMPLE_NAME).unwrap();
    io::save_path(&doc, &path).unwrap();
    (dir, path)
}

/// Adds a placed node `id` as one undo step.
fn add(harness: &mut Harness<'_, SectormapApp>, id: &str) {
    let mut node = Node::new(id, NodeKind::Issue, id);
    node.position = Some(Point::new(-400.0, -300.0));
    harness.state_mut().work.edit(Edit::AddNode(node), "Add", None, None).unwrap();
    harness.run();
}

/// Saves with Ctrl+S.
fn save(harness: &mut Harness<'_, SectormapApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
}

/// The window gets the keyboard focus back.
fn refocus(harness: &mut Harness<'_, SectormapApp>) {
    harness.event(egui::Event::WindowFocused(false));
    harness.run();
    harness.event(egui::Event::WindowFocused(true));
    harness.run();
}

/// Whether the map on disk at `path` has the node `id`.
fn on_disk(path: &std::path::Path, id: &str) -> bool {
    io::load_path(path).unwrap().node(id).is_some()
}

/// Two editors, A and B, open on `shared.json`; B adds `issue-from-b` and
/// saves. Returns A, the folder and the file.
fn b_saved_under_a() -> (Harness<'static, SectormapApp>, tempfile::TempDir, std::path::PathBuf) {
    let (dir, path) = shared();
    let a = editor(Start::File(path.clone()));
    let mut b = editor(Start::File(path.clone()));
    add(&mut b, "issue-from-b");
    save(&mut b);
    assert!(!b.state().session().is_dirty(), "B saved");
    (a, dir, path)
}

#[test]
fn two_editors_on_one_file_lose_nothing_the_second_save_merges_first() {
    let (mut a, _dir, path) = b_saved_under_a();
    assert!(on_disk(&path, "issue-from-b"));

    add(&mut a, "issue-from-a");
    // And A renames a node B left alone: B's version must not undo that.
    let mut home = a.state().session().doc().node("dept-home-office").unwrap().clone();
    home.label = "Home Office as A calls it".to_owned();
    a.state_mut().work.edit(Edit::SetNode(home), "Rename", None, None).unwrap();
    save(&mut a);
    assert!(matches!(a.state().modal(), Some(Modal::ChangedOnDisk(_))), "A is asked, not saved");
    assert!(a.query_by_label(CHANGED).is_some());
    assert!(on_disk(&path, "issue-from-b") && !on_disk(&path, "issue-from-a"), "B's version stays");
    assert!(a.query_by_label("Reload their version").is_none(), "A has changes: merge, not reload");

    click(&mut a, "Merge their version into mine");
    assert!(a.state().modal().is_none());
    let doc = a.state().session().doc();
    assert!(doc.node("issue-from-a").is_some() && doc.node("issue-from-b").is_some(), "both nodes");
    assert!(a.state().session().is_dirty(), "the merge is saved only when A saves");
    assert_eq!(a.state().session().history().undo_label(), Some("Merge the version on disk"));

    save(&mut a);
    assert!(a.state().modal().is_none(), "their version is merged: the save goes ahead");
    assert!(!a.state().session().is_dirty());
    assert!(on_disk(&path, "issue-from-a") && on_disk(&path, "issue-from-b"), "the file has both");
    let saved = io::load_path(&path).unwrap();
    assert_eq!(saved.node("dept-home-office").unwrap().label, "Home Office as A calls it", "A's rename kept");
}

#[test]
fn a_clean_editor_is_offered_to_reload_when_its_window_gets_the_focus_back() {
    let (mut a, _dir, _path) = b_saved_under_a();
    refocus(&mut a);
    assert!(a.query_by_label(CHANGED).is_some(), "A notices B's save");
    assert!(a.query_by_label("Merge their version into mine").is_none());
    click(&mut a, "Reload their version");
    assert!(a.state().modal().is_none());
    assert!(a.state().session().doc().node("issue-from-b").is_some(), "A shows B's version");
    assert!(!a.state().session().is_dirty());
}

#[test]
fn a_version_left_alone_is_not_offered_again_until_it_changes_again() {
    let (_dir, path) = shared();
    let mut a = editor(Start::File(path.clone()));
    let mut b = editor(Start::File(path.clone()));
    add(&mut b, "issue-from-b");
    save(&mut b);
    refocus(&mut a);
    click(&mut a, "Cancel");
    assert!(a.state().modal().is_none());
    refocus(&mut a);
    assert!(a.state().modal().is_none(), "the same version is not offered again");
    add(&mut b, "issue-from-b-again");
    save(&mut b);
    refocus(&mut a);
    assert!(a.query_by_label(CHANGED).is_some(), "a newer version is");
}

#[test]
fn saving_as_a_new_file_keeps_both_versions() {
    let (mut a, dir, path) = b_saved_under_a();
    add(&mut a, "issue-from-a");
    save(&mut a);
    click(&mut a, "Save mine as a new file…");
    let mine = dir.path().join("mine.json");
    crate::common::retype(&mut a, "File path", mine.to_str().unwrap());
    a.key_press(Key::Enter);
    a.run();
    assert!(on_disk(&mine, "issue-from-a") && !on_disk(&mine, "issue-from-b"));
    assert!(on_disk(&path, "issue-from-b") && !on_disk(&path, "issue-from-a"));
}
