//! A rubric: the questions put to every department in one round (year),
//! each with a scale of levels and a written description of what meets each.

use serde::{Deserialize, Serialize};

use crate::model::Translations;

/// Fields of a criterion that may be translated.
pub const CRITERION_FIELDS: [&str; 3] = ["title", "question", "guidance"];
/// Fields of a level that may be translated.
pub const LEVEL_FIELDS: [&str; 2] = ["label", "description"];

/// One round's criteria, in the order they are asked.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    /// Where the criteria come from (e.g. "reconstructed from press
    /// coverage of the coalition's 2006 and 2007 reports").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// Whether the round is real or illustrative (made up to show how
    /// marking works); illustrative rounds say so wherever they are shown.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub illustrative: bool,
    /// The criteria.
    pub criteria: Vec<Criterion>,
}

/// One question, how it is marked, and to whom it applies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Stable id within the round (`"plan"`).
    pub id: String,
    /// A short title (`"Plans for it"`).
    pub title: String,
    /// The question put to the department.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub question: String,
    /// How assessors should read answers.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub guidance: String,
    /// The scale, lowest first; a mark is one of them.
    pub levels: Vec<Level>,
    /// Whether "not applicable" is an allowed mark.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub allow_na: bool,
    /// Weight in the department's score (positive).
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub weight: f64,
    /// The departments it is put to.
    #[serde(default, skip_serializing_if = "Applies::is_all")]
    pub applies: Applies,
    /// The commitment (node id) and clause it cites, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cites: Option<Citation>,
    /// How it relates to last round's criteria.
    #[serde(default, skip_serializing_if = "Lineage::is_new")]
    pub lineage: Lineage,
    /// Its title, question and guidance in other languages.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations,
}

fn one() -> f64 {
    1.0
}

fn is_one(weight: &f64) -> bool {
    (*weight - 1.0).abs() < f64::EPSILON
}

/// One step of a criterion's scale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// A short name (`"Partial"`).
    pub label: String,
    /// What an answer must show to meet it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Its label and description in other languages.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations,
}

/// The departments a criterion is put to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub enum Applies {
    /// Every department.
    #[default]
    All,
    /// Departments in one of these sectors.
    Sectors(Vec<String>),
    /// Departments linked to any of these nodes (forms of VAW, objectives,
    /// commitments), directly or through their objectives.
    LinkedTo(Vec<String>),
}

impl Applies {
    /// Whether it applies to every department.
    pub fn is_all(&self) -> bool {
        *self == Applies::All
    }
}

/// A commitment a criterion cites, and the clause.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// The commitment node's id.
    pub commitment: String,
    /// The clause (`"General Recommendation 19"`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub clause: String,
}

/// How a criterion relates to the round before.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub enum Lineage {
    /// New this round: nothing to compare with.
    #[default]
    New,
    /// The same question as this criterion of the round before.
    Follows(String),
    /// Asked before, but changed so much that marks must not be compared.
    NotComparable(String),
}

impl Lineage {
    /// Whether the criterion is new.
    pub fn is_new(&self) -> bool {
        *self == Lineage::New
    }

    /// The criterion of the round before that marks may be compared with.
    pub fn comparable(&self) -> Option<&str> {
        match self {
            Lineage::Follows(id) => Some(id),
            Lineage::New | Lineage::NotComparable(_) => None,
        }
    }
}

impl Rubric {
    /// The criterion with this id.
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    /// The next round's rubric asked as this one: the same criteria, each
    /// following this round's criterion of the same id, and the same
    /// source line; a copy is a real round, not an illustrative one.
    pub fn follow_on(&self) -> Rubric {
        let criteria = self
            .criteria
            .iter()
            .map(|criterion| Criterion {
                lineage: Lineage::Follows(criterion.id.clone()),
                ..criterion.clone()
            })
            .collect();
        Rubric { source: self.source.clone(), illustrative: false, criteria }
    }
}

impl Rubric {
    /// The rubric with every criterion's title, question and guidance and
    /// every level's label and description in `lang` where a translation
    /// exists (as [`crate::model::Document::localized`] does for the map).
    pub fn localized(&self, lang: &str) -> Rubric {
        let mut out = self.clone();
        for criterion in &mut out.criteria {
            let t = &criterion.translations;
            criterion.title = t.pick(lang, "title", &criterion.title).to_owned();
            criterion.question = t.pick(lang, "question", &criterion.question).to_owned();
            criterion.guidance = t.pick(lang, "guidance", &criterion.guidance).to_owned();
            for level in &mut criterion.levels {
                level.label = level.translations.pick(lang, "label", &level.label).to_owned();
                level.description =
                    level.translations.pick(lang, "description", &level.description).to_owned();
            }
        }
        out
    }
}

impl Criterion {
    /// The top level's index (the scale's length less one).
    pub fn top(&self) -> usize {
        self.levels.len().saturating_sub(1)
    }

    /// How far up the scale `level` is, from 0 (lowest) to 1 (top).
    pub fn fraction(&self, level: usize) -> f64 {
        if self.top() == 0 { 0.0 } else { level.min(self.top()) as f64 / self.top() as f64 }
    }
}
