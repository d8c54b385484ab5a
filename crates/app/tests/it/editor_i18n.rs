//! The editor in Spanish and French, switched through View > Language
//! with egui_kittest, as a person would.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use crate::common::{click, editor};
use egui_kittest::kittest::Queryable;
use sectormap_app::app::settings::SideTab;
use sectormap_app::{Launch, Start};
use sectormap_core::i18n::Language;

#[test]
fn the_menu_switches_to_spanish_then_french_at_once_and_remembers_it() {
    let mut harness = editor(Start::Example);
    assert!(harness.query_by_label("File").is_some(), "a headless editor starts in English");
    click(&mut harness, "View");
    click(&mut harness, "Language");
    // Each language is listed in its own name.
    assert!(harness.query_by_label("Français").is_some());
    click(&mut harness, "Español");
    harness.run();
    assert_eq!(harness.state().settings.language, Some(Language::Es));
    assert!(harness.query_by_label("Archivo").is_some(), "the File menu reads Archivo");
    assert!(harness.query_by_label("File").is_none());
    assert!(harness.query_by_label("Edición").is_some());
    assert!(harness.query_by_label("Añadir ministerio").is_some());
    click(&mut harness, "Archivo");
    assert!(harness.query_by_label("Guardar como…").is_some());
    harness.key_press(egui::Key::Escape);
    harness.run();

    click(&mut harness, "Ver");
    click(&mut harness, "Idioma");
    click(&mut harness, "Français");
    harness.run();
    assert_eq!(harness.state().settings.language, Some(Language::Fr));
    assert!(harness.query_by_label("Fichier").is_some(), "the File menu reads Fichier");
    assert!(harness.query_by_label("Affichage").is_some());
    // The gap analysis speaks French too.
    let settings = &mut harness.state_mut().settings;
    settings.show_filters = true;
    settings.side_tab = SideTab::Gaps;
    harness.run();
    assert!(harness.query_all_by_label("Lacunes").next().is_some(), "the Gaps tab reads Lacunes");
    let sentence = "mais le ministère ne reconnaît pas lui-même ce lien";
    assert!(
        harness.query_all_by_label_contains(sentence).next().is_some(),
        "a French gap sentence is listed"
    );
    assert!(harness.query_all_by_label_contains("but the department does not make").next().is_none());
}

#[test]
fn each_panel_has_its_own_view_menu_item_in_sentence_case() {
    let mut harness = editor(Start::Example);
    for (language, items) in [
        (Language::En, ["Filters panel", "Views panel", "Gaps panel", "Assessment panel"]),
        (Language::Es, ["Panel de filtros", "Panel de vistas", "Panel de brechas", "Panel de evaluación"]),
        (
            Language::Fr,
            ["Panneau des filtres", "Panneau des vues", "Panneau des lacunes", "Panneau d’évaluation"],
        ),
    ] {
        harness.state_mut().settings.language = Some(language);
        harness.run();
        click(&mut harness, &language.tr("menu-view"));
        for item in items {
            assert!(harness.query_by_label(item).is_some(), "{language:?}: {item:?} in the View menu");
        }
        harness.key_press(egui::Key::Escape);
        harness.run();
    }
}

#[test]
fn messages_follow_the_interface_and_the_legend_the_map() {
    let mut launch = Launch::headless(Start::Example);
    launch.language = Some(Language::Fr);
    let mut harness = crate::common::launch(launch);
    assert!(harness.query_by_label("Fichier").is_some());
    let scene = harness.state_mut().scene_now();
    let legend: Vec<String> = scene
        .items
        .iter()
        .filter_map(|item| match item {
            sectormap_core::scene::Item::Text { text, .. } => Some(text.to_string()),
            _ => None,
        })
        .collect();
    // The legend is the map's (English), not the interface's.
    assert!(legend.iter().any(|t| t == "Nodes"), "the canvas legend is the map's: {legend:?}");
    assert!(!legend.iter().any(|t| t == "Nœuds"), "{legend:?}");
    // An undo step is named in French, and so is what the status line says.
    click(&mut harness, "Ajouter un ministère");
    harness.key_press(egui::Key::Escape);
    harness.run();
    let history = harness.state().session().history();
    assert_eq!(history.undo_label(), Some("Ajouter un ministère"));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let (message, _) = harness.state().status.current().unwrap();
    assert_eq!(message, "Annulé\u{a0}: Ajouter un ministère");
}

#[test]
fn a_score_typed_with_a_decimal_comma_is_taken() {
    let mut launch = Launch::headless(Start::Example);
    launch.language = Some(Language::Es);
    let mut harness = crate::common::launch(launch);
    harness.state_mut().settings.show_report = true;
    harness.run();
    let cell = "Department for Communities and Local Government, puntuación 2007";
    crate::common::retype(&mut harness, cell, "7,5");
    harness.key_press(egui::Key::Enter);
    harness.run();
    let doc = harness.state().session().doc();
    let dept = doc.nodes().find(|n| n.label == "Department for Communities and Local Government").unwrap();
    assert_eq!(dept.score(2007), Some(7.5));
    crate::common::retype(&mut harness, cell, "11");
    assert!(harness.query_by_label("Una puntuación va de 0 a 10.").is_some());
}
