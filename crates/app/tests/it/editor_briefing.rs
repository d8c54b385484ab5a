//! File > Export briefing… in the editor: the parts and views chosen in
//! the dialog are the pages of the PDF written.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use crate::common::{click, editor, retype, wait_for_export};
use sectormap_app::Start;
use sectormap_core::briefing::{self, Options, Paper, Part};

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
    // The whole map, every view but the first, and the report card (its
    // table, then its chart on a page turned sideways), no more: as many
    // pages as the core makes of those parts (a map too dense to read on
    // one page takes an overview, its parts and an index).
    let doc = harness.state().session().doc().clone();
    let count = |views: &[String]| {
        let options = Options {
            parts: vec![Part::Map, Part::Views, Part::Report],
            views: Some(views.to_vec()),
            paper: Paper::Letter,
            ..Options::default()
        };
        briefing::pages(&doc, &options).unwrap().len()
    };
    assert_eq!(pages.len(), count(&views[1..]));
    assert!(pages.len() < count(&views), "the first view is left out");
    // Letter pages, or A3 for a map that is readable on one A3 page only.
    for id in pages.values() {
        let media = pdf.get_dictionary(*id).unwrap().get(b"MediaBox").unwrap().as_array().unwrap().clone();
        let (w, h) = (media[2].as_float().unwrap(), media[3].as_float().unwrap());
        let (short, long) = (w.min(h), w.max(h));
        let letter = (short - 612.0).abs() < 0.5 && (long - 792.0).abs() < 0.5;
        let a3 = (short - 841.9).abs() < 0.5 && (long - 1190.6).abs() < 0.5;
        assert!(letter || a3, "Letter pages: {w} x {h}");
    }
    assert!(
        pages.values().any(|id| {
            let media =
                pdf.get_dictionary(*id).unwrap().get(b"MediaBox").unwrap().as_array().unwrap().clone();
            (media[2].as_float().unwrap().min(media[3].as_float().unwrap()) - 612.0).abs() < 0.5
        }),
        "the text pages are Letter"
    );
}
