//! Pictures of two people on one shared map, to look at: Amina and Bea
//! each in an editor of their own (two data folders), after they exchanged
//! edits through the shared folder, with the Changes panel open showing
//! the other's changes and the value that lost when both set one field.
//!
//!     cargo run -p sectormap-app --example share_pictures [DIR]
//!
//! writes `share-a.png` (Amina's editor) and `share-b.png` (Bea's) into DIR
//! (default `assets/screenshots`). Needs a Vulkan driver (Mesa's lavapipe
//! is enough).

mod shots;

use std::path::Path;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use sectormap_app::SectormapApp;
use sectormap_app::app::settings::SideTab;
use sectormap_core::edit::Edit;
use sectormap_core::model::Node;
use sectormap_core::share::Device;
use shots::{click, out_dir, save};

/// The editor of the person whose data folder is `data`, on `map`.
fn editor_of(data: &Path, map: &Path) -> Harness<'static, SectormapApp> {
    shots::editor_of(data, map, egui::vec2(1400.0, 900.0))
}

/// Changes node `id` as one undo step.
fn change(
    harness: &mut Harness<'_, SectormapApp>,
    id: &str,
    how: impl FnOnce(&mut Node),
) -> Result<(), String> {
    let node = harness.state().session().doc().node(id).cloned();
    let mut node = node.ok_or_else(|| format!("no node {id}"))?;
    how(&mut node);
    harness.state_mut().work.edit(Edit::SetNode(node), "Change", None, None)?;
    harness.run();
    Ok(())
}

/// Saves with Ctrl+S.
fn save_map(harness: &mut Harness<'_, SectormapApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
}

/// Runs a few seconds of the editor's time: the shared folder is looked at.
fn wait(harness: &mut Harness<'_, SectormapApp>) {
    for _ in 0..12 {
        harness.step();
    }
    harness.run();
}

/// A data folder for `name`.
fn person(name: &str) -> Result<tempfile::TempDir, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    Device::load_or_create(dir.path(), Some(name)).map_err(|e| e.to_string())?;
    Ok(dir)
}

fn main() -> Result<(), String> {
    let dir = out_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/screenshots"))?;
    let folder = tempfile::tempdir().map_err(|e| e.to_string())?;
    let (amina, bea) = (person("Amina")?, person("Bea")?);
    let device = Device::load_or_create(amina.path(), None).map_err(|e| e.to_string())?;
    let map = shots::shared_example(folder.path(), device)?;

    let mut a = editor_of(amina.path(), &map);
    let mut b = editor_of(bea.path(), &map);
    // Both set the Department of Health's sector at once; Bea also words
    // the Home Office's description, Amina renames Transport.
    change(&mut b, "dept-health", |n| n.department.sector = "public health".into())?;
    change(&mut a, "dept-health", |n| n.department.sector = "health and care".into())?;
    change(&mut a, "dept-dft", |n| n.label = "Department for Transport (DfT)".into())?;
    save_map(&mut a);
    wait(&mut b);
    change(&mut b, "dept-home-office", |n| {
        n.description = "Leads on the national VAWG strategy and funds refuges.".into();
    })?;
    save_map(&mut b);
    wait(&mut a);
    for harness in [&mut a, &mut b] {
        let settings = &mut harness.state_mut().settings;
        settings.show_filters = true;
        settings.side_tab = SideTab::Changes;
        harness.run();
    }
    click(&mut a, "Home Office: Description");
    click(&mut b, "Department for Transport (DfT): Label");
    for harness in [&mut a, &mut b] {
        // The whole map, the node of the record clicked selected on it.
        harness.key_press(Key::F);
        harness.hover_at(egui::pos2(700.0, 860.0));
        harness.run();
    }
    save(&mut a, &dir.join("share-a.png"))?;
    save(&mut b, &dir.join("share-b.png"))
}
