//! Working together: replicas of one map merge field by field, prose as
//! text, and nothing anyone did is lost.

use sectormap_core::edit::{Edit, Placement};
use sectormap_core::model::{Document, Point};
use sectormap_core::share::{Device, Replica};

use crate::common::example;

fn replica(name: &str) -> Replica {
    Replica::new(Device::fresh(name))
}

/// Two replicas of the example map, B made from A's state.
fn pair() -> (Replica, Replica, Document) {
    let doc = example();
    let mut a = replica("Amina");
    a.record(&Document::new(), &doc).unwrap();
    let b = Replica::load(Device::fresh("Bea"), &a.state(), "A").unwrap();
    (a, b, doc)
}

fn edited(doc: &Document, edit: Edit) -> Document {
    let mut doc = doc.clone();
    edit.apply(&mut doc).unwrap();
    doc
}

fn with_node(doc: &Document, id: &str, change: impl FnOnce(&mut sectormap_core::model::Node)) -> Document {
    let mut node = doc.node(id).unwrap().clone();
    change(&mut node);
    edited(doc, Edit::SetNode(node))
}

/// Sends each side's whole state to the other.
fn exchange(a: &mut Replica, b: &mut Replica) {
    let (sa, sb) = (a.state(), b.state());
    a.apply(&sb, "B").unwrap();
    b.apply(&sa, "A").unwrap();
}

#[test]
fn a_shared_map_comes_back_as_it_went_in() {
    let (a, b, doc) = pair();
    assert_eq!(a.document().unwrap().document, doc);
    assert_eq!(b.document().unwrap().document, doc);
}

#[test]
fn two_people_editing_different_fields_of_one_node_both_keep_their_edits() {
    let (mut a, mut b, doc) = pair();
    let mine = with_node(&doc, "dept-dft", |n| n.label = "Department for Transport (DfT)".into());
    a.record(&doc, &mine).unwrap();
    let theirs = with_node(&doc, "dept-dft", |n| n.department.jurisdiction = "England and Wales".into());
    b.record(&doc, &theirs).unwrap();
    exchange(&mut a, &mut b);
    for side in [&a, &b] {
        let merged = side.document().unwrap().document;
        let node = merged.node("dept-dft").unwrap();
        assert_eq!(node.label, "Department for Transport (DfT)");
        assert_eq!(node.department.jurisdiction, "England and Wales");
    }
}

#[test]
fn prose_edited_by_two_people_at_once_merges_as_text() {
    let (mut a, mut b, doc) = pair();
    let start = doc.node("commit-cedaw").unwrap().description.clone();
    let mine = with_node(&doc, "commit-cedaw", |n| n.description = format!("Transport. {start}"));
    a.record(&doc, &mine).unwrap();
    let theirs = with_node(&doc, "commit-cedaw", |n| n.description = format!("{start} Buses and trains."));
    b.record(&doc, &theirs).unwrap();
    exchange(&mut a, &mut b);
    let merged = a.document().unwrap().document;
    assert_eq!(
        merged.node("commit-cedaw").unwrap().description,
        format!("Transport. {start} Buses and trains.")
    );
    assert_eq!(merged, b.document().unwrap().document);
}

#[test]
fn a_position_moves_as_one_value_and_the_one_that_lost_can_be_restored() {
    let (mut a, mut b, doc) = pair();
    let place = |x, y| {
        Edit::Place(vec![("dept-dft".into(), Placement { position: Some(Point::new(x, y)), pinned: true })])
    };
    a.record(&doc, &edited(&doc, place(100.0, 200.0))).unwrap();
    b.record(&doc, &edited(&doc, place(-300.0, 50.0))).unwrap();
    exchange(&mut a, &mut b);
    let (ma, mb) = (a.document().unwrap().document, b.document().unwrap().document);
    assert_eq!(ma, mb, "both sides end with the same map");
    let won = ma.node("dept-dft").unwrap().position.unwrap();
    assert!(
        won == Point::new(100.0, 200.0) || won == Point::new(-300.0, 50.0),
        "one whole position, not x of one and y of the other: {won:?}"
    );
    // Both sides know which value lost, once the kept records are exchanged.
    exchange(&mut a, &mut b);
    let kept = a.kept();
    let lost = kept.iter().find(|k| k.field.ends_with("position")).expect("the losing position is kept");
    assert_eq!(b.kept(), kept);
    let key = lost.key.clone();
    a.restore(&key).unwrap();
    let restored = a.document().unwrap().document.node("dept-dft").unwrap().position.unwrap();
    assert_ne!(restored, won, "restoring puts the other position back");
    assert!(a.kept().iter().all(|k| k.key != key));
}

#[test]
fn a_later_change_replaces_without_being_called_a_conflict() {
    let (mut a, mut b, doc) = pair();
    let first = with_node(&doc, "dept-dft", |n| n.label = "DfT".into());
    a.record(&doc, &first).unwrap();
    b.apply(&a.state(), "A").unwrap();
    let second = with_node(&first, "dept-dft", |n| n.department.sector = "justice".into());
    b.record(&first, &second).unwrap();
    let arrival = a.apply(&b.state(), "B").unwrap();
    assert!(arrival.conflicts.is_empty(), "{:?}", arrival.conflicts);
    assert_eq!(arrival.log.len(), 1, "B's one change record arrives");
    assert_eq!(arrival.log[0].name, "Bea");
    assert!(a.kept().is_empty());
}

#[test]
fn a_delete_racing_an_edit_keeps_the_node_and_says_so() {
    let (mut a, mut b, doc) = pair();
    let deleted = edited(&doc, Edit::RemoveNode("obj-cps-victims".into()));
    a.record(&doc, &deleted).unwrap();
    assert!(a.document().unwrap().document.node("obj-cps-victims").is_none(), "deleted where it was deleted");
    let renamed = with_node(&doc, "obj-cps-victims", |n| n.label = "Transport".into());
    b.record(&doc, &renamed).unwrap();
    exchange(&mut a, &mut b);
    for side in [&a, &b] {
        let merged = side.document().unwrap();
        assert_eq!(merged.document.node("obj-cps-victims").map(|n| n.label.as_str()), Some("Transport"));
        assert!(merged.revived.iter().any(|r| r.contains("obj-cps-victims")), "{:?}", merged.revived);
    }
}

#[test]
fn a_delete_nobody_raced_deletes_everywhere() {
    let (mut a, mut b, doc) = pair();
    let deleted = edited(&doc, Edit::RemoveNode("obj-cps-victims".into()));
    a.record(&doc, &deleted).unwrap();
    exchange(&mut a, &mut b);
    let merged = b.document().unwrap();
    assert_eq!(merged.document, deleted);
    assert!(merged.revived.is_empty());
}

#[test]
fn bad_bytes_are_refused_with_their_origin() {
    let (mut a, _, _) = pair();
    let err = a.apply(b"not an update at all", "devices/dx.yjs").unwrap_err().to_string();
    assert!(err.contains("devices/dx.yjs"), "{err}");
}

#[test]
fn two_people_who_each_share_the_same_map_do_not_get_every_text_twice() {
    let doc = example();
    let mut a = replica("Amina");
    a.record(&Document::new(), &doc).unwrap();
    let mut b = replica("Bea");
    b.record(&Document::new(), &doc).unwrap();
    exchange(&mut a, &mut b);
    assert_eq!(a.document().unwrap().document, doc, "texts are not run together");
    assert_eq!(b.document().unwrap().document, doc);
    assert!(a.kept().is_empty(), "identical values are not conflicts: {:?}", a.kept().first());
}

#[test]
fn a_text_two_people_write_at_once_into_an_empty_field_keeps_the_other_words() {
    let (mut a, mut b, doc) = pair();
    assert!(doc.node("dept-dft").unwrap().description.is_empty());
    a.record(&doc, &with_node(&doc, "dept-dft", |n| n.description = "Runs the railways.".into())).unwrap();
    b.record(&doc, &with_node(&doc, "dept-dft", |n| n.description = "Roads and buses.".into())).unwrap();
    exchange(&mut a, &mut b);
    exchange(&mut a, &mut b);
    let merged = a.document().unwrap().document;
    let won = merged.node("dept-dft").unwrap().description.clone();
    assert!(
        won == "Runs the railways." || won == "Roads and buses.",
        "one text, not both run together: {won}"
    );
    assert_eq!(merged, b.document().unwrap().document);
    let kept = a.kept();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_ne!(kept[0].value, serde_json::Value::from(won.as_str()));
    a.restore(&kept[0].key.clone()).unwrap();
    assert_ne!(a.document().unwrap().document.node("dept-dft").unwrap().description, won);
}
