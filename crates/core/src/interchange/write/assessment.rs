//! The assessment in the Kumu-style workbook: a `Rubric` sheet (one row
//! per criterion, one `Level N` column per level as `label: description`)
//! and a `Marks` sheet (one row per answer, one more row per further piece
//! of evidence). Read back by `read/rubric.rs` and `read/marks.rs`.
//! Translations of criteria are not written (no workbook sheet carries
//! translations).

use crate::interchange::assess_sheets::{
    LEVEL_PREFIX, MARK_COLUMNS, MARKS, RUBRIC, RUBRIC_COLUMNS, is_not_applicable, level_number,
};
use crate::interchange::table::{Cell, OutTable};
use crate::model::Document;
use crate::model::assess::{Answer, Applies, Criterion, Evidence, Lineage, Mark, Verdict};

/// The Rubric and Marks sheets of `doc`; none when it has no assessment.
pub fn assessment_tables(doc: &Document) -> Vec<OutTable> {
    let assessment = &doc.assessment;
    if assessment.is_empty() {
        return Vec::new();
    }
    vec![rubric(doc), marks(doc)]
}

fn text(value: &str) -> Cell {
    Cell::from(value)
}

fn flag(on: bool) -> Cell {
    if on { Cell::from("yes") } else { Cell::Empty }
}

fn rubric(doc: &Document) -> OutTable {
    let rounds = &doc.assessment.rounds;
    let levels = rounds.values().flat_map(|r| r.criteria.iter().map(|c| c.levels.len())).max().unwrap_or(0);
    let mut head: Vec<Cell> = RUBRIC_COLUMNS.iter().map(|&c| text(c)).collect();
    head.extend((1..=levels.max(3)).map(|n| Cell::from(format!("{LEVEL_PREFIX} {n}"))));
    let mut rows = vec![head];
    for (&year, rubric) in rounds {
        for (i, criterion) in rubric.criteria.iter().enumerate() {
            let mut row = vec![Cell::Number(f64::from(year))];
            row.extend(criterion_cells(criterion));
            if i == 0 {
                row.extend([text(&rubric.source), flag(rubric.illustrative)]);
            } else {
                row.extend([Cell::Empty, Cell::Empty]);
            }
            row.extend(criterion.levels.iter().map(|l| Cell::from(level_text(&l.label, &l.description))));
            rows.push(row);
        }
    }
    OutTable { name: RUBRIC.to_owned(), rows }
}

/// `label: description`, or the label alone.
pub fn level_text(label: &str, description: &str) -> String {
    if description.is_empty() { label.to_owned() } else { format!("{label}: {description}") }
}

fn criterion_cells(criterion: &Criterion) -> [Cell; 10] {
    let applies = match &criterion.applies {
        Applies::All => String::new(),
        Applies::Sectors(sectors) => format!("sectors: {}", sectors.join(" | ")),
        Applies::LinkedTo(ids) => format!("linked to: {}", ids.join(" | ")),
    };
    let lineage = match &criterion.lineage {
        Lineage::New => String::new(),
        Lineage::Follows(id) => format!("follows: {id}"),
        Lineage::NotComparable(id) => format!("not comparable: {id}"),
    };
    let (cites, clause) =
        criterion.cites.as_ref().map_or(("", ""), |c| (c.commitment.as_str(), c.clause.as_str()));
    [
        text(&criterion.id),
        text(&criterion.title),
        text(&criterion.question),
        text(&criterion.guidance),
        Cell::Number(criterion.weight),
        flag(criterion.allow_na),
        Cell::from(applies),
        text(cites),
        text(clause),
        Cell::from(lineage),
    ]
}

/// A mark as the Marks sheet writes it: the level's label, `n/a`, or
/// `Level N` (from 1, as the Rubric's level columns count) where the label
/// would not say which level (empty, used twice, or read as something else).
pub fn mark_text(criterion: Option<&Criterion>, mark: Option<Mark>) -> String {
    match mark {
        None => String::new(),
        Some(Mark::NotApplicable) => "n/a".to_owned(),
        Some(Mark::Level(level)) => {
            let levels = criterion.map_or(&[][..], |c| c.levels.as_slice());
            match levels.get(level) {
                Some(l) if label_names_level(levels, &l.label) => l.label.clone(),
                _ => format!("{LEVEL_PREFIX} {}", level + 1),
            }
        }
    }
}

/// Whether `label` names one level of `levels` alone, and reads as nothing else.
fn label_names_level(levels: &[crate::model::assess::Level], label: &str) -> bool {
    let key = label.trim().to_lowercase();
    !key.is_empty()
        && !is_not_applicable(&key)
        && level_number(&key).is_none()
        && levels.iter().filter(|l| l.label.trim().to_lowercase() == key).count() == 1
}

fn marks(doc: &Document) -> OutTable {
    let mut rows = vec![MARK_COLUMNS.iter().map(|&c| text(c)).collect::<Vec<_>>()];
    for (key, answer) in &doc.assessment.answers {
        let criterion = doc.assessment.rounds.get(&key.year).and_then(|r| r.criterion(&key.criterion));
        let key_cells = [Cell::Number(f64::from(key.year)), text(&key.department), text(&key.criterion)];
        let mut first = key_cells.to_vec();
        first.push(Cell::from(mark_text(criterion, answer.mark)));
        first.push(text(&answer.by));
        first.extend(evidence_cells(answer.evidence.first()));
        first.extend(answer_cells(answer, criterion));
        rows.push(first);
        for evidence in answer.evidence.iter().skip(1) {
            let mut row = key_cells.to_vec();
            row.extend([Cell::Empty, Cell::Empty]);
            row.extend(evidence_cells(Some(evidence)));
            rows.push(row);
        }
    }
    OutTable { name: MARKS.to_owned(), rows }
}

fn evidence_cells(evidence: Option<&Evidence>) -> [Cell; 6] {
    let Some(e) = evidence else { return std::array::from_fn(|_| Cell::Empty) };
    [text(&e.title), text(&e.link), text(&e.page), text(&e.quote), text(&e.document_date), text(&e.accessed)]
}

fn answer_cells(answer: &Answer, criterion: Option<&Criterion>) -> Vec<Cell> {
    let second = answer.second.as_ref();
    let reply = answer.reply.as_ref();
    let verdict = reply.and_then(|r| r.verdict).map_or("", |v| match v {
        Verdict::Accepted => "accepted",
        Verdict::Rejected => "rejected",
    });
    let log: Vec<String> =
        answer.log.iter().map(|c| format!("{} | {} | {}", c.when, c.who, c.what)).collect();
    vec![
        text(&answer.notes),
        text(&answer.change_reason),
        Cell::from(mark_text(criterion, second.map(|s| s.mark))),
        text(second.map_or("", |s| s.by.as_str())),
        text(second.map_or("", |s| s.notes.as_str())),
        Cell::from(mark_text(criterion, answer.settled)),
        reply.map_or(Cell::Empty, |r| text(if r.agree { "yes" } else { "no" })),
        text(reply.map_or("", |r| r.reason.as_str())),
        text(reply.map_or("", |r| r.evidence.as_str())),
        text(verdict),
        Cell::from(log.join("\n")),
    ]
}
