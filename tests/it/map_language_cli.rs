//! The same map in the same map language gives the same picture from the
//! editor and the command line, whatever language the editor speaks: the
//! words drawn on the map follow the map's shown language only.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::path::Path;

use crate::common::{BIN, click, launch, retype};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap_app::{Launch, SectormapApp, Start};
use sectormap_core::i18n::Language;

/// Exports an SVG of the whole map to `path` through the editor's own
/// dialogs, named in Spanish, and waits until it is written.
fn export_svg_in_spanish(harness: &mut Harness<'_, SectormapApp>, path: &Path) {
    let es = Language::Es;
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    click(harness, "SVG");
    click(harness, &es.tr("menu-export"));
    retype(harness, &es.tr("dialog-path"), path.to_str().unwrap());
    click(harness, &es.tr("dialog-export"));
    // The status line names the file once it is written (or says why not).
    let name = path.display().to_string();
    while !harness.state().status.current().is_some_and(|(m, error)| error || m.contains(&name)) {
        std::thread::sleep(std::time::Duration::from_millis(25));
        harness.run();
    }
    assert!(!harness.state().status.current().unwrap().1, "the export failed");
}

fn cli_svg(map: &Path, out: &Path, extra: &[&str]) -> Vec<u8> {
    let mut args = vec!["export", map.to_str().unwrap(), "-o", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    let run = std::process::Command::new(BIN).args(&args).output().unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    std::fs::read(out).unwrap()
}

#[test]
fn a_spanish_editor_exports_the_command_lines_svg_in_the_maps_language() {
    let dir = tempfile::tempdir().unwrap();
    let map = crate::common::root().join("maps/uk-evaw.json");
    let mut start = Launch::headless(Start::File(map.clone()));
    start.language = Some(Language::Es);
    let mut harness = launch(start);
    assert!(harness.query_by_label("Archivo").is_some(), "the editor speaks Spanish");

    let editor = dir.path().join("editor.svg");
    export_svg_in_spanish(&mut harness, &editor);
    let cli = cli_svg(&map, &dir.path().join("cli.svg"), &[]);
    let svg = String::from_utf8(std::fs::read(&editor).unwrap()).unwrap();
    assert!(svg.contains(">Nodes<") && svg.contains(">not scored<"), "the English map speaks English");
    assert!(!svg.contains("Nodos") && !svg.contains("sin nota"));
    assert!(svg.as_bytes() == cli.as_slice(), "the editor's SVG is the command line's, byte for byte");

    // Shown in Spanish, the map and its own words are Spanish, as
    // `--language es` draws it.
    click(&mut harness, &Language::Es.tr("menu-view"));
    click(&mut harness, &Language::Es.tr("menu-map-language"));
    harness.get_by_role_and_label(egui::accesskit::Role::RadioButton, "Español (es)").click();
    harness.run();
    let editor_es = dir.path().join("editor-es.svg");
    export_svg_in_spanish(&mut harness, &editor_es);
    let cli_es = cli_svg(&map, &dir.path().join("cli-es.svg"), &["--lang", "es"]);
    let svg = String::from_utf8(std::fs::read(&editor_es).unwrap()).unwrap();
    assert!(svg.contains(">Nodos<") && svg.contains(">sin nota<"), "the legend is in Spanish");
    assert!(svg.contains("Violencia doméstica"), "and so are the labels");
    assert!(svg.as_bytes() == cli_es.as_slice(), "the editor's Spanish SVG is `--lang es`'s");
}
