//! Writing a map file: the document as pretty JSON, saved atomically.

use std::io::Write;
use std::path::Path;

use super::atomic::write_atomic;
use super::error::SaveError;
use super::format::{FORMAT_NAME, FORMAT_VERSION, LinkEntry, MapFile, NodeEntry, ScoreEntry, XY};
use super::stamp::FileStamp;
use crate::model::{Document, Link, LinkKind, Node, NodeKind, Point};

/// The document as the JSON text of a map file of the current version, ending in a newline.
///
/// Refuses a document with problems, so that a saved file always loads.
pub fn to_json(document: &Document) -> Result<String, SaveError> {
    let problems = document.validate();
    if !problems.is_empty() {
        return Err(SaveError::Invalid(problems));
    }
    let mut text = serde_json::to_string_pretty(&to_file(document))?;
    text.push('\n');
    Ok(text)
}

/// The document as the JSON value of a map file (what [`to_json`] writes),
/// refusing a document with problems as it does.
pub fn to_value(document: &Document) -> Result<serde_json::Value, SaveError> {
    let problems = document.validate();
    if !problems.is_empty() {
        return Err(SaveError::Invalid(problems));
    }
    Ok(serde_json::to_value(to_file(document))?)
}

/// Saves the document to `path` atomically, keeping the previous file as `NAME.bak`.
///
/// On any error the file at `path` is left exactly as it was.
pub fn save_path(document: &Document, path: &Path) -> Result<(), SaveError> {
    save_stamped(document, path).map(|_| ())
}

/// Saves as [`save_path`] does, and returns the stamp of what it wrote.
pub fn save_stamped(document: &Document, path: &Path) -> Result<FileStamp, SaveError> {
    let text = to_json(document)?;
    write_atomic(path, true, |file| file.write_all(text.as_bytes())).map_err(|err| SaveError::Io {
        path: path.display().to_string(),
        action: err.action,
        source: err.source,
    })?;
    Ok(FileStamp::of(text.as_bytes(), path))
}

fn to_file(document: &Document) -> MapFile {
    MapFile {
        nodes: document.nodes().map(node_entry).collect(),
        links: document.links().map(|(link, from, to)| link_entry(link, from, to)).collect(),
        ..map_part(document)
    }
}

/// The file's JSON of the map without its nodes and links (title, views,
/// assessment, asks...), of one node, and of one link: a change can be
/// taken apart thing by thing without writing the whole map.
pub fn map_part_value(document: &Document) -> Result<serde_json::Value, SaveError> {
    Ok(serde_json::to_value(map_part(document))?)
}

/// The file's JSON of `node` (see [`map_part_value`]).
pub fn node_value(node: &Node) -> Result<serde_json::Value, SaveError> {
    Ok(serde_json::to_value(node_entry(node))?)
}

/// The file's JSON of `link` from `from` to `to` (see [`map_part_value`]).
pub fn link_value(link: &Link, from: &str, to: &str) -> Result<serde_json::Value, SaveError> {
    Ok(serde_json::to_value(link_entry(link, from, to))?)
}

fn map_part(document: &Document) -> MapFile {
    MapFile {
        format: FORMAT_NAME.to_owned(),
        version: FORMAT_VERSION,
        title: document.meta.title.clone(),
        subtitle: document.meta.subtitle.clone(),
        source: document.meta.source.clone(),
        language: document.meta.language.clone(),
        translations: document.meta.translations.clone(),
        views: document.views.clone(),
        assessment: super::assessment::AssessmentFile::of(&document.assessment),
        asks: document
            .asks
            .iter()
            .filter(|(_, notes)| !notes.is_empty())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        nodes: Vec::new(),
        links: Vec::new(),
    }
}

fn link_entry(link: &Link, from: &str, to: &str) -> LinkEntry {
    let relevant = link.kind == LinkKind::Relevant;
    LinkEntry {
        id: link.id.clone(),
        kind: link.kind,
        from: from.to_owned(),
        to: to.to_owned(),
        label: link.label.clone(),
        strength: relevant.then_some(i64::from(link.strength)),
        recognised: if relevant { link.recognised.as_flag() } else { None },
        evidence: link.evidence.clone(),
        translations: link.translations.clone(),
    }
}

fn node_entry(node: &Node) -> NodeEntry {
    let dept = (node.kind == NodeKind::Department).then_some(&node.department);
    let text = |value: Option<&String>| value.filter(|s| !s.is_empty()).cloned();
    NodeEntry {
        id: node.id.clone(),
        kind: node.kind,
        label: node.label.clone(),
        description: node.description.clone(),
        tags: node.tags.clone(),
        fields: node.fields.clone(),
        evidence: node.evidence.clone(),
        sector: text(dept.map(|d| &d.sector)),
        jurisdiction: text(dept.map(|d| &d.jurisdiction)),
        engagement: dept.map(|d| d.engagement),
        scores: dept
            .map(|d| {
                d.scores
                    .iter()
                    .map(|(year, score)| {
                        let entry = ScoreEntry { value: score.value, note: score.note.clone() };
                        (year.to_string(), entry)
                    })
                    .collect()
            })
            .unwrap_or_default(),
        position: node.position.map(Point::rounded).map(|p| XY { x: p.x, y: p.y }),
        pinned: node.pinned,
        translations: node.translations.clone(),
    }
}
