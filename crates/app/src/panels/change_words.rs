//! The words of the Changes panel and the merge preview: a field's name in
//! the interface language, and what a change record did to one thing.

use sectormap_core::editor::Session;
use sectormap_core::i18n::Language;
use sectormap_core::share::Touched;
use sectormap_core::tr;

/// A field's name in `lang`: the inspector's word for the common ones,
/// the map file's for the rest.
pub fn field_name(field: &str, lang: Language) -> String {
    let id = match field {
        "label" => "inspector-label",
        "description" => "inspector-description",
        "position" => "inspector-position",
        "pinned" => "inspector-pinned",
        "kind" => "inspector-kind",
        "tags" => "inspector-tags",
        "evidence" => "inspector-evidence",
        "fields" => "inspector-fields",
        "sector" => "dept-sector",
        "jurisdiction" => "dept-jurisdiction",
        "engagement" => "dept-engagement",
        "scores" => "dept-scores",
        "strength" => "link-strength",
        _ => return field.to_owned(),
    };
    lang.tr(id)
}

/// What a record did to one thing (which it `made`), in `lang`; a link is
/// named by its ends.
pub(super) fn touched(thing: &Touched, made: bool, session: &Session, lang: Language) -> String {
    if thing.deleted {
        return tr!(lang, "changes-deleted", kind = thing.kind, label = thing.label.as_str());
    }
    let doc = session.doc();
    let ends = doc.link(&thing.id).filter(|_| thing.kind == "link").map(|(link, from, to)| {
        let name = |id: &str| doc.node(id).map_or(id.to_owned(), |n| n.label.clone());
        let ends = format!("{} → {}", name(from), name(to));
        if link.label.is_empty() { ends } else { format!("{} ({ends})", link.label) }
    });
    let label = ends.unwrap_or_else(|| thing.label.clone());
    if thing.kind == "map" {
        return tr!(lang, "changes-map-part", part = thing.id.as_str());
    }
    let fields: Vec<String> = thing.fields.iter().map(|f| field_name(f, lang)).collect();
    if made {
        tr!(lang, "changes-added", kind = thing.kind, label = label.as_str())
    } else if fields.is_empty() {
        tr!(lang, "changes-changed", kind = thing.kind, label = label.as_str())
    } else {
        format!("{label}: {}", fields.join(", "))
    }
}
