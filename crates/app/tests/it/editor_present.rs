//! Advocacy work in the editor, driven through accessible labels with
//! egui_kittest: views, focus mode, presenting, the report card and gaps.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use egui::{Key, Modifiers};

use crate::common::{click, editor};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap_app::app::settings::SideTab;
use sectormap_app::{SectormapApp, Start};
use sectormap_core::editor::Selection;
use sectormap_core::model::Others;
use sectormap_core::scene::Theme;

fn press(harness: &mut Harness<'_, SectormapApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn side_tab(harness: &mut Harness<'_, SectormapApp>, tab: SideTab) {
    let settings = &mut harness.state_mut().settings;
    settings.show_filters = true;
    settings.side_tab = tab;
    harness.run();
}

fn view_names(harness: &Harness<'_, SectormapApp>) -> Vec<String> {
    harness.state().session().doc().views.iter().map(|v| v.name.clone()).collect()
}

#[test]
fn presenting_steps_through_the_views_with_clicker_keys_and_escape_restores_the_editor() {
    let mut harness = editor(Start::Example);
    assert_eq!(harness.state().theme(), Theme::Light);
    press(&mut harness, Key::F5);
    assert!(harness.state().present.active, "F5 starts presenting");
    assert_eq!(harness.state().present.index, 0);
    assert_eq!(harness.state().theme(), Theme::Contrast);
    harness.get_by_label("Violence against women is every department's business");
    // What presentation clickers and keyboards send.
    let steps = [
        (Key::ArrowRight, 1),
        (Key::PageDown, 2),
        (Key::Space, 3),
        (Key::ArrowDown, 4),
        (Key::ArrowLeft, 3),
        (Key::PageUp, 2),
        (Key::ArrowUp, 1),
        (Key::End, 13),
        (Key::PageDown, 13),
        (Key::Home, 0),
    ];
    for (key, index) in steps {
        press(&mut harness, key);
        assert_eq!(harness.state().present.index, index, "after {key:?}");
    }
    for _ in 0..10 {
        press(&mut harness, Key::PageDown);
    }
    let transport = harness.state().session().doc().views[10].clone();
    assert_eq!(transport.name, "Transport");
    assert_eq!(harness.state().work.view.focus, transport.focus, "the view's focus is shown");
    harness.get_by_label(&transport.caption);
    assert!(harness.query_by_label("Report card").is_none(), "no panels while presenting");
    press(&mut harness, Key::Escape);
    assert!(!harness.state().present.active);
    assert_eq!(harness.state().work.view.focus, None, "the editor is as it was");
    assert_eq!(harness.state().theme(), Theme::Light);
}

#[test]
fn the_presentation_text_size_and_contrast_controls() {
    let mut harness = editor(Start::Example);
    press(&mut harness, Key::F5);
    let zoom = harness.state().panes.canvas.camera.zoom;
    press(&mut harness, Key::Plus);
    assert!((harness.state().present.text_scale - 1.2).abs() < 1e-6);
    for _ in 0..30 {
        harness.step();
    }
    assert!(harness.state().panes.canvas.camera.zoom > zoom * 1.1, "larger text enlarges the map");
    press(&mut harness, Key::C);
    assert_eq!(harness.state().theme(), Theme::Light, "C turns high contrast off");
}

#[test]
fn make_rename_reorder_and_delete_views_with_undo() {
    let mut harness = editor(Start::Example);
    side_tab(&mut harness, SideTab::Views);
    let before = view_names(&harness);
    click(&mut harness, "New view from the canvas");
    let names = view_names(&harness);
    assert_eq!(names.len(), before.len() + 1);
    assert_eq!(names.last().unwrap(), "View 15");
    harness.get_by_label("Name").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Name").type_text("overview");
    harness.run();
    assert_eq!(view_names(&harness).last().unwrap(), "View 15", "a name another view has is refused");
    harness.get_by_label("Another view is called \"overview\".");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Name").type_text("Roundtable");
    harness.run();
    assert_eq!(view_names(&harness).last().unwrap(), "View 15", "a name is used once the field is left");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(view_names(&harness).last().unwrap(), "Roundtable");
    click(&mut harness, "Move view up");
    assert_eq!(view_names(&harness)[13], "Roundtable");
    click(&mut harness, "Delete this view");
    assert_eq!(view_names(&harness), before);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(view_names(&harness)[13], "Roundtable", "undo brings the view back");
}

#[test]
fn focus_mode_widens_narrows_hides_and_leaves() {
    let mut harness = editor(Start::Example);
    harness.state_mut().work.selection = Selection::node("dept-dft");
    press(&mut harness, Key::Period);
    let focus = harness.state().work.view.focus.clone().expect("focus on the selected node");
    assert_eq!((focus.node.as_str(), focus.depth), ("dept-dft", 1));
    press(&mut harness, Key::Plus);
    assert_eq!(harness.state().work.view.focus.as_ref().unwrap().depth, 2);
    click(&mut harness, "Widen the focus");
    click(&mut harness, "Widen the focus");
    assert_eq!(harness.state().work.view.focus.as_ref().unwrap().depth, 3, "three steps at most");
    press(&mut harness, Key::Minus);
    assert_eq!(harness.state().work.view.focus.as_ref().unwrap().depth, 2);
    click(&mut harness, "Hidden");
    assert_eq!(harness.state().work.view.focus.as_ref().unwrap().others, Others::Hide);
    let scene = harness.state_mut().scene_now();
    assert!(scene.node_group("obj-dft-safe").is_some());
    assert!(scene.node_group("obj-ho-border").is_none(), "beyond two steps is hidden");
    press(&mut harness, Key::Escape);
    assert!(harness.state().work.view.focus.is_some(), "the first Escape clears the selection");
    press(&mut harness, Key::Escape);
    assert!(harness.state().work.view.focus.is_none());
}

#[test]
fn deleting_a_node_clears_the_focus_of_its_views_in_one_undo_step() {
    let mut harness = editor(Start::Example);
    harness.state_mut().work.selection = Selection::node("dept-dft");
    press(&mut harness, Key::Delete);
    let views = &harness.state().session().doc().views;
    assert_eq!(views[10].name, "Transport");
    assert_eq!(views[10].focus, None);
    assert!(harness.state().session().doc().node("dept-dft").is_none());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let doc = &harness.state().session().doc();
    assert!(doc.node("dept-dft").is_some());
    assert_eq!(doc.views[10].focus.as_ref().map(|f| f.node.as_str()), Some("dept-dft"));
}

#[test]
fn edit_scores_in_the_report_card_and_colour_the_map_by_year() {
    let mut harness = editor(Start::Example);
    harness.state_mut().settings.show_report = true;
    harness.run();
    let cell = "Department for Communities and Local Government score 2007";
    harness.get_by_label(cell).click();
    harness.run();
    harness.get_by_label(cell).type_text("7.5");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let score =
        |h: &Harness<'_, SectormapApp>| h.state().session().doc().node("dept-dclg").unwrap().score(2007);
    assert_eq!(score(&harness), Some(7.5));
    // The change from the year before, as a screen reader hears it.
    harness.get_by_label("Change: up 5.5");
    crate::common::retype(&mut harness, cell, "11");
    assert_eq!(score(&harness), Some(7.5), "11 is refused");
    harness.get_by_label("A score is from 0 to 10.");
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.get_by_label(cell).value().as_deref(), Some("7.5"), "Escape puts the score back");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(score(&harness), None, "the score was one undo step");
    click(&mut harness, "Sort by 2006");
    assert!(harness.state().panes.report.sort.1, "scores sort highest first");
    harness.get_by_label("Colour map by scores of").click();
    harness.run();
    click(&mut harness, "2006");
    assert_eq!(harness.state().work.view.year, Some(2006));
    assert_eq!(harness.state().work.view.color_by, sectormap_core::scene::ColorBy::Score);
}

#[test]
fn clicking_a_gap_selects_its_nodes() {
    let mut harness = editor(Start::Example);
    side_tab(&mut harness, SideTab::Gaps);
    let text = "Sexual harassment bears on the objective \"Safe and secure public transport\" (Department for \
                Transport), but the department does not make that link itself.";
    click(&mut harness, text);
    let selected = &harness.state().work.selection.nodes;
    assert!(
        selected.contains("obj-dft-safe") && selected.contains("issue-sexual-harassment"),
        "{selected:?}"
    );
}
