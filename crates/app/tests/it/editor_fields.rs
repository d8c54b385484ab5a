//! Backspace and Delete typed in any text field of the editor edit that
//! field and never reach the map: with a node or a link selected, in every
//! panel and dialog, the selection is never deleted.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use sectormap_app::app::settings::SideTab;
use sectormap_app::{SectormapApp, Start};
use sectormap_core::editor::Selection;

use crate::common::editor;

/// Nodes and links of the map.
fn counts(harness: &Harness<'_, SectormapApp>) -> (usize, usize) {
    let doc = harness.state().session().doc();
    (doc.node_count(), doc.link_count())
}

/// Whether an accessibility node is a text field.
fn is_field(role: Role) -> bool {
    matches!(role, Role::TextInput | Role::MultilineTextInput | Role::SpinButton)
}

/// The `n`th text field on screen, its name and where it is.
fn nth_field(harness: &Harness<'_, SectormapApp>, n: usize) -> Option<String> {
    let node = harness.query_all_by(|node| is_field(node.role())).nth(n)?;
    let name = node.accesskit_node().label().unwrap_or_default();
    Some(format!("{name:?} ({:?})", node.accesskit_node().role()))
}

/// In every text field on screen: click into it, type, then Backspace and
/// Delete. Returns the fields tried. The map must not lose a node or link.
pub(crate) fn keys_stay_in_every_field(harness: &mut Harness<'static, SectormapApp>) -> Vec<String> {
    let before = counts(harness);
    let mut tried = Vec::new();
    let mut n = 0;
    while let Some(name) = nth_field(harness, n) {
        let field = || harness.query_all_by(|node| is_field(node.role())).nth(n).expect("the field");
        field().scroll_to_me();
        harness.run();
        let field = harness.query_all_by(|node| is_field(node.role())).nth(n).expect("the field");
        field.click();
        harness.run();
        harness.get_all_by(|node| is_field(node.role())).nth(n).expect("the field").type_text("x");
        harness.run();
        for key in [Key::Backspace, Key::Delete, Key::Backspace] {
            harness.key_press(key);
            harness.run();
        }
        assert_eq!(counts(harness), before, "Backspace or Delete in the field {name} deleted from the map");
        tried.push(name);
        n += 1;
    }
    tried
}

/// Types into the field `label`, which has the keyboard, then presses
/// Backspace, Delete and Backspace.
fn type_and_erase(harness: &mut Harness<'static, SectormapApp>, label: &str) {
    harness.get_by_label(label).type_text("x");
    harness.run();
    for key in [Key::Backspace, Key::Delete, Key::Backspace] {
        harness.key_press(key);
        harness.run();
    }
}

#[test]
fn backspace_and_delete_in_every_field_with_a_node_selected_never_delete_it() {
    let mut harness = editor(Start::Example);
    harness.get_by_role_and_label(Role::Button, "Home Office").click();
    harness.run();
    {
        let app = harness.state_mut();
        app.settings.show_report = true;
        app.settings.show_filters = true;
        app.settings.side_tab = SideTab::Views;
        app.panes.views.selected = Some(0);
    }
    harness.run();
    assert_eq!(harness.state().work.selection.single_node(), Some("dept-home-office"));
    let tried = keys_stay_in_every_field(&mut harness);
    let has = |part: &str| tried.iter().any(|name| name.contains(part));
    for part in [
        "Search nodes",
        "Label",
        "Description",
        "Tags",
        "Evidence note 1",
        "Sector",
        "Jurisdiction",
        "New score year",
        "New score value",
        "Label in Español (es)",
        "Ministry of Defence score 2007",
        "Ask 1",
        "New ask",
        "Name",
        "Caption",
    ] {
        assert!(has(part), "no field {part:?} among {tried:#?}");
    }
    assert!(harness.state().session().doc().node("dept-home-office").is_some());
    assert_eq!(harness.state().work.selection.single_node(), Some("dept-home-office"));
}

#[test]
fn backspace_and_delete_in_a_link_and_a_scored_department_fields_never_delete_them() {
    let mut harness = editor(Start::Example);
    harness.state_mut().work.selection = Selection::link("engages-evaw-home-office");
    harness.run();
    let tried = keys_stay_in_every_field(&mut harness);
    assert!(tried.iter().any(|name| name.contains("Link label")), "{tried:#?}");
    assert!(harness.state().session().doc().link("engages-evaw-home-office").is_some());
    harness.get_by_role_and_label(Role::Button, "Department for Education and Skills").click();
    harness.run();
    let tried = keys_stay_in_every_field(&mut harness);
    assert!(tried.iter().any(|name| name.contains("Score for 2006")), "{tried:#?}");
    assert!(tried.iter().any(|name| name.contains("Source of the 2006 score")), "{tried:#?}");
    assert!(harness.state().session().doc().node("dept-dfes").is_some());
}

#[test]
fn backspace_and_delete_in_the_rename_field_and_the_export_dialog_never_delete_the_node() {
    let mut harness = editor(Start::Example);
    harness.get_by_role_and_label(Role::Button, "Home Office").click();
    harness.run();
    let before = counts(&harness);
    harness.key_press(Key::F2);
    harness.run();
    type_and_erase(&mut harness, "Rename node");
    assert_eq!(counts(&harness), before, "keys in the rename field deleted from the map");
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    // The width is a number that becomes a text field when clicked.
    harness.get_by_label("Width in pixels").click();
    harness.run();
    type_and_erase(&mut harness, "Width in pixels");
    assert_eq!(counts(&harness), before, "keys in the export dialog deleted from the map");
    assert!(harness.state().session().doc().node("dept-home-office").is_some());
}
