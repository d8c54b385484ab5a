//! Makes the README's pictures, so they always show what the code does:
//!
//!     cargo run --release -p sectormap-app --example readme_pictures [DIR]
//!
//! writes into DIR (default `assets/screenshots`): `uk-evaw.png` and
//! `scripts.png` (the example maps exported as `sectormap export MAP -o
//! OUT.png --width 2400` writes them), `report-card.png` (`sectormap report
//! maps/uk-evaw.json --chart OUT.png --width 1600`), and the editor drawn
//! with wgpu as a person sees it: `editor.png` (the example map),
//! `editor-laptop.png` and `editor-small.png` (in 1280 x 800 and 800 x 600
//! windows) and
//! `presenting.png` (presenting the Department for Transport view). The
//! editor pictures need a Vulkan driver (Mesa's lavapipe is enough).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use egui_kittest::Harness;
use sectormap_app::{Launch, SectormapApp, Start};
use sectormap_core::export::{self, Content, Export, MapView, PictureSize};
use sectormap_core::format::Format;
use sectormap_core::io::load_path;
use sectormap_core::render::{RenderOptions, Size};

/// The repository's root (two folders above this crate).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Writes `content` of the map at `map` (relative to the root) as a PNG.
fn export_png(map: &str, content: Content, out: &Path) -> Result<(), String> {
    let doc = load_path(&root().join(map)).map_err(|e| e.to_string())?;
    let request = Export { content, format: Format::Png, language: None };
    let exported = export::export(&doc, &request).map_err(|e| e.to_string())?;
    export::write(out, &exported).map_err(|e| e.to_string())?;
    println!("wrote {}", out.display());
    Ok(())
}

/// A picture at `width` pixels on white.
fn width(px: u32) -> PictureSize {
    RenderOptions { size: Size::Width(px), ..RenderOptions::default() }.into()
}

/// The editor on the example map in a window of `size`, drawn with wgpu.
fn editor(size: egui::Vec2) -> Harness<'static, SectormapApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(256)
        .wgpu()
        .build_eframe(|cc| SectormapApp::new(cc, Launch::headless(Start::Example)));
    harness.run();
    harness
}

/// Renders the harness's window and saves it.
fn save(harness: &mut Harness<'_, SectormapApp>, out: &Path) -> Result<(), String> {
    let image = harness.render()?;
    image.save(out).map_err(|e| format!("{}: {e}", out.display()))?;
    println!("wrote {}", out.display());
    Ok(())
}

/// Presents the example map at the Department for Transport view.
fn presenting(out: &Path) -> Result<(), String> {
    let mut harness = editor(egui::vec2(1400.0, 900.0));
    let index = harness.state().session().doc().views.iter().position(|v| v.name == "Transport");
    let index = index.ok_or("the example map has no Transport view")?;
    harness.key_press(egui::Key::F5);
    harness.run();
    for _ in 0..index {
        harness.key_press(egui::Key::ArrowRight);
        harness.run();
    }
    // Let the camera's glide between views end.
    for _ in 0..90 {
        harness.step();
    }
    harness.run();
    save(&mut harness, out)
}

fn run(dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let map = |size| Content::Map { view: MapView::default(), size };
    export_png("maps/uk-evaw.json", map(width(2400)), &dir.join("uk-evaw.png"))?;
    export_png("tests/fixtures/scripts.json", map(width(2400)), &dir.join("scripts.png"))?;
    export_png("maps/uk-evaw.json", Content::ReportCard { size: width(1600) }, &dir.join("report-card.png"))?;
    save(&mut editor(egui::vec2(1400.0, 900.0)), &dir.join("editor.png"))?;
    save(&mut editor(egui::vec2(1280.0, 800.0)), &dir.join("editor-laptop.png"))?;
    save(&mut editor(egui::vec2(800.0, 600.0)), &dir.join("editor-small.png"))?;
    presenting(&dir.join("presenting.png"))
}

fn main() -> ExitCode {
    let dir = std::env::args().nth(1).map_or_else(|| root().join("assets/screenshots"), PathBuf::from);
    match run(&dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}
