//! Others' work on a shared map, in the editor: the Changes panel lists
//! their records and the value that lost when two people set one field at
//! once, and Restore brings it back; undo takes back only one's own change
//! when someone else changed the same node since; keys typed in the Share
//! dialog's name field never act on the map.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

use crate::common::{click, retype};
use crate::editor_share::{change, editor_of, label, person, saved_map, session_of, share, until};
use sectormap_core::edit::Edit;
use sectormap_core::editor::session::Saved;
use sectormap_core::editor::{Selection, Session};

/// Changes node `id` in a session without a window, as one undo step.
fn change_in(session: &mut Session, id: &str, how: impl FnOnce(&mut sectormap_core::model::Node)) {
    let mut node = session.doc().node(id).unwrap().clone();
    how(&mut node);
    let none = (Selection::default(), Selection::default());
    session.apply(Edit::SetNode(node), "Change", None, none).unwrap();
}

#[test]
fn editor_share_a_conflict_shows_the_value_that_lost_and_restore_brings_it_back() {
    let (_dir, map) = saved_map();
    let (amina, bea) = (person("Amina"), person("Bea"));
    share(&map, amina.path());
    let mut a = editor_of(amina.path(), &map);
    let mut b = session_of(bea.path(), &map);
    change(&mut a, "dept-health", |n| n.department.sector = "education".into());
    change_in(&mut b, "dept-health", |n| n.department.sector = "justice".into());
    change_in(&mut b, "dept-dft", |n| n.label = "Transport, as Bea calls it".into());
    assert_eq!(b.save_to(&map).unwrap(), Saved::Written);
    assert!(until(&mut a, |app| app
        .session()
        .doc()
        .node("dept-dft")
        .unwrap()
        .label
        .starts_with("Transport,")));

    click(&mut a, "View");
    click(&mut a, "Changes panel");
    assert!(a.query_by_label("Values that lost (1)").is_some(), "the kept value is listed");
    assert!(a.query_by_label("Others' changes").is_some());
    assert!(a.query_all_by_label("Bea").next().is_some(), "Bea's records, by name");
    assert!(a.query_by_label_contains("Transport, as Bea calls it: Label").is_some(), "what it changed");
    let doc = a.state().session().doc().clone();
    let kept = a.state().session().shared().unwrap().kept(&doc);
    assert_eq!(kept.len(), 1);
    let (lost, now) = (kept[0].value.clone(), doc.node("dept-health").unwrap().department.sector.clone());
    assert_ne!(lost, now, "one of the two won, the other is kept");
    assert!(a.query_by_label(&format!("“{lost}”")).is_some(), "the value that lost is shown");

    click(&mut a, "Restore Sector of Department of Health");
    assert_eq!(a.state().session().doc().node("dept-health").unwrap().department.sector, lost, "restored");
    assert!(a.query_by_label("Values that lost (1)").is_none(), "and no longer kept");
    assert!(a.state().session().is_dirty(), "the restored value is saved with the map");

    // The record of Bea's rename selects her node.
    a.get_by_label_contains("Transport, as Bea calls it: Label").click();
    a.run();
    assert_eq!(a.state().work.selection.single_node(), Some("dept-dft"));
}

#[test]
fn editor_share_undo_after_someone_else_changed_the_node_takes_back_only_mine() {
    let (_dir, map) = saved_map();
    let (amina, bea) = (person("Amina"), person("Bea"));
    share(&map, amina.path());
    let mut a = editor_of(amina.path(), &map);
    let mut b = session_of(bea.path(), &map);
    let original = label(&a, "dept-dft");
    change(&mut a, "dept-dft", |n| n.label = "DfT, as Amina calls it".into());
    change_in(&mut b, "dept-dft", |n| n.description = "Bea wrote this.".into());
    change_in(&mut b, "dept-health", |n| n.label = "Health, as Bea calls it".into());
    assert_eq!(b.save_to(&map).unwrap(), Saved::Written);
    assert!(
        until(&mut a, |app| app.session().doc().node("dept-dft").unwrap().description == "Bea wrote this.")
    );
    assert_eq!(label(&a, "dept-dft"), "DfT, as Amina calls it", "A's edit stays when B's arrives");

    a.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    a.run();
    assert_eq!(label(&a, "dept-dft"), original, "A's label goes back");
    assert_eq!(a.state().session().doc().node("dept-dft").unwrap().description, "Bea wrote this.");
    assert_eq!(label(&a, "dept-health"), "Health, as Bea calls it", "B's other change stays");
}

#[test]
fn editor_share_keys_in_the_share_dialogs_name_field_do_not_act_on_the_map() {
    let (_dir, map) = saved_map();
    let data = tempfile::tempdir().unwrap();
    let mut harness = editor_of(data.path(), &map);
    click(&mut harness, "Home Office");
    retype(&mut harness, "Label", "Home Office (England and Wales)");
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().work.selection.single_node(), Some("dept-home-office"));
    assert!(harness.state().session().history().undo_label().is_some(), "a step to undo");

    click(&mut harness, "File");
    click(&mut harness, "Share through a folder…");
    retype(&mut harness, "Your name", "Amina");
    let before = harness.state().session().doc().clone();
    for (modifiers, key) in
        [(Modifiers::NONE, Key::Backspace), (Modifiers::NONE, Key::Delete), (Modifiers::COMMAND, Key::Z)]
    {
        harness.key_press_modifiers(modifiers, key);
        harness.run();
        assert!(*harness.state().session().doc() == before, "{modifiers:?}+{key:?} changed the map");
    }
    assert_eq!(harness.state().work.selection.single_node(), Some("dept-home-office"), "still selected");
    assert!(harness.query_by_label("Share this map through a folder").is_some(), "the dialog is open");
    click(&mut harness, "Cancel");
    assert!(!sectormap_core::share::Folder::beside(&map).exists(), "cancelled: nothing shared");
}

#[test]
fn editor_share_a_node_deleted_while_someone_changed_it_is_kept_with_a_notice_to_dismiss() {
    let (_dir, map) = saved_map();
    let (amina, bea) = (person("Amina"), person("Bea"));
    share(&map, amina.path());
    let mut a = editor_of(amina.path(), &map);
    let mut b = session_of(bea.path(), &map);
    a.state_mut()
        .work
        .edit(Edit::RemoveNode("issue-sexual-harassment".into()), "Delete", None, None)
        .unwrap();
    a.run();
    change_in(&mut b, "issue-sexual-harassment", |n| n.label = "Harassment, as Bea calls it".into());
    assert_eq!(b.save_to(&map).unwrap(), Saved::Written);
    assert!(
        until(&mut a, |app| app.session().doc().node("issue-sexual-harassment").is_some()),
        "the node is kept"
    );
    assert_eq!(label(&a, "issue-sexual-harassment"), "Harassment, as Bea calls it");
    click(&mut a, "View");
    click(&mut a, "Changes panel");
    let notice = "Amina deleted the element Harassment, as Bea calls it while Bea changed it: it was kept.";
    assert!(a.query_by_label(notice).is_some(), "the notice says who did what");
    click(&mut a, "Dismiss the notice about Harassment, as Bea calls it");
    assert!(a.query_by_label(notice).is_none(), "dismissed");
}
