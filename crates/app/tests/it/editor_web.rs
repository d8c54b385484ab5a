//! File > Export web page… in the editor: the dialog's embed choice, the
//! path, and the page written by the same builder as `sectormap html`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use crate::common::{click, editor, retype, wait_for_export};
use egui_kittest::kittest::Queryable;
use sectormap_app::Start;

#[test]
fn the_editor_writes_an_embeddable_web_page_of_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("briefing.html");
    let mut harness = editor(Start::Example);
    click(&mut harness, "File");
    click(&mut harness, "Export web page…");
    assert!(harness.query_by_label("Export as a web page").is_some());
    click(&mut harness, "For embedding (no header, search or tables)");
    click(&mut harness, "Export…");
    retype(&mut harness, "File path", path.to_str().unwrap());
    click(&mut harness, "Export");
    wait_for_export(&mut harness);
    let html = std::fs::read_to_string(&path).expect("the web page");
    assert!(html.contains("<body class=\"embed\">"), "not the embeddable page");
    let doc = harness.state().session().doc().clone();
    for node in doc.nodes() {
        assert!(
            html.contains(&format!("<g class=\"node\" data-id=\"{}\"", node.id)),
            "{} is missing",
            node.id
        );
    }
    assert!(!html.contains("<header"), "the embeddable page has a header");
}
