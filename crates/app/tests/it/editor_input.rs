//! Typing in the editor's fields: a checked value (a score, a year) is
//! stored only when it is whole and the field is left, its error shows in
//! place, and Backspace and Delete in a field never reach the map.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap_app::{SectormapApp, Start};

use crate::common::{click, editor};

/// The score of department `id` in `year`, if any.
fn score(harness: &Harness<'_, SectormapApp>, id: &str, year: i32) -> Option<f64> {
    harness.state().session().doc().node(id).and_then(|n| n.score(year))
}

/// Nodes and links of the map.
fn counts(harness: &Harness<'_, SectormapApp>) -> (usize, usize) {
    let doc = harness.state().session().doc();
    (doc.node_count(), doc.link_count())
}

/// Clicks the node `label` on the canvas (not a row of a panel with the same name).
fn click_node(harness: &mut Harness<'_, SectormapApp>, label: &str) {
    harness.get_by_role_and_label(Role::Button, label).click();
    harness.run();
}

/// Presses `key` and lets the frame run.
fn press(harness: &mut Harness<'_, SectormapApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// Scrolls the field `label` into view and clicks into it.
fn enter_field(harness: &mut Harness<'_, SectormapApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// Types `text` into the field with keyboard focus.
fn type_text(harness: &mut Harness<'_, SectormapApp>, field: &str, text: &str) {
    harness.get_by_label(field).type_text(text);
    harness.run();
}

#[test]
fn a_report_card_score_is_stored_whole_when_the_cell_is_left_and_backspace_stays_in_the_cell() {
    let mut harness = editor(Start::Example);
    click_node(&mut harness, "Home Office");
    click(&mut harness, "View");
    click(&mut harness, "Report card panel");
    assert_eq!(harness.state().work.selection.single_node(), Some("dept-home-office"));
    let (nodes, links) = counts(&harness);
    assert_eq!(harness.state().session().doc().links_of("dept-home-office").len(), 4);
    let cell = "Ministry of Defence score 2007";
    enter_field(&mut harness, cell);
    let place = harness.get_by_label(cell).rect();

    type_text(&mut harness, cell, "1");
    assert_eq!(score(&harness, "dept-mod", 2007), None, "a first digit is not stored");
    type_text(&mut harness, cell, "5");
    assert_eq!(score(&harness, "dept-mod", 2007), None, "15 is never stored");
    assert!(harness.query_by_label("A score is from 0 to 10.").is_some(), "the error shows");
    assert_eq!(harness.get_by_label(cell).rect(), place, "the cell has not moved");
    assert!(harness.get_by_label(cell).is_focused(), "the cell keeps the keyboard");

    press(&mut harness, Key::Backspace);
    assert_eq!(harness.get_by_label(cell).value().as_deref(), Some("1"), "Backspace edits the cell");
    assert!(harness.state().session().doc().node("dept-home-office").is_some(), "Home Office is still there");
    assert_eq!(counts(&harness), (nodes, links), "no node or link was deleted");
    press(&mut harness, Key::Backspace);
    assert_eq!(score(&harness, "dept-mod", 2007), None);
    type_text(&mut harness, cell, "5");
    assert_eq!(score(&harness, "dept-mod", 2007), None, "nothing is stored before Enter");
    press(&mut harness, Key::Enter);
    assert_eq!(score(&harness, "dept-mod", 2007), Some(5.0), "Enter stores the score");
    assert_eq!(harness.state().session().history().undo_label(), Some("Score 2007"));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(score(&harness, "dept-mod", 2007), None, "one undo step takes the score back");
    assert_eq!(harness.state().session().history().undo_label(), None, "and it was the only step");
    assert_eq!(counts(&harness), (nodes, links));
}

#[test]
fn a_score_out_of_range_is_never_stored_in_another_cell_either() {
    let mut harness = editor(Start::Example);
    click(&mut harness, "View");
    click(&mut harness, "Report card panel");
    let (first, second) = ("Ministry of Defence score 2007", "Department for Transport score 2007");
    enter_field(&mut harness, first);
    type_text(&mut harness, first, "15");
    // Leaving the cell with a score that cannot be used stores nothing,
    // puts back what the map holds and says why on the status line.
    enter_field(&mut harness, second);
    assert_eq!(score(&harness, "dept-mod", 2007), None);
    assert_eq!(harness.get_by_label(first).value().as_deref(), Some(""));
    let status = harness.state().status.current().map(|(text, error)| (text.to_owned(), error));
    let (text, error) = status.expect("the status line says why");
    assert!(error && text.contains("A score is from 0 to 10."), "{text}");
    type_text(&mut harness, second, "1");
    assert_eq!(score(&harness, "dept-dft", 2007), None);
    type_text(&mut harness, second, "1");
    press(&mut harness, Key::Tab);
    assert_eq!(score(&harness, "dept-dft", 2007), None, "11 is not stored, nor is its first 1");
    assert!(harness.state().session().history().undo_label().is_none(), "no step was made");
}

#[test]
fn keys_meant_for_a_field_just_left_do_not_delete_the_node() {
    let mut harness = editor(Start::Example);
    click_node(&mut harness, "Department for Education and Skills");
    let (nodes, links) = counts(&harness);
    enter_field(&mut harness, "Score for 2006");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    type_text(&mut harness, "Score for 2006", "4");
    press(&mut harness, Key::Enter);
    assert_eq!(score(&harness, "dept-dfes", 2006), Some(4.0));
    // Backspace right after Enter was meant for the field: the node stays.
    press(&mut harness, Key::Backspace);
    press(&mut harness, Key::Delete);
    assert_eq!(counts(&harness), (nodes, links), "the department and its links are still there");
    // Once the map is used again, Delete is the map's.
    click_node(&mut harness, "Department for Education and Skills");
    press(&mut harness, Key::Delete);
    assert!(harness.state().session().doc().node("dept-dfes").is_none(), "Delete deletes the node clicked");
}

#[test]
fn a_new_score_row_shows_its_errors_in_place_and_enter_adds_the_score() {
    let mut harness = editor(Start::Example);
    click_node(&mut harness, "Department for Education and Skills");
    enter_field(&mut harness, "New score year");
    let add = harness.get_by_label("Add score").rect();
    type_text(&mut harness, "New score year", "206");
    assert!(
        harness.query_by_label("A year is from 1900 to 2200.").is_some(),
        "the error shows beside the field"
    );
    assert_eq!(harness.get_by_label("Add score").rect(), add, "nothing moved");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    type_text(&mut harness, "New score year", "2007");
    // Enter after the year goes on to the value; Enter there adds the score.
    press(&mut harness, Key::Enter);
    assert!(harness.get_by_label("New score value").is_focused(), "the value field has the keyboard");
    type_text(&mut harness, "New score value", "3");
    assert_eq!(score(&harness, "dept-dfes", 2007), None);
    press(&mut harness, Key::Enter);
    assert_eq!(score(&harness, "dept-dfes", 2007), Some(3.0));
    assert_eq!(harness.state().session().history().undo_label(), Some("Add score 2007"));
    // A year that already has a score is refused, and the status line says why.
    enter_field(&mut harness, "New score year");
    type_text(&mut harness, "New score year", "2006");
    enter_field(&mut harness, "New score value");
    type_text(&mut harness, "New score value", "5");
    press(&mut harness, Key::Enter);
    assert_eq!(score(&harness, "dept-dfes", 2006), Some(1.0));
    let status = harness.state().status.current().map(|(text, error)| (text.to_owned(), error));
    assert_eq!(status, Some(("Score not added: 2006 already has a score.".to_owned(), true)));
}

#[test]
fn the_map_language_is_stored_once_whole_and_left() {
    let mut harness = editor(Start::Example);
    let field = "Language of the map (e.g. en, es, ar)";
    let language = |h: &Harness<'_, SectormapApp>| h.state().session().doc().meta.language.clone();
    enter_field(&mut harness, field);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    type_text(&mut harness, field, "f");
    type_text(&mut harness, field, "r");
    assert_eq!(language(&harness), "en", "nothing is stored while typing");
    type_text(&mut harness, field, "!");
    assert!(harness.query_by_label("Not a language tag: use one like en, es, fr or ar.").is_some());
    press(&mut harness, Key::Tab);
    assert_eq!(language(&harness), "en", "a tag that is not one is not stored");
    assert_eq!(harness.get_by_label(field).value().as_deref(), Some("en"), "the map's tag shows again");
    enter_field(&mut harness, field);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    type_text(&mut harness, field, "fr");
    press(&mut harness, Key::Enter);
    assert_eq!(language(&harness), "fr");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(language(&harness), "en", "one undo step");
    assert_eq!(harness.state().session().history().undo_label(), None);
}
