//! The attributes GraphML and GEXF files carry for nodes and links: one
//! list of names and types, written and read the same way by both.

use std::collections::{BTreeMap, BTreeSet};

use super::read::kinds;
use super::read::lookup::KindLookup;
use crate::model::{Document, Link, LinkKind, Node, NodeKind, Score};

/// The type of an attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// Text.
    Str,
    /// A number.
    Double,
    /// A whole number.
    Int,
    /// true or false.
    Bool,
}

impl Ty {
    /// The name GraphML (`attr.type`) and GEXF (`type`) use.
    pub fn name(self, gexf: bool) -> &'static str {
        match self {
            Ty::Str => "string",
            Ty::Double => "double",
            Ty::Int if gexf => "integer",
            Ty::Int => "int",
            Ty::Bool => "boolean",
        }
    }
}

/// Prefix of free fields' attribute names (`field:budget`).
pub const FIELD: &str = "field:";

/// The node attributes a document needs, in a fixed order.
pub fn node_keys(doc: &Document) -> Vec<(String, Ty)> {
    let mut keys: Vec<(String, Ty)> =
        ["kind", "description", "tags", "evidence", "sector", "jurisdiction", "engagement"]
            .iter()
            .map(|&k| (k.to_owned(), Ty::Str))
            .collect();
    keys.push(("pinned".to_owned(), Ty::Bool));
    let years: BTreeSet<i32> = doc.nodes().flat_map(|n| n.department.scores.keys().copied()).collect();
    for year in years {
        keys.push((format!("score-{year}"), Ty::Double));
        keys.push((format!("note-{year}"), Ty::Str));
    }
    let fields: BTreeSet<&String> = doc.nodes().flat_map(|n| n.fields.keys()).collect();
    keys.extend(fields.into_iter().map(|f| (format!("{FIELD}{f}"), Ty::Str)));
    keys
}

/// The attribute values of `node` (label and position aside), empty ones left out.
pub fn node_values(node: &Node) -> Vec<(String, String)> {
    let dept = &node.department;
    let mut values: Vec<(String, String)> = vec![
        ("kind".to_owned(), node.kind.key().to_owned()),
        ("description".to_owned(), node.description.clone()),
        ("tags".to_owned(), node.tags.join("|")),
        ("evidence".to_owned(), node.evidence.join("\n")),
        ("sector".to_owned(), dept.sector.clone()),
        ("jurisdiction".to_owned(), dept.jurisdiction.clone()),
    ];
    if dept.engagement != crate::model::Engagement::Unknown {
        values.push(("engagement".to_owned(), dept.engagement.key().to_owned()));
    }
    if node.pinned {
        values.push(("pinned".to_owned(), "true".to_owned()));
    }
    for (year, score) in &dept.scores {
        values.push((format!("score-{year}"), score.value.to_string()));
        values.push((format!("note-{year}"), score.note.clone()));
    }
    values.extend(node.fields.iter().map(|(k, v)| (format!("{FIELD}{k}"), v.clone())));
    values.retain(|(_, v)| !v.is_empty());
    values
}

/// Attribute names other tools write for their own purposes, read as nothing.
pub const DRAWING: [&str; 6] = ["r", "g", "b", "size", "weight", "color"];

/// Why a node could not be read.
#[derive(Debug)]
pub enum NodeError {
    /// Its type is no Sectormap kind and none is chosen for it: reported
    /// once per type name (see [`KindLookup::type_problems`]).
    Untyped,
    /// Every problem with it, as sentences.
    Problems(Vec<String>),
}

/// A node from its id, label and attribute values. A type whose kind the
/// user chose is kept as a tag, as the file spells it.
pub fn node_from(
    id: &str,
    label: &str,
    values: &BTreeMap<String, String>,
    kinds: &mut KindLookup,
    place: &str,
) -> Result<Node, NodeError> {
    let mut problems = Vec::new();
    let kind_name = values.get("kind").or_else(|| values.get("type")).map_or("", String::as_str);
    let Some(kind) = kinds.kind(kind_name, place) else {
        return Err(NodeError::Untyped);
    };
    let mut node = Node::new(id, kind, if label.is_empty() { id } else { label });
    let mut notes = BTreeMap::new();
    let kept_type = kinds.tag(kind_name);
    for (name, value) in values {
        let dept_only = |problems: &mut Vec<String>| {
            if kind != NodeKind::Department {
                problems.push(format!("node '{id}': only departments have a {name}"));
            }
        };
        match name.as_str() {
            "kind" | "type" | "label" => {}
            "description" => node.description.clone_from(value),
            "tags" => {
                node.tags =
                    value.split('|').map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned).collect()
            }
            "evidence" => {
                node.evidence =
                    value.lines().map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned).collect()
            }
            "sector" => {
                dept_only(&mut problems);
                node.department.sector.clone_from(value);
            }
            "jurisdiction" => {
                dept_only(&mut problems);
                node.department.jurisdiction.clone_from(value);
            }
            "engagement" => match kinds::engagement(value) {
                Some(e) => {
                    dept_only(&mut problems);
                    node.department.engagement = e;
                }
                None => problems.push(format!("node '{id}': unknown engagement '{value}'")),
            },
            "pinned" => match kinds::yes_no(value) {
                Some(pinned) => node.pinned = pinned,
                None => problems.push(format!("node '{id}': pinned is '{value}', not true or false")),
            },
            _ if name.starts_with("score-") || name.starts_with("note-") => {
                let (what, year) = name.split_once('-').unwrap_or_default();
                let Ok(year) = crate::model::parse_year(year) else {
                    problems.push(format!("node '{id}': '{name}' does not end in a year"));
                    continue;
                };
                if what == "note" {
                    notes.insert(year, value.clone());
                    continue;
                }
                match crate::model::parse_score(value) {
                    Ok(score) => {
                        dept_only(&mut problems);
                        node.department.scores.insert(year, Score { value: score, note: String::new() });
                    }
                    Err(message) => problems.push(format!("node '{id}': {name} is '{value}': {message}")),
                }
            }
            _ if DRAWING.contains(&name.as_str()) => {}
            _ => {
                node.fields.insert(name.strip_prefix(FIELD).unwrap_or(name).to_owned(), value.clone());
            }
        }
    }
    for (year, note) in notes {
        match node.department.scores.get_mut(&year) {
            Some(score) => score.note = note,
            None => problems.push(format!("node '{id}': a note for {year} but no score")),
        }
    }
    if let Some(tag) = kept_type.filter(|t| !node.tags.iter().any(|k| k.eq_ignore_ascii_case(t))) {
        node.tags.push(tag);
    }
    if problems.is_empty() { Ok(node) } else { Err(NodeError::Problems(problems)) }
}

/// The link attributes, in a fixed order.
pub const LINK_KEYS: [(&str, Ty); 5] = [
    ("kind", Ty::Str),
    ("strength", Ty::Int),
    ("recognised", Ty::Bool),
    ("evidence", Ty::Str),
    ("label", Ty::Str),
];

/// The attribute values of `link`, empty ones left out.
pub fn link_values(link: &Link) -> Vec<(&'static str, String)> {
    let mut values = vec![
        ("kind", link.kind.key().to_owned()),
        ("strength", link.strength.to_string()),
        ("recognised", link.recognised.as_flag().map(|yes| yes.to_string()).unwrap_or_default()),
        ("evidence", link.evidence.join("\n")),
        ("label", link.label.clone()),
    ];
    values.retain(|(_, v)| !v.is_empty());
    values
}

/// A link from its id, attribute values and the kinds of its ends.
pub fn link_from(
    id: &str,
    values: &BTreeMap<String, String>,
    from: NodeKind,
    to: NodeKind,
) -> Result<Link, String> {
    let get = |name: &str| values.get(name).map_or("", String::as_str);
    let kind = match get("kind") {
        "" => LinkKind::allowed_between(from, to).first().copied().unwrap_or(LinkKind::Related),
        name => kinds::link_kind(name).ok_or_else(|| format!("link '{id}' has the unknown kind '{name}'"))?,
    };
    let mut link = Link::new(id, kind);
    link.label = if get("label").is_empty() { get("description") } else { get("label") }.to_owned();
    let strength = if get("strength").is_empty() { get("weight") } else { get("strength") };
    link.strength = kinds::strength(strength)
        .ok_or_else(|| format!("link '{id}': the strength '{strength}' is not 1, 2 or 3"))?;
    link.recognised = kinds::recognition(get("recognised")).ok_or_else(|| {
        format!("link '{id}': recognised is '{}', not true, false or empty (not checked)", get("recognised"))
    })?;
    link.evidence =
        get("evidence").lines().map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned).collect();
    Ok(link)
}
