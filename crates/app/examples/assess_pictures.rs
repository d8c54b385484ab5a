//! Pictures of the assessment in the editor, to look at: the Assessment
//! panel with the example's marks and an answer open beside it, and Home
//! Office's marks in the inspector.
//!
//!     cargo run -p sectormap-app --example assess_pictures [DIR]
//!
//! writes `assess-panel.png` and `inspector-marks.png` into DIR (default
//! `/tmp/i20-shots`). Needs a Vulkan driver (Mesa's lavapipe is enough).

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap_app::{Launch, SectormapApp, Start};

fn save(harness: &mut Harness<'_, SectormapApp>, out: &Path) -> Result<(), String> {
    let image = harness.render()?;
    image.save(out).map_err(|e| format!("{}: {e}", out.display()))?;
    println!("wrote {}", out.display());
    Ok(())
}

fn click(harness: &mut Harness<'_, SectormapApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

fn main() -> Result<(), String> {
    let dir = std::env::args().nth(1).map_or_else(|| PathBuf::from("/tmp/i20-shots"), PathBuf::from);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(256)
        .wgpu()
        .build_eframe(|cc| SectormapApp::new(cc, Launch::headless(Start::Example)));
    harness.run();
    click(&mut harness, "Home Office");
    harness.get_by_label("Assessment 2008").scroll_to_me();
    harness.run();
    save(&mut harness, &dir.join("inspector-marks.png"))?;
    click(&mut harness, "View");
    click(&mut harness, "Assessment panel");
    harness.get_by_label("Your name").click();
    harness.run();
    harness.get_by_label("Your name").type_text("Ana Ruiz");
    harness.key_press(egui::Key::Enter);
    harness.run();
    let key = sectormap_core::model::assess::AnswerKey::new(2008, "dept-dft", "plan");
    harness.state_mut().panes.assess.open = Some(key);
    harness.run();
    save(&mut harness, &dir.join("assess-panel.png"))
}
