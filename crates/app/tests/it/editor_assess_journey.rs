//! One assessor's whole journey through a round, in the editor: a map
//! with departments and no assessment; a new round from the starter
//! rubric; three departments marked with evidence; blind second marking
//! by a second assessor; a disagreement settled; reply packs written; one
//! filled as the department would and imported; its disagreement
//! accepted; the briefing and the web page exported; the map saved and
//! opened again with everything there.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::path::Path;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use sectormap_app::{SectormapApp, Start};
use sectormap_core::io::{load_path, load_str, save_path};
use sectormap_core::model::assess::{Evidence, Mark, SecondMark, round_score};

use crate::common::{click, editor, retype};
use crate::editor_assess::{answer, press, shown};
use published::{check_saved, export_briefing, export_reply_packs, export_web, fill_pack, import_and_accept};

mod published;

/// The round the assessor makes.
const YEAR: i32 = 2009;
/// The first assessor.
const ANA: &str = "Ana Ruiz";
/// The second assessor.
const BEN: &str = "Ben Osei";

/// The marks the first assessor gives: department id and name,
/// criterion id and title, and the level chosen.
const MARKS: [(&str, &str, &str, &str, &str); 7] = [
    ("dept-home-office", "Home Office", "define", "Defines violence against women", "Full"),
    ("dept-home-office", "Home Office", "plan", "Plans for it", "Partial"),
    ("dept-home-office", "Home Office", "train", "Trains its staff", "Partial"),
    ("dept-health", "Department of Health", "define", "Defines violence against women", "Partial"),
    ("dept-health", "Department of Health", "analyse", "Analyses it", "None"),
    ("dept-dft", "Department for Transport", "define", "Defines violence against women", "None"),
    ("dept-dft", "Department for Transport", "train", "Trains its staff", "Not applicable"),
];

/// The evidence the first assessor records for `department`'s answer to `criterion`.
fn evidence(department: &str, criterion: &str) -> Evidence {
    Evidence {
        title: format!("{department}: annual report 2008, on {criterion}"),
        link: format!("https://example.org/{criterion}/{}.pdf", department.replace(' ', "-")),
        page: String::new(),
        quote: format!("{department} says how it will {criterion}."),
        document_date: "2008-11-30".to_owned(),
        accessed: "2009-02-14".to_owned(),
    }
}

/// A mark in the words of the starter rubric's levels.
fn mark(level: &str) -> Mark {
    match level {
        "None" => Mark::Level(0),
        "Partial" => Mark::Level(1),
        "Full" => Mark::Level(2),
        _ => Mark::NotApplicable,
    }
}

/// The example map's departments with no assessment, saved in `dir`.
fn unassessed_map(dir: &Path) -> std::path::PathBuf {
    let mut doc = load_str(sectormap_core::io::EXAMPLE_MAP, "example").unwrap();
    doc.assessment = Default::default();
    let path = dir.join("evaw.json");
    save_path(&doc, &path).unwrap();
    path
}

/// Types `text` into the field `label` and leaves it (Tab), which stores it.
fn fill(harness: &mut Harness<'_, SectormapApp>, label: &str, text: &str) {
    retype(harness, label, text);
    harness.key_press(Key::Tab);
    harness.run();
}

/// Names the assessor in the panel's name field.
fn sign_in(harness: &mut Harness<'_, SectormapApp>, name: &str) {
    retype(harness, "Your name", name);
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().settings.assessor.as_deref(), Some(name));
}

/// Opens View > Assessment panel and makes the round from the starter rubric.
fn new_round(harness: &mut Harness<'_, SectormapApp>) {
    click(harness, "Home Office");
    assert_eq!(harness.state().work.selection.single_node(), Some("dept-home-office"), "in the inspector");
    click(harness, "View");
    click(harness, "Assessment panel");
    assert!(harness.query_by_label_contains("No assessment round yet").is_some(), "no round to begin with");
    sign_in(harness, ANA);
    press(harness, "New round…");
    retype(harness, "Year of the new round", &YEAR.to_string());
    press(harness, "Questions of the starter rubric");
    press(harness, "Make the round");
    let doc = harness.state().session().doc();
    let rubric = doc.assessment.rounds.get(&YEAR).expect("the new round");
    assert_eq!(rubric.criteria.len(), 7, "the starter rubric's seven criteria");
    assert!(harness.query_by_label_contains("Marked 0 of 77").is_some(), "11 departments by 7 criteria");
}

/// The first assessor marks every answer in [`MARKS`] with its evidence.
fn first_marking(harness: &mut Harness<'_, SectormapApp>) {
    for (id, name, criterion, title, level) in MARKS {
        let cell = format!("{name}, {title}");
        press(harness, &cell);
        press(harness, &format!("Mark as {level}"));
        press(harness, "Add evidence");
        let item = evidence(name, criterion);
        for (field, text) in [
            ("Title", &item.title),
            ("Link or file", &item.link),
            ("Quote", &item.quote),
            ("Document date", &item.document_date),
            ("Accessed", &item.accessed),
        ] {
            fill(harness, &format!("Evidence 1: {field}"), text);
        }
        let stored = answer(harness, YEAR, id, criterion).expect("the answer");
        assert_eq!((stored.mark, stored.by.as_str()), (Some(mark(level)), ANA), "{cell}");
        assert_eq!(stored.evidence, [item], "{cell}: every field of the evidence");
        assert_eq!(shown(harness, &cell), level, "{cell} shows its mark and no flag");
    }
    assert!(harness.query_by_label_contains("Marked 7 of 77 · with evidence 7").is_some());
    // Opening one of Home Office's answers selects it again, for the inspector.
    press(harness, "Home Office, Defines violence against women");
    assert_eq!(harness.state().work.selection.single_node(), Some("dept-home-office"));
    assert!(harness.query_by_label("Assessment 2009").is_some(), "Home Office's marks in the inspector");
    assert!(harness.query_by_label("Score: 6.67 (3 of 7)").is_some(), "(2/2 + 1/2 + 1/2) / 3");
}

/// The second assessor marks three answers blind, differing on Home
/// Office's definition; nothing of the first marks shows.
fn second_marking(harness: &mut Harness<'_, SectormapApp>) {
    sign_in(harness, BEN);
    press(harness, "Second marking (blind)");
    let home = "Home Office, Defines violence against women";
    assert_eq!(shown(harness, home), "not marked", "the first mark is hidden");
    assert_eq!(shown(harness, "Score of Home Office"), "hidden");
    assert!(harness.query_by_label_contains("Second-marked 0 of 77").is_some());
    assert!(harness.query_by_label("Assessment 2009").is_some(), "Home Office is still in the inspector");
    assert!(harness.query_by_label_contains("Score: ").is_none(), "the inspector hides the score");
    for (cell, level) in [
        (home, "Partial"),
        ("Department of Health, Defines violence against women", "Partial"),
        ("Department for Transport, Defines violence against women", "None"),
    ] {
        press(harness, cell);
        for seen in ["Marked by", "History", "The department’s reply", "Second mark: ", "Private notes"] {
            assert!(harness.query_by_label_contains(seen).is_none(), "{seen:?} shows in second marking");
        }
        for level in ["None", "Partial", "Full"] {
            let radio = harness.get_by_label(&format!("Mark as {level}")).accesskit_node().toggled();
            assert_ne!(radio, Some(egui::accesskit::Toggled::True), "{cell}: no level chosen before");
        }
        press(harness, &format!("Mark as {level}"));
        assert_eq!(shown(harness, cell), level, "the second mark shows");
    }
    let stored = answer(harness, YEAR, "dept-home-office", "define").unwrap();
    assert_eq!(stored.mark, Some(Mark::Level(2)), "the first mark stays");
    let second = SecondMark { mark: Mark::Level(1), by: BEN.to_owned(), notes: String::new() };
    assert_eq!(stored.second, Some(second));
    assert!(harness.query_by_label_contains("Second-marked 3 of 77").is_some());
    press(harness, "Second marking (blind)");
}

/// Back as the first assessor: the one disagreement settled on Partial.
fn consensus(harness: &mut Harness<'_, SectormapApp>) {
    sign_in(harness, ANA);
    let home = "Home Office, Defines violence against women";
    assert_eq!(shown(harness, home), "Full; the assessors differ");
    press(harness, "Disagreements (1)");
    assert!(harness.query_by_label(&format!("Full ({ANA}) and Partial ({BEN})")).is_some());
    press(harness, &format!("Settle {home} on Partial"));
    let stored = answer(harness, YEAR, "dept-home-office", "define").unwrap();
    assert_eq!((stored.settled, stored.final_mark()), (Some(Mark::Level(1)), Some(Mark::Level(1))));
    assert!(harness.query_by_label("No open disagreements in this round.").is_some());
    press(harness, "Agreement");
    assert!(harness.query_by_label("Kappa").is_some());
    assert!(harness.query_by_label("67 %").is_some(), "the same mark on 2 of the 3 definitions");
    press(harness, "Marks");
    assert_eq!(shown(harness, home), "Partial", "the settled mark counts");
    press(harness, home);
    assert!(harness.query_by_label(&format!("Marked by {ANA}")).is_some());
    assert!(harness.query_by_label(&format!("Second mark: Partial (by {BEN})")).is_some());
    assert!(harness.query_by_label("Settled on: Partial").is_some());
    for line in [format!("· {BEN}: second mark: Partial"), format!("· {ANA}: settled on Partial")] {
        assert!(harness.query_by_label_contains(&line).is_some(), "the history shows {line:?}");
    }
}

#[test]
fn an_assessor_takes_a_round_from_new_to_published_and_it_is_all_in_the_saved_map() {
    let dir = tempfile::tempdir().unwrap();
    let map = unassessed_map(dir.path());
    let mut harness = editor(Start::File(map.clone()));
    new_round(&mut harness);
    first_marking(&mut harness);
    second_marking(&mut harness);
    consensus(&mut harness);
    let packs = dir.path().join("packs");
    export_reply_packs(&mut harness, &packs);
    let filled = dir.path().join("home-office-filled.xlsx");
    fill_pack(&packs.join("dept-home-office.xlsx"), &filled);
    import_and_accept(&mut harness, &filled);
    // Home Office: Partial (settled), Full (after the reply), Partial.
    let doc = harness.state().session().doc().clone();
    let score = round_score(&doc, YEAR, "dept-home-office").and_then(|s| s.value).unwrap();
    assert!((score - 10.0 * 2.0 / 3.0).abs() < 1e-9, "{score}");
    assert_eq!(shown(&harness, "Score of Home Office"), "6.67 (3 of 7)");

    let pdf = export_briefing(&mut harness, &dir.path().join("briefing.pdf"));
    assert!(pdf.contains(&format!("The{YEAR}assessment")), "the assessment pages: {pdf:.600}");
    let home = &pdf[pdf.find("HomeOfficeScore6.67outof10,on3of7criteria.").expect("Home Office's section")..];
    assert!(home.contains("Plansforit:Full") && home.contains("HomeOffice:annualreport2008,onplan"));
    let reply = "Thedepartmentdisagrees:Ouractionplanhasnamedowners,datesandabudget.";
    assert!(home.contains(reply) && home.contains("Decision:thedepartmentisright"), "{home:.900}");
    let web = export_web(&mut harness, &dir.path().join("page.html"));
    for text in
        ["Score 6.67 out of 10, on 3 of 7 criteria.", "Plans for it: Full", "Trains its staff: Partial"]
    {
        assert!(web.contains(text), "{text:?} is not on the web page");
    }

    click(&mut harness, "File");
    click(&mut harness, "Save");
    assert!(!harness.state().session().is_dirty(), "saved");
    let saved = load_path(&map).unwrap();
    assert_eq!(&saved, harness.state().session().doc(), "the saved file is the map in the editor");
    check_saved(|id, criterion| saved.assessment.answer(YEAR, id, criterion).cloned().unwrap());

    // Opened again in a fresh editor, the panel shows the round as it was left.
    let mut again = editor(Start::File(map));
    click(&mut again, "View");
    click(&mut again, "Assessment panel");
    assert_eq!(shown(&again, "Home Office, Defines violence against women"), "Partial");
    assert_eq!(shown(&again, "Home Office, Plans for it"), "Full");
    assert_eq!(shown(&again, "Score of Home Office"), "6.67 (3 of 7)");
    assert!(again.query_by_label("replied").is_some());
    check_saved(|id, criterion| answer(&again, YEAR, id, criterion).unwrap());
}
