//! The Assessment panel: a new round from the starter rubric marked with
//! evidence (the score shown is the formula's), blind second marking, a
//! disagreement settled, undo of a mark, and the log of who did what when.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use sectormap_app::{SectormapApp, Start};
use sectormap_core::editor::Selection;
use sectormap_core::model::assess::{Answer, Lineage, Mark, SecondMark, round_score, starter, utc_minute};

use crate::common::{click, editor, retype};

/// The editor on the example map with the Assessment panel open (from the View menu).
pub(crate) fn assessing() -> Harness<'static, SectormapApp> {
    let mut harness = editor(Start::Example);
    click(&mut harness, "View");
    click(&mut harness, "Assessment panel");
    assert!(harness.state().settings.show_assess);
    harness
}

/// Scrolls to the control `label` and clicks it.
pub(crate) fn press(harness: &mut Harness<'_, SectormapApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    click(harness, label);
}

/// The answer of `department` to `criterion` in `year`, if any.
pub(crate) fn answer(
    harness: &Harness<'_, SectormapApp>,
    year: i32,
    department: &str,
    criterion: &str,
) -> Option<Answer> {
    harness.state().session().doc().assessment.answer(year, department, criterion).cloned()
}

/// The text a labelled value shows (a cell, a score).
pub(crate) fn shown(harness: &Harness<'_, SectormapApp>, label: &str) -> String {
    harness.get_by_label(label).value().unwrap_or_default()
}

#[test]
fn three_departments_marked_with_evidence_in_a_new_round_score_by_the_formula() {
    let mut harness = assessing();
    press(&mut harness, "New round…");
    assert_eq!(shown(&harness, "Year of the new round"), "2009", "the year after the latest round");
    press(&mut harness, "Questions of the starter rubric");
    press(&mut harness, "Make the round");
    let rubric =
        harness.state().session().doc().assessment.rounds.get(&2009).cloned().expect("the 2009 round");
    let doc = harness.state().session().doc();
    assert_eq!(rubric, starter().unwrap().cites_only(|id| doc.node(id).is_some()));
    assert!(rubric.criteria.iter().all(|c| c.lineage == Lineage::New) && !rubric.illustrative);
    assert_eq!(harness.state().session().history().undo_label(), Some("New round 2009"));
    let marks = [
        (
            "dept-home-office",
            "Home Office",
            [("define", "Defines violence against women", "Full", 2), ("plan", "Plans for it", "Partial", 1)],
        ),
        (
            "dept-health",
            "Department of Health",
            [("define", "Defines violence against women", "Partial", 1), ("plan", "Plans for it", "None", 0)],
        ),
        (
            "dept-dft",
            "Department for Transport",
            [("analyse", "Analyses it", "None", 0), ("train", "Trains its staff", "Not applicable", 9)],
        ),
    ];
    for (id, name, criteria) in marks {
        for (criterion, title, level, index) in criteria {
            press(&mut harness, &format!("{name}, {title}"));
            press(&mut harness, &format!("Mark as {level}"));
            press(&mut harness, "Add evidence");
            retype(&mut harness, "Evidence 1: Title", &format!("{name}: annual report"));
            harness.key_press(Key::Enter);
            harness.run();
            let stored = answer(&harness, 2009, id, criterion).expect("the answer");
            let mark = if index == 9 { Mark::NotApplicable } else { Mark::Level(index) };
            assert_eq!(stored.mark, Some(mark), "{name}, {title}");
            assert_eq!(stored.evidence.len(), 1);
            assert_eq!(stored.evidence[0].title, format!("{name}: annual report"));
            assert_eq!(
                stored.evidence[0].accessed.len(),
                10,
                "accessed today: {:?}",
                stored.evidence[0].accessed
            );
            assert_eq!(stored.log.len(), 3, "mark, evidence added, its title: {:?}", stored.log);
            assert_eq!(
                shown(&harness, &format!("{name}, {title}")),
                level,
                "the cell shows the mark, no flag"
            );
        }
    }
    // 10 × Σ weight × level ÷ top ÷ Σ weight over the criteria marked with a level.
    let doc = harness.state().session().doc();
    for (id, name, expected) in [
        ("dept-home-office", "Home Office", "7.5 (2 of 7)"), // (2/2 + 1/2) / 2
        ("dept-health", "Department of Health", "2.5 (2 of 7)"), // (1/2 + 0/2) / 2
        ("dept-dft", "Department for Transport", "0 (1 of 7)"), // N/A left out
    ] {
        assert_eq!(shown(&harness, &format!("Score of {name}")), expected);
        let value = round_score(doc, 2009, id).and_then(|s| s.value).unwrap();
        assert_eq!(expected.split(' ').next(), Some(sectormap_core::model::format_score(value).as_str()));
    }
    assert_eq!(shown(&harness, "Score of Ministry of Defence"), "– (0 of 7)");
    assert!(harness.query_by_label_contains("Marked 6 of 77 · with evidence 6 · missing 71").is_some());
}

#[test]
fn second_marking_is_blind_and_a_disagreement_is_listed_and_settled() {
    let mut harness = assessing();
    let cell = "Home Office, Defines violence against women";
    assert_eq!(shown(&harness, cell), "Full");
    press(&mut harness, "Second marking (blind)");
    assert_eq!(shown(&harness, cell), "not marked", "the first mark is hidden");
    assert_eq!(shown(&harness, "Score of Home Office"), "hidden");
    press(&mut harness, cell);
    for seen in ["Marked by", "History", "The department’s reply", "Second mark: ", "Private notes"] {
        assert!(harness.query_by_label_contains(seen).is_none(), "{seen:?} shows in second marking");
    }
    let full = harness.get_by_label("Mark as Full").accesskit_node().toggled();
    assert_ne!(full, Some(egui::accesskit::Toggled::True), "the first mark is not chosen");
    press(&mut harness, "Mark as Partial");
    let stored = answer(&harness, 2008, "dept-home-office", "define").unwrap();
    assert_eq!(stored.mark, Some(Mark::Level(2)), "the first mark stays");
    let second = SecondMark { mark: Mark::Level(1), by: "Assessor".to_owned(), notes: String::new() };
    assert_eq!(stored.second, Some(second));
    assert_eq!(shown(&harness, cell), "Partial", "the second mark shows");
    // The inspector hides the marks too.
    harness.state_mut().work.selection = Selection::node("dept-home-office");
    harness.run();
    assert!(harness.query_by_label("Assessment 2008").is_some(), "the inspector's marks section");
    assert!(harness.query_by_label_contains("Score: ").is_none());

    press(&mut harness, "Second marking (blind)");
    assert_eq!(shown(&harness, cell), "Full; the assessors differ", "back to the first mark, and its flag");
    press(&mut harness, "Disagreements (1)");
    assert!(harness.query_by_label("Full (Assessor A) and Partial (Assessor)").is_some());
    press(&mut harness, "Settle Home Office, Defines violence against women on Full");
    let stored = answer(&harness, 2008, "dept-home-office", "define").unwrap();
    assert_eq!(stored.settled, Some(Mark::Level(2)));
    assert!(!stored.disputed());
    assert!(harness.query_by_label("Disagreements").is_some(), "none left to settle");
    assert!(harness.query_by_label("No open disagreements in this round.").is_some());
    press(&mut harness, "Agreement");
    // Both criteria marked twice where the two differ: no agreement, kappa 0.
    assert_eq!(harness.query_all_by_label("0.00 · vague?").count(), 2);
    assert!(harness.query_by_label("Kappa").is_some());
}

#[test]
fn a_mark_is_one_undo_step_and_the_log_says_who_and_when() {
    let mut harness = assessing();
    assert!(
        harness.query_by_label("Your name is recorded with every change you make to an answer.").is_some()
    );
    retype(&mut harness, "Your name", "Ana Ruiz");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().settings.assessor.as_deref(), Some("Ana Ruiz"));
    assert!(
        harness.query_by_label("Your name is recorded with every change you make to an answer.").is_none()
    );
    let before = answer(&harness, 2008, "dept-home-office", "define").unwrap();
    press(&mut harness, "Home Office, Defines violence against women");
    let start = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    press(&mut harness, "Mark as Partial");
    let end = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let after = answer(&harness, 2008, "dept-home-office", "define").unwrap();
    assert_eq!((after.mark, after.by.as_str()), (Some(Mark::Level(1)), "Ana Ruiz"));
    let change = after.log.last().expect("a log line");
    assert_eq!(after.log.len(), before.log.len() + 1);
    assert_eq!((change.who.as_str(), change.what.as_str()), ("Ana Ruiz", "mark: Full → Partial"));
    assert!([utc_minute(start), utc_minute(end)].contains(&change.when), "{} is UTC now", change.when);
    assert_eq!(change.when.len(), "2026-01-31T09:05".len());
    assert!(
        harness.query_by_label_contains("· Ana Ruiz: mark: Full → Partial").is_some(),
        "the history shows it"
    );
    let step = harness.state().session().history().undo_label().map(str::to_owned);
    assert_eq!(step.as_deref(), Some("Answer of Home Office to “Defines violence against women”"));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        answer(&harness, 2008, "dept-home-office", "define"),
        Some(before.clone()),
        "one undo takes it back"
    );
    harness.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
    harness.run();
    assert_eq!(answer(&harness, 2008, "dept-home-office", "define"), Some(after));
}
