//! Department briefs from the editor: a department's context menu exports
//! its brief and saves a view of its neighbourhood; File > Export briefs…
//! writes every department's into a folder; the Gaps panel and the report
//! card say how many asks each department has.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::{click, editor, retype, wait_for_export};
use sectormap_app::app::settings::SideTab;
use sectormap_app::{SectormapApp, Start};
use sectormap_core::analysis::ask_counts;
use sectormap_core::brief::Brief;
use sectormap_core::i18n::Language;
use sectormap_core::model::NodeKind;

/// Opens the context menu of the node labelled `label`.
fn node_menu(harness: &mut Harness<'_, SectormapApp>, label: &str) {
    harness.get_by_label(label).click_secondary();
    harness.run();
}

/// The ids of the nodes the canvas draws.
fn drawn(harness: &Harness<'_, SectormapApp>) -> std::collections::BTreeSet<String> {
    let work = &harness.state().work;
    let (hidden, _) = work.view.hidden_and_dimmed(work.session.doc(), &work.filters);
    work.session.doc().nodes().map(|n| n.id.clone()).filter(|id| !hidden.contains(id)).collect()
}

#[test]
fn a_departments_brief_is_exported_from_its_context_menu() {
    let mut harness = editor(Start::Example);
    let dir = tempfile::tempdir().unwrap();
    node_menu(&mut harness, "Home Office");
    click(&mut harness, "Export brief…");
    harness.get_by_label("Export brief");
    click(&mut harness, "Web page (.html): one offline page");
    click(&mut harness, "Choose a file…");
    let offered = harness.get_by_label("File path").value().unwrap_or_default();
    assert!(offered.ends_with("dept-home-office.html"), "the file is named by its id: {offered}");
    let path = dir.path().join("dept-home-office.html");
    retype(&mut harness, "File path", path.to_str().unwrap());
    click(&mut harness, "Export");
    wait_for_export(&mut harness);
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.contains("What we ask of Home Office"), "the department's brief");
}

#[test]
fn every_departments_brief_is_exported_into_a_folder() {
    let mut harness = editor(Start::Example);
    let departments =
        harness.state().session().doc().nodes().filter(|n| n.kind == NodeKind::Department).count();
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("briefs");
    click(&mut harness, "File");
    click(&mut harness, "Export briefs…");
    harness.get_by_label(&format!("{departments} departments: {departments} briefs."));
    click(&mut harness, "Word (.docx): to edit before sending");
    click(&mut harness, "Choose a folder…");
    retype(&mut harness, "File path", folder.to_str().unwrap());
    click(&mut harness, "Export");
    wait_for_export(&mut harness);
    let (status, error) = harness.state().status.current().unwrap();
    assert!(!error, "{status}");
    assert!(status.starts_with(&format!("Exported {departments} files into")), "{status}");
    assert!(folder.join("dept-home-office.docx").is_file());
    let written = std::fs::read_dir(&folder).unwrap().filter_map(Result::ok);
    assert_eq!(written.filter(|f| f.path().extension().is_some_and(|e| e == "docx")).count(), departments);
}

#[test]
fn a_view_of_a_departments_neighbourhood_is_saved_in_one_step() {
    let mut harness = editor(Start::Example);
    let views = harness.state().session().doc().views.len();
    node_menu(&mut harness, "Department for Transport");
    click(&mut harness, "Save a view of its neighbourhood");
    let doc = harness.state().session().doc().clone();
    assert_eq!(doc.views.len(), views + 1);
    assert_eq!(doc.views[views].name, "Department for Transport");
    let brief = Brief::of(&doc, "dept-dft", "", Language::En).unwrap();
    assert_eq!(drawn(&harness), brief.neighbourhood, "the view shows what the brief pictures");
    assert!(harness.query_by_label("Home Office").is_none(), "a node outside is not drawn");
    // In the Views panel like any other, and shown again from there.
    harness.state_mut().work.view.focus = None;
    harness.state_mut().work.filters = Default::default();
    let settings = &mut harness.state_mut().settings;
    settings.show_filters = true;
    settings.side_tab = SideTab::Views;
    harness.run();
    assert!(harness.query_by_label("Home Office").is_some());
    click(&mut harness, &format!("{}. Department for Transport", views + 1));
    assert_eq!(drawn(&harness), brief.neighbourhood);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().session().doc().views.len(), views, "one undo takes it away");
}

#[test]
fn each_departments_asks_show_in_the_gaps_panel_and_the_report_card() {
    let mut harness = editor(Start::Example);
    let counts = ask_counts(harness.state().session().doc(), Language::En);
    let home = counts["dept-home-office"];
    assert!(home > 1);
    let settings = &mut harness.state_mut().settings;
    settings.show_filters = true;
    settings.side_tab = SideTab::Gaps;
    settings.show_report = true;
    harness.run();
    click(&mut harness, &format!("Asks per department ({})", counts.len()));
    click(&mut harness, &format!("Home Office: {home} asks"));
    assert_eq!(harness.state().work.selection.single_node(), Some("dept-home-office"));
    harness.get_by_label("Asks");
    let cell = harness.get_by_label("Asks of Department for Transport");
    assert_eq!(cell.value().unwrap(), counts["dept-dft"].to_string());
    cell.click();
    harness.run();
    assert_eq!(harness.state().work.selection.single_node(), Some("dept-dft"));
}
