//! Pictures of the assessment in the editor, to look at: the Assessment
//! panel with the example's marks and an answer open beside it, and Home
//! Office's marks in the inspector.
//!
//!     cargo run -p sectormap-app --example assess_pictures [DIR]
//!
//! writes `assess-panel.png` and `inspector-marks.png` into DIR (default
//! `/tmp/i20-shots`). Needs a Vulkan driver (Mesa's lavapipe is enough).

mod shots;

use egui_kittest::kittest::Queryable;
use shots::{click, example, out_dir, save};

fn main() -> Result<(), String> {
    let dir = out_dir("/tmp/i20-shots")?;
    let mut harness = example();
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
