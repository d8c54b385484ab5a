//! A department's reply pack: the workbook the coalition sends each
//! assessed department (one with at least one criterion put to it) so it
//! can agree or disagree with each mark, with its own evidence (right of
//! reply). Sheets: `Read me` (what to do, the round, the department, a
//! deadline left blank), `Reply` (one row per criterion put to the
//! department: its id, title and question, our mark and evidence, then
//! `Agree (yes/no)`, `Your reason` and `Your evidence` to fill) and a
//! hidden `Pack` naming the round and department, so a pack is read back
//! into the right answers. The assessors' private notes are never in it.
//! Read back by `read/replies.rs`; formatted by `pack_xlsx.rs`.

use crate::interchange::assess_sheets::{
    PACK, PACK_DEPARTMENT, PACK_DEPARTMENT_NAME, PACK_MARKER, PACK_ROUND, READ_ME, REPLY, REPLY_COLUMNS,
};
use crate::interchange::table::{Cell, OutTable};
use crate::model::assess::{Evidence, FORMULA, Mark, applies};
use crate::model::{Document, NodeKind};

/// Why a reply pack could not be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReplyPackError {
    /// The map has no round of that year.
    #[error("the map has no {year} round; {rounds}")]
    NoRound {
        /// The year asked for.
        year: i32,
        /// The rounds there are, in words.
        rounds: String,
    },
    /// No department has that id.
    #[error("no department has the id '{0}'")]
    NotADepartment(String),
    /// No criterion of the round is put to the department.
    #[error("no criterion of the {year} round applies to '{department}'")]
    NotAssessed {
        /// The department's id.
        department: String,
        /// The round.
        year: i32,
    },
    /// No criterion of the round is put to any department.
    #[error("no criterion of the {0} round applies to any department on the map")]
    NoneAssessed(i32),
    /// The workbook could not be written.
    #[error("cannot write the reply pack of '{department}': {message}")]
    Xlsx {
        /// The department's id.
        department: String,
        /// What the writer said.
        message: String,
    },
}

/// The map's rounds in words, for messages: `its rounds: 2007, 2008`.
pub fn rounds_in_words(doc: &Document) -> String {
    let years: Vec<String> = doc.assessment.rounds.keys().map(i32::to_string).collect();
    if years.is_empty() {
        "it has no assessment rounds".to_owned()
    } else {
        format!("its rounds: {}", years.join(", "))
    }
}

/// The departments assessed in the `year` round (at least one criterion
/// applies to them), by id.
pub fn assessed_departments(doc: &Document, year: i32) -> Vec<String> {
    let Some(rubric) = doc.assessment.rounds.get(&year) else { return Vec::new() };
    let mut ids: Vec<String> = doc
        .nodes()
        .filter(|n| n.kind == NodeKind::Department)
        .filter(|n| rubric.criteria.iter().any(|c| applies(doc, c, &n.id)))
        .map(|n| n.id.clone())
        .collect();
    ids.sort();
    ids
}

/// The file name of `department`'s pack: its id (characters a file name
/// cannot hold made `-`) and `.xlsx`.
pub fn pack_file_name(department: &str) -> String {
    let safe: String = department
        .chars()
        .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '-' })
        .collect();
    let safe = safe.trim_matches('.');
    format!("{}.xlsx", if safe.is_empty() { "department" } else { safe })
}

/// Evidence as a department reads it: one piece a line, `title (date),
/// page: "quote" <link> (read on accessed)`.
pub fn evidence_text(evidence: &[Evidence]) -> String {
    let lines: Vec<String> = evidence
        .iter()
        .map(|e| {
            let mut line = e.title.clone();
            if !e.document_date.is_empty() {
                line.push_str(&format!(" ({})", e.document_date));
            }
            if !e.page.is_empty() {
                line.push_str(&format!(", {}", e.page));
            }
            if !e.quote.is_empty() {
                line.push_str(&format!(": “{}”", e.quote));
            }
            if !e.link.is_empty() {
                line.push_str(&format!(" <{}>", e.link));
            }
            if !e.accessed.is_empty() {
                line.push_str(&format!(" (read on {})", e.accessed));
            }
            format!("• {}", line.trim_start())
        })
        .collect();
    lines.join("\n")
}

/// The sheets of `department`'s reply pack for the `year` round.
pub fn reply_pack_tables(
    doc: &Document,
    year: i32,
    department: &str,
) -> Result<Vec<OutTable>, ReplyPackError> {
    let rubric = doc
        .assessment
        .rounds
        .get(&year)
        .ok_or_else(|| ReplyPackError::NoRound { year, rounds: rounds_in_words(doc) })?;
    let node = doc
        .node(department)
        .filter(|n| n.kind == NodeKind::Department)
        .ok_or_else(|| ReplyPackError::NotADepartment(department.to_owned()))?;
    let label = if node.label.trim().is_empty() { node.id.as_str() } else { node.label.as_str() };
    let mut rows = vec![REPLY_COLUMNS.iter().map(|&c| Cell::from(c)).collect::<Vec<_>>()];
    for criterion in rubric.criteria.iter().filter(|c| applies(doc, c, department)) {
        let answer = doc.assessment.answer(year, department, &criterion.id);
        let mark = match answer.and_then(|a| a.final_mark()) {
            None => "Not marked yet".to_owned(),
            Some(Mark::NotApplicable) => "Not applicable to your department".to_owned(),
            Some(Mark::Level(level)) => criterion.levels.get(level).map_or_else(
                || format!("Level {}", level + 1),
                |l| super::assessment::level_text(&l.label, &l.description),
            ),
        };
        let evidence = answer.map_or(&[][..], |a| a.evidence.as_slice());
        let evidence =
            if evidence.is_empty() { "(no evidence recorded)".to_owned() } else { evidence_text(evidence) };
        rows.push(vec![
            Cell::from(criterion.id.as_str()),
            Cell::from(criterion.title.as_str()),
            Cell::from(criterion.question.as_str()),
            Cell::from(mark),
            Cell::from(evidence),
        ]);
    }
    if rows.len() < 2 {
        return Err(ReplyPackError::NotAssessed { department: department.to_owned(), year });
    }
    let pack = vec![
        vec![Cell::from(PACK_MARKER), Cell::Number(1.0)],
        vec![Cell::from(PACK_ROUND), Cell::Number(f64::from(year))],
        vec![Cell::from(PACK_DEPARTMENT), Cell::from(department)],
        vec![Cell::from(PACK_DEPARTMENT_NAME), Cell::from(label)],
        vec![Cell::from("Map"), Cell::from(doc.meta.title.as_str())],
    ];
    Ok(vec![
        OutTable {
            name: READ_ME.to_owned(),
            rows: read_me(doc, year, label, rubric.illustrative, rows.len() - 1),
        },
        OutTable { name: REPLY.to_owned(), rows },
        OutTable { name: PACK.to_owned(), rows: pack },
    ])
}

fn read_me(doc: &Document, year: i32, label: &str, illustrative: bool, questions: usize) -> Vec<Vec<Cell>> {
    let line = |text: &str| vec![Cell::from(text)];
    let pair = |field: &str, value: String| vec![Cell::from(field), Cell::from(value)];
    let title = if doc.meta.title.is_empty() {
        "Reply pack".to_owned()
    } else {
        format!("Reply pack: {}", doc.meta.title)
    };
    let round = if illustrative {
        format!("{year} (illustrative: made up to show how marking works, not real findings)")
    } else {
        year.to_string()
    };
    vec![
        vec![Cell::from(title)],
        pair("Department", label.to_owned()),
        pair("Round", round),
        vec![Cell::from("Deadline for your reply"), Cell::Empty],
        line(""),
        line("What to do"),
        line(&format!(
            "The Reply sheet has one row for each of the {questions} questions we put to your department this round, with our mark and the evidence we found."
        )),
        line("For each row, write yes or no under 'Agree (yes/no)': do you agree with our mark?"),
        line(
            "If you disagree, say why under 'Your reason', and give your evidence under 'Your evidence': the document, its date, the page, and a link.",
        ),
        line("Leave a row empty to make no reply to that question. You may also agree and add evidence."),
        line(
            "Do not change the ID column or the hidden Pack sheet: they match your replies to our questions. Titles and questions may be edited; it changes nothing.",
        ),
        line(
            "Your reply is shown beside our mark; it does not change it. We decide on each disagreement and tell you whether the mark changes.",
        ),
        line(
            "This pack holds our marks and the evidence for them only: our assessors' private notes are not included.",
        ),
        line(&format!("How the score is computed: {FORMULA}.")),
    ]
}
