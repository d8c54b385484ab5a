//! The editor under egui_kittest, shared by the editor tests.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // each test file uses some of it

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap_app::{Launch, SectormapApp, Start};

/// The editor on `start`, without native dialogs or recovery copies, its
/// first frames run.
pub fn editor(start: Start) -> Harness<'static, SectormapApp> {
    launch(Launch::headless(start))
}

/// The editor started as `launch` says, its first frames run.
pub fn launch(launch: Launch) -> Harness<'static, SectormapApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(64)
        .build_eframe(move |cc| SectormapApp::new(cc, launch));
    harness.run();
    harness
}

/// Runs frames until the export started from the editor has finished or
/// failed (the status line says so), however long a loaded machine takes:
/// there is no time limit to be flaky.
pub fn wait_for_export(harness: &mut Harness<'_, SectormapApp>) {
    while !harness.state().status.current().is_some_and(|(m, error)| error || m.starts_with("Exported")) {
        std::thread::sleep(std::time::Duration::from_millis(25));
        harness.run();
    }
}

/// Clicks the control named `label` and lets the frame run.
pub fn click(harness: &mut Harness<'_, SectormapApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Every node's id and stored position, in id order.
pub fn positions(harness: &Harness<'_, SectormapApp>) -> Vec<(String, Option<(f64, f64)>)> {
    harness.state().session().doc().nodes().map(|n| (n.id.clone(), n.position.map(|p| (p.x, p.y)))).collect()
}

/// Clears the text field named `label` and types `text` into it.
pub fn retype(harness: &mut Harness<'_, SectormapApp>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Drags with the pointer from `from` to `to`, through a point between.
pub fn drag(harness: &mut Harness<'_, SectormapApp>, from: egui::Pos2, to: egui::Pos2) {
    harness.drag_at(from);
    harness.run();
    harness.hover_at(from + (to - from) * 0.4);
    harness.run();
    harness.hover_at(to);
    harness.run();
    harness.drop_at(to);
    harness.run();
}

/// The repository's root, where `maps/` and `tests/fixtures/` are.
pub fn root() -> std::path::PathBuf {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    here.ancestors().find(|dir| dir.join("maps/uk-evaw.json").is_file()).unwrap_or(here).to_path_buf()
}

/// Runs frames until the canvas's camera stops gliding.
pub fn settle(harness: &mut Harness<'_, SectormapApp>) {
    harness.run();
    for _ in 0..200 {
        if harness.state().panes.canvas.target.is_none() {
            break;
        }
        harness.step();
    }
    harness.run();
}
