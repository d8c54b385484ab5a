//! Reply packs: one workbook per assessed department of a round, named by
//! its id, with our marks and evidence and never our notes; a filled pack
//! read back into the map as replies beside the marks, as one edit, with
//! every problem naming its sheet and cell.

use std::path::{Path, PathBuf};

use sectormap_core::export::{reply_packs, write_reply_packs};
use sectormap_core::interchange::{
    Cell, Limits, OutTable, REPLY_COLUMNS, ReplyPlan, Source, plan_replies, read_source, reply_pack_tables,
    tables_to_xlsx,
};
use sectormap_core::model::Document;
use sectormap_core::model::assess::{AnswerKey, Mark};

use crate::common::example;

const HOME: &str = "dept-home-office";

fn sheet<'a>(tables: &'a mut [OutTable], name: &str) -> &'a mut OutTable {
    tables.iter_mut().find(|t| t.name == name).unwrap()
}

/// The row of criterion `id` on the Reply sheet.
fn row_of(reply: &OutTable, id: &str) -> usize {
    reply.rows.iter().position(|r| r.first() == Some(&Cell::from(id))).unwrap()
}

/// Fills `(criterion, agree, reason, evidence)` into the pack's Reply sheet.
fn fill(tables: &mut [OutTable], rows: &[(&str, &str, &str, &str)]) {
    let reply = sheet(tables, "Reply");
    for (id, agree, reason, evidence) in rows {
        let row = row_of(reply, id);
        reply.rows[row].resize(8, Cell::Empty);
        for (col, text) in [(5, agree), (6, reason), (7, evidence)] {
            reply.rows[row][col] = Cell::from(*text);
        }
    }
}

fn saved(dir: &Path, tables: &[OutTable]) -> PathBuf {
    let path = dir.join("filled.xlsx");
    std::fs::write(&path, tables_to_xlsx(tables).unwrap()).unwrap();
    path
}

fn plan(doc: &Document, path: &Path) -> Result<ReplyPlan, Vec<String>> {
    let source = read_source(path, &Limits::default()).unwrap();
    let tables = source.reply_pack().expect("told to be a reply pack by its sheets");
    plan_replies(doc, tables).map_err(|problems| problems.iter().map(ToString::to_string).collect())
}

#[test]
fn the_example_round_gives_one_pack_per_assessed_department_named_by_id() {
    let mut doc = example();
    let key = AnswerKey::new(2008, HOME, "plan");
    doc.assessment.answers.get_mut(&key).unwrap().notes =
        "PRIVATE: the minister's adviser told us".to_owned();
    let packs = reply_packs(&doc, 2008).unwrap();
    let departments = doc.nodes().filter(|n| n.kind == sectormap_core::model::NodeKind::Department).count();
    assert_eq!(packs.len(), departments, "every criterion applies to every department in the example");
    let dir = tempfile::tempdir().unwrap();
    let written = write_reply_packs(&dir.path().join("packs"), &packs).unwrap();
    let home = dir.path().join("packs/dept-home-office.xlsx");
    assert!(written.contains(&home), "{written:?}");
    let Source::Tables { tables, .. } = read_source(&home, &Limits::default()).unwrap() else { panic!() };
    let names: Vec<&str> = tables.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Read me", "Reply", "Pack"]);
    let reply = &tables[1];
    assert_eq!(reply.rows[0], REPLY_COLUMNS.map(str::to_owned));
    assert_eq!(reply.rows.len(), 8, "a header and the 7 criteria");
    let define = reply.rows.iter().find(|r| r[0] == "define").unwrap();
    assert_eq!(define[1], "Defines violence against women");
    assert!(
        define[3].starts_with("Full: A gendered definition"),
        "our mark as label and description: {}",
        define[3]
    );
    assert!(
        define[4].contains("the department's strategy defines violence against women (2008)"),
        "{}",
        define[4]
    );
    assert!(define.len() <= 5, "the department's three columns are empty: {define:?}");
    let read_me: Vec<&String> = tables[0].rows.iter().flatten().collect();
    assert!(read_me.iter().any(|c| c.contains("private notes are not included")));
    assert!(read_me.iter().any(|c| c.as_str() == "Deadline for your reply"));
    assert!(read_me.iter().any(|c| c.starts_with("2008 (illustrative")));
    let pack: Vec<&[String]> = tables[2].rows.iter().map(Vec::as_slice).collect();
    assert!(pack.contains(&&["Round".to_owned(), "2008".to_owned()][..]));
    assert!(pack.contains(&&["Department ID".to_owned(), HOME.to_owned()][..]));
    for table in &tables {
        assert!(!table.rows.iter().flatten().any(|c| c.contains("PRIVATE")), "notes are never in a pack");
    }
    let sheets = calamine::open_workbook_auto(&home).map(|w| calamine::Reader::sheets_metadata(&w).to_vec());
    let hidden: Vec<String> = sheets
        .unwrap()
        .into_iter()
        .filter(|s| s.visible != calamine::SheetVisible::Visible)
        .map(|s| s.name)
        .collect();
    assert_eq!(hidden, ["Pack"]);
}

#[test]
fn a_filled_pack_adds_replies_beside_the_marks_as_one_edit() {
    let doc = example();
    let mut tables = reply_pack_tables(&doc, 2008, HOME).unwrap();
    // The department edits a title (matching is by ID) and answers two rows.
    let reply = sheet(&mut tables, "Reply");
    let define = row_of(reply, "define");
    reply.rows[define][1] = Cell::from("Our definition");
    fill(
        &mut tables,
        &[
            ("plan", " No ", "Our plan has owners and dates since May.", "Action plan 2008, p. 4"),
            ("define", "Sí", "", ""),
        ],
    );
    let dir = tempfile::tempdir().unwrap();
    let plan = plan(&doc, &saved(dir.path(), &tables)).unwrap();
    assert_eq!((plan.year, plan.department.as_str(), plan.label.as_str()), (2008, HOME, "Home Office"));
    assert_eq!((plan.replies.len(), plan.disagreements(), plan.changed()), (2, 1, 2));
    let skipped: Vec<&str> = plan.skipped.iter().map(|s| s.criterion.as_str()).collect();
    assert_eq!(skipped, ["analyse", "resource", "train", "targets", "evaluate"]);
    assert_eq!(plan.skipped[0].place, "Reply!F3");
    let mut after = doc.clone();
    let inverse = plan.edit().apply(&mut after).unwrap();
    let answer = after.assessment.answer(2008, HOME, "plan").unwrap();
    let reply = answer.reply.as_ref().unwrap();
    assert!(!reply.agree);
    assert_eq!(reply.reason, "Our plan has owners and dates since May.");
    assert_eq!(reply.evidence, "Action plan 2008, p. 4");
    let before = doc.assessment.answer(2008, HOME, "plan").unwrap();
    assert_eq!(answer.mark, Some(Mark::Level(2)), "the mark never changes");
    assert_eq!(
        sectormap_core::model::assess::Answer { reply: None, ..answer.clone() },
        *before,
        "every other field is kept"
    );
    assert!(after.assessment.answer(2008, HOME, "define").unwrap().reply.as_ref().unwrap().agree);
    inverse.apply(&mut after).unwrap();
    assert_eq!(after, doc, "one edit, undone in one step");
    // The same pack again changes nothing.
    let mut again = doc.clone();
    plan.edit().apply(&mut again).unwrap();
    let second = self::plan(&again, &saved(dir.path(), &tables)).unwrap();
    assert!(second.is_empty() && second.replies.iter().all(|r| r.unchanged));
}

#[test]
fn a_department_with_no_answer_yet_gets_one_holding_only_the_reply() {
    let doc = example();
    assert!(doc.assessment.answers_of(2008, "dept-dfes").next().is_none());
    let mut tables = reply_pack_tables(&doc, 2008, "dept-dfes").unwrap();
    assert!(sheet(&mut tables, "Reply").rows[1][3] == Cell::from("Not marked yet"));
    fill(&mut tables, &[("train", "oui", "", "Training records 2008")]);
    let dir = tempfile::tempdir().unwrap();
    let plan = plan(&doc, &saved(dir.path(), &tables)).unwrap();
    assert!(plan.replies[0].new_answer);
    let mut after = doc.clone();
    plan.edit().apply(&mut after).unwrap();
    let answer = after.assessment.answer(2008, "dept-dfes", "train").unwrap();
    assert_eq!(answer.mark, None);
    assert_eq!(
        answer.reply.as_ref().map(|r| (r.agree, r.evidence.as_str())),
        Some((true, "Training records 2008"))
    );
}

#[test]
fn problems_name_the_sheet_and_cell() {
    let doc = example();
    let dir = tempfile::tempdir().unwrap();
    let errors = |edit: &dyn Fn(&mut Vec<OutTable>)| {
        let mut tables = reply_pack_tables(&doc, 2008, HOME).unwrap();
        edit(&mut tables);
        plan(&doc, &saved(dir.path(), &tables)).unwrap_err()
    };
    let wrong_round = errors(&|t| sheet(t, "Pack").rows[1][1] = Cell::Number(2007.0));
    assert_eq!(wrong_round, ["Pack!B2: this pack is for the 2007 round, and the map's rounds: 2008"]);
    let unknown = errors(&|t| sheet(t, "Pack").rows[2][1] = Cell::from("dept-home-ofice"));
    assert_eq!(unknown.len(), 1);
    assert!(
        unknown[0].starts_with("Pack!B3: the map has no department with the id 'dept-home-ofice'"),
        "{unknown:?}"
    );
    assert!(unknown[0].ends_with("did you mean 'dept-home-office'?"), "{unknown:?}");
    let criterion = errors(&|t| {
        fill(t, &[("plan", "no", "", "")]);
        let reply = sheet(t, "Reply");
        let row = row_of(reply, "plan");
        reply.rows[row][0] = Cell::from("plam");
    });
    assert_eq!(criterion, ["Reply!A4: the 2008 round has no criterion 'plam'; did you mean 'plan'?"]);
    let agree = errors(&|t| fill(t, &[("analyse", "maybe", "", ""), ("targets", "", "We have targets", "")]));
    assert_eq!(
        agree,
        [
            "Reply!F3: 'maybe' is not yes or no (also y/n, true/false, sí/no, oui/non)",
            "Reply!F7: the row gives a reason or evidence but not whether you agree: write yes or no",
        ]
    );
}

#[test]
fn a_pack_is_never_opened_as_a_map_of_its_own() {
    let doc = example();
    let tables = reply_pack_tables(&doc, 2008, HOME).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let err = sectormap_core::interchange::import_path(&saved(dir.path(), &tables)).unwrap_err();
    assert!(err.to_string().contains("reply pack: import it into the map it came from"), "{err}");
    let missing = reply_pack_tables(&doc, 2007, HOME).unwrap_err().to_string();
    assert_eq!(missing, "the map has no 2007 round; its rounds: 2008");
}
