//! Whose words are drawn where: everything on the map (legend, "not
//! scored") follows the language the map is shown in, on the canvas and
//! when presenting; the menus, panels and status line follow the interface.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use crate::common::{click, launch};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap_app::{Launch, SectormapApp, Start};
use sectormap_core::i18n::Language;
use sectormap_core::scene::Item;

/// The editor on the example map, its interface in `lang`.
fn speaking(lang: Language) -> Harness<'static, SectormapApp> {
    let mut start = Launch::headless(Start::Example);
    start.language = Some(lang);
    launch(start)
}

/// Every text the canvas draws now.
fn drawn(harness: &mut Harness<'_, SectormapApp>) -> Vec<String> {
    let scene = harness.state_mut().scene_now();
    scene
        .items
        .iter()
        .filter_map(|item| if let Item::Text { text, .. } = item { Some(text.to_string()) } else { None })
        .collect()
}

/// View > Map language > `entry`, through menus named in `lang`.
fn show_map_in(harness: &mut Harness<'_, SectormapApp>, lang: Language, entry: &str) {
    click(harness, &lang.tr("menu-view"));
    click(harness, &lang.tr("menu-map-language"));
    harness.get_by_role_and_label(egui::accesskit::Role::RadioButton, entry).click();
    harness.run();
}

#[test]
fn presenting_a_map_shown_in_spanish_draws_spanish_words_under_an_english_interface() {
    let mut harness = speaking(Language::En);
    show_map_in(&mut harness, Language::En, "Español (es)");
    harness.key_press(egui::Key::F5);
    harness.run();
    assert!(harness.state().present.active);
    let texts = drawn(&mut harness);
    assert!(texts.iter().any(|t| t == "Nodos"), "the legend is in Spanish: {texts:?}");
    assert!(texts.iter().any(|t| t == "sin nota"), "unscored departments say so in Spanish: {texts:?}");
    assert!(!texts.iter().any(|t| t == "Nodes" || t == "not scored"), "no English on the map: {texts:?}");
    // The interface still speaks English.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label("File").is_some(), "the menus are in English");
}

#[test]
fn a_spanish_interface_draws_an_english_map_in_english_until_the_map_is_shown_in_spanish() {
    let mut harness = speaking(Language::Es);
    assert!(harness.query_by_label("Archivo").is_some(), "the menus are in Spanish");
    let texts = drawn(&mut harness);
    assert!(texts.iter().any(|t| t == "Nodes"), "the English map's legend is English: {texts:?}");
    assert!(texts.iter().any(|t| t == "not scored"), "{texts:?}");
    assert!(!texts.iter().any(|t| t == "Nodos" || t == "sin nota"), "{texts:?}");
    show_map_in(&mut harness, Language::Es, "Español (es)");
    let texts = drawn(&mut harness);
    assert!(texts.iter().any(|t| t == "Nodos") && texts.iter().any(|t| t == "sin nota"), "{texts:?}");
    assert!(harness.query_by_label("Archivo").is_some(), "the menus are still Spanish");
}

#[test]
fn the_sector_suggestions_speak_the_interface_language() {
    let mut harness = speaking(Language::Es);
    harness.get_by_label("Department of Health").click();
    harness.run();
    for chip in ["salud", "educación", "transporte", "asuntos exteriores"] {
        assert!(harness.query_by_label(chip).is_some(), "the chip \"{chip}\" is offered");
    }
    assert!(harness.query_by_label("health").is_none(), "no English chip");
    click(&mut harness, "transporte");
    let doc = harness.state().session().doc();
    let sector = &doc.node("dept-health").unwrap().department.sector;
    assert_eq!(sector, "transporte", "the chip puts what it shows");
    assert_eq!(
        sectormap_core::model::SectorFamily::of(sector),
        Some(sectormap_core::model::SectorFamily::Transport),
        "and the map still knows it is transport (its colour)"
    );
}
