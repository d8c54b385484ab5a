//! The journey's second half: reply packs written, one filled as the
//! department would and imported, its disagreement accepted, the briefing
//! and the web page exported, and what the saved map must hold.

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap_app::SectormapApp;
use sectormap_core::interchange::{Cell, Limits, OutTable, Source, read_source, tables_to_xlsx};
use sectormap_core::model::assess::{Answer, Change, Mark, Verdict};

use super::{ANA, BEN, MARKS, YEAR, evidence, mark};
use crate::common::{click, retype, wait_for_export};
use crate::editor_assess::{answer, press, shown};
/// File > Export reply packs… into `folder`: one pack per department.
pub(super) fn export_reply_packs(harness: &mut Harness<'_, SectormapApp>, folder: &Path) {
    click(harness, "File");
    click(harness, "Export reply packs…");
    harness.get_by_label(&format!("Round {YEAR}"));
    harness.get_by_label("11 departments are assessed in this round: 11 packs.");
    click(harness, "Choose a folder…");
    retype(harness, "File path", folder.to_str().unwrap());
    click(harness, "Export");
    wait_for_export(harness);
    assert_eq!(std::fs::read_dir(folder).unwrap().count(), 11);
}

/// Home Office's pack read back and filled as the department would: it
/// agrees on its definition and disagrees on its plan, with a reason and
/// evidence; written to `filled`.
pub(super) fn fill_pack(pack: &Path, filled: &Path) {
    let Source::Tables { tables, .. } = read_source(pack, &Limits::default()).unwrap() else {
        panic!("a reply pack is a workbook")
    };
    let mut tables: Vec<OutTable> = tables
        .into_iter()
        .map(|t| OutTable {
            name: t.name,
            rows: t.rows.into_iter().map(|r| r.into_iter().map(Cell::from).collect()).collect(),
        })
        .collect();
    let reply = tables.iter_mut().find(|t| t.name == "Reply").expect("a Reply sheet");
    let ours = |id: &str, rows: &[Vec<Cell>]| rows.iter().position(|r| r[0] == Cell::from(id)).unwrap();
    let plan = ours("plan", &reply.rows);
    assert!(matches!(&reply.rows[plan][3], Cell::Text(t) if t.starts_with("Partial")), "our mark");
    assert!(matches!(&reply.rows[plan][4], Cell::Text(t) if t.contains("Home Office: annual report 2008")));
    for (id, agree, reason, evidence) in [("plan", "no", REASON, REPLY_EVIDENCE), ("define", "yes", "", "")] {
        let row = ours(id, &reply.rows);
        reply.rows[row].resize(8, Cell::Empty);
        for (column, text) in [(5, agree), (6, reason), (7, evidence)] {
            reply.rows[row][column] = Cell::from(text);
        }
    }
    std::fs::write(filled, tables_to_xlsx(&tables).unwrap()).unwrap();
}

/// Home Office's reason for disagreeing on its plan.
pub(super) const REASON: &str = "Our action plan has named owners, dates and a budget.";
/// Home Office's evidence for it.
pub(super) const REPLY_EVIDENCE: &str = "VAW action plan 2009, p. 4 <https://example.org/ho-plan.pdf>";

/// File > Import… of the filled pack: the preview says it is Home
/// Office's reply pack; then the disagreement is accepted in the panel
/// and the mark changed as a step of its own.
pub(super) fn import_and_accept(harness: &mut Harness<'_, SectormapApp>, filled: &Path) {
    click(harness, "File");
    click(harness, "Import…");
    retype(harness, "File path", filled.to_str().unwrap());
    click(harness, "Import");
    harness.get_by_label(&format!("A reply pack from Home Office for {YEAR}: 2 replies, one disagreement."));
    harness.get_by_label("Plans for it: disagrees");
    click(harness, "Import");
    let cell = "Home Office, Plans for it";
    assert_eq!(shown(harness, cell), "Partial; reply to decide");
    assert!(harness.query_by_label("replied · 1 to decide").is_some());
    press(harness, cell);
    let score = harness.get_by_label("Score of Home Office").rect();
    let pane = harness.get_by_label("Close the answer").rect();
    assert!(score.right() < pane.left(), "the score stays in sight beside the open answer");
    assert!(harness.query_by_label("Disagrees").is_some());
    assert!(harness.query_by_label(&format!("Reason: {REASON}")).is_some());
    press(harness, "Accept");
    press(harness, "Mark as Full");
    let plan = answer(harness, YEAR, "dept-home-office", "plan").unwrap();
    assert_eq!(plan.mark, Some(Mark::Level(2)));
    assert_eq!(plan.reply.and_then(|r| r.verdict), Some(Verdict::Accepted));
    assert_eq!(shown(harness, cell), "Full", "nothing left to decide");
}

/// File > Export briefing… with every part; returns the PDF's text,
/// white space squeezed out.
pub(super) fn export_briefing(harness: &mut Harness<'_, SectormapApp>, path: &Path) -> String {
    click(harness, "File");
    click(harness, "Export briefing…");
    click(harness, "Export PDF…");
    retype(harness, "File path", path.to_str().unwrap());
    click(harness, "Export");
    wait_for_export(harness);
    let pdf = lopdf::Document::load(path).expect("the briefing was written");
    let pages: Vec<u32> = pdf.get_pages().keys().copied().collect();
    let text = pdf.extract_text(&pages).expect("the briefing's text");
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// File > Export web page…; returns the page.
pub(super) fn export_web(harness: &mut Harness<'_, SectormapApp>, path: &Path) -> String {
    click(harness, "File");
    click(harness, "Export web page…");
    click(harness, "Export…");
    retype(harness, "File path", path.to_str().unwrap());
    click(harness, "Export");
    wait_for_export(harness);
    std::fs::read_to_string(path).expect("the web page")
}

/// What the journey leaves in an answer, checked in the map saved.
pub(super) fn check_saved(answers: impl Fn(&str, &str) -> Answer) {
    for (id, name, criterion, _, level) in MARKS {
        let answer = answers(id, criterion);
        assert_eq!((answer.mark.is_some(), answer.by.as_str()), (true, ANA), "{id} {criterion}");
        let expected = if (id, criterion) == ("dept-home-office", "plan") { "Full" } else { level };
        assert_eq!(answer.mark, Some(mark(expected)), "{id} {criterion}");
        assert_eq!(answer.evidence, [evidence(name, criterion)], "{id} {criterion}");
        // The assessors, and the department whose reply came in.
        let by_department = |c: &Change| c.who == name && c.what.starts_with("reply received: ");
        assert!(
            answer.log.iter().all(|c| c.who == ANA || c.who == BEN || by_department(c)),
            "{:?}",
            answer.log
        );
        assert!(answer.log.first().is_some_and(|c| c.what.starts_with("mark: ") && c.who == ANA));
    }
    let define = answers("dept-home-office", "define");
    let second = define.second.as_ref().expect("the second mark");
    assert_eq!(
        (second.mark, second.by.as_str(), define.settled),
        (Mark::Level(1), BEN, Some(Mark::Level(1)))
    );
    let whats: Vec<(&str, &str)> = define.log.iter().map(|c| (c.who.as_str(), c.what.as_str())).collect();
    assert!(whats.contains(&(BEN, "second mark: Partial")), "{whats:?}");
    assert!(whats.contains(&("Home Office", "reply received: agrees with the mark")), "{whats:?}");
    assert!(whats.contains(&(ANA, "settled on Partial")), "{whats:?}");
    let plan = answers("dept-home-office", "plan");
    let reply = plan.reply.as_ref().expect("Home Office's reply");
    assert_eq!(
        (reply.agree, reply.reason.as_str(), reply.evidence.as_str(), reply.verdict),
        (false, REASON, REPLY_EVIDENCE, Some(Verdict::Accepted))
    );
    let whats: Vec<&str> = plan.log.iter().map(|c| c.what.as_str()).collect();
    assert!(whats.ends_with(&["reply accepted", "mark: Partial → Full"]), "{whats:?}");
    let agreed = answers("dept-home-office", "define").reply.expect("agreed on its definition");
    assert!(agreed.agree && agreed.verdict.is_none());
}
