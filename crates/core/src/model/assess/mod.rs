//! Assessments: the coalition's yearly marking of every department,
//! criterion by criterion. A round (year) has a [`Rubric`]; each
//! department's [`Answer`] to each criterion holds the mark, its evidence,
//! a second assessor's blind mark, the settled mark and the department's
//! reply. Scores computed from marks live in `analysis::assess`; the
//! published headline scores stay in each department's `scores`.

mod answer;
mod rubric;
mod score;
mod starter;
mod validate;

use std::collections::BTreeMap;

pub use answer::{Answer, Change, Evidence, Mark, Reply, SecondMark, Verdict, is_evidence_date, utc_minute};
pub use rubric::{Applies, CRITERION_FIELDS, Citation, Criterion, LEVEL_FIELDS, Level, Lineage, Rubric};
pub use score::{FORMULA, RoundScore, ScoreSource, Scored, applies, round_score};
pub use starter::{STARTER_JSON, starter};
pub use validate::{check_answer, check_assessment};

/// Which answer: round, department and criterion.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AnswerKey {
    /// The round (year).
    pub year: i32,
    /// The department's node id.
    pub department: String,
    /// The criterion's id in that round's rubric.
    pub criterion: String,
}

impl AnswerKey {
    /// The key of `department`'s answer to `criterion` in `year`.
    pub fn new(year: i32, department: &str, criterion: &str) -> Self {
        Self { year, department: department.to_owned(), criterion: criterion.to_owned() }
    }
}

/// Every round's rubric and every answer, in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Assessment {
    /// Rubrics by round (year).
    pub rounds: BTreeMap<i32, Rubric>,
    /// Answers by round, department and criterion.
    pub answers: BTreeMap<AnswerKey, Answer>,
}

impl Assessment {
    /// Whether there is no round and no answer.
    pub fn is_empty(&self) -> bool {
        self.rounds.is_empty() && self.answers.is_empty()
    }

    /// The latest round, if any.
    pub fn latest(&self) -> Option<i32> {
        self.rounds.keys().next_back().copied()
    }

    /// The round before `year` that has a rubric.
    pub fn previous(&self, year: i32) -> Option<i32> {
        self.rounds.range(..year).next_back().map(|(y, _)| *y)
    }

    /// The answer of `department` to `criterion` in `year`.
    pub fn answer(&self, year: i32, department: &str, criterion: &str) -> Option<&Answer> {
        self.answers.get(&AnswerKey::new(year, department, criterion))
    }

    /// Every answer of `department` in `year`, by criterion id.
    pub fn answers_of<'a>(
        &'a self,
        year: i32,
        department: &'a str,
    ) -> impl Iterator<Item = (&'a str, &'a Answer)> {
        self.answers
            .iter()
            .filter(move |(key, _)| key.year == year && key.department == department)
            .map(|(key, answer)| (key.criterion.as_str(), answer))
    }

    /// Removes every answer of `department` (when it leaves the map);
    /// returns them to put back.
    pub fn take_department(&mut self, department: &str) -> Vec<(AnswerKey, Answer)> {
        let keys: Vec<AnswerKey> =
            self.answers.keys().filter(|k| k.department == department).cloned().collect();
        keys.into_iter().filter_map(|key| self.answers.remove(&key).map(|answer| (key, answer))).collect()
    }
}
