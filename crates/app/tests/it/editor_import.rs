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
    harness.get_by_label_contains("problems: fix them in the file, or choose kinds above.");
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
