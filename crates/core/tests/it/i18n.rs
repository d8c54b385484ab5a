//! The translations: every `.ftl` file parses, has exactly the messages
//! and attributes of English with the same variables, and every message
//! the code asks for exists.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use sectormap_core::i18n::{Language, SOURCES, source};

/// Message id (or `id.attribute`) -> the variables it uses.
type Shape = BTreeMap<String, BTreeSet<String>>;

fn inline_vars(expression: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| inline_vars(a, out));
            arguments.named.iter().for_each(|a| inline_vars(&a.value, out));
        }
        _ => {}
    }
}

fn expression_vars(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            variants.iter().for_each(|v| pattern_vars(&v.value, out));
        }
    }
}

fn pattern_vars(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

/// The messages of `lang`'s file and their variables; panics on any
/// syntax error.
fn shape(lang: Language) -> Shape {
    let text = source(lang);
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{lang}: the .ftl file has syntax errors: {errors:#?}"),
    };
    let mut out = Shape::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_vars(value, &mut vars);
                }
                let id = message.id.name.to_owned();
                assert!(out.insert(id.clone(), vars).is_none(), "{lang}: {id} is defined twice");
                for attribute in &message.attributes {
                    let mut vars = BTreeSet::new();
                    pattern_vars(&attribute.value, &mut vars);
                    out.insert(format!("{id}.{}", attribute.id.name), vars);
                }
            }
            Entry::Junk { content } => panic!("{lang}: cannot read {content:?}"),
            _ => {}
        }
    }
    out
}

#[test]
fn every_file_parses_and_matches_english() {
    let english = shape(Language::En);
    assert!(english.len() > 300, "only {} messages in English", english.len());
    for (lang, _) in SOURCES {
        let other = shape(lang);
        let missing: Vec<&String> = english.keys().filter(|id| !other.contains_key(*id)).collect();
        let extra: Vec<&String> = other.keys().filter(|id| !english.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{lang} lacks messages English has: {missing:?}");
        assert!(extra.is_empty(), "{lang} has messages English has not: {extra:?}");
        for (id, vars) in &english {
            assert_eq!(&other[id], vars, "{lang}: {id} uses other variables than in English");
        }
    }
}

#[test]
fn every_language_is_translated() {
    // A message may read the same in two languages ("Sector", "CSV…"), but
    // not most of them: a file copied from English would pass the test above.
    let english = shape(Language::En);
    for lang in [Language::Es, Language::Fr] {
        let same = english.keys().filter(|id| lang.tr(id) == Language::En.tr(id)).count();
        assert!(same * 10 < english.len(), "{lang}: {same} of {} messages read as in English", english.len());
    }
}

/// Message ids written out in the code: `tr("id")` and `tr!(lang, "id"...)`.
fn ids_in_code() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let root = crate::common::root();
    let mut stack = vec![root.join("src"), root.join("crates/core/src"), root.join("crates/app/src")];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (start, _) in text.match_indices('"') {
            let before = &text[..start];
            let tail = &text[start + 1..];
            let Some(end) = tail.find('"') else { continue };
            let id = &tail[..end];
            let is_id = !id.is_empty()
                && id.contains('-')
                && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            let asked = before.ends_with("tr(")
                || before.trim_end().ends_with("tr!(lang,")
                || before.trim_end().ends_with(", lang.tr(")
                || before.trim_end().ends_with("tr!(self,")
                || (before.trim_end().ends_with(',')
                    && before
                        .rfind("tr!(")
                        .is_some_and(|i| !before[i..].contains(';') && !before[i..].contains('"')));
            if is_id && asked && !id.starts_with("no-such") {
                ids.insert(id.to_owned());
            }
        }
    }
    ids
}

#[test]
fn the_code_asks_only_for_messages_that_exist() {
    let english = shape(Language::En);
    let ids = ids_in_code();
    assert!(ids.len() > 150, "found only {} ids in the code: {ids:?}", ids.len());
    let unknown: Vec<&String> = ids.iter().filter(|id| !english.contains_key(*id)).collect();
    assert!(unknown.is_empty(), "the code asks for messages no .ftl has: {unknown:?}");
}

#[test]
fn kinds_and_rules_have_names_in_every_language() {
    use sectormap_core::analysis::GapKind;
    use sectormap_core::model::{ColorBy, Engagement, LinkKind, NodeKind};
    for lang in Language::ALL {
        let ids = shape(lang);
        let mut wanted: Vec<String> = Vec::new();
        wanted.extend(NodeKind::ALL.iter().map(|k| format!("kind-{}", k.key())));
        wanted.extend(LinkKind::ALL.iter().map(|k| format!("link-{}", k.key())));
        wanted.extend(LinkKind::ALL.iter().map(|k| format!("link-name-{}", k.key())));
        wanted.extend(Engagement::ALL.iter().map(|k| format!("engagement-{}", k.key())));
        wanted.extend(ColorBy::ALL.iter().map(|k| format!("color-by-{}", k.key())));
        wanted.extend(GapKind::ALL.iter().map(|k| format!("gap-title-{}", k.key())));
        for id in wanted {
            assert!(ids.contains_key(&id), "{lang} has no {id}");
        }
    }
}

#[test]
fn plurals_and_decimal_marks() {
    use sectormap_core::tr;
    assert_eq!(tr!(Language::Es, "filters-hidden", count = 1), "1 nodo oculto");
    assert_eq!(tr!(Language::Es, "filters-hidden", count = 4), "4 nodos ocultos");
    assert_eq!(tr!(Language::Fr, "filters-hidden", count = 1), "1 nœud masqué");
    assert_eq!(tr!(Language::Fr, "filters-hidden", count = 2), "2 nœuds masqués");
    assert_eq!(tr!(Language::En, "map-counts", nodes = 1, links = 3), "1 node, 3 links");
    assert_eq!(Language::Fr.score(7.5), "7,5");
    assert_eq!(Language::En.score(7.5), "7.5");
}

#[test]
fn an_export_in_french_has_a_french_legend_and_chart() {
    use sectormap_core::pipeline::{DEFAULT_SEED, scene_for};
    use sectormap_core::render::{RenderOptions, to_svg};
    use sectormap_core::scene::{ColorBy, Element, Item, Scene, View, report_chart};
    let path = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../maps/uk-evaw.json"));
    let mut doc = sectormap_core::io::load_path(path).unwrap();
    let dept =
        doc.nodes().find(|n| n.kind == sectormap_core::model::NodeKind::Department).unwrap().id.clone();
    let score = sectormap_core::model::Score { value: 7.5, note: String::new() };
    doc.set_score(&dept, 2006, Some(score)).unwrap();
    let texts = |scene: &Scene, element: &Element| -> Vec<String> {
        let group = scene.groups.iter().find(|g| &g.element == element).unwrap();
        scene.items[group.items.clone()]
            .iter()
            .filter_map(|item| match item {
                Item::Text { text, .. } => Some(text.to_string()),
                _ => None,
            })
            .collect()
    };
    let view = View { color_by: ColorBy::Score, year: Some(2006), language: Language::Fr, ..View::default() };
    let french = scene_for(&doc, &view, DEFAULT_SEED);
    let legend = texts(&french, &Element::Legend);
    for wanted in
        ["Nœuds", "Liens", "Ministère (fond\u{a0}: note)", "Note du ministère en 2006, sur 10", "non noté"]
    {
        assert!(legend.iter().any(|t| t == wanted), "no {wanted:?} in {legend:?}");
    }
    let svg = to_svg(&french, &RenderOptions::default());
    assert!(
        svg.contains("Le ministère poursuit l&apos;objectif")
            || svg.contains("Le ministère poursuit l'objectif")
    );
    // Scores on the map: a decimal comma in French, the point in English.
    let english = scene_for(&doc, &View { language: Language::En, ..view.clone() }, DEFAULT_SEED);
    let badges = |scene: &Scene| -> Vec<String> {
        scene
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text { text, .. } if text.contains("/10") && text.len() < 30 => Some(text.to_string()),
                _ => None,
            })
            .collect()
    };
    assert!(badges(&french).iter().any(|b| b == "7,5/10 en 2006"), "{:?}", badges(&french));
    assert!(badges(&english).iter().all(|b| !b.contains(',')), "{:?}", badges(&english));
    // The words change, the drawing does not: every node where it was.
    let anchors = |scene: &Scene| -> Vec<_> {
        scene.groups.iter().filter_map(|g| g.anchor.map(|a| (a.x, a.y))).collect()
    };
    assert_eq!(anchors(&french), anchors(&english));
    // The report card chart.
    let card = sectormap_core::analysis::ReportCard::of(&doc);
    let chart = report_chart(&card, &doc.meta, sectormap_core::scene::Theme::Light, Language::Es);
    assert_eq!(chart.title, "Boletín de calificaciones: puntuaciones sobre 10");
    let labels = texts(&chart, &Element::Legend);
    assert!(labels.iter().any(|t| t.starts_with("Media de los ministerios puntuados")), "{labels:?}");
}
