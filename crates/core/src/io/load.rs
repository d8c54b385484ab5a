//! Reading a map file: JSON syntax, then format and version, then every
//! problem in its content at once.

use std::collections::BTreeMap;
use std::path::Path;

use super::error::LoadError;
use super::format::{FORMAT_NAME, FORMAT_VERSION, Header, LinkEntry, MapFile, NodeEntry};
use crate::model::{
    DepartmentInfo, Document, Link, LinkKind, MapMeta, Node, NodeKind, Place, Point, Problem, Recognised,
    Score, check_link, check_node, check_views,
};

/// Reads and checks the map at `path`.
pub fn load_path(path: &Path) -> Result<Document, LoadError> {
    let origin = path.display().to_string();
    let text = std::fs::read(path).map_err(|source| LoadError::Read { origin: origin.clone(), source })?;
    let text = String::from_utf8(text).map_err(|err| LoadError::Encoding {
        origin: origin.clone(),
        offset: err.utf8_error().valid_up_to(),
    })?;
    load_str(&text, &origin)
}

/// Parses and checks a map from JSON text; `origin` names it in messages.
pub fn load_str(text: &str, origin: &str) -> Result<Document, LoadError> {
    // Some editors start UTF-8 files with a byte order mark; JSON does not allow one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if !start.starts_with('{') && !start.is_empty() {
        let offset = text.len() - start.len();
        let line = text[..offset].matches('\n').count() + 1;
        let column = offset - text[..offset].rfind('\n').map_or(0, |i| i + 1) + 1;
        return Err(LoadError::Syntax {
            origin: origin.to_owned(),
            line,
            column,
            message: "a map file is a JSON object, starting with {".to_owned(),
        });
    }
    let file: MapFile = match serde_json::from_str(text) {
        Ok(file) => file,
        Err(err) => {
            // A file from another program or a newer version fails here too;
            // say that rather than point at the first field we do not know.
            if let Ok(header) = serde_json::from_str::<Header>(text) {
                check_header(&header, origin)?;
            }
            return Err(LoadError::syntax(origin, &err));
        }
    };
    check_header(
        &Header {
            format: Some(serde_json::Value::from(file.format.as_str())),
            version: Some(serde_json::Value::from(file.version)),
        },
        origin,
    )?;
    let (document, problems) = build(file);
    if problems.is_empty() {
        Ok(document)
    } else {
        Err(LoadError::Invalid { origin: origin.to_owned(), problems })
    }
}

fn check_header(header: &Header, origin: &str) -> Result<(), LoadError> {
    let format_error = |message: String| LoadError::Format { origin: origin.to_owned(), message };
    match header.format.as_ref().and_then(|value| value.as_str()) {
        Some(FORMAT_NAME) => {}
        Some(other) => {
            return Err(format_error(format!(
                "this is not a Sectormap map: \"format\" is \"{other}\", not \"{FORMAT_NAME}\""
            )));
        }
        None => {
            return Err(format_error(format!(
                "this is not a Sectormap map: it has no \"format\": \"{FORMAT_NAME}\" field"
            )));
        }
    }
    match header.version.as_ref().and_then(serde_json::Value::as_u64) {
        Some(version) if version > FORMAT_VERSION => Err(format_error(format!(
            "the map was saved by a newer Sectormap (file version {version}); this build reads up to version {FORMAT_VERSION}"
        ))),
        Some(0) | None => {
            Err(format_error("the field \"version\" must be a whole number from 1 up".to_owned()))
        }
        Some(_) => Ok(()),
    }
}

/// Turns a parsed file into a document, collecting every problem on the way.
fn build(file: MapFile) -> (Document, Vec<Problem>) {
    let version = file.version;
    let mut document = Document::new();
    document.views = file.views;
    let mut problems = Vec::new();
    document.assessment = file.assessment.read(&mut problems);
    document.asks = file.asks;
    document.meta = MapMeta {
        title: file.title,
        subtitle: file.subtitle,
        source: file.source,
        language: file.language,
        translations: file.translations,
    };
    let mut first_seen: BTreeMap<String, String> = BTreeMap::new();
    for (index, entry) in file.nodes.into_iter().enumerate() {
        let where_ = format!("node #{}", index + 1);
        if !claim_id(&entry.id, &where_, &mut first_seen, &mut problems, Place::NodeAt(index)) {
            continue;
        }
        let (node, found) = node_from(entry);
        problems.extend(found);
        problems.extend(check_node(&node));
        // Added even when its fields are wrong, so that links to it are still
        // checked; the id was claimed above, so this only fails on a bug.
        if let Err(err) = document.add_node(node) {
            problems.push(Problem::new(Place::NodeAt(index), "id", err.to_string()));
        }
    }
    for (index, entry) in file.links.into_iter().enumerate() {
        let where_ = format!("link #{}", index + 1);
        if !claim_id(&entry.id, &where_, &mut first_seen, &mut problems, Place::LinkAt(index)) {
            continue;
        }
        let (from, to) = (entry.from.clone(), entry.to.clone());
        let found = link_from(entry, &document, version);
        match found {
            Ok(link) => {
                if let Err(err) = document.add_link(&from, &to, link) {
                    problems.push(Problem::new(Place::LinkAt(index), "", err.to_string()));
                }
            }
            Err(found) => problems.extend(found),
        }
    }
    problems.extend(check_views(&document));
    problems.extend(crate::model::assess::check_assessment(&document));
    problems.extend(crate::model::check_asks(&document));
    problems.extend(crate::model::check_meta(&document.meta));
    problems.sort();
    (document, problems)
}

/// Records `id` as used; reports an empty or repeated id and returns false.
fn claim_id(
    id: &str,
    where_: &str,
    first_seen: &mut BTreeMap<String, String>,
    problems: &mut Vec<Problem>,
    at: Place,
) -> bool {
    if id.trim().is_empty() {
        problems.push(Problem::new(at, "id", "the id is empty"));
        return false;
    }
    if let Some(first) = first_seen.get(id) {
        let place = if matches!(at, Place::NodeAt(_)) {
            Place::Node(id.to_owned())
        } else {
            Place::Link(id.to_owned())
        };
        problems.push(Problem::new(
            place,
            "id",
            format!("the id is used twice: by {first} and by {where_} in the file"),
        ));
        return false;
    }
    first_seen.insert(id.to_owned(), where_.to_owned());
    true
}

fn node_from(entry: NodeEntry) -> (Node, Vec<Problem>) {
    let place = || Place::Node(entry.id.clone());
    let mut problems = Vec::new();
    let mut scores = BTreeMap::new();
    for (year, score) in entry.scores {
        match crate::model::parse_year(&year) {
            Ok(parsed) => {
                scores.insert(parsed, Score { value: score.value, note: score.note });
            }
            Err(err) => problems.push(Problem::new(
                place(),
                format!("scores.{year}"),
                match err {
                    crate::model::NumberError::OutOfRange { min, max, .. } => {
                        format!("{year} is not a year from {min} to {max}")
                    }
                    _ => format!("\"{year}\" is not a year"),
                },
            )),
        }
    }
    let node = Node {
        department: DepartmentInfo {
            sector: entry.sector.unwrap_or_default(),
            jurisdiction: entry.jurisdiction.unwrap_or_default(),
            engagement: entry.engagement.unwrap_or_default(),
            scores,
        },
        position: entry.position.map(|xy| Point::new(xy.x, xy.y)),
        pinned: entry.pinned,
        description: entry.description,
        tags: entry.tags,
        fields: entry.fields,
        evidence: entry.evidence,
        translations: entry.translations,
        ..Node::new(entry.id, entry.kind, entry.label)
    };
    (node, problems)
}

/// A link from its file entry; `version` is the file's (what a missing
/// `recognised` means depends on it).
fn link_from(entry: LinkEntry, document: &Document, version: u64) -> Result<Link, Vec<Problem>> {
    let place = || Place::Link(entry.id.clone());
    let mut problems = Vec::new();
    let end_kind = |field: &str, id: &str, problems: &mut Vec<Problem>| -> Option<NodeKind> {
        let kind = document.node(id).map(|node| node.kind);
        if kind.is_none() {
            problems.push(Problem::new(place(), field, format!("no node has the id \"{id}\"")));
        }
        kind
    };
    let from = end_kind("from", &entry.from, &mut problems);
    let to = end_kind("to", &entry.to, &mut problems);
    let relevant = entry.kind == LinkKind::Relevant;
    if !relevant && entry.strength.is_some() {
        problems.push(Problem::new(place(), "strength", "only relevant links have a strength"));
    }
    if !relevant && entry.recognised.is_some() {
        problems.push(Problem::new(
            place(),
            "recognised",
            "only relevant links say whether they are recognised",
        ));
    }
    let strength = match entry.strength {
        Some(value) => u8::try_from(value).unwrap_or(u8::MAX),
        None => 2,
    };
    if let Some(value) = entry.strength.filter(|value| !(1..=3).contains(value)) {
        problems.push(Problem::new(place(), "strength", format!("the strength {value} is outside 1 to 3")));
    }
    let link = Link {
        label: entry.label,
        evidence: entry.evidence,
        strength,
        recognised: match entry.recognised {
            None if relevant && version < super::format::UNKNOWN_RECOGNITION_SINCE => Recognised::No,
            flag => Recognised::from_flag(flag),
        },
        translations: entry.translations,
        ..Link::new(entry.id.clone(), entry.kind)
    };
    if let (Some(from), Some(to)) = (from, to) {
        problems
            .extend(check_link(&link, from, to).into_iter().filter(|problem| problem.field != "strength"));
    }
    if problems.is_empty() { Ok(link) } else { Err(problems) }
}
