//! A coalition working on one map from the command line: `share`, `sync`
//! through a folder, by email (`--from`) and through a real sync server,
//! and writers (`import --into`) recording their changes in a shared map.
//! Two data folders are two people.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sectormap_core::io::{self, load_path};

use crate::common::BIN;

/// Runs `sectormap` as the person whose data folder is `who`.
fn run_as(who: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("SECTORMAP_DATA_DIR", who)
        .env_remove("SECTORMAP_SYNC_TOKEN")
        .output()
        .expect("sectormap runs")
}

#[track_caller]
fn ok(output: &Output) -> String {
    assert!(output.status.success(), "failed: {}", String::from_utf8_lossy(&output.stderr));
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

/// A folder with the example map in it.
fn folder() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("map.json");
    std::fs::write(&map, io::EXAMPLE_MAP).unwrap();
    (dir, map)
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// A CSV of one element with `label`.
fn element(dir: &Path, name: &str, label: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("Label,Type\n{label},organisation\n")).unwrap();
    path
}

fn labels(map: &Path) -> Vec<String> {
    load_path(map).unwrap().nodes().map(|n| n.label.clone()).collect()
}

#[test]
fn two_processes_writing_one_shared_map_at_once_both_keep_their_changes() {
    let (dir, map) = folder();
    let (amina, bea) = (dir.path().join("amina"), dir.path().join("bea"));
    let said = ok(&run_as(&amina, &["share", s(&map), "--name", "Amina"]));
    assert!(said.contains("is now shared"), "{said}");
    assert!(dir.path().join("map.json.shared").is_dir());
    ok(&run_as(&bea, &["sync", s(&map), "--name", "Bea"]));
    let (a_csv, b_csv) =
        (element(dir.path(), "a.csv", "Rape Crisis"), element(dir.path(), "b.csv", "Unison"));
    let spawn = |who: &Path, csv: &Path| {
        Command::new(BIN)
            .args(["import", s(csv), "--into", s(&map), "-o", s(&map)])
            .env("SECTORMAP_DATA_DIR", who)
            .output()
    };
    let (a, b) = std::thread::scope(|scope| {
        let a = scope.spawn(|| spawn(&amina, &a_csv));
        let b = scope.spawn(|| spawn(&bea, &b_csv));
        (a.join().unwrap().unwrap(), b.join().unwrap().unwrap())
    });
    ok(&a);
    ok(&b);
    // Whichever wrote the map last may not have had the other's node yet; a
    // sync by either brings both.
    let said = ok(&run_as(&amina, &["sync", s(&map)]));
    let names = labels(&map);
    assert!(
        names.iter().any(|l| l == "Rape Crisis") && names.iter().any(|l| l == "Unison"),
        "{names:?}\n{said}"
    );
    ok(&run_as(&bea, &["sync", s(&map)]));
    assert_eq!(labels(&map), names, "both devices agree");
    let files = std::fs::read_dir(dir.path().join("map.json.shared")).unwrap().count();
    assert_eq!(files, 3, "one file per device and the README");
}

#[test]
fn a_map_edited_outside_sectormap_is_not_overwritten_unless_its_edits_are_taken() {
    let (dir, map) = folder();
    let amina = dir.path().join("amina");
    ok(&run_as(&amina, &["share", s(&map)]));
    let mut doc = load_path(&map).unwrap();
    let mut node = doc.node("dept-dft").unwrap().clone();
    node.label = "Transport, edited by hand".to_owned();
    sectormap_core::edit::Edit::SetNode(node).apply(&mut doc).unwrap();
    io::save_path(&doc, &map).unwrap();
    let refused = run_as(&amina, &["sync", s(&map)]);
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("changed outside Sectormap") && err.contains("--take-file"), "{err}");
    assert!(labels(&map).contains(&"Transport, edited by hand".to_owned()), "the hand edit is still there");
    let said = ok(&run_as(&amina, &["sync", s(&map), "--take-file"]));
    assert!(said.contains("1 field(s) edited in the file outside Sectormap"), "{said}");
    ok(&run_as(&amina, &["sync", s(&map)]));
    assert!(labels(&map).contains(&"Transport, edited by hand".to_owned()));
}

#[test]
fn a_change_file_sent_by_email_is_merged_with_from() {
    let (a_dir, a_map) = folder();
    let (b_dir, b_map) = folder();
    let (amina, bea) = (a_dir.path().join("me"), b_dir.path().join("me"));
    ok(&run_as(&amina, &["share", s(&a_map)]));
    ok(&run_as(&bea, &["share", s(&b_map)]));
    let csv = element(b_dir.path(), "b.csv", "Southall Black Sisters");
    ok(&run_as(&bea, &["import", s(&csv), "--into", s(&b_map), "-o", s(&b_map)]));
    let sent: Vec<PathBuf> = std::fs::read_dir(b_dir.path().join("map.json.shared"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yjs"))
        .collect();
    assert_eq!(sent.len(), 1);
    let attachment = a_dir.path().join("from-bea.yjs");
    std::fs::copy(&sent[0], &attachment).unwrap();
    let said = ok(&run_as(&amina, &["sync", s(&a_map), "--from", s(&attachment)]));
    assert!(labels(&a_map).contains(&"Southall Black Sisters".to_owned()), "{said}");
    assert!(said.contains("Southall Black Sisters"), "the arrival is reported: {said}");
    let damaged = a_dir.path().join("damaged.yjs");
    std::fs::write(&damaged, b"\x00\x01garbage").unwrap();
    let refused = run_as(&amina, &["sync", s(&a_map), "--from", s(&damaged)]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("damaged.yjs"));
}

#[test]
fn two_people_sync_through_a_real_server_each_from_their_own_copy() {
    let keep = tempfile::tempdir().unwrap();
    let Some(server) = crate::sync_server::Server::start_keeping(Some(keep.path())) else { return };
    let (a_dir, a_map) = folder();
    let (b_dir, b_map) = folder();
    let (amina, bea) = (a_dir.path().join("me"), b_dir.path().join("me"));
    let url = server.url();
    let token = crate::sync_server::TOKEN;
    let live = |who: &Path, map: &Path| {
        run_as(
            who,
            &["sync", s(map), "--server", &url, "--token", token, "--document", "uk", "--wait", "0.3"],
        )
    };
    ok(&live(&amina, &a_map));
    let csv = element(b_dir.path(), "b.csv", "Women's Aid");
    ok(&run_as(&bea, &["share", s(&b_map)]));
    ok(&run_as(&bea, &["import", s(&csv), "--into", s(&b_map), "-o", s(&b_map)]));
    ok(&live(&bea, &b_map));
    let said = ok(&live(&amina, &a_map));
    assert!(labels(&a_map).contains(&"Women's Aid".to_owned()), "{said}\n{}", server.log());
    assert_eq!(load_path(&a_map).unwrap(), load_path(&b_map).unwrap(), "both copies converge");
    let refused =
        run_as(&amina, &["sync", s(&a_map), "--server", &url, "--token", "wrong", "--document", "uk"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("wrong token"));
}
