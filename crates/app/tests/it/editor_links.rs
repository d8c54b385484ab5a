//! A link's recognition in the inspector: yes, no or not checked yet, each
//! one undo step; a link drawn in the editor starts as not checked.

use sectormap_app::Start;
use sectormap_core::editor::{DocCommand, Selection};
use sectormap_core::model::{LinkKind, Recognised};

use egui_kittest::kittest::Queryable;

use crate::common::{click, editor};

#[test]
fn the_inspector_sets_each_state_and_undo_takes_it_back() {
    let mut harness = editor(Start::Example);
    let id = "rel-rape-dft-safe";
    let state = |h: &egui_kittest::Harness<'_, sectormap_app::SectormapApp>| {
        h.state().session().doc().link(id).map(|(l, _, _)| l.recognised)
    };
    assert_eq!(state(&harness), Some(Recognised::No), "the example's old file says not made");
    harness.state_mut().work.selection = Selection::link(id);
    harness.run();
    harness.get_by_label("Does the department make this link itself?");
    click(&mut harness, "Not checked yet");
    assert_eq!(state(&harness), Some(Recognised::Unknown));
    click(&mut harness, "Yes, in its own documents");
    assert_eq!(state(&harness), Some(Recognised::Yes));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(state(&harness), Some(Recognised::Unknown), "one undo step per choice");
}

#[test]
fn a_link_drawn_in_the_editor_is_not_checked_yet() {
    let mut harness = editor(Start::Example);
    let before: Vec<String> = harness.state().session().doc().links().map(|(l, _, _)| l.id.clone()).collect();
    let command = DocCommand::Connect("issue-trafficking".into(), "obj-dft-safe".into());
    harness.state_mut().work.run(command, sectormap_core::scene::Pos::new(0.0, 0.0));
    harness.run();
    let doc = harness.state().session().doc();
    let (link, _, _) = doc.links().find(|(l, _, _)| !before.contains(&l.id)).expect("a new link");
    assert_eq!((link.kind, link.recognised), (LinkKind::Relevant, Recognised::Unknown));
}
