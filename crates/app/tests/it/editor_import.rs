//! File > Import... and File > Export data... in the editor: the preview,
//! kinds chosen for unknown types, a merge as one undo step, a new map
//! from a matrix, and data written back out that reads back the same.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use crate::common::{click, editor, positions, retype};
use crate::sheets::workbook;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use sectormap_app::app::Start;
use sectormap_core::model::NodeKind;

#[test]
fn merging_a_workbook_asks_for_unknown_kinds_and_undoes_in_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let elements: &[&[&str]] = &[
        &["Label", "Type", "Description"],
        &["Women's Aid", "Charity", "Federation of local services"],
        &["Home Office", "department", "Policing, immigration, crime"],
    ];
    let connections: &[&[&str]] = &[&["From", "To", "Type"], &["Women's Aid", "Home Office", "engages"]];
    let path =
        workbook(dir.path(), "coalition.xlsx", &[("Elements", elements), ("Connections", connections)]);
    let mut harness = editor(Start::Example);
    harness.run();
    let before_doc = harness.state().work.session.doc().clone();
    let before = positions(&harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::I);
    harness.run();
    retype(&mut harness, "File path", path.to_str().unwrap());
    click(&mut harness, "Import");
    let previewing = matches!(harness.state().modal(), Some(sectormap_app::app::Modal::Import(_)));
    assert!(previewing, "the preview comes first");
    assert_eq!(harness.state().work.session.doc(), &before_doc, "nothing changes before the user says so");
    // One problem, for the type: not a second one for the connection naming its element.
    harness.get_by_label("One problem: fix them in the file, or choose kinds above.");
    click(&mut harness, "Kind for 'Charity'");
    click(&mut harness, "Organisation");
    harness.get_by_label("Merge it into this map").click();
    harness.run();
    harness.get_by_label_contains("Elements: 1 added, 1 changed");
    click(&mut harness, "Import");
    let doc = harness.state().work.session.doc().clone();
    assert_eq!(doc.node("women-s-aid").unwrap().kind, NodeKind::Organisation);
    assert!(doc.node("women-s-aid").unwrap().position.is_some(), "the new element is placed");
    assert_eq!(doc.node_count(), before_doc.node_count() + 1);
    let kept: Vec<_> = positions(&harness).into_iter().filter(|(id, _)| id != "women-s-aid").collect();
    assert_eq!(kept, before, "nodes on the map keep their places");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().work.session.doc(), &before_doc, "one undo takes the whole import back");
}

#[test]
fn a_matrix_opens_as_a_new_map_and_its_data_exports_and_reads_back() {
    let root = crate::common::root();
    let template = root.join("maps/templates/matrix.xlsx");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("matrix.gexf");
    let mut harness = editor(Start::Empty);
    click(&mut harness, "File");
    click(&mut harness, "Import…");
    retype(&mut harness, "File path", template.to_str().unwrap());
    click(&mut harness, "Import");
    harness.get_by_label("Sheet “Relevance”: relevance matrix, 5 rows");
    click(&mut harness, "Import");
    let doc = harness.state().work.session.doc().clone();
    assert_eq!((doc.node_count(), doc.link_count()), (9, 10));
    assert!(doc.nodes().all(|n| n.position.is_some()), "laid out on opening");
    assert!(harness.state().work.session.is_dirty(), "an imported map is unsaved until saved");
    click(&mut harness, "File");
    click(&mut harness, "Export data…");
    click(&mut harness, "GEXF 1.3 (.gexf): for Gephi, with positions, colours and typed attributes");
    click(&mut harness, "Export…");
    retype(&mut harness, "File path", out.to_str().unwrap());
    click(&mut harness, "Export");
    crate::common::wait_for_export(&mut harness);
    let back = sectormap_core::interchange::import_path(&out).unwrap();
    assert_eq!(back, sectormap_core::interchange::without_translations(&doc), "positions and all come back");
}

/// Opens the import preview of `path` with Ctrl+I and the path typed.
fn preview(harness: &mut egui_kittest::Harness<'_, sectormap_app::SectormapApp>, path: &std::path::Path) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::I);
    harness.run();
    retype(harness, "File path", path.to_str().unwrap());
    click(harness, "Import");
}

/// Clicks at the middle of `label` as a person does: the pointer there
/// first, the press and the release in frames of their own, and then
/// only the frames the editor asks for.
fn click_like_a_person(harness: &mut egui_kittest::Harness<'_, sectormap_app::SectormapApp>, label: &str) {
    let pos = harness.get_by_label(label).rect().center();
    harness.hover_at(pos);
    harness.run();
    for pressed in [true, false] {
        let button = egui::PointerButton::Primary;
        harness.event(egui::Event::PointerButton { pos, button, pressed, modifiers: Modifiers::default() });
        harness.step();
    }
    harness.run();
}

#[test]
fn kind_drop_downs_open_on_the_first_click_and_keep_the_type_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let elements: &[&[&str]] =
        &[&["Label", "Type"], &["Women's Aid", "Charity"], &["Rape Crisis", "charity"], &["Jo", "Person"]];
    let path = workbook(dir.path(), "types.xlsx", &[("Elements", elements)]);
    let mut harness = editor(Start::Empty);
    preview(&mut harness, &path);
    for (combo, row) in [
        ("Kind for 'Charity'", "'Charity': 2 elements (first at Elements!B2)"),
        ("Kind for 'Person'", "'Person': one element (first at Elements!B4)"),
        ("Kind for 'Charity'", "'Charity': 2 elements (first at Elements!B2)"),
    ] {
        click_like_a_person(&mut harness, combo);
        assert!(harness.query_by_label("Organisation").is_some(), "{combo} opens on the first click");
        click_like_a_person(&mut harness, "Organisation");
        assert!(harness.query_by_label("Organisation").is_none(), "and closes on the choice");
        harness.get_by_label(row);
    }
}

#[test]
fn kinds_chosen_for_a_file_are_chosen_again_when_it_is_imported_again() {
    let dir = tempfile::tempdir().unwrap();
    let elements: &[&[&str]] = &[&["Label", "Type"], &["Women's Aid", "Charity"]];
    let path = workbook(dir.path(), "again.xlsx", &[("Elements", elements)]);
    let other = workbook(dir.path(), "other.xlsx", &[("Elements", elements)]);
    let mut harness = editor(Start::Empty);
    preview(&mut harness, &path);
    click(&mut harness, "Kind for 'Charity'");
    click(&mut harness, "Organisation");
    click(&mut harness, "Cancel");
    preview(&mut harness, &path);
    let chosen =
        |harness: &egui_kittest::Harness<'_, sectormap_app::SectormapApp>| match harness.state().modal() {
            Some(sectormap_app::app::Modal::Import(p)) => (p.chosen("Charity"), p.document().is_some()),
            _ => (None, false),
        };
    assert_eq!(chosen(&harness), (Some(NodeKind::Organisation), true), "the file reads at once");
    click(&mut harness, "Cancel");
    preview(&mut harness, &other);
    assert_eq!(chosen(&harness), (None, false), "another file starts with no choice");
}

#[test]
fn the_rows_that_read_can_be_imported_skipping_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let elements: &[&[&str]] = &[
        &["Label", "Type", "Sector"],
        &["Home Office", "department", "Justice"],
        &["Women's Aid", "organisation", "Charities"],
        &["Domestic abuse", "issue", ""],
    ];
    let connections: &[&[&str]] = &[&["From", "To"], &["Domestic abuse", "Home Office"]];
    let path = workbook(dir.path(), "rows.xlsx", &[("Elements", elements), ("Connections", connections)]);
    let mut harness = editor(Start::Empty);
    preview(&mut harness, &path);
    harness.get_by_label_contains(
        "Elements!C3: only departments have a sector, and 'Women's Aid' is an organisation",
    );
    let ready = |harness: &egui_kittest::Harness<'_, sectormap_app::SectormapApp>| matches!(harness.state().modal(), Some(sectormap_app::app::Modal::Import(p)) if p.ready());
    assert!(!ready(&harness), "nothing is imported until the user says to skip the problems");
    click(&mut harness, "Import the 2 elements and the link that read, and skip the problem listed");
    assert!(ready(&harness));
    click(&mut harness, "Import");
    let doc = harness.state().work.session.doc().clone();
    let ids: Vec<&str> = doc.nodes().map(|n| n.id.as_str()).collect();
    assert_eq!((ids, doc.link_count()), (vec!["domestic-abuse", "home-office"], 1));
}
