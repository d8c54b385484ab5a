//! The editor's session on a shared map, live through a real sync server:
//! two people (two copies of the map in two folders, two devices) connected
//! to one document see each other's edits within a second; a wrong token
//! is refused, naming the server; disconnecting keeps the map.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use sectormap_core::edit::Edit;
use sectormap_core::editor::{Selection, Session};
use sectormap_core::io;
use sectormap_core::share::{Device, Folder};

use crate::common::placed_example;
use crate::sync_server::{Server, TOKEN};

/// Amina's map, shared, in a fresh folder; and Bea's copy of that folder.
fn two_copies() -> (tempfile::TempDir, PathBuf, tempfile::TempDir, PathBuf) {
    let a_dir = tempfile::tempdir().expect("dir");
    let a_path = a_dir.path().join("evaw.json");
    io::save_path(&placed_example(), &a_path).expect("saved");
    let mut a = Session::open(&a_path).expect("A opens");
    a.share(Device::fresh("Amina")).expect("A shares");
    let b_dir = tempfile::tempdir().expect("dir");
    let b_path = b_dir.path().join("evaw.json");
    std::fs::copy(&a_path, &b_path).expect("map copied");
    let (from, to) = (Folder::beside(&a_path).dir, Folder::beside(&b_path).dir);
    std::fs::create_dir_all(&to).expect("folder");
    for entry in std::fs::read_dir(&from).expect("shared folder") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), to.join(entry.file_name())).expect("file copied");
    }
    (a_dir, a_path, b_dir, b_path)
}

fn person(path: &Path, name: &str) -> Session {
    let mut session = Session::open(path).expect("opens");
    session.join(Device::fresh(name)).expect("joins");
    session
}

fn rename(session: &mut Session, id: &str, label: &str) {
    let mut node = session.doc().node(id).expect("node").clone();
    node.label = label.to_owned();
    let none = (Selection::default(), Selection::default());
    session.apply(Edit::SetNode(node), "Rename", None, none).expect("edit");
}

/// Exchanges on `session` until node `id` is labelled `label`, for at most a second.
fn sees(session: &mut Session, id: &str, label: &str) -> bool {
    let until = Instant::now() + Duration::from_secs(1);
    loop {
        session.exchange_live().expect("exchange");
        if session.doc().node(id).expect("node").label == label {
            return true;
        }
        if Instant::now() > until {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn live_two_sessions_see_each_others_edits_within_a_second() {
    let Some(server) = Server::start() else { return };
    let (_a_dir, a_path, _b_dir, b_path) = two_copies();
    let mut a = person(&a_path, "Amina");
    let mut b = person(&b_path, "Bea");
    a.connect(&server.url(), "evaw", TOKEN).expect("A connects");
    b.connect(&server.url(), "evaw", TOKEN).expect("B connects");
    assert_eq!(a.live_url(), Some(server.url().as_str()));
    let id = a.doc().nodes().next().expect("a node").id.clone();

    rename(&mut a, &id, "Renamed by Amina");
    a.exchange_live().expect("A sends");
    assert!(sees(&mut b, &id, "Renamed by Amina"), "B sees A's edit: {}", server.log());

    rename(&mut b, &id, "Renamed back by Bea");
    b.exchange_live().expect("B sends");
    assert!(sees(&mut a, &id, "Renamed back by Bea"), "A sees B's edit: {}", server.log());
    assert!(a.shared_mut().expect("shared").take_arrived().is_some(), "the arrival is told");

    b.disconnect().expect("B disconnects");
    assert_eq!(b.live_url(), None);
    assert_eq!(label(&b, &id), "Renamed back by Bea", "the map is kept");
}

#[test]
fn live_wrong_token_is_refused_naming_the_server() {
    let Some(server) = Server::start() else { return };
    let (_a_dir, a_path, _b_dir, _b_path) = two_copies();
    let mut a = person(&a_path, "Amina");
    let before = a.doc().clone();
    let err = a.connect(&server.url(), "evaw", "not-the-token").expect_err("refused").to_string();
    assert!(err.contains(&server.url()), "{err}");
    assert_eq!(a.live_url(), None);
    assert_eq!(*a.doc(), before, "nothing lost");
}

#[test]
fn live_lost_server_drops_the_connection_and_keeps_the_edits() {
    let Some(server) = Server::start() else { return };
    let (_a_dir, a_path, _b_dir, _b_path) = two_copies();
    let mut a = person(&a_path, "Amina");
    a.connect(&server.url(), "evaw", TOKEN).expect("A connects");
    let url = server.url();
    drop(server);
    let id = a.doc().nodes().next().expect("a node").id.clone();
    rename(&mut a, &id, "Made offline");
    let until = Instant::now() + Duration::from_secs(2);
    let err = loop {
        match a.exchange_live() {
            Err(err) => break err.to_string(),
            Ok(_) if Instant::now() < until => std::thread::sleep(Duration::from_millis(20)),
            Ok(_) => panic!("the lost server is not noticed"),
        }
    };
    assert!(err.contains(&url), "{err}");
    assert_eq!(a.live_url(), None);
    assert_eq!(label(&a, &id), "Made offline");
}

fn label(session: &Session, id: &str) -> String {
    session.doc().node(id).expect("node").label.clone()
}
