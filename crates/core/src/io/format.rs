//! The on-disk shape of a map file, version 4.
//!
//! This is a document format written for people as well as programs: fields
//! have plain names, empty fields are left out, nodes and links are listed in
//! id order and the JSON is pretty printed, so two versions of a map diff well.
//! It is deliberately not petgraph's own serde output.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{Engagement, LinkKind, NodeKind, SavedView, Translations};

/// The value of the `format` field in every map file.
pub const FORMAT_NAME: &str = "sectormap";

/// The file version this build writes and the newest it reads.
/// Version 2 added saved views; version 3 the map's language and
/// translations; version 4 lets a relevant link's `recognised` be absent,
/// meaning nobody has checked yet, and adds the assessment (rubrics and
/// answers) and the asks people edited. Older files read as maps without what came later.
pub const FORMAT_VERSION: u64 = 4;

/// The first file version in which a relevant link without `recognised`
/// means "not checked yet". Before it, a missing `recognised` meant, as
/// those builds drew it, "the department does not make the link", and it
/// still does when such a file is opened.
pub const UNKNOWN_RECOGNITION_SINCE: u64 = 4;

/// Just enough of a file to tell whether it is a map this build can read.
#[derive(Debug, Deserialize)]
pub(crate) struct Header {
    pub format: Option<serde_json::Value>,
    pub version: Option<serde_json::Value>,
}

/// A whole map file.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct MapFile {
    pub format: String,
    pub version: u64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subtitle: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub language: String,
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations,
    #[serde(default)]
    pub nodes: Vec<NodeEntry>,
    #[serde(default)]
    pub links: Vec<LinkEntry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub views: Vec<SavedView>,
    #[serde(default, skip_serializing_if = "super::assessment::AssessmentFile::is_empty")]
    pub assessment: super::assessment::AssessmentFile,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub asks: BTreeMap<String, Vec<crate::model::AskNote>>,
}

/// A position as written in the file.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct XY {
    pub x: f64,
    pub y: f64,
}

/// One year's score as written in the file.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ScoreEntry {
    pub value: f64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A node as written in the file.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NodeEntry {
    pub id: String,
    pub kind: NodeKind,
    pub label: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub fields: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engagement: Option<Engagement>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub scores: BTreeMap<String, ScoreEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<XY>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub pinned: bool,
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations,
}

/// A link as written in the file.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LinkEntry {
    pub id: String,
    pub kind: LinkKind,
    pub from: String,
    pub to: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strength: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recognised: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
fn is_false(value: &bool) -> bool {
    !*value
}
