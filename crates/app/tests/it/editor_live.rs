//! A shared map edited live through a real sync server, in the editor:
//! two people (two editors, two data folders, two copies of the map)
//! connect through File > Connect to a sync server… and see each other's
//! renames within two seconds; a wrong token is told in the dialog; an
//! unshared map is shared first; File > Disconnect stops it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::{click, retype};
use crate::editor_share::{change, editor_of, person, saved_map, share};
use crate::sync_server::{Server, TOKEN};
use sectormap_app::SectormapApp;
use sectormap_core::share::Folder;

/// A copy of `map` and its shared folder in a fresh folder.
fn copy_of(map: &Path) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("evaw.json");
    std::fs::copy(map, &path).unwrap();
    let (from, to) = (Folder::beside(map).dir, Folder::beside(&path).dir);
    if from.is_dir() {
        std::fs::create_dir_all(&to).unwrap();
        for entry in std::fs::read_dir(&from).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
    (dir, path)
}

/// File > Connect to a sync server…, to `url` with `token`.
fn connect(harness: &mut Harness<'_, SectormapApp>, url: &str, token: &str) {
    click(harness, "File");
    click(harness, "Connect to a sync server…");
    retype(harness, "Server address", url);
    retype(harness, "Token", token);
    // The dialog's button is named apart from the toolbar's Connect tool.
    harness.get_by_label("Connect to the server").click();
    harness.run();
}

/// Steps `harness` (a tenth of a second apart) for up to two seconds until `done`.
fn within_two_seconds(harness: &mut Harness<'_, SectormapApp>, done: impl Fn(&SectormapApp) -> bool) -> bool {
    for _ in 0..40 {
        if done(harness.state()) {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
        harness.step();
    }
    done(harness.state())
}

fn label_of(app: &SectormapApp, id: &str) -> String {
    app.session().doc().node(id).unwrap().label.clone()
}

#[test]
fn editor_live_two_people_see_each_others_renames_through_the_server() {
    let Some(server) = Server::start_keeping(None) else { return };
    let (_dir, map) = saved_map();
    let (amina, bea) = (person("Amina"), person("Bea"));
    share(&map, amina.path());
    let (_copy, bea_map) = copy_of(&map);
    let mut a = editor_of(amina.path(), &map);
    let mut b = editor_of(bea.path(), &bea_map);
    connect(&mut a, &server.url(), TOKEN);
    connect(&mut b, &server.url(), TOKEN);
    for side in [&a, &b] {
        assert!(side.state().modal().is_none(), "connected: {:?}", side.state().status.current());
        assert_eq!(side.state().session().live_url(), Some(server.url().as_str()));
    }
    let live = format!("Live · {}", server.url());
    assert!(a.query_by_label_contains(&live).is_some(), "the status bar says so");

    change(&mut a, "dept-health", |n| n.label = "Health, live from Amina".into());
    assert!(
        within_two_seconds(&mut b, |app| label_of(app, "dept-health") == "Health, live from Amina"),
        "B sees A's rename: {}",
        server.log()
    );
    assert_eq!(b.state().session().history().undo_label(), None, "not B's undo step");
    change(&mut b, "dept-health", |n| n.label = "Health, as Bea calls it".into());
    for _ in 0..3 {
        b.step();
    }
    assert!(within_two_seconds(&mut a, |app| label_of(app, "dept-health") == "Health, as Bea calls it"));

    click(&mut b, "File");
    click(&mut b, "Disconnect from the sync server");
    assert_eq!(b.state().session().live_url(), None, "disconnected");
    assert!(b.query_by_label_contains("Live ·").is_none());
    assert_eq!(label_of(b.state(), "dept-health"), "Health, as Bea calls it", "the map is kept");
}

#[test]
fn editor_live_wrong_token_is_told_in_the_dialog_naming_the_server() {
    let Some(server) = Server::start_keeping(None) else { return };
    let (_dir, map) = saved_map();
    let amina = person("Amina");
    share(&map, amina.path());
    let mut a = editor_of(amina.path(), &map);
    connect(&mut a, &server.url(), "not-the-token");
    assert!(a.state().modal().is_some(), "the dialog stays open");
    assert!(a.query_by_label_contains(&server.url()).is_some(), "the error names the server");
    assert_eq!(a.state().session().live_url(), None);
}

#[test]
fn editor_live_an_unshared_map_is_shared_first() {
    let Some(server) = Server::start_keeping(None) else { return };
    let (_dir, map) = saved_map();
    let amina = person("Amina");
    let mut a = editor_of(amina.path(), &map);
    assert!(a.state().session().shared().is_none());
    connect(&mut a, &server.url(), TOKEN);
    assert!(a.state().session().shared().is_some(), "shared through a folder");
    assert!(Folder::beside(&map).exists());
    assert_eq!(a.state().session().live_url(), Some(server.url().as_str()));
}
