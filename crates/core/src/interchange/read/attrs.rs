//! Attribute names as GraphML and GEXF files from other tools write them:
//! the names with a meaning matched ignoring case, and the edge attributes
//! a link cannot keep (it has no free fields).

use std::collections::BTreeMap;

use crate::interchange::props::DRAWING;

/// Attribute names with a meaning of their own, matched ignoring case
/// (`Description`, yEd's; `Weight`, Gephi's); other names are kept as
/// the file spells them.
const KNOWN: [&str; 18] = [
    "kind",
    "type",
    "label",
    "description",
    "tags",
    "evidence",
    "sector",
    "jurisdiction",
    "engagement",
    "pinned",
    "strength",
    "weight",
    "recognised",
    "x",
    "y",
    "title",
    "subtitle",
    "source",
];

/// An attribute's name as read: one of the names with a meaning in lower
/// case (and `score-YYYY`, `note-YYYY`), any other as written.
pub fn canonical(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let yearly = lower.starts_with("score-") || lower.starts_with("note-");
    if KNOWN.contains(&lower.as_str()) || DRAWING.contains(&lower.as_str()) || yearly {
        lower
    } else {
        name.trim().to_owned()
    }
}

/// The names of an edge's attributes a link does not keep (it has no free
/// fields), those with a value; what other tools write for drawing aside.
pub fn not_kept(values: &BTreeMap<String, String>) -> Vec<String> {
    const READ: [&str; 8] =
        ["kind", "label", "strength", "weight", "recognised", "evidence", "description", "id"];
    const IGNORED: [&str; 7] = ["r", "g", "b", "size", "color", "delayed", "reversed"];
    let label = values.get("label").is_some_and(|l| !l.trim().is_empty());
    values
        .iter()
        .filter(|(name, value)| {
            let name = name.as_str();
            !value.trim().is_empty()
                && !IGNORED.contains(&name)
                && (!READ.contains(&name) || (name == "description" && label))
        })
        .map(|(name, _)| name.clone())
        .collect()
}
