//! What the picture examples share: the editor on the example map in a
//! window rendered by wgpu, a click that scrolls to its target first, and
//! a frame saved as PNG.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap_app::{Launch, SectormapApp, Start};

/// The editor on `launch` in a 1400 x 900 window, drawn on the CPU by wgpu.
pub fn editor(launch: Launch) -> Harness<'static, SectormapApp> {
    editor_sized(launch, egui::vec2(1400.0, 900.0))
}

/// The editor of the person whose data folder is `data`, on the map at
/// `map`, in a window of `size`.
#[allow(dead_code)] // only the pictures of shared maps have people
pub fn editor_of(data: &Path, map: &Path, size: egui::Vec2) -> Harness<'static, SectormapApp> {
    let start = Start::File(map.to_path_buf());
    editor_sized(Launch { identity_dir: Some(data.to_path_buf()), ..Launch::headless(start) }, size)
}

/// The example map, laid out, saved as `folder/uk-evaw.json` and shared by
/// `device`; returns the map's path.
#[allow(dead_code)] // only the pictures of shared maps share one
pub fn shared_example(folder: &Path, device: sectormap_core::share::Device) -> Result<PathBuf, String> {
    use sectormap_core::pipeline::{self, DEFAULT_SEED, Scope};
    let map = folder.join("uk-evaw.json");
    let mut doc = sectormap_core::io::load_str(sectormap_core::io::EXAMPLE_MAP, "uk-evaw.json")
        .map_err(|e| e.to_string())?;
    pipeline::place(&mut doc, &Scope::Missing, DEFAULT_SEED, &mut |_| {});
    sectormap_core::io::save_path(&doc, &map).map_err(|e| e.to_string())?;
    let mut session = sectormap_core::editor::Session::open(&map).map_err(|e| e.to_string())?;
    session.share(device).map_err(|e| e.to_string())?;
    Ok(map)
}

/// The editor on `launch` in a window of `size`, drawn on the CPU by wgpu.
fn editor_sized(launch: Launch, size: egui::Vec2) -> Harness<'static, SectormapApp> {
    let mut harness = Harness::builder()
        .with_size(size)
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
#[allow(dead_code)] // the live picture joins two windows itself
pub fn save(harness: &mut Harness<'_, SectormapApp>, out: &Path) -> Result<(), String> {
    let image = harness.render()?;
    image.save(out).map_err(|e| format!("{}: {e}", out.display()))?;
    println!("wrote {}", out.display());
    Ok(())
}

/// Scrolls the control named `label` into view, clicks it and lets the frame run.
#[allow(dead_code)] // not every picture clicks
pub fn click(harness: &mut Harness<'_, SectormapApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}
