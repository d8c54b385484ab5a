//! The assessment as a map file holds it: rubrics by round, and answers by
//! round, department and criterion, every map sorted so files diff well.
//!
//! ```json
//! "assessment": {
//!   "rounds": {"2006": {"criteria": [{"id": "plan", "title": "Plans for it", "levels": [...]}]}},
//!   "answers": {"2006": {"dept-home-office": {"plan": {"mark": {"level": 2}, "evidence": [...]}}}}
//! }
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::assess::{Answer, AnswerKey, Assessment, Rubric};
use crate::model::{Place, Problem, parse_year};

/// Answers of one round: department -> criterion -> answer.
type RoundAnswers = BTreeMap<String, BTreeMap<String, Answer>>;

/// The `assessment` object of a map file.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AssessmentFile {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub rounds: BTreeMap<String, Rubric>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, RoundAnswers>,
}

impl AssessmentFile {
    /// Whether there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.rounds.is_empty() && self.answers.is_empty()
    }

    /// The file's form of `assessment`.
    pub fn of(assessment: &Assessment) -> Self {
        let rounds =
            assessment.rounds.iter().map(|(year, rubric)| (year.to_string(), rubric.clone())).collect();
        let mut answers: BTreeMap<String, RoundAnswers> = BTreeMap::new();
        for (key, answer) in &assessment.answers {
            answers
                .entry(key.year.to_string())
                .or_default()
                .entry(key.department.clone())
                .or_default()
                .insert(key.criterion.clone(), answer.clone());
        }
        Self { rounds, answers }
    }

    /// The assessment this file holds; a round key that is no year is a
    /// problem naming it, and its round is left out.
    pub fn read(self, problems: &mut Vec<Problem>) -> Assessment {
        let mut year_of = |key: &str, what: &str| match parse_year(key) {
            Ok(year) => Some(year),
            Err(err) => {
                problems.push(Problem::new(
                    Place::Map,
                    format!("assessment.{what}.{key}"),
                    format!("\"{key}\" is not a round's year: {err}"),
                ));
                None
            }
        };
        let mut out = Assessment::default();
        for (key, rubric) in self.rounds {
            if let Some(year) = year_of(&key, "rounds") {
                out.rounds.insert(year, rubric);
            }
        }
        for (key, departments) in self.answers {
            let Some(year) = year_of(&key, "answers") else { continue };
            for (department, criteria) in departments {
                for (criterion, answer) in criteria {
                    out.answers.insert(AnswerKey { year, department: department.clone(), criterion }, answer);
                }
            }
        }
        out
    }
}
