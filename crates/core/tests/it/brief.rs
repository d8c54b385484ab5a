//! Department briefs: what is asked of one department, in PDF, Word and HTML.

use sectormap_core::brief::{Brief, find_department, to_docx, to_html, to_pdf};
use sectormap_core::i18n::Language;

use crate::common::placed_example;

#[test]
fn a_brief_says_why_what_how_it_scored_and_what_obliges_it_in_every_format() {
    let doc = placed_example();
    let id = find_department(&doc, "department for transport").unwrap();
    let brief = Brief::of(&doc, &id, "2026-12-02", Language::En).unwrap();
    assert!(!brief.is_empty());
    let html = to_html(&doc, &brief, Language::En);
    for text in [
        "What we ask of Department for Transport",
        "Why violence against women is your business",
        "Urgent:",
        "CEDAW",
        "<svg",
    ] {
        assert!(html.contains(text), "{text} missing from the HTML brief");
    }
    let pdf = to_pdf(&doc, &brief, Language::En).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    assert_eq!(to_pdf(&doc, &brief, Language::En).unwrap(), pdf, "the same brief gives the same PDF");
    let docx = to_docx(&doc, &brief, Language::En).unwrap();
    assert!(docx.starts_with(b"PK"), "a Word file is a ZIP");
    assert_eq!(to_docx(&doc, &brief, Language::En).unwrap(), docx, "the same brief gives the same .docx");
    let err = find_department(&doc, "Department for Transprot").unwrap_err().to_string();
    assert!(err.contains("did you mean \"Department for Transport\""), "{err}");
}
