//! Year on year: how each department's marks moved since the round before,
//! criterion by criterion, only where the criterion follows last round's
//! (never across a criterion marked not comparable), and who improved most.

use crate::model::Document;
use crate::model::assess::{Mark, applies};

/// The change of one department's mark on one criterion.
#[derive(Clone, Debug, PartialEq)]
pub struct CriterionChange {
    /// This round's criterion.
    pub criterion: String,
    /// Last round's criterion it follows.
    pub previous: String,
    /// Last round's mark and this round's.
    pub marks: (Mark, Mark),
    /// The change in score points this criterion alone would make (its
    /// share of the scale × 10), positive when better.
    pub points: f64,
    /// Why it changed, as the assessor wrote it.
    pub reason: String,
}

/// One department's changes since the round before.
#[derive(Clone, Debug, PartialEq)]
pub struct DepartmentChange {
    /// The department's id.
    pub department: String,
    /// Its changes, in the rubric's order (criteria with both marks only).
    pub criteria: Vec<CriterionChange>,
    /// The mean change over the comparable criteria with a level both
    /// years, in score points; `None` with none.
    pub score_change: Option<f64>,
}

/// Every department's changes from the round before `year` to `year`,
/// most improved first (those with nothing comparable last, by id).
pub fn changes(doc: &Document, year: i32) -> Vec<DepartmentChange> {
    let assessment = &doc.assessment;
    let (Some(rubric), Some(before)) = (assessment.rounds.get(&year), assessment.previous(year)) else {
        return Vec::new();
    };
    let Some(old_rubric) = assessment.rounds.get(&before) else { return Vec::new() };
    let departments: Vec<&str> =
        doc.nodes().filter(|n| n.kind == crate::model::NodeKind::Department).map(|n| n.id.as_str()).collect();
    let mut out: Vec<DepartmentChange> = departments
        .into_iter()
        .map(|department| {
            let mut criteria = Vec::new();
            for criterion in rubric.criteria.iter().filter(|c| applies(doc, c, department)) {
                let Some(previous) = criterion.lineage.comparable() else { continue };
                let Some(old) = old_rubric.criterion(previous) else { continue };
                let now = assessment.answer(year, department, &criterion.id);
                let then = assessment.answer(before, department, previous);
                let (Some(now_mark), Some(then_mark)) =
                    (now.and_then(|a| a.final_mark()), then.and_then(|a| a.final_mark()))
                else {
                    continue;
                };
                let points = match (then_mark, now_mark) {
                    (Mark::Level(a), Mark::Level(b)) => 10.0 * (criterion.fraction(b) - old.fraction(a)),
                    _ => 0.0,
                };
                let reason = now.map(|a| a.change_reason.clone()).unwrap_or_default();
                criteria.push(CriterionChange {
                    criterion: criterion.id.clone(),
                    previous: previous.to_owned(),
                    marks: (then_mark, now_mark),
                    points,
                    reason,
                });
            }
            let levelled: Vec<f64> = criteria
                .iter()
                .filter(|c| matches!(c.marks, (Mark::Level(_), Mark::Level(_))))
                .map(|c| c.points)
                .collect();
            let score_change =
                (!levelled.is_empty()).then(|| levelled.iter().sum::<f64>() / levelled.len() as f64);
            DepartmentChange { department: department.to_owned(), criteria, score_change }
        })
        .collect();
    out.sort_by(|a, b| match (a.score_change, b.score_change) {
        (Some(x), Some(y)) => y.total_cmp(&x).then(a.department.cmp(&b.department)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.department.cmp(&b.department),
    });
    out
}
