//! What a new user's walkthrough of the Assessment panel found: evidence
//! dates that are not dates, and the inspector showing another node than
//! the answer open beside the panel.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap_app::SectormapApp;
use sectormap_core::editor::Selection;

use crate::common::retype;
use crate::editor_assess::{answer, assessing, press};

/// The dates of the first evidence of Home Office's answer to "define".
fn dates(harness: &Harness<'_, SectormapApp>) -> (String, String) {
    let stored = answer(harness, 2008, "dept-home-office", "define").unwrap();
    (stored.evidence[0].document_date.clone(), stored.evidence[0].accessed.clone())
}

/// Types `text` into the field `label` and leaves it with `key`.
fn type_and_leave(harness: &mut Harness<'_, SectormapApp>, label: &str, text: &str, key: Key) {
    retype(harness, label, text);
    harness.key_press(key);
    harness.run();
}

#[test]
fn an_evidence_date_that_is_not_a_date_shows_why_in_place_and_is_not_stored() {
    let mut harness = assessing();
    press(&mut harness, "Home Office, Defines violence against women");
    assert_eq!(dates(&harness), ("2008".to_owned(), "2008-06-01".to_owned()));
    let field = "Evidence 1: Document date";
    let accessed = "Evidence 1: Accessed";
    let below = harness.get_by_label(accessed).rect();
    retype(&mut harness, field, "yesterday");
    assert!(
        harness.query_by_label_contains("Not a date: write it as 2008-03-31, 2008-03 or 2008.").is_some(),
        "the reason shows beside the field while typing"
    );
    assert_eq!(harness.get_by_label(accessed).rect(), below, "nothing below the field moves");
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(dates(&harness).0, "2008", "not stored");
    let status = harness.state().status.current().map(|(m, _)| m.to_owned()).unwrap_or_default();
    assert!(status.contains("Not a date"), "the status line says why: {status:?}");
    for bad in ["2008-02-30", "08", "2008-13", "2008/03/01", "2008-3-1"] {
        type_and_leave(&mut harness, field, bad, Key::Tab);
        assert_eq!(dates(&harness).0, "2008", "{bad:?} is not stored");
    }
    type_and_leave(&mut harness, field, "2008-03", Key::Enter);
    assert_eq!(dates(&harness).0, "2008-03", "a year and month is a date");
    type_and_leave(&mut harness, field, "2008-02-29", Key::Enter);
    assert_eq!(dates(&harness).0, "2008-02-29", "a whole date on the calendar");

    type_and_leave(&mut harness, accessed, "yesterday", Key::Tab);
    assert_eq!(dates(&harness).1, "2008-06-01", "Accessed is checked too");
    type_and_leave(&mut harness, accessed, "2008-06-30", Key::Enter);
    assert_eq!(dates(&harness).1, "2008-06-30");
}

#[test]
fn opening_a_departments_answer_selects_it_so_the_inspector_shows_it() {
    let mut harness = assessing();
    harness.state_mut().work.selection = Selection::node("dept-health");
    harness.run();
    press(&mut harness, "Home Office, Defines violence against women");
    assert_eq!(harness.state().work.selection, Selection::node("dept-home-office"));
    assert!(harness.query_by_label("Assessment 2008").is_some(), "the inspector shows the department");
    harness.key_press(Key::Delete);
    harness.run();
    assert!(
        harness.state().session().doc().node("dept-home-office").is_some(),
        "Delete stays with the panel"
    );
    harness.state_mut().work.selection = Selection::node("dept-health");
    harness.run();
    press(&mut harness, "Home Office, Plans for it");
    assert_eq!(harness.state().work.selection, Selection::node("dept-home-office"), "another of its answers");
    press(&mut harness, "Department for Transport, Plans for it");
    assert_eq!(harness.state().work.selection, Selection::node("dept-dft"));
}
