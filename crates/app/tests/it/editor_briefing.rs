//! File > Export briefing… in the editor: the parts and views chosen in
//! the dialog are the pages of the PDF written.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use crate::common::{click, editor, retype, wait_for_export};
use sectormap_app::Start;

#[test]
fn the_briefing_dialog_chooses_the_pages() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pack.pdf");
    let mut harness = editor(Start::Example);
    let views: Vec<String> = harness.state().session().doc().views.iter().map(|v| v.name.clone()).collect();
    assert!(views.len() >= 2);
    click(&mut harness, "File");
    click(&mut harness, "Export briefing…");
    // Leave out the cover, the assessment, the gaps and the first view;
    // Letter paper.
    click(&mut harness, "Cover");
    click(&mut harness, "Assessment");
    click(&mut harness, "Gaps in the response to VAW");
    click(&mut harness, &views[0]);
    click(&mut harness, "Letter");
    click(&mut harness, "Export PDF…");
    retype(&mut harness, "File path", path.to_str().unwrap());
    click(&mut harness, "Export");
    wait_for_export(&mut harness);
    let pdf = lopdf::Document::load(&path).expect("the briefing was written");
    let pages = pdf.get_pages();
    // The whole map, every view but the first, and the report card: its
    // table, then its chart on a page turned sideways.
    assert_eq!(pages.len(), 1 + (views.len() - 1) + 2);
    for id in pages.values() {
        let media = pdf.get_dictionary(*id).unwrap().get(b"MediaBox").unwrap().as_array().unwrap().clone();
        let (w, h) = (media[2].as_float().unwrap(), media[3].as_float().unwrap());
        let (short, long) = (w.min(h), w.max(h));
        assert!((short - 612.0).abs() < 0.5 && (long - 792.0).abs() < 0.5, "Letter pages: {w} x {h}");
    }
}
