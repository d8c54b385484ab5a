//! Saved views: through the file and into the picture.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use sectormap_core::io::{load_path, load_str, to_json};
use sectormap_core::model::{ColorBy, Document, Focus, NodeKind, Others, SavedView, ViewArea};
use sectormap_core::scene::{Theme, View};

fn example() -> Document {
    load_path(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../maps/uk-evaw.json"))).unwrap()
}

#[test]
fn every_field_of_a_view_survives_the_file() {
    let mut doc = example();
    let mut view = SavedView {
        name: "Transport, hidden rest".to_owned(),
        caption: "Transport and the links it does not make".to_owned(),
        focus: Some(Focus { node: "dept-dft".to_owned(), depth: 3, others: Others::Hide }),
        color_by: ColorBy::Score,
        year: Some(2006),
        area: Some(ViewArea { x0: -120.5, y0: -80.0, x1: 640.25, y1: 410.0 }),
        ..SavedView::default()
    };
    view.hide.kinds.insert(NodeKind::Organisation);
    view.hide.sectors.insert("defence and peacekeeping".to_owned());
    view.hide.jurisdictions.insert("Scotland".to_owned());
    doc.views.insert(0, view);
    let text = to_json(&doc).unwrap();
    let back = load_str(&text, "views.json").unwrap();
    assert_eq!(back.views, doc.views);
    assert_eq!(to_json(&back).unwrap(), text, "saving again writes the same bytes");
}

#[test]
fn the_example_has_a_view_per_department() {
    let doc = example();
    for dept in doc.nodes().filter(|n| n.kind == NodeKind::Department) {
        assert!(
            doc.views.iter().any(|v| v.focus.as_ref().is_some_and(|f| f.node == dept.id)),
            "no view of {}",
            dept.id
        );
    }
}

#[test]
fn a_view_with_a_bad_focus_or_duplicate_name_is_refused_with_its_place() {
    let mut file: serde_json::Value = serde_json::from_str(&to_json(&example()).unwrap()).unwrap();
    file["views"][1]["name"] = "OVERVIEW".into();
    file["views"][3]["focus"]["node"] = "dept-nowhere".into();
    let err = load_str(&file.to_string(), "bad.json").unwrap_err().to_string();
    assert!(err.contains("view \"OVERVIEW\", field name: the name is used by another view"), "{err}");
    assert!(
        err.contains("view \"Home Office\", field focus.node: no node has the id \"dept-nowhere\""),
        "{err}"
    );
}

#[test]
fn a_focus_dims_or_hides_what_is_beyond_its_depth() {
    let doc = example();
    let mut saved =
        SavedView { name: "t".to_owned(), focus: Some(Focus::new("dept-dft", 1)), ..SavedView::default() };
    let view = View::from_saved(&doc, &saved, Theme::Light);
    assert!(view.hidden.is_empty());
    assert!(!view.dimmed.contains("dept-dft") && !view.dimmed.contains("obj-dft-safe"));
    assert!(view.dimmed.contains("issue-rape"), "two steps away at depth 1");
    saved.focus = Some(Focus { node: "dept-dft".to_owned(), depth: 2, others: Others::Hide });
    let view = View::from_saved(&doc, &saved, Theme::Light);
    assert!(view.dimmed.is_empty());
    assert!(!view.hidden.contains("issue-rape"), "two steps away at depth 2");
    assert!(view.hidden.contains("obj-ho-border"));
    let meta = view.meta.unwrap();
    assert_eq!(meta.title, "t");
    assert_eq!(meta.subtitle, doc.meta.title);
}
