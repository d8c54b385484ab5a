//! A department's score for a round, by the published formula, and which
//! criteria apply to it.
//!
//! **The formula.** Over the criteria that apply to the department and are
//! marked with a level (not "not applicable"):
//! score = 10 × Σ weight × (level ÷ top level) ÷ Σ weight.
//! A criterion marked "not applicable", or not yet marked, counts in
//! neither sum; the score says how many applicable criteria it rests on.
//! The mark that counts is the settled one where the two assessors
//! differed, else the first assessor's.

use std::collections::{BTreeMap, BTreeSet};

use super::{Applies, Criterion, Mark};
use crate::model::{Document, LinkKind, NodeKind};

/// The formula in words, for every place that shows a computed score.
pub const FORMULA: &str = "score = 10 × Σ weight × (level ÷ top level) ÷ Σ weight, over the applicable criteria marked with a level (not applicable and unmarked criteria left out)";

/// A department's computed score in one round.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RoundScore {
    /// 0 to 10; `None` while no applicable criterion has a level.
    pub value: Option<f64>,
    /// Criteria that apply to the department.
    pub applicable: usize,
    /// Of them, those with a level.
    pub marked: usize,
    /// Of them, those marked "not applicable".
    pub not_applicable: usize,
}

impl RoundScore {
    /// Whether every applicable criterion is marked.
    pub fn complete(&self) -> bool {
        self.marked + self.not_applicable == self.applicable
    }
}

/// Where a score shown for a department in a year comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScoreSource {
    /// Computed from the round's marks.
    Computed,
    /// A headline figure only, with no marking behind it (like the
    /// published 2005-2007 report-card figures).
    Headline,
}

/// A score and where it comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scored {
    /// 0 to 10.
    pub value: f64,
    /// Computed or headline.
    pub source: ScoreSource,
}

/// The nodes a department is linked to, directly or through the objectives
/// it pursues, itself and its objectives included.
fn reach(doc: &Document, department: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::from([department.to_owned()]);
    for (link, from, to) in doc.links_of(department) {
        let other = if from == department { to } else { from };
        out.insert(other.to_owned());
        if link.kind == LinkKind::Pursues {
            out.extend(doc.links_of(other).into_iter().flat_map(|(_, a, b)| [a.to_owned(), b.to_owned()]));
        }
    }
    out
}

/// Whether `criterion` is put to `department`.
pub fn applies(doc: &Document, criterion: &Criterion, department: &str) -> bool {
    match &criterion.applies {
        Applies::All => true,
        Applies::Sectors(sectors) => doc.node(department).is_some_and(|node| {
            let own = node.department.sector.trim().to_lowercase();
            sectors.iter().any(|s| s.trim().to_lowercase() == own)
        }),
        Applies::LinkedTo(ids) => {
            let reached = reach(doc, department);
            ids.iter().any(|id| reached.contains(id))
        }
    }
}

/// `department`'s score in the `year` round; `None` when there is no such round.
pub fn round_score(doc: &Document, year: i32, department: &str) -> Option<RoundScore> {
    let rubric = doc.assessment.rounds.get(&year)?;
    let mut score = RoundScore { value: None, applicable: 0, marked: 0, not_applicable: 0 };
    let (mut sum, mut weights) = (0.0, 0.0);
    for criterion in rubric.criteria.iter().filter(|c| applies(doc, c, department)) {
        score.applicable += 1;
        let mark = doc.assessment.answer(year, department, &criterion.id).and_then(|a| a.final_mark());
        match mark {
            Some(Mark::Level(level)) => {
                score.marked += 1;
                sum += criterion.weight * criterion.fraction(level);
                weights += criterion.weight;
            }
            Some(Mark::NotApplicable) => score.not_applicable += 1,
            None => {}
        }
    }
    score.value = (weights > 0.0).then(|| 10.0 * sum / weights);
    Some(score)
}

impl Document {
    /// Every score of department `id`, by year: computed where a round
    /// has a level marked for it, the headline figure elsewhere.
    pub fn scores_of(&self, id: &str) -> BTreeMap<i32, Scored> {
        let Some(node) = self.node(id).filter(|n| n.kind == NodeKind::Department) else {
            return BTreeMap::new();
        };
        let mut out: BTreeMap<i32, Scored> = node
            .department
            .scores
            .iter()
            .map(|(year, score)| (*year, Scored { value: score.value, source: ScoreSource::Headline }))
            .collect();
        for &year in self.assessment.rounds.keys() {
            if let Some(value) = round_score(self, year, id).and_then(|s| s.value) {
                out.insert(year, Scored { value, source: ScoreSource::Computed });
            }
        }
        out
    }

    /// Department `id`'s score in `year`, computed or headline.
    pub fn score_of(&self, id: &str, year: i32) -> Option<Scored> {
        self.scores_of(id).remove(&year)
    }
}
