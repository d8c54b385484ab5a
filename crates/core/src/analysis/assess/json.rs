//! A round as JSON, as `sectormap assess --json` prints it: `year`,
//! `illustrative`, `source`, `formula`, `criteria`, `departments` (each
//! with its `criteria`) and `progress`.
//!
//! Each criterion's `mark` is the mark that counts (the settled one, else
//! the first assessor's): the level's index from 0 (`level` gives its
//! label), `"n/a"` for not applicable, or `null` while not marked. Private
//! notes are left out.

use serde_json::{Value, json};

use super::{Cell, ReplyStatus, RoundReport};
use crate::model::assess::{Answer, FORMULA, Mark, Verdict};

/// The round as JSON: `year`, `illustrative`, `source`, `formula`,
/// `criteria` and `departments`, each with its `criteria`.
pub fn round_json(report: &RoundReport<'_>) -> Value {
    let departments: Vec<Value> = report
        .departments
        .iter()
        .map(|department| {
            let criteria: Vec<Value> = department.cells.iter().map(cell_json).collect();
            json!({
                "id": department.id,
                "label": department.label,
                "score": department.score.value,
                "marked": department.score.marked,
                "applicable": department.score.applicable,
                "replied": department.reply == ReplyStatus::Replied,
                "criteria": criteria,
            })
        })
        .collect();
    let criteria: Vec<Value> = report
        .rubric
        .criteria
        .iter()
        .map(|c| json!({ "id": c.id, "title": c.title, "levels": c.levels.iter().map(|l| &l.label).collect::<Vec<_>>() }))
        .collect();
    let p = report.progress();
    json!({
        "year": report.year,
        "illustrative": report.rubric.illustrative,
        "source": report.rubric.source,
        "formula": FORMULA,
        "criteria": criteria,
        "departments": departments,
        "progress": {
            "to_mark": p.to_mark, "marked": p.marked, "evidenced": p.evidenced,
            "stale": p.stale, "disputed": p.disputed, "open_replies": p.open_replies,
        },
    })
}

fn cell_json(cell: &Cell<'_>) -> Value {
    let (mark, level) = match cell.mark {
        None => (Value::Null, Value::Null),
        Some(Mark::NotApplicable) => (json!("n/a"), Value::Null),
        Some(Mark::Level(index)) => (json!(index), json!(cell.criterion.levels.get(index).map(|l| &l.label))),
    };
    let answer = cell.answer;
    let evidence: Vec<Value> = answer
        .map(|a| {
            a.evidence
                .iter()
                .map(|e| {
                    json!({
                        "title": e.title, "link": e.link, "page": e.page, "quote": e.quote,
                        "document_date": e.document_date, "accessed": e.accessed,
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let reply = answer.and_then(|a| a.reply.as_ref()).map_or(Value::Null, |r| {
        let verdict = r.verdict.map(|v| match v {
            Verdict::Accepted => "accepted",
            Verdict::Rejected => "rejected",
        });
        json!({ "agree": r.agree, "reason": r.reason, "evidence": r.evidence, "verdict": verdict })
    });
    json!({
        "id": cell.criterion.id,
        "applies": cell.applies,
        "mark": mark,
        "level": level,
        "by": answer.map_or("", |a| a.by.as_str()),
        "disputed": answer.is_some_and(Answer::disputed),
        "evidence": evidence,
        "reply": reply,
    })
}
