//! Asks: what the coalition asks of a department, most urgent first. Most
//! asks are worded from the map (`analysis::asks`); what people change
//! (wording, urgency, order, dropping one, adding their own) is kept here,
//! by department, under each ask's stable key.

use serde::{Deserialize, Serialize};

use super::Translations;

/// Fields of an ask that may be translated.
pub const ASK_FIELDS: [&str; 1] = ["text"];

/// How urgent an ask is, as GREVIO ranks its recommendations.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    /// To act on now.
    Urgent,
    /// To act on.
    #[default]
    Important,
    /// To consider.
    ToConsider,
}

impl Urgency {
    /// Every level, most urgent first.
    pub const ALL: [Urgency; 3] = [Urgency::Urgent, Urgency::Important, Urgency::ToConsider];

    /// The level's name in files and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Urgency::Urgent => "urgent",
            Urgency::Important => "important",
            Urgency::ToConsider => "to-consider",
        }
    }
}

/// What people changed about one ask of a department (or an ask of their
/// own), in the order they arranged the department's asks.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AskNote {
    /// The ask's key: `link:ID`, `criterion:YEAR:ID`, `commitment:ID`,
    /// `issue:ID` for asks worded from the map, `own:ID` for one of their own.
    pub key: String,
    /// The wording, when changed from the map's (always, for their own).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The urgency, when changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urgency: Option<Urgency>,
    /// Left out of the brief.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dropped: bool,
    /// Sources for the ask.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// The wording in other languages.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations,
}

impl AskNote {
    /// Whether the note changes nothing.
    pub fn is_empty(&self) -> bool {
        self.text.is_none()
            && self.urgency.is_none()
            && !self.dropped
            && self.evidence.is_empty()
            && self.translations.is_empty()
    }

    /// Whether it is an ask of people's own (not worded from the map).
    pub fn is_own(&self) -> bool {
        self.key.starts_with("own:")
    }
}

/// Every problem of `doc`'s asks: a department that is not there, a key
/// used twice or of no known form, an ask of people's own with no words.
pub fn check_asks(doc: &super::Document) -> Vec<super::Problem> {
    use super::{NodeKind, Place, Problem};
    let mut problems = Vec::new();
    for (department, notes) in &doc.asks {
        let place = || Place::Node(department.clone());
        if doc.node(department).is_none_or(|n| n.kind != NodeKind::Department) {
            problems.push(Problem::new(
                Place::Map,
                format!("asks.{department}"),
                "no department has this id",
            ));
            continue;
        }
        let mut seen = std::collections::BTreeSet::new();
        for (i, note) in notes.iter().enumerate() {
            let field = format!("asks[{i}]");
            let known = ["link:", "criterion:", "commitment:", "issue:", "own:"]
                .iter()
                .any(|p| note.key.starts_with(p));
            if !known {
                problems.push(Problem::new(
                    place(),
                    field.clone(),
                    format!(
                        "\"{}\" is no ask's key (link:, criterion:, commitment:, issue: or own:)",
                        note.key
                    ),
                ));
            }
            if !seen.insert(note.key.as_str()) {
                problems.push(Problem::new(
                    place(),
                    field.clone(),
                    format!("the ask \"{}\" is listed twice", note.key),
                ));
            }
            if note.is_own() && note.text.as_deref().is_none_or(|t| t.trim().is_empty()) {
                problems.push(Problem::new(place(), field, "an ask of your own needs its words"));
            }
        }
    }
    problems
}
