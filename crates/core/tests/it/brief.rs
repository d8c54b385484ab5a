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
    // Its picture, the width of the text, would set words under 6 pt: the
    // Word brief says so and where to read it at size.
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&docx)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
    assert!(
        xml.contains("smaller than 6 pt: the PDF brief sets the picture large enough"),
        "no note on the picture"
    );
    let err = find_department(&doc, "Department for Transprot").unwrap_err().to_string();
    assert!(err.contains("did you mean \"Department for Transport\""), "{err}");
}

/// The Word brief opens in LibreOffice (converted headless, as a person's
/// copy would open) and its text comes back: headings, the asks, the
/// table of scores and the commitments.
#[test]
fn the_word_brief_opens_in_libreoffice_with_its_text() {
    let Some(soffice) = ["soffice", "libreoffice"].into_iter().find(|p| which(p)) else {
        return crate::tools::missing("LibreOffice (soffice)", "apt-get install libreoffice-writer-nogui");
    };
    let doc = placed_example();
    let id = find_department(&doc, "dept-home-office").unwrap();
    let brief = Brief::of(&doc, &id, "2026-12-02", Language::En).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("home-office.docx");
    std::fs::write(&path, to_docx(&doc, &brief, Language::En).unwrap()).unwrap();
    let profile = format!("-env:UserInstallation=file://{}", dir.path().join("profile").display());
    let out = std::process::Command::new(soffice)
        .args([profile.as_str(), "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir"])
        .arg(dir.path())
        .arg(&path)
        .output()
        .unwrap();
    let text = std::fs::read_to_string(dir.path().join("home-office.txt")).unwrap_or_else(|_| {
        panic!("LibreOffice did not convert the brief: {}", String::from_utf8_lossy(&out.stderr))
    });
    let html = to_html(&doc, &brief, Language::En);
    for line in [
        "What we ask of Home Office",
        "Why violence against women is your business",
        "What we ask of you",
        "How you scored",
        "The commitments that oblige you",
        "2008",
        "5.71",
    ] {
        assert!(text.contains(line), "{line:?} did not come back from LibreOffice:\n{text}");
        assert!(html.contains(line), "{line:?} is in the Word brief but not the HTML one");
    }
    // Lists are bulleted, not numbered on from one section to the next.
    let bulleted = text.lines().filter(|l| l.trim_start().starts_with("• ")).count();
    assert!(bulleted >= brief.asks.len(), "the asks are not a bulleted list:\n{text}");
    assert!(!text.lines().any(|l| l.trim_start().starts_with("1.")), "a numbered list:\n{text}");
    for ask in &brief.asks {
        assert!(text.contains(ask.text.trim()), "the ask {:?} did not come back:\n{text}", ask.text);
    }
}

fn which(program: &str) -> bool {
    std::process::Command::new(program).arg("--version").output().is_ok_and(|o| o.status.success())
}

#[test]
fn a_view_of_a_departments_neighbourhood_shows_what_its_brief_pictures() {
    let doc = placed_example();
    let departments: Vec<String> = doc
        .nodes()
        .filter(|n| n.kind == sectormap_core::model::NodeKind::Department)
        .map(|n| n.id.clone())
        .collect();
    let mut exact = Vec::new();
    for id in &departments {
        let brief = Brief::of(&doc, id, "2026-12-02", Language::En).unwrap();
        let view = sectormap_core::brief::neighbourhood_view(&doc, &brief, id.clone());
        assert_eq!(view.focus.as_ref().map(|f| f.node.as_str()), Some(id.as_str()));
        let (hidden, dimmed) = view.hidden_and_dimmed(&doc);
        assert!(dimmed.is_empty(), "the rest is hidden, not dimmed");
        let shown: std::collections::BTreeSet<String> =
            doc.nodes().map(|n| n.id.clone()).filter(|n| !hidden.contains(n)).collect();
        assert!(brief.neighbourhood.is_subset(&shown), "{id}: the whole neighbourhood shows");
        // Home Office and the CPS share a sector and a jurisdiction and are
        // linked: no depth or filter a view holds parts them.
        assert!(shown.len() <= brief.neighbourhood.len() + 1, "{id}: {shown:?}");
        if shown == brief.neighbourhood {
            exact.push(id.as_str());
        }
    }
    assert!(exact.contains(&"dept-dft") && exact.contains(&"dept-dclg"), "{exact:?}");
    assert!(exact.len() + 2 >= departments.len(), "exactly the neighbourhood for most: {exact:?}");
}
