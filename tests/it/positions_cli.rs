//! The command line draws every node where the file has it, and lays out
//! the same on any number of threads.

use std::path::Path;
use std::process::Command;

use sectormap_core::generate::random_map;
use sectormap_core::io::{load_path, save_path};

use crate::common::{placed_example, positions, sectormap, svg_centres};

fn temp(dir: &tempfile::TempDir, name: &str) -> std::path::PathBuf {
    dir.path().join(name)
}

#[test]
fn save_load_and_export_keep_every_position_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let doc = placed_example();
    let saved = positions(&doc);
    assert_eq!(saved.len(), doc.node_count(), "every node is placed");
    let file = temp(&dir, "map.json");
    save_path(&doc, &file).unwrap();
    let reloaded = load_path(&file).unwrap();
    assert_eq!(positions(&reloaded), saved, "the file holds the positions as they were");
    // The command line draws every node exactly where the file has it.
    let svg_path = temp(&dir, "map.svg");
    let out = sectormap(&["export", file.to_str().unwrap(), "-o", svg_path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    assert_eq!(svg_centres(&svg), saved, "SVG node centres equal the saved positions");
    // With another seed too: a seed only decides where unplaced nodes go.
    let out = sectormap(&["export", file.to_str().unwrap(), "-o", svg_path.to_str().unwrap(), "--seed", "9"]);
    assert!(out.status.success());
    assert_eq!(svg_centres(&std::fs::read_to_string(&svg_path).unwrap()), saved);
}

#[test]
fn layout_then_export_equals_export_relayout() {
    let dir = tempfile::tempdir().unwrap();
    let map = crate::common::root().join("maps/uk-evaw.json");
    let laid = temp(&dir, "laid.json");
    let (a, b) = (temp(&dir, "a.svg"), temp(&dir, "b.svg"));
    let out = sectormap(&["layout", map.to_str().unwrap(), "-o", laid.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        load_path(&laid).unwrap().nodes().all(|n| n.position.is_some()),
        "layout fills in every position"
    );
    assert!(sectormap(&["export", laid.to_str().unwrap(), "-o", a.to_str().unwrap()]).status.success());
    let relayout = ["export", map.to_str().unwrap(), "-o", b.to_str().unwrap(), "--relayout"];
    assert!(sectormap(&relayout).status.success());
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap(), "byte-identical pictures");
    // --relayout on a laid-out map lays it out afresh: the same picture again.
    let again = ["export", laid.to_str().unwrap(), "-o", b.to_str().unwrap(), "--relayout"];
    assert!(sectormap(&again).status.success());
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
}

#[test]
fn the_layout_does_not_depend_on_the_number_of_threads() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("big.json");
    save_path(&random_map(3000, 4), &map).unwrap();
    let run = |threads: &str, out: &Path| {
        let status = Command::new(crate::common::BIN)
            .args(["layout", map.to_str().unwrap(), "-o", out.to_str().unwrap()])
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap();
        assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
        std::fs::read(out).unwrap()
    };
    let one = run("1", &temp(&dir, "one.json"));
    let four = run("4", &temp(&dir, "four.json"));
    assert!(one == four, "one thread and four give different positions");
}
