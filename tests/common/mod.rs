//! The editor under egui_kittest, shared by the editor tests.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // each test file uses some of it

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap::ui::{SectormapApp, Start};

/// The editor on `start`, without native dialogs, its layout settled.
pub fn editor(start: Start) -> Harness<'static, SectormapApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(64)
        .build_eframe(move |cc| SectormapApp::new(cc, start).without_native_dialogs());
    harness.state_mut().session.layout.settle_now();
    harness.run();
    harness
}

/// Clicks the control named `label` and lets the frame run.
pub fn click(harness: &mut Harness<'_, SectormapApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}
