//! Pictures of a department's asks in the inspector, to look at: the
//! Department for Transport with an ask reworded, one dropped and one of
//! people's own added.
//!
//!     cargo run -p sectormap-app --example asks_pictures [DIR]
//!
//! writes `inspector-asks.png`, `inspector-asks-end.png` and (in French)
//! `inspector-asks-fr.png` into DIR (default `/tmp/i21-shots`). Needs a
//! Vulkan driver (Mesa's lavapipe is enough).

mod shots;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap_app::SectormapApp;
use shots::{click, example, out_dir, save};

fn write(harness: &mut Harness<'_, SectormapApp>, label: &str, text: &str) {
    click(harness, label);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label(label).type_text(text);
    harness.run();
    harness.key_press(Key::Tab);
    harness.run();
}

fn main() -> Result<(), String> {
    let dir = out_dir("/tmp/i21-shots")?;
    let mut harness = example();
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
