//! Small things about the editor's window: renaming on the canvas selects
//! the label, a path asked for in the window has the keyboard at once, the
//! legend stays on the visible canvas, and the window's layout is kept.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap_app::{SectormapApp, Start};

use crate::common::editor;

/// Presses `key` and lets the frame run.
fn press(harness: &mut Harness<'_, SectormapApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// Types `text` into the field `field`, which has the keyboard.
fn type_text(harness: &mut Harness<'_, SectormapApp>, field: &str, text: &str) {
    harness.get_by_label(field).type_text(text);
    harness.run();
}

/// Clicks the node `label` on the canvas.
fn click_node(harness: &mut Harness<'_, SectormapApp>, label: &str) {
    harness.get_by_role_and_label(Role::Button, label).click();
    harness.run();
}

#[test]
fn renaming_on_the_canvas_starts_with_the_whole_label_selected() {
    let mut harness = editor(Start::Example);
    click_node(&mut harness, "Home Office");
    press(&mut harness, Key::F2);
    type_text(&mut harness, "Rename node", "Interior");
    assert_eq!(
        harness.get_by_label("Rename node").value().as_deref(),
        Some("Interior"),
        "typing replaced the label"
    );
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().session().doc().node("dept-home-office").unwrap().label, "Interior");
}

#[test]
fn renaming_by_double_click_starts_with_the_whole_label_selected() {
    // Frames a sixtieth of a second apart, so two clicks make a double click.
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .with_max_steps(240)
        .build_eframe(|cc| SectormapApp::new(cc, sectormap_app::Launch::headless(Start::Example)));
    harness.run();
    for _ in 0..2 {
        harness.get_by_role_and_label(Role::Button, "Home Office").click();
        harness.step();
    }
    harness.run();
    type_text(&mut harness, "Rename node", "Home Department");
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().session().doc().node("dept-home-office").unwrap().label, "Home Department");
}

#[test]
fn a_path_asked_for_in_the_window_has_the_keyboard_at_once() {
    let mut harness = editor(Start::Example);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::E);
    harness.run();
    harness.get_by_label("Export…").click();
    harness.run();
    assert!(harness.get_by_label("File path").is_focused(), "the path field has the keyboard");
    // What is typed goes to the field, without clicking into it first, and
    // replaces the file's name: the folder and the extension stay.
    let offered = harness.get_by_label("File path").value().unwrap();
    assert!(offered.ends_with(".png"), "{offered}");
    type_text(&mut harness, "File path", "briefing");
    let folder = offered.rsplit_once('/').map_or("", |(folder, _)| folder);
    let typed = harness.get_by_label("File path").value().unwrap();
    assert_eq!(typed, format!("{folder}/briefing.png"));
}

#[test]
fn a_path_asked_for_after_another_dialog_or_from_a_panel_has_the_keyboard_at_once() {
    let mut harness = editor(Start::Example);
    click_node(&mut harness, "Home Office");
    press(&mut harness, Key::Delete);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::N);
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    assert!(harness.get_by_label("File path").is_focused(), "after Save in the unsaved-changes dialog");
    harness.get_by_label("Cancel").click();
    harness.run();
    harness.state_mut().settings.show_report = true;
    harness.run();
    harness.get_by_label("Export report card as CSV").click();
    harness.run();
    assert!(harness.get_by_label("File path").is_focused(), "after the report card's CSV button");
    type_text(&mut harness, "File path", "card");
    let typed = harness.get_by_label("File path").value().unwrap();
    assert!(
        typed.ends_with("/card.csv"),
        "the name typed replaces the offered one, wherever the last field left off: {typed}"
    );
}

/// Whether `inner` lies within `outer` (to a tenth of a point).
fn within(inner: egui::Rect, outer: egui::Rect) -> bool {
    outer.expand(0.1).contains_rect(inner)
}

#[test]
fn the_legend_stays_on_the_visible_canvas_beside_the_inspector() {
    let mut harness = editor(Start::Example);
    let canvas = harness.state().panes.canvas.rect;
    assert!(within(harness.get_by_label("Legend").rect(), canvas), "the fitted map shows its legend");
    // Zoomed in, the legend's place on the map is under the inspector: the
    // legend comes into the canvas, no larger than at 100 %.
    for _ in 0..20 {
        if harness.state().panes.canvas.camera.zoom > 1.3 {
            break;
        }
        press(&mut harness, Key::Plus);
    }
    let zoom = harness.state().panes.canvas.camera.zoom;
    assert!(zoom > 1.0, "zoomed in to {zoom}");
    let legend = harness.get_by_label("Legend").rect();
    assert!(within(legend, canvas), "the legend {legend:?} is drawn beyond the canvas {canvas:?}");
    let scene = harness.state_mut().scene_now();
    let group = scene.groups.iter().find(|g| g.element == sectormap_core::scene::Element::Legend).unwrap();
    assert!(legend.width() <= group.bounds.width() + 0.5, "no larger than at 100 %");
    // Colouring by sector makes the legend longer; it still fits.
    harness.get_by_label("Sector").click();
    harness.run();
    let legend = harness.get_by_label("Legend").rect();
    assert!(within(legend, canvas), "the longer legend {legend:?} is drawn beyond the canvas {canvas:?}");
}

/// Settings storage in memory, as eframe's file storage would keep them.
#[derive(Default)]
struct Stored(std::collections::BTreeMap<String, String>);

impl eframe::Storage for Stored {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

/// Whether the app asks eframe to save now (it does so after the frame).
fn save_due(harness: &Harness<'_, SectormapApp>) -> bool {
    eframe::App::auto_save_interval(harness.state()).is_zero()
}

/// Runs frames for `seconds` of the harness's time.
fn wait(harness: &mut Harness<'_, SectormapApp>, seconds: f32) {
    for _ in 0..(seconds * 4.0).ceil() as usize {
        harness.step();
    }
}

#[test]
fn the_window_and_panel_layout_are_saved_soon_after_they_change_not_only_at_exit() {
    let mut harness = editor(Start::Example);
    wait(&mut harness, 3.0);
    let mut storage = Stored::default();
    if save_due(&harness) {
        eframe::App::save(harness.state_mut(), &mut storage);
    }
    assert!(!save_due(&harness), "nothing changed since the last save");
    // The user opens the report card and widens the window.
    crate::common::click(&mut harness, "View");
    crate::common::click(&mut harness, "Report card panel");
    harness.set_size(egui::vec2(1500.0, 900.0));
    harness.step();
    assert!(!save_due(&harness), "not while it is still changing");
    wait(&mut harness, 3.0);
    assert!(save_due(&harness), "a save is asked for once the layout has settled");
    eframe::App::save(harness.state_mut(), &mut storage);
    let settings = storage.0.get("sectormap-settings").expect("the settings are saved");
    assert!(settings.contains("show_report:true"), "{settings}");
    assert!(!save_due(&harness), "and then not again until something changes");
}
