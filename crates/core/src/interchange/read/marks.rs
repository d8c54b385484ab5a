//! Reading the Marks sheet: one row per answer (round, department,
//! criterion), and one more row with the same three for each further
//! piece of evidence. Read after the Rubric sheet, whose rounds it marks.

use std::collections::BTreeMap;

use super::names::Names;
use crate::interchange::assess_sheets::{AGREE_WORDS, agree, is_not_applicable, level_number};
use crate::interchange::problem::Problem;
use crate::interchange::suggest::did_you_mean;
use crate::interchange::table::{Columns, Table};
use crate::model::assess::{
    Answer, AnswerKey, Change, Criterion, Evidence, Mark, Reply, SecondMark, Verdict, check_answer,
};
use crate::model::{Document, NodeKind, parse_year};

/// Columns of one piece of evidence, by the Evidence field they fill.
const EVIDENCE: [&str; 6] = ["evidence", "link", "page", "quote", "document date", "accessed"];
/// Columns given once per answer (on its first row).
const ONCE: [&str; 13] = [
    "mark",
    "by",
    "notes",
    "change reason",
    "second mark",
    "second by",
    "second notes",
    "settled",
    "agree",
    "reply reason",
    "reply evidence",
    "verdict",
    "log",
];

/// Adds the answers of a Marks sheet to `doc`, whose rounds are read.
pub fn read_marks(table: &Table, doc: &mut Document, problems: &mut Vec<Problem>) {
    let cols = Columns::of(table, problems);
    let key_cols = [cols.get("round"), cols.get("department"), cols.get("criterion")];
    if key_cols.iter().any(Option::is_none) {
        problems.push(Problem::new(
            table.place(0, 0),
            "the Marks sheet needs 'Round', 'Department' and 'Criterion' columns",
        ));
        return;
    }
    let names = Names::of(doc.nodes());
    let mut first_rows: BTreeMap<AnswerKey, usize> = BTreeMap::new();
    let mut answers: Vec<(AnswerKey, Answer, String)> = Vec::new();
    for row in table.data_rows() {
        let Some(key) = answer_key(table, row, &cols, doc, &names, problems) else { continue };
        let criterion = doc.assessment.rounds.get(&key.year).and_then(|r| r.criterion(&key.criterion));
        let Some(criterion) = criterion else { continue };
        let evidence = evidence(table, row, &cols);
        if let Some(&first) = first_rows.get(&key) {
            for name in ONCE {
                let (col, value) = (cols.get(name), table.text(row, cols.get(name)));
                if !value.is_empty() && value != table.text(first, col) {
                    problems.push(Problem::new(
                        table.place(row, col.unwrap_or(0)),
                        format!(
                            "this answer's row is {}; a further row of the same answer adds evidence only",
                            first + 1
                        ),
                    ));
                }
            }
            if let (Some(evidence), Some((_, answer, _))) =
                (evidence, answers.iter_mut().find(|(k, _, _)| *k == key))
            {
                answer.evidence.push(evidence);
            }
            continue;
        }
        first_rows.insert(key.clone(), row);
        let mark_place = table.place(row, cols.get("mark").unwrap_or(0));
        let answer = read_answer(table, row, &cols, criterion, problems);
        answers.push((key, Answer { evidence: evidence.into_iter().collect(), ..answer }, mark_place));
    }
    for (key, answer, place) in answers {
        problems.extend(
            check_answer(doc, &key, &answer)
                .into_iter()
                .map(|p| Problem::new(place.clone(), format!("{}: {}", p.field, p.message))),
        );
        if !answer.is_empty() {
            doc.assessment.answers.insert(key, answer);
        }
    }
}

/// The round, department and criterion a row is about.
fn answer_key(
    table: &Table,
    row: usize,
    cols: &Columns,
    doc: &Document,
    names: &Names,
    problems: &mut Vec<Problem>,
) -> Option<AnswerKey> {
    let at = |name: &str| table.place(row, cols.get(name).unwrap_or(0));
    let text = |name: &str| table.text(row, cols.get(name));
    let year = match parse_year(text("round")) {
        Ok(year) => year,
        Err(err) => {
            problems.push(Problem::new(at("round"), format!("'{}' is not a round: {err}", text("round"))));
            return None;
        }
    };
    let Some(rubric) = doc.assessment.rounds.get(&year) else {
        let rounds: Vec<String> = doc.assessment.rounds.keys().map(i32::to_string).collect();
        let known = if rounds.is_empty() { "none".to_owned() } else { rounds.join(", ") };
        problems.push(Problem::new(
            at("round"),
            format!("the Rubric sheet has no {year} round (its rounds: {known})"),
        ));
        return None;
    };
    let department = match names.resolve(text("department")) {
        Ok(id) if doc.node(&id).is_some_and(|n| n.kind == NodeKind::Department) => id,
        Ok(id) => {
            problems.push(Problem::new(at("department"), format!("'{id}' is not a department")));
            return None;
        }
        Err(message) => {
            problems.push(Problem::new(at("department"), message));
            return None;
        }
    };
    let given = text("criterion");
    let criterion = rubric
        .criterion(given)
        .or_else(|| rubric.criteria.iter().find(|c| c.title.trim().eq_ignore_ascii_case(given)));
    let Some(criterion) = criterion else {
        let ids = rubric.criteria.iter().map(|c| c.id.as_str());
        problems.push(Problem::new(
            at("criterion"),
            format!("the {year} round has no criterion '{given}'{}", did_you_mean(given, ids)),
        ));
        return None;
    };
    Some(AnswerKey::new(year, &department, &criterion.id))
}

/// The piece of evidence on `row`, if any of its cells is filled.
fn evidence(table: &Table, row: usize, cols: &Columns) -> Option<Evidence> {
    let [title, link, page, quote, document_date, accessed] =
        EVIDENCE.map(|name| table.text(row, cols.get(name)).to_owned());
    let evidence = Evidence { title, link, page, quote, document_date, accessed };
    (evidence != Evidence::default()).then_some(evidence)
}

/// The mark `text` gives on `criterion`'s scale: a level's label (any
/// case), `Level N` (from 1), `n/a`; `None` when empty.
pub fn parse_mark(criterion: &Criterion, text: &str) -> Result<Option<Mark>, String> {
    let key = text.trim().to_lowercase();
    if key.is_empty() {
        return Ok(None);
    }
    if is_not_applicable(&key) {
        return Ok(Some(Mark::NotApplicable));
    }
    let found = level_number(&key)
        .filter(|&level| level < criterion.levels.len())
        .or_else(|| criterion.levels.iter().position(|l| l.label.trim().to_lowercase() == key));
    found.map(|level| Some(Mark::Level(level))).ok_or_else(|| {
        let labels: Vec<&str> = criterion.levels.iter().map(|l| l.label.as_str()).collect();
        format!("'{text}' is not a level of '{}': write one of {}, or n/a", criterion.id, labels.join(", "))
    })
}

/// Everything of an answer its first row gives, evidence aside.
fn read_answer(
    table: &Table,
    row: usize,
    cols: &Columns,
    criterion: &Criterion,
    problems: &mut Vec<Problem>,
) -> Answer {
    let at = |name: &str| table.place(row, cols.get(name).unwrap_or(0));
    let text = |name: &str| table.text(row, cols.get(name)).to_owned();
    let mut mark = |name: &str| {
        parse_mark(criterion, &text(name)).unwrap_or_else(|message| {
            problems.push(Problem::new(at(name), message));
            None
        })
    };
    let (first, second, settled) = (mark("mark"), mark("second mark"), mark("settled"));
    let mut answer = Answer {
        mark: first,
        by: text("by"),
        notes: text("notes"),
        change_reason: text("change reason"),
        settled,
        ..Answer::default()
    };
    match second {
        Some(mark) => {
            answer.second = Some(SecondMark { mark, by: text("second by"), notes: text("second notes") })
        }
        None if !text("second by").is_empty() || !text("second notes").is_empty() => {
            problems
                .push(Problem::new(at("second mark"), "a second assessor is named without a second mark"));
        }
        None => {}
    }
    answer.reply = reply(table, row, cols, problems);
    for line in text("log").lines().map(str::trim).filter(|l| !l.is_empty()) {
        match line.splitn(3, " | ").collect::<Vec<_>>()[..] {
            [when, who, what] => {
                answer.log.push(Change { who: who.to_owned(), when: when.to_owned(), what: what.to_owned() });
            }
            _ => problems.push(Problem::new(
                at("log"),
                format!("'{line}' is not a change: write 'when | who | what', one a line"),
            )),
        }
    }
    answer
}

/// The department's reply on `row` (Agree, Reply reason, Reply evidence, Verdict).
fn reply(table: &Table, row: usize, cols: &Columns, problems: &mut Vec<Problem>) -> Option<Reply> {
    let at = |name: &str| table.place(row, cols.get(name).unwrap_or(0));
    let text = |name: &str| table.text(row, cols.get(name));
    let given = ["reply reason", "reply evidence", "verdict"].iter().any(|n| !text(n).is_empty());
    if text("agree").is_empty() {
        if given {
            problems.push(Problem::new(at("agree"), "a reply needs Agree: yes or no"));
        }
        return None;
    }
    let Some(agree) = agree(text("agree")) else {
        problems.push(Problem::new(at("agree"), format!("'{}' is not {AGREE_WORDS}", text("agree"))));
        return None;
    };
    let verdict = match text("verdict").to_lowercase().as_str() {
        "" => None,
        "accepted" | "accept" => Some(Verdict::Accepted),
        "rejected" | "reject" => Some(Verdict::Rejected),
        other => {
            problems
                .push(Problem::new(at("verdict"), format!("'{other}' is not accepted, rejected or empty")));
            None
        }
    };
    Some(Reply {
        agree,
        reason: text("reply reason").to_owned(),
        evidence: text("reply evidence").to_owned(),
        verdict,
    })
}
