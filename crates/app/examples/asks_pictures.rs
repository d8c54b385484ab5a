//! Pictures of a department's asks in the inspector, to look at: the
//! Department for Transport with an ask reworded, one dropped and one of
//! people's own added.
//!
//!     cargo run -p sectormap-app --example asks_pictures [DIR]
//!
//! writes `inspector-asks.png`, `inspector-asks-end.png` and (in French)
//! `inspector-asks-fr.png` into DIR (default `/tmp/i21-shots`). Needs a
//! Vulkan driver (Mesa's lavapipe is enough).

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
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

fn write(harness: &mut Harness<'_, SectormapApp>, label: &str, text: &str) {
    click(harness, label);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label(label).type_text(text);
    harness.run();
    harness.key_press(Key::Tab);
    harness.run();
}

fn main() -> Result<(), String> {
    let dir = std::env::args().nth(1).map_or_else(|| PathBuf::from("/tmp/i21-shots"), PathBuf::from);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(256)
        .wgpu()
        .build_eframe(|cc| SectormapApp::new(cc, Launch::headless(Start::Example)));
    harness.run();
    click(&mut harness, "Department for Transport");
    write(&mut harness, "Ask 2", "Make every bus and train station safe for women at night.");
    click(&mut harness, "Drop ask 3");
    write(&mut harness, "New ask", "Fund a helpline poster at every station.");
    click(&mut harness, "Add an ask");
    harness.get_by_label("Urgency of ask 1").scroll_to_me();
    harness.run();
    save(&mut harness, &dir.join("inspector-asks.png"))?;
    harness.get_by_label("Add an ask").scroll_to_me();
    harness.run();
    save(&mut harness, &dir.join("inspector-asks-end.png"))?;
    // In French, whose words are longer.
    harness.state_mut().settings.language = Some(sectormap_core::i18n::Language::Fr);
    harness.run();
    harness.get_by_label("Urgence de la demande 3").scroll_to_me();
    harness.run();
    save(&mut harness, &dir.join("inspector-asks-fr.png"))
}
