//! `export --lang` draws the translations; `check` lists what is untranslated.

use sectormap_core::io::to_json;

use crate::common::{bilingual, sectormap};

#[test]
fn export_lang_draws_the_translations_and_check_lists_what_is_untranslated() {
    let dir = tempfile::tempdir().expect("temp dir");
    let map = dir.path().join("map.json");
    let mut doc = bilingual();
    sectormap_core::pipeline::place(&mut doc, &sectormap_core::pipeline::Scope::Missing, 1, &mut |_| {});
    std::fs::write(&map, to_json(&doc).expect("saves")).expect("written");
    let svg = dir.path().join("es.svg");
    let out = sectormap(&[
        "export",
        map.to_str().expect("path"),
        "--lang",
        "es",
        "-o",
        svg.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&svg).expect("svg");
    assert!(
        text.contains("Violencia doméstica") && !text.contains("Domestic violence"),
        "Spanish label drawn"
    );
    assert!(text.contains("Department of Health"), "an untranslated label stays in English");
    assert!(text.contains(">Nodos<") && text.contains(">Vínculos<"), "the legend speaks Spanish too");
    let out = sectormap(&[
        "export",
        map.to_str().expect("path"),
        "--lang",
        "de",
        "-o",
        svg.to_str().expect("path"),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("its languages are en, es, fr"));
    let out = sectormap(&["check", map.to_str().expect("path"), "--gaps"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Untranslated into Español (es)"), "{stdout}");
    assert!(stdout.contains("node \"dept-health\", label"), "{stdout}");
}
