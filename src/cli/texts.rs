//! `check --gaps`: texts with no translation into one of the map's
//! languages, and characters no bundled font can draw.

use serde_json::{Value, json};

use sectormap_core::model::{Document, language_name};

/// The untranslated texts, one line each, grouped by language.
pub fn untranslated_text(doc: &Document) -> String {
    let missing = doc.untranslated();
    let mut out = String::new();
    for lang in doc.languages().iter().skip(1) {
        let mine: Vec<_> = missing.iter().filter(|u| &u.language == lang).collect();
        if mine.is_empty() {
            out.push_str(&format!("\nEvery text has a translation into {} ({lang}).\n", language_name(lang)));
            continue;
        }
        out.push_str(&format!("\nUntranslated into {} ({lang}) ({})\n", language_name(lang), mine.len()));
        for u in mine {
            out.push_str(&format!("  - {}, {}\n", u.place, u.field));
        }
    }
    for (place, chars) in unfonted(doc) {
        let list: String = chars.iter().map(|c| format!(" {c} (U+{:04X})", u32::from(*c))).collect();
        out.push_str(&format!("\nnote: {place} has characters no bundled font can draw:{list}\n"));
    }
    out
}

/// The untranslated texts as JSON.
pub fn untranslated_json(doc: &Document) -> Value {
    let items: Vec<Value> = doc
        .untranslated()
        .iter()
        .map(|u| json!({ "language": u.language, "place": u.place.to_string(), "field": u.field }))
        .collect();
    Value::Array(items)
}

/// Nodes, links and the map whose texts have characters no font draws.
fn unfonted(doc: &Document) -> Vec<(String, Vec<char>)> {
    let mut out = Vec::new();
    let mut check = |place: String, texts: Vec<&str>| {
        let chars: Vec<char> = texts.iter().flat_map(|t| sectormap_core::text::missing_chars(t)).collect();
        if !chars.is_empty() {
            out.push((place, chars));
        }
    };
    let m = &doc.meta;
    let mut map_texts = vec![m.title.as_str(), m.subtitle.as_str(), m.source.as_str()];
    map_texts.extend(m.translations.entries().map(|(_, _, t)| t));
    check("map".to_owned(), map_texts);
    for node in doc.nodes() {
        let mut texts = vec![node.label.as_str()];
        texts.extend(node.translations.entries().filter(|(_, f, _)| *f == "label").map(|(_, _, t)| t));
        check(format!("node \"{}\"", node.id), texts);
    }
    for (link, _, _) in doc.links() {
        let mut texts = vec![link.label.as_str()];
        texts.extend(link.translations.entries().map(|(_, _, t)| t));
        check(format!("link \"{}\"", link.id), texts);
    }
    out
}
