//! The editor shows a map in any of its languages: the menu switches the
//! canvas, presenting and exports, and nodes stay where they are.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use crate::common::{editor, positions};
use egui_kittest::kittest::Queryable;
use sectormap_app::app::Start;
use sectormap_core::scene::{Element, Item};

fn labels(harness: &mut egui_kittest::Harness<'_, sectormap_app::app::SectormapApp>, id: &str) -> String {
    let scene = harness.state_mut().scene_now();
    let group =
        scene.groups.iter().find(|g| matches!(&g.element, Element::Node(n) if &**n == id)).expect("drawn");
    scene
        .items_of(group)
        .iter()
        .filter_map(|i| if let Item::Text { text, .. } = i { Some(text.to_string()) } else { None })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Clicks the menu's radio entry called `name`.
fn pick(harness: &egui_kittest::Harness<'_, sectormap_app::app::SectormapApp>, name: &str) {
    harness.get_by_role_and_label(egui::accesskit::Role::RadioButton, name).click();
}

#[test]
fn the_map_language_menu_shows_the_translations_and_moves_nothing() {
    let mut harness = editor(Start::Example);
    harness.run();
    let before = positions(&harness);
    assert!(labels(&mut harness, "issue-domestic-violence").contains("Domestic violence"));
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Map language").click();
    harness.run();
    pick(&harness, "Español (es)");
    harness.run();
    let shown = labels(&mut harness, "issue-domestic-violence");
    assert!(shown.contains("Violencia") && shown.contains("doméstica"), "{shown}");
    assert_eq!(positions(&harness), before, "no node moves");
    assert!(!harness.state().work.session.is_dirty(), "showing a language is not an edit");
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Map language").click();
    harness.run();
    pick(&harness, "Français (fr)");
    harness.run();
    assert!(labels(&mut harness, "issue-domestic-violence").contains("Violence domestique"));
}

#[test]
fn a_translation_typed_in_the_inspector_survives_save_and_reopen() {
    use crate::common::{click, retype};
    use egui::{Key, Modifiers};
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("translated.json");
    let mut harness = editor(Start::Example);
    harness.run();
    let before = positions(&harness);
    harness.get_by_label("Domestic violence").click();
    harness.run();
    retype(&mut harness, "Label in Español (es)", "Violencia en el hogar");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    retype(&mut harness, "File path", map.to_str().unwrap());
    click(&mut harness, "Save");
    click(&mut harness, "File");
    click(&mut harness, "New");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    retype(&mut harness, "File path", map.to_str().unwrap());
    click(&mut harness, "Open");
    let doc = harness.state().work.session.doc();
    let node = doc.node("issue-domestic-violence").unwrap();
    assert_eq!(node.translations.get("es", "label"), Some("Violencia en el hogar"));
    assert_eq!(node.translations.get("fr", "label"), Some("Violence domestique"), "other languages kept");
    assert_eq!(node.label, "Domestic violence");
    assert_eq!(positions(&harness), before, "nothing moved on the way");
}
