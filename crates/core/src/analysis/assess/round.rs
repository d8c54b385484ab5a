//! One round, department by department and criterion by criterion.

use crate::model::assess::{Answer, Criterion, Evidence, Mark, RoundScore, Rubric, applies, round_score};
use crate::model::{Document, NodeKind};

/// One department's answer to one criterion, as the panel and outputs show it.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell<'a> {
    /// The criterion.
    pub criterion: &'a Criterion,
    /// Whether the criterion is put to this department.
    pub applies: bool,
    /// The answer, if any.
    pub answer: Option<&'a Answer>,
    /// The mark that counts (settled, else first).
    pub mark: Option<Mark>,
    /// Whether some evidence backs the mark.
    pub evidenced: bool,
    /// Whether some of its evidence is stale (see [`stale`]).
    pub stale: bool,
}

/// Whether the department has replied to the round.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplyStatus {
    /// It has replied to at least one criterion.
    Replied,
    /// Nothing came back.
    NotReplied,
}

/// One department's round.
#[derive(Clone, Debug, PartialEq)]
pub struct DepartmentRound<'a> {
    /// Its node id.
    pub id: &'a str,
    /// Its name.
    pub label: &'a str,
    /// Its score by the published formula.
    pub score: RoundScore,
    /// One cell per criterion, in the rubric's order.
    pub cells: Vec<Cell<'a>>,
    /// Whether it has replied.
    pub reply: ReplyStatus,
}

/// How far marking has got.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Cells to mark (criteria that apply, over all departments).
    pub to_mark: usize,
    /// Of them, marked (a level or not applicable).
    pub marked: usize,
    /// Of the marked, with evidence.
    pub evidenced: usize,
    /// With stale evidence.
    pub stale: usize,
    /// Where the two assessors differ and nobody has settled it.
    pub disputed: usize,
    /// Disagreements of departments the coalition has not decided on.
    pub open_replies: usize,
}

/// A round of `doc`: its rubric and every department.
#[derive(Clone, Debug, PartialEq)]
pub struct RoundReport<'a> {
    /// The round's year.
    pub year: i32,
    /// Its rubric.
    pub rubric: &'a Rubric,
    /// Every department, by name.
    pub departments: Vec<DepartmentRound<'a>>,
}

/// Whether `evidence` is stale for a round of `year`: its document is
/// dated before the year before the round (a yearly assessment reads this
/// year's and last year's documents).
pub fn stale(evidence: &Evidence, year: i32) -> bool {
    let date = evidence.document_date.trim();
    date.get(..4).and_then(|y| y.parse::<i32>().ok()).is_some_and(|y| y < year - 1)
}

impl<'a> RoundReport<'a> {
    /// The `year` round of `doc`, or `None` when it has no rubric.
    pub fn of(doc: &'a Document, year: i32) -> Option<Self> {
        let rubric = doc.assessment.rounds.get(&year)?;
        let mut departments: Vec<DepartmentRound<'a>> = doc
            .nodes()
            .filter(|n| n.kind == NodeKind::Department)
            .map(|node| {
                let cells: Vec<Cell<'a>> = rubric
                    .criteria
                    .iter()
                    .map(|criterion| {
                        let answer = doc.assessment.answer(year, &node.id, &criterion.id);
                        let evidence = answer.map_or(&[][..], |a| a.evidence.as_slice());
                        Cell {
                            criterion,
                            applies: applies(doc, criterion, &node.id),
                            answer,
                            mark: answer.and_then(Answer::final_mark),
                            evidenced: !evidence.is_empty(),
                            stale: evidence.iter().any(|e| stale(e, year)),
                        }
                    })
                    .collect();
                let replied = cells.iter().any(|c| c.answer.is_some_and(|a| a.reply.is_some()));
                DepartmentRound {
                    id: &node.id,
                    label: if node.label.trim().is_empty() { &node.id } else { &node.label },
                    score: round_score(doc, year, &node.id).unwrap_or(RoundScore {
                        value: None,
                        applicable: 0,
                        marked: 0,
                        not_applicable: 0,
                    }),
                    cells,
                    reply: if replied { ReplyStatus::Replied } else { ReplyStatus::NotReplied },
                }
            })
            .collect();
        departments.sort_by(|a, b| a.label.to_lowercase().cmp(&b.label.to_lowercase()).then(a.id.cmp(b.id)));
        Some(Self { year, rubric, departments })
    }

    /// How far marking has got over every department.
    pub fn progress(&self) -> Progress {
        let mut p = Progress::default();
        for cell in self.departments.iter().flat_map(|d| &d.cells).filter(|c| c.applies) {
            p.to_mark += 1;
            p.marked += usize::from(cell.mark.is_some());
            p.evidenced += usize::from(cell.mark.is_some() && cell.evidenced);
            p.stale += usize::from(cell.stale);
            p.disputed += usize::from(cell.answer.is_some_and(Answer::disputed));
            p.open_replies += usize::from(cell.answer.is_some_and(Answer::reply_open));
        }
        p
    }

    /// The department with this id.
    pub fn department(&self, id: &str) -> Option<&DepartmentRound<'a>> {
        self.departments.iter().find(|d| d.id == id)
    }
}
