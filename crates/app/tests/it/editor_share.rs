//! A map shared through a folder, in the editor: two people (two editors,
//! two data folders) on one shared map see each other's edits as they
//! arrive; File > Share through a folder… shares a map; File > Merge
//! changes from… takes in a device file sent by email, sharing the map
//! first. The Changes panel, conflicts and undo are in
//! `editor_share_changes.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::{click, launch, retype};
use sectormap_app::{Launch, SectormapApp, Start};
use sectormap_core::edit::Edit;
use sectormap_core::editor::Session;
use sectormap_core::editor::session::Saved;
use sectormap_core::io;
use sectormap_core::model::{Node, NodeKind, Point};
use sectormap_core::pipeline::{self, DEFAULT_SEED, Scope};
use sectormap_core::share::{Device, Folder};

/// The example map, every node placed, saved as `evaw.json` in a fresh folder.
pub fn saved_map() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("evaw.json");
    let mut doc = io::load_str(io::EXAMPLE_MAP, io::EXAMPLE_NAME).unwrap();
    pipeline::place(&mut doc, &Scope::Missing, DEFAULT_SEED, &mut |_| {});
    io::save_path(&doc, &path).unwrap();
    (dir, path)
}

/// The data folder of a person called `name` (who has used Sectormap before).
pub fn person(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    Device::load_or_create(dir.path(), Some(name)).unwrap();
    dir
}

/// The editor of the person whose data folder is `data`, on `map`.
pub fn editor_of(data: &Path, map: &Path) -> Harness<'static, SectormapApp> {
    launch(Launch {
        identity_dir: Some(data.to_path_buf()),
        ..Launch::headless(Start::File(map.to_path_buf()))
    })
}

/// Shares `map` as the person whose data folder is `data` (as the command line does).
pub fn share(map: &Path, data: &Path) {
    let mut session = Session::open(map).unwrap();
    session.share(Device::load_or_create(data, None).unwrap()).unwrap();
}

/// The person whose data folder is `data` on `map`, without a window.
pub fn session_of(data: &Path, map: &Path) -> Session {
    let mut session = Session::open(map).unwrap();
    session.join(Device::load_or_create(data, None).unwrap()).unwrap();
    session
}

/// Runs frames (a quarter of a second of the editor's time each) until
/// `done`, for at most ten seconds of it; returns whether it came.
pub fn until(harness: &mut Harness<'_, SectormapApp>, done: impl Fn(&SectormapApp) -> bool) -> bool {
    for _ in 0..40 {
        if done(harness.state()) {
            harness.run();
            return true;
        }
        harness.step();
    }
    done(harness.state())
}

/// Node `id`'s label in the editor.
pub fn label(harness: &Harness<'_, SectormapApp>, id: &str) -> String {
    harness.state().session().doc().node(id).unwrap().label.clone()
}

/// Changes node `id` in the editor as one undo step.
pub fn change(harness: &mut Harness<'_, SectormapApp>, id: &str, how: impl FnOnce(&mut Node)) {
    let mut node = harness.state().session().doc().node(id).unwrap().clone();
    how(&mut node);
    harness.state_mut().work.edit(Edit::SetNode(node), "Change", None, None).unwrap();
    harness.run();
}

/// Saves with Ctrl+S.
pub fn save(harness: &mut Harness<'_, SectormapApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
}

#[test]
fn editor_share_two_people_see_each_others_edits_without_reopening() {
    let (_dir, map) = saved_map();
    let (amina, bea) = (person("Amina"), person("Bea"));
    share(&map, amina.path());
    let mut a = editor_of(amina.path(), &map);
    let mut b = editor_of(bea.path(), &map);
    assert!(a.state().session().shared().is_some() && b.state().session().shared().is_some(), "both joined");

    let mut node = Node::new("issue-from-amina", NodeKind::Issue, "Amina's issue");
    node.position = Some(Point::new(-600.0, -450.0));
    a.state_mut().work.edit(Edit::AddNode(node), "Add", None, None).unwrap();
    save(&mut a);
    assert!(a.state().modal().is_none() && !a.state().session().is_dirty(), "A saved");
    assert!(
        until(&mut b, |app| app.session().doc().node("issue-from-amina").is_some()),
        "B shows A's node without reopening"
    );
    assert!(!b.state().session().is_dirty(), "others' changes are not B's to save");
    assert_eq!(b.state().session().history().undo_label(), None, "nor an undo step");

    change(&mut b, "dept-health", |n| n.label = "Health, as Bea calls it".into());
    save(&mut b);
    assert!(b.state().modal().is_none(), "A's save of the map file is no conflict for B");
    assert!(!b.state().session().is_dirty(), "B saved");
    assert!(until(&mut a, |app| app
        .session()
        .doc()
        .node("dept-health")
        .unwrap()
        .label
        .starts_with("Health,")));
    assert!(a.state().modal().is_none(), "B's save is no conflict for A");

    for side in [&a, &b] {
        let doc = side.state().session().doc();
        assert!(doc.node("issue-from-amina").is_some());
        assert_eq!(doc.node("dept-health").unwrap().label, "Health, as Bea calls it");
    }
    assert_eq!(a.state().session().doc(), b.state().session().doc());
    let file = io::load_path(&map).unwrap();
    assert!(file.node("issue-from-amina").is_some(), "the map file has A's node");
    assert_eq!(file.node("dept-health").unwrap().label, "Health, as Bea calls it", "and B's rename");
    assert!(a.query_by_label("Shared · 2 people").is_some(), "the status line says so");
}

#[test]
fn editor_share_through_a_folder_from_the_file_menu_makes_the_folder_and_the_device_file() {
    let (_dir, map) = saved_map();
    let data = tempfile::tempdir().unwrap();
    let mut harness = editor_of(data.path(), &map);
    assert!(harness.state().session().shared().is_none());
    click(&mut harness, "File");
    click(&mut harness, "Share through a folder…");
    assert!(harness.query_by_label("Share this map through a folder").is_some());
    retype(&mut harness, "Your name", "Amina");
    click(&mut harness, "Share");
    assert!(harness.query_by_label("The map is shared").is_some(), "the folder is shown");
    let folder = Folder::beside(&map);
    assert!(harness.query_all_by_label_contains(&folder.dir.display().to_string()).next().is_some());
    click(&mut harness, "OK");
    assert!(folder.exists());
    let files = folder.device_files().unwrap();
    assert_eq!(files.len(), 1, "this device's file");
    let me = Device::load_or_create(data.path(), None).unwrap();
    assert_eq!(me.name, "Amina", "the name asked is kept");
    assert_eq!(files[0], folder.device_file(&me));
    assert!(harness.state().session().shared().is_some(), "the open map is shared now");
}

#[test]
fn editor_share_merge_changes_from_a_file_sent_by_email_shares_the_map_first() {
    let (_amina_dir, amina_map) = saved_map();
    let bea_dir = tempfile::tempdir().unwrap();
    let bea_map = bea_dir.path().join("evaw.json");
    std::fs::copy(&amina_map, &bea_map).unwrap();
    let amina = person("Amina");
    share(&amina_map, amina.path());
    let mut theirs = session_of(amina.path(), &amina_map);
    let mut node = theirs.doc().node("dept-health").unwrap().clone();
    node.label = "Health, as Amina calls it".into();
    let none = Default::default();
    theirs.apply(Edit::SetNode(node), "Rename", None, none).unwrap();
    assert_eq!(theirs.save_to(&amina_map).unwrap(), Saved::Written);
    let mail = tempfile::tempdir().unwrap();
    let sent = mail.path().join("amina.yjs");
    std::fs::copy(Folder::beside(&amina_map).device_file(theirs.shared().unwrap().device()), &sent).unwrap();

    let bea = tempfile::tempdir().unwrap();
    let mut b = editor_of(bea.path(), &bea_map);
    click(&mut b, "File");
    click(&mut b, "Merge changes from…");
    retype(&mut b, "File path", sent.to_str().unwrap());
    b.key_press(Key::Enter);
    b.run();
    assert!(b.query_by_label("Merge changes from amina.yjs").is_some(), "the preview");
    assert!(b.query_by_label("Changes by Amina.").is_some());
    assert!(b.query_by_label("± Department of Health (dept-health): Label").is_some());
    assert_eq!(label(&b, "dept-health"), "Department of Health", "nothing changed yet");
    retype(&mut b, "Your name", "Bea");
    click(&mut b, "Share and merge");
    assert!(b.state().modal().is_none());
    assert_eq!(label(&b, "dept-health"), "Health, as Amina calls it", "Amina's change arrived");
    let folder = Folder::beside(&bea_map);
    assert!(folder.exists() && folder.device_files().unwrap().len() == 1, "shared, with Bea's file");
    assert!(!b.state().session().is_dirty());
    let file = io::load_path(&bea_map).unwrap();
    assert_eq!(file.node("dept-health").unwrap().label, "Health, as Amina calls it", "and saved");
}
