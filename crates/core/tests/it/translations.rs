//! Multilingual maps: translations in the file (format 3), the map shown in
//! one of its languages, `export --lang`, untranslated texts listed by
//! `check --gaps`, and right-to-left maps mirrored.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use crate::common::bilingual;
use sectormap_core::io::{load_str, to_json};
use sectormap_core::model::{Document, Place};
use sectormap_core::pipeline::scene_for;
use sectormap_core::scene::{Anchor, Element, Item, View};

#[test]
fn translations_survive_save_and_load_and_old_files_still_load() {
    let doc = bilingual();
    let text = to_json(&doc).expect("saves");
    assert!(text.contains("\"version\": 4"), "{text}");
    assert!(text.contains("\"translations\""));
    let back = load_str(&text, "map.json").expect("loads");
    assert_eq!(back, doc);
    assert_eq!(back.languages(), vec!["en", "es", "fr"]);
    let old = r#"{"format": "sectormap", "version": 2, "title": "Old", "nodes": [{"id": "a", "kind": "issue", "label": "A"}]}"#;
    let old = load_str(old, "old.json").expect("a version 2 file loads");
    assert_eq!(old.languages(), vec!["en"]);
}

#[test]
fn bad_translations_are_refused_naming_the_place_and_field() {
    let text = r#"{"format": "sectormap", "version": 3, "language": "english",
        "nodes": [{"id": "a", "kind": "issue", "label": "A",
                   "translations": {"es_ES": {"label": "x"}, "fr": {"colour": "rouge"}}}]}"#;
    let err = load_str(text, "bad.json").expect_err("refused").to_string();
    assert!(err.contains("map") && err.contains("language"), "{err}");
    assert!(err.contains("node \"a\"") && err.contains("translations.es_ES"), "{err}");
    assert!(err.contains("translations.fr.colour") && err.contains("cannot be translated"), "{err}");
}

#[test]
fn a_localized_map_uses_translations_and_falls_back_to_its_own_texts() {
    let doc = bilingual();
    let es = doc.localized("es");
    assert_eq!(es.node("issue-dv").map(|n| n.label.as_str()), Some("Violencia doméstica"));
    assert_eq!(es.node("dept-health").map(|n| n.label.as_str()), Some("Department of Health"), "falls back");
    assert!(es.meta.title.starts_with("La violencia"));
    let positions = |d: &Document| d.nodes().map(|n| n.position).collect::<Vec<_>>();
    assert_eq!(positions(&es), positions(&doc), "nothing moves");
    let missing = doc.untranslated();
    assert!(missing.iter().any(|u| u.language == "es" && u.place == Place::Node("dept-health".into())));
    assert!(missing.iter().any(|u| u.language == "fr" && u.place == Place::Map && u.field == "title"));
    assert!(!missing.iter().any(|u| u.language == "es" && u.place == Place::Node("issue-dv".into())));
}

#[test]
fn a_right_to_left_map_mirrors_its_title_block_and_legend() {
    let mut doc = bilingual();
    doc.meta.translations.set("ar", "title", "العنف ضد المرأة شأن كل وزارة");
    let mut placed = doc.clone();
    sectormap_core::pipeline::place(&mut placed, &sectormap_core::pipeline::Scope::Missing, 1, &mut |_| {});
    let ltr = scene_for(&placed, &View::default(), 1);
    let rtl = scene_for(&placed.localized("ar"), &View::default(), 1);
    let bounds = |scene: &sectormap_core::scene::Scene, wanted: fn(&Element) -> bool| {
        scene.groups.iter().find(|g| wanted(&g.element)).map(|g| g.bounds).expect("drawn")
    };
    let nodes = |scene: &sectormap_core::scene::Scene| {
        scene
            .groups
            .iter()
            .filter(|g| matches!(g.element, Element::Node(_)))
            .map(|g| g.bounds.x0)
            .fold(f32::MAX, f32::min)
    };
    let legend = |e: &Element| matches!(e, Element::Legend);
    assert!(bounds(&ltr, legend).x0 > nodes(&ltr), "left to right: the legend is right of the map");
    assert!(bounds(&rtl, legend).x1 < nodes(&rtl), "right to left: the legend is left of the map");
    let title = rtl.groups.iter().find(|g| matches!(g.element, Element::Title)).expect("a title");
    let anchors: Vec<Anchor> = rtl
        .items_of(title)
        .iter()
        .filter_map(|i| if let Item::Text { anchor, .. } = i { Some(*anchor) } else { None })
        .collect();
    assert!(!anchors.is_empty() && anchors.iter().all(|a| *a == Anchor::End), "{anchors:?}");
}
