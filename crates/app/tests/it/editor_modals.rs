//! While a dialog is open, no shortcut reaches the map behind it: with a
//! node selected and a step to undo, Delete, Backspace and Ctrl+Z leave
//! the map as it was, for every dialog the editor has. Keys typed into a
//! field in a dialog still go to that field.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::{click, editor, launch, retype};
use sectormap_app::{Launch, SectormapApp, Start};
use sectormap_core::edit::Edit;
use sectormap_core::editor::{Recovery, Selection};

/// The node every test selects.
const SELECTED: &str = "dept-home-office";

/// The example map with Home Office renamed (a step to undo) and selected.
fn edited() -> Harness<'static, SectormapApp> {
    edited_from(Start::Example)
}

/// The map `start` opens with Home Office renamed (a step to undo) and selected.
fn edited_from(start: Start) -> Harness<'static, SectormapApp> {
    let mut harness = editor(start);
    click(&mut harness, "Home Office");
    retype(&mut harness, "Label", "Home Office (England and Wales)");
    // Leave the field, so that keys are no longer typing.
    harness.key_press(Key::Escape);
    harness.run();
    ready(&harness);
    harness
}

/// Checks the map is ready for the test: a node selected, a step to undo.
fn ready(harness: &Harness<'_, SectormapApp>) {
    assert_eq!(harness.state().work.selection.single_node(), Some(SELECTED));
    assert!(harness.state().session().history().undo_label().is_some(), "a step to undo");
}

/// With the dialog whose heading is `title` open, presses Delete, Backspace
/// and Ctrl+Z: the map behind does not change and the dialog stays open.
fn keys_stay_in_the_dialog(harness: &mut Harness<'_, SectormapApp>, title: &str) {
    assert!(harness.query_by_label(title).is_some(), "the dialog {title:?} is open");
    let before = harness.state().session().doc().clone();
    let keys =
        [(Modifiers::NONE, Key::Delete), (Modifiers::NONE, Key::Backspace), (Modifiers::COMMAND, Key::Z)];
    for (modifiers, key) in keys {
        harness.key_press_modifiers(modifiers, key);
        harness.run();
        assert!(
            *harness.state().session().doc() == before,
            "{modifiers:?}+{key:?} changed the map behind the dialog {title:?}"
        );
    }
    assert_eq!(harness.state().work.selection.single_node(), Some(SELECTED));
    assert!(harness.query_by_label(title).is_some(), "the dialog {title:?} is still open");
}

#[test]
fn the_web_page_dialog_keeps_keys_from_the_map() {
    let mut harness = edited();
    click(&mut harness, "File");
    click(&mut harness, "Export web page…");
    keys_stay_in_the_dialog(&mut harness, "Export as a web page");
}

#[test]
fn the_unsaved_changes_dialog_keeps_keys_from_the_map() {
    let mut harness = edited();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    keys_stay_in_the_dialog(&mut harness, "Unsaved changes");
}

#[test]
fn the_path_prompt_keeps_keys_from_the_map_and_gives_them_to_its_field() {
    let mut harness = edited();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    keys_stay_in_the_dialog(&mut harness, "Save the map as");
    // What is typed goes to the field, editing keys included.
    retype(&mut harness, "File path", "/tmp/maps.json");
    for key in [Key::Backspace, Key::ArrowLeft, Key::ArrowLeft, Key::ArrowLeft, Key::ArrowLeft, Key::Delete] {
        harness.key_press(key);
        harness.run();
    }
    harness.get_by_label("File path").type_text("x");
    harness.run();
    let field = harness.get_by_label("File path").value().unwrap_or_default();
    assert_eq!(field, "/tmp/mapsxjso", "Backspace, the arrows and Delete edit the path");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("File path").type_text("/tmp/other.json");
    harness.run();
    let field = harness.get_by_label("File path").value().unwrap_or_default();
    assert_eq!(field, "/tmp/other.json", "Ctrl+A selects the field's text, not the map");
    assert_eq!(harness.state().work.selection.single_node(), Some(SELECTED));
}

#[test]
fn the_error_dialog_keeps_keys_from_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{ \"format\": \"sectormap\", \"nodes\": [}").unwrap();
    let mut harness = edited();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    click(&mut harness, "Discard");
    retype(&mut harness, "File path", bad.to_str().unwrap());
    click(&mut harness, "Open");
    // The map that failed to open left the one on screen as it was.
    ready(&harness);
    keys_stay_in_the_dialog(&mut harness, "The map could not be opened");
}

#[test]
fn the_recover_dialog_keeps_keys_from_the_map() {
    let dir = tempfile::tempdir().unwrap();
    // A copy left by an editor that ended without saving.
    let earlier = Recovery::open(dir.path()).unwrap();
    let lost = sectormap_core::editor::Session::example().unwrap();
    earlier.write(lost.doc(), None).unwrap();
    drop(earlier);
    let mut harness =
        launch(Launch { data_dir: Some(dir.path().to_path_buf()), ..Launch::headless(Start::Example) });
    // The offer is open from the start: the edit and the selection are made directly.
    let work = &mut harness.state_mut().work;
    let mut node = work.session.doc().node(SELECTED).unwrap().clone();
    node.label = "Home Office (England and Wales)".to_owned();
    work.edit(Edit::SetNode(node), "Rename", None, Some(Selection::node(SELECTED))).unwrap();
    harness.run();
    ready(&harness);
    keys_stay_in_the_dialog(&mut harness, "Restore unsaved changes?");
}

#[test]
fn the_export_picture_dialog_keeps_keys_from_the_map() {
    let mut harness = edited();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    keys_stay_in_the_dialog(&mut harness, "Export picture");
}

#[test]
fn the_briefing_dialog_keeps_keys_from_the_map() {
    let mut harness = edited();
    click(&mut harness, "File");
    click(&mut harness, "Export briefing…");
    keys_stay_in_the_dialog(&mut harness, "Export briefing (PDF)");
}

#[test]
fn the_import_preview_keeps_keys_from_the_map() {
    let template = crate::common::root().join("maps/templates/matrix.xlsx");
    let mut harness = edited();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::I);
    harness.run();
    retype(&mut harness, "File path", template.to_str().unwrap());
    click(&mut harness, "Import");
    keys_stay_in_the_dialog(&mut harness, "Import matrix.xlsx");
}

#[test]
fn the_data_export_dialog_keeps_keys_from_the_map() {
    let mut harness = edited();
    click(&mut harness, "File");
    click(&mut harness, "Export data…");
    keys_stay_in_the_dialog(&mut harness, "Export data");
}

#[test]
fn the_briefs_dialog_keeps_keys_from_the_map() {
    let mut harness = edited();
    click(&mut harness, "File");
    click(&mut harness, "Export briefs…");
    keys_stay_in_the_dialog(&mut harness, "Export briefs");
}

#[test]
fn a_departments_brief_dialog_keeps_keys_from_the_map() {
    let mut harness = edited();
    // The node on the canvas, not the Label field of the inspector.
    let node =
        harness.get_by_role_and_label(egui::accesskit::Role::Button, "Home Office (England and Wales)");
    node.click_secondary();
    harness.run();
    click(&mut harness, "Export brief…");
    keys_stay_in_the_dialog(&mut harness, "Export brief");
}

#[test]
fn the_changed_on_disk_dialog_keeps_keys_from_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.json");
    let doc = sectormap_core::io::load_str(sectormap_core::io::EXAMPLE_MAP, "uk-evaw.json").unwrap();
    sectormap_core::io::save_path(&doc, &path).unwrap();
    let mut harness = edited_from(Start::File(path.clone()));
    // Someone else saves the file meanwhile.
    let mut theirs = doc.clone();
    theirs.meta.subtitle = "Saved by someone else".to_owned();
    sectormap_core::io::save_path(&theirs, &path).unwrap();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    keys_stay_in_the_dialog(&mut harness, "shared.json changed on disk since you opened it");
}
