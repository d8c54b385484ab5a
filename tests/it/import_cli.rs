//! `sectormap template`, `convert` to CSV and `import` of an empty file.

use sectormap_core::interchange::{import_path, without_translations};

use crate::common::example;

#[test]
fn shipped_templates_import_cleanly_and_match_what_the_command_writes() {
    let root = crate::common::root();
    let dir = tempfile::tempdir().unwrap();
    for (shape, nodes, links) in [("workbook", 10, 12), ("matrix", 9, 10), ("report-card", 3, 0)] {
        let shipped = root.join(format!("maps/templates/{shape}.xlsx"));
        let doc = import_path(&shipped).unwrap_or_else(|e| panic!("{shape}: {e}"));
        assert_eq!((doc.node_count(), doc.link_count()), (nodes, links), "{shape}");
        let fresh = dir.path().join(format!("{shape}.xlsx"));
        let out = std::process::Command::new(crate::common::BIN)
            .args(["template", "--shape", shape, "-o", fresh.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(
            import_path(&fresh).unwrap(),
            doc,
            "maps/templates/{shape}.xlsx is what `sectormap template` writes"
        );
    }
}

#[test]
fn csv_export_writes_elements_and_connections_that_read_back() {
    let doc = without_translations(&example());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.csv");
    let out = std::process::Command::new(crate::common::BIN)
        .args(["convert", sectormap_core::io::EXAMPLE_NAME, "-o", path.to_str().unwrap()])
        .current_dir(crate::common::root().join("maps"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.path().join("map-connections.csv").is_file());
    let mut back = import_path(&path).unwrap();
    back.meta = doc.meta.clone(); // CSV files carry no title
    for node in doc.nodes() {
        assert_eq!(back.node(&node.id), Some(node), "{}", node.id);
    }
    for (link, from, to) in doc.links() {
        assert_eq!(back.link(&link.id), Some((link, from, to)), "{}", link.id);
    }
    assert_eq!(back, doc);
}

#[test]
fn a_file_with_no_elements_is_not_opened_as_an_empty_map() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("header.csv");
    std::fs::write(&path, "Label,Type\n").unwrap();
    let map = example();
    let mut preview = sectormap_core::editor::ImportPreview::read(&path, &map).unwrap();
    assert!(preview.document().is_some_and(|d| d.node_count() == 0));
    assert!(!preview.ready(), "Import stays disabled for an empty file");
    preview.mode = sectormap_core::editor::ImportMode::Merge;
    assert!(!preview.ready(), "and a merge that changes nothing is no step");
    let out = std::process::Command::new(crate::common::BIN)
        .args(["import", path.to_str().unwrap(), "-o", dir.path().join("o.json").to_str().unwrap()])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("holds no elements"));
}
