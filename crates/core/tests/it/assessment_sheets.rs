//! The workbook carries the assessment: a Rubric sheet (a criterion a
//! row, `Level N` columns as `label: description`) and a Marks sheet (an
//! answer a row, one more row per further piece of evidence), read back
//! exactly; a spreadsheet filled by hand reads too, and its mistakes are
//! named by sheet and cell.

use sectormap_core::interchange::{
    MARK_COLUMNS, RUBRIC_COLUMNS, import_path, to_tables, to_xlsx, without_translations,
};
use sectormap_core::model::Document;
use sectormap_core::model::assess::{AnswerKey, Change, Evidence, Mark, SecondMark, Verdict};

use crate::common::example;
use crate::sheets::workbook;

/// The example as the workbook carries it: no translations or views, the
/// assessment kept.
fn carried() -> Document {
    let doc = example();
    let mut out = without_translations(&doc);
    out.assessment = doc.assessment.clone();
    out
}

#[test]
fn the_example_assessment_survives_the_workbook() {
    let mut original = carried();
    // Every field an answer has, including several pieces of evidence.
    let key = AnswerKey::new(2008, "dept-home-office", "plan");
    let answer = original.assessment.answers.get_mut(&key).unwrap();
    answer.notes = "Checked twice".to_owned();
    answer.change_reason = "New plan".to_owned();
    answer.second = Some(SecondMark {
        mark: Mark::Level(1),
        by: "Assessor B".to_owned(),
        notes: "Owners unclear".to_owned(),
    });
    answer.settled = Some(Mark::Level(2));
    answer.evidence.push(Evidence {
        title: "Action plan".to_owned(),
        link: "https://example.org/plan.pdf".to_owned(),
        page: "p. 4".to_owned(),
        quote: "Each action has an owner.\nAnd a date.".to_owned(),
        document_date: "2008-03-01".to_owned(),
        accessed: "2008-06-02".to_owned(),
    });
    answer.log.push(Change {
        who: "Assessor A".to_owned(),
        when: "2008-06-01T10:00".to_owned(),
        what: "mark: Partial -> Full".to_owned(),
    });
    let reply = original.assessment.answers.values_mut().find_map(|a| a.reply.as_mut()).unwrap();
    reply.verdict = Some(Verdict::Rejected);
    original.assessment.rounds.get_mut(&2008).unwrap().criteria[1].weight = 2.5;
    let tables = to_tables(&original);
    let rubric = tables.iter().find(|t| t.name == "Rubric").unwrap();
    let head: Vec<String> = rubric.rows[0].iter().map(|c| format!("{c:?}")).collect();
    assert_eq!(head.len(), RUBRIC_COLUMNS.len() + 3, "three level columns: {head:?}");
    let marks = tables.iter().find(|t| t.name == "Marks").unwrap();
    assert_eq!(marks.rows[0].len(), MARK_COLUMNS.len());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.xlsx");
    std::fs::write(&path, to_xlsx(&original).unwrap()).unwrap();
    let back = import_path(&path).unwrap();
    assert_eq!(back.assessment, original.assessment);
    assert_eq!(back, original);
}

const RUBRIC: &[&[&str]] = &[
    &["Round", "ID", "Title", "Question", "N/A allowed", "Applies to", "Level 1", "Level 2", "Level 3"],
    &[
        "2026",
        "",
        "Plans for it",
        "Is there a plan?",
        "",
        "",
        "None: no plan",
        "Partial",
        "Full: owners and dates",
    ],
    &["2026", "train", "Trains staff", "", "yes", "sectors: health | justice", "None", "Some", ""],
];
const ELEMENTS: &[&[&str]] = &[
    &["Label", "ID", "Type", "Sector"],
    &["Home Office", "home-office", "department", "justice"],
    &["Department of Health", "health", "department", "health"],
];

#[test]
fn a_rubric_and_marks_filled_by_hand_read_and_their_mistakes_are_named() {
    let marks: &[&[&str]] = &[
        &["Round", "Department", "Criterion", "Mark", "By", "Evidence", "Page"],
        &["2026", "Home Office", "plans-for-it", "partial", "Ana", "Home Office plan", "p. 2"],
        &["2026", "Home Office", "plans-for-it", "", "", "Annual report", ""],
        &["2026", "health", "Trains staff", "n/a", "", "", ""],
    ];
    let dir = tempfile::tempdir().unwrap();
    let path =
        workbook(dir.path(), "hand.xlsx", &[("Elements", ELEMENTS), ("Rubric", RUBRIC), ("Marks", marks)]);
    let doc = import_path(&path).unwrap();
    let rubric = &doc.assessment.rounds[&2026];
    assert_eq!(rubric.criteria[0].id, "plans-for-it", "an empty ID is made from the title");
    assert_eq!(rubric.criteria[0].levels[0].description, "no plan");
    assert_eq!(rubric.criteria[1].levels.len(), 2);
    let answer = doc.assessment.answer(2026, "home-office", "plans-for-it").unwrap();
    assert_eq!(answer.mark, Some(Mark::Level(1)));
    assert_eq!(answer.evidence.len(), 2, "a further row adds a piece of evidence");
    assert_eq!(doc.assessment.answer(2026, "health", "train").unwrap().mark, Some(Mark::NotApplicable));

    let bad: &[&[&str]] = &[
        &["Round", "Department", "Criterion", "Mark", "Agree"],
        &["2026", "Home Office", "plans-for-it", "Parcial", ""],
        &["2025", "Home Office", "train", "None", ""],
        &["2026", "Home Ofice", "train", "None", ""],
        &["2026", "health", "plans", "None", "maybe"],
        &["2026", "home-office", "plans-for-it", "Full", ""],
    ];
    let path =
        workbook(dir.path(), "bad.xlsx", &[("Elements", ELEMENTS), ("Rubric", RUBRIC), ("Marks", bad)]);
    let err = import_path(&path).unwrap_err();
    let lines: Vec<String> = err.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "Marks!D2: 'Parcial' is not a level of 'plans-for-it': write one of None, Partial, Full, or n/a",
            "Marks!A3: the Rubric sheet has no 2025 round (its rounds: 2026)",
            "Marks!B4: no element called 'Home Ofice'; did you mean 'Home Office'?",
            "Marks!C5: the 2026 round has no criterion 'plans'",
            "Marks!D6: this answer's row is 2; a further row of the same answer adds evidence only",
        ],
        "{err}"
    );
}
