//! What the picture examples share: the editor on the example map in a
//! window rendered by wgpu, a click that scrolls to its target first, and
//! a frame saved as PNG.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap_app::{Launch, SectormapApp, Start};

/// The editor on `launch` in a 1400 x 900 window, drawn on the CPU by wgpu.
pub fn editor(launch: Launch) -> Harness<'static, SectormapApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(256)
        .wgpu()
        .build_eframe(move |cc| SectormapApp::new(cc, launch));
    harness.run();
    harness
}

/// The editor on the example map.
#[allow(dead_code)] // not every picture starts from the example map
pub fn example() -> Harness<'static, SectormapApp> {
    editor(Launch::headless(Start::Example))
}

/// The folder named by the first argument, else `default`, made if missing.
pub fn out_dir(default: &str) -> Result<PathBuf, String> {
    let dir = std::env::args().nth(1).map_or_else(|| PathBuf::from(default), PathBuf::from);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(dir)
}

/// Renders the window and writes it to `out`.
pub fn save(harness: &mut Harness<'_, SectormapApp>, out: &Path) -> Result<(), String> {
    let image = harness.render()?;
    image.save(out).map_err(|e| format!("{}: {e}", out.display()))?;
    println!("wrote {}", out.display());
    Ok(())
}

/// Scrolls the control named `label` into view, clicks it and lets the frame run.
pub fn click(harness: &mut Harness<'_, SectormapApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}
