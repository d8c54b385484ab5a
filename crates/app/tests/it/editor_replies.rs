//! Right of reply in the editor: File > Export reply packs… writes one
//! workbook per assessed department; a filled pack chosen in File >
//! Import… shows whose replies it holds, puts them beside the marks
//! (which never change) and goes back in one undo step.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use crate::common::{click, editor, retype, wait_for_export};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use sectormap_app::app::Start;
use sectormap_core::interchange::{Cell, reply_pack_tables, tables_to_xlsx};
use sectormap_core::model::assess::{Mark, utc_minute};

/// Now, in seconds since 1970.
fn unix_seconds() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
}

#[test]
fn a_filled_reply_pack_is_imported_beside_the_marks_in_one_undo_step() {
    let mut harness = editor(Start::Example);
    let before = harness.state().work.session.doc().clone();
    let mut tables = reply_pack_tables(&before, 2008, "dept-home-office").unwrap();
    let reply = tables.iter_mut().find(|t| t.name == "Reply").unwrap();
    for (row, agree, evidence) in [(3, "No", "Action plan 2008, p. 4"), (1, "yes", "")] {
        reply.rows[row].resize(8, Cell::Empty);
        reply.rows[row][5] = Cell::from(agree);
        reply.rows[row][7] = Cell::from(evidence);
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("home-office-reply.xlsx");
    std::fs::write(&path, tables_to_xlsx(&tables).unwrap()).unwrap();
    click(&mut harness, "File");
    click(&mut harness, "Import…");
    retype(&mut harness, "File path", path.to_str().unwrap());
    click(&mut harness, "Import");
    harness.get_by_label("A reply pack from Home Office for 2008: 2 replies, one disagreement.");
    // Each criterion by its title in the round's rubric, not its id.
    harness.get_by_label("Analyses it: left blank (Reply!F3), skipped");
    harness.get_by_label("Plans for it: disagrees");
    harness.get_by_label("Defines violence against women: agrees");
    assert_eq!(harness.state().work.session.doc(), &before, "nothing changes before the user says so");
    let start = unix_seconds();
    click(&mut harness, "Import");
    let end = unix_seconds();
    let doc = harness.state().work.session.doc().clone();
    // Each reply's arrival is in its answer's history, from the department, at UTC now.
    for (criterion, what) in [
        ("plan", "reply received: disagrees with the mark"),
        ("define", "reply received: agrees with the mark"),
    ] {
        let log = &doc.assessment.answer(2008, "dept-home-office", criterion).unwrap().log;
        let was = before.assessment.answer(2008, "dept-home-office", criterion).map_or(0, |a| a.log.len());
        assert_eq!(log.len(), was + 1, "{criterion}: one line added");
        let line = log.last().unwrap();
        assert_eq!((line.who.as_str(), line.what.as_str()), ("Home Office", what));
        assert!([utc_minute(start), utc_minute(end)].contains(&line.when), "{} is UTC now", line.when);
    }
    let plan = doc.assessment.answer(2008, "dept-home-office", "plan").unwrap();
    assert_eq!(plan.mark, Some(Mark::Level(2)), "the coalition's mark never changes");
    let reply = plan.reply.as_ref().unwrap();
    assert_eq!((reply.agree, reply.evidence.as_str()), (false, "Action plan 2008, p. 4"));
    assert!(doc.assessment.answer(2008, "dept-home-office", "define").unwrap().reply.as_ref().unwrap().agree);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().work.session.doc(), &before, "one undo takes the whole import back");
}

#[test]
fn reply_packs_are_exported_one_per_assessed_department() {
    let mut harness = editor(Start::Example);
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("packs-2008");
    click(&mut harness, "File");
    click(&mut harness, "Export reply packs…");
    harness.get_by_label("Round 2008 (illustrative)");
    harness.get_by_label("11 departments are assessed in this round: 11 packs.");
    click(&mut harness, "Choose a folder…");
    retype(&mut harness, "File path", folder.to_str().unwrap());
    click(&mut harness, "Export");
    wait_for_export(&mut harness);
    assert!(folder.join("dept-home-office.xlsx").is_file());
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 11);
}
