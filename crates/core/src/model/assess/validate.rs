//! What makes an assessment wrong: a rubric with no levels or a weight
//! that is not positive, ids used twice, answers to criteria, rounds or
//! departments that are not there, marks off the scale, N/A where it is
//! not allowed, a settled mark with no disagreement to settle.

use std::collections::BTreeSet;

use super::{Answer, AnswerKey, Mark};
use crate::model::{Document, NodeKind, Place, Problem, YEAR_RANGE};

/// Every problem of `doc`'s assessment, each naming its place.
pub fn check_assessment(doc: &Document) -> Vec<Problem> {
    let mut problems = Vec::new();
    let assessment = &doc.assessment;
    for (&year, rubric) in &assessment.rounds {
        let place = || Place::Round(year);
        if !YEAR_RANGE.contains(&year) {
            problems.push(Problem::new(place(), "year", format!("{year} is not a year from 1900 to 2200")));
        }
        let mut seen = BTreeSet::new();
        for (i, criterion) in rubric.criteria.iter().enumerate() {
            let field = |name: &str| format!("criteria[{i}].{name}");
            if criterion.id.trim().is_empty() || !seen.insert(criterion.id.as_str()) {
                problems.push(Problem::new(
                    place(),
                    field("id"),
                    format!("the id \"{}\" is empty or used twice", criterion.id),
                ));
            }
            if criterion.levels.is_empty() {
                problems.push(Problem::new(place(), field("levels"), "a criterion needs at least one level"));
            }
            if !(criterion.weight.is_finite() && criterion.weight > 0.0 && criterion.weight <= 1000.0) {
                problems.push(Problem::new(
                    place(),
                    field("weight"),
                    format!("the weight {} is not from above 0 to 1000", criterion.weight),
                ));
            }
            if let Some(cited) = &criterion.cites
                && doc.node(&cited.commitment).is_none_or(|n| n.kind != NodeKind::Commitment)
            {
                problems.push(Problem::new(
                    place(),
                    field("cites"),
                    format!("no commitment has the id \"{}\"", cited.commitment),
                ));
            }
            if let Some(before) = criterion.lineage.comparable() {
                let earlier = assessment.previous(year).and_then(|y| assessment.rounds.get(&y));
                if earlier.is_none_or(|r| r.criterion(before).is_none()) {
                    problems.push(Problem::new(
                        place(),
                        field("lineage"),
                        format!("the round before has no criterion \"{before}\""),
                    ));
                }
            }
        }
    }
    for (key, answer) in &assessment.answers {
        problems.extend(check_answer(doc, key, answer));
    }
    problems
}

/// The problems of `answer` as `key`'s answer in `doc`: a round, criterion
/// or department that is not there, a mark off the scale, N/A where the
/// criterion does not allow it.
pub fn check_answer(doc: &Document, key: &AnswerKey, answer: &Answer) -> Vec<Problem> {
    let place = || Place::Answer(key.year, key.department.clone(), key.criterion.clone());
    let mut problems = Vec::new();
    let Some(criterion) = doc.assessment.rounds.get(&key.year).and_then(|r| r.criterion(&key.criterion))
    else {
        let message = format!("the {} round has no criterion \"{}\"", key.year, key.criterion);
        return vec![Problem::new(place(), "criterion", message)];
    };
    if doc.node(&key.department).is_none_or(|n| n.kind != NodeKind::Department) {
        problems.push(Problem::new(
            place(),
            "department",
            format!("no department has the id \"{}\"", key.department),
        ));
    }
    let marks = [
        ("mark", answer.mark),
        ("second", answer.second.as_ref().map(|s| s.mark)),
        ("settled", answer.settled),
    ];
    for (field, mark) in marks {
        match mark {
            Some(Mark::Level(level)) if level > criterion.top() => problems.push(Problem::new(
                place(),
                field,
                format!("level {level} is off the scale (0 to {})", criterion.top()),
            )),
            Some(Mark::NotApplicable) if !criterion.allow_na => {
                problems.push(Problem::new(
                    place(),
                    field,
                    "this criterion does not allow \"not applicable\"",
                ));
            }
            _ => {}
        }
    }
    problems
}
