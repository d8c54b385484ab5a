//! The editor shows a map in any of its languages: the menu switches the
//! canvas, presenting and exports, and nodes stay where they are.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

mod common;

use common::{editor, positions};
use egui_kittest::kittest::Queryable;
use sectormap::scene::{Element, Item};
use sectormap::ui::app::Start;

fn labels(harness: &mut egui_kittest::Harness<'_, sectormap::ui::app::SectormapApp>, id: &str) -> String {
    let scene = harness.state_mut().screen_scene();
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
fn pick(harness: &egui_kittest::Harness<'_, sectormap::ui::app::SectormapApp>, name: &str) {
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
