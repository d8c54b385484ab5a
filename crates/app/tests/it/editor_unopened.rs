//! What the editor offers when a file does not open as a map: a file
//! import reads is offered for import (a button that opens the preview);
//! a broken map with a backup is offered its backup, opened at the map's
//! own path and unsaved, so that Save repairs the file.

use crate::common::{click, editor, retype};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap_app::SectormapApp;
use sectormap_app::app::{Modal, Start};

fn open(harness: &mut Harness<'_, SectormapApp>, path: &std::path::Path) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    retype(harness, "File path", path.to_str().unwrap());
    click(harness, "Open");
}

#[test]
fn opening_a_workbook_offers_to_import_it() {
    let dir = tempfile::tempdir().unwrap();
    let workbook = dir.path().join("coalition.xlsx");
    std::fs::copy(crate::common::root().join("maps/templates/matrix.xlsx"), &workbook).unwrap();
    let mut harness = editor(Start::Empty);
    open(&mut harness, &workbook);
    assert!(matches!(harness.state().modal(), Some(Modal::Unopened { .. })));
    let text = format!("{} is a workbook, not a Sectormap map", workbook.display());
    assert_eq!(harness.query_all_by_label_contains(&text).count(), 2, "in the dialog and the status line");
    assert!(harness.query_by_label_contains("is this a map file?").is_none(), "no question it can answer");
    click(&mut harness, "Import this file…");
    let previewing = match harness.state().modal() {
        Some(Modal::Import(preview)) => preview.path == workbook,
        _ => false,
    };
    assert!(previewing, "the button opens the import preview of that file");
    harness.get_by_label("Sheet “Relevance”: relevance matrix, 5 rows");
}

#[test]
fn a_broken_map_offers_its_backup_at_its_own_path_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("x.json");
    let text = sectormap_core::io::EXAMPLE_MAP;
    std::fs::write(&map, &text[..text.len() / 2]).unwrap();
    let backup = dir.path().join("x.json.bak");
    std::fs::write(&backup, text).unwrap();
    let mut harness = editor(Start::Empty);
    open(&mut harness, &map);
    harness.get_by_label_contains(&format!("A backup from the last save is beside it: {}", backup.display()));
    click(&mut harness, "Open the backup");
    let session = harness.state().session();
    assert_eq!(session.path(), Some(map.as_path()), "the map opens at its own path");
    assert!(session.is_dirty(), "unsaved, so that Save repairs the file");
    let expected = sectormap_core::io::load_str(text, "x.json").unwrap();
    assert_eq!(session.doc().node_count(), expected.node_count());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(sectormap_core::io::load_path(&map).is_ok(), "saved: the file is whole again");
    let kept = std::fs::read_to_string(&backup).unwrap();
    assert_eq!(kept, text[..text.len() / 2], "the broken file is kept as the backup: nothing is lost");
}

#[test]
fn a_broken_map_without_a_backup_says_only_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("x.json");
    std::fs::write(&map, "{ \"format\": \"sectormap\", \"nodes\": [}").unwrap();
    let mut harness = editor(Start::Empty);
    open(&mut harness, &map);
    assert!(matches!(harness.state().modal(), Some(Modal::Error { .. })));
    assert!(harness.query_by_label("Open the backup").is_none());
}
