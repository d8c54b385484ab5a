//! The PDF briefing pack, read back with lopdf: pages in the order asked
//! for, text that extracts as the map's labels (in every script), fonts
//! embedded, everything drawn inside each page's media box.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use lopdf::{Document as Pdf, Object};
use sectormap_core::briefing::{self, Options, Orientation, Paper, Part};
use sectormap_core::io::load_path;
use sectormap_core::model::Document;

fn map(name: &str) -> Document {
    load_path(&crate::common::root().join(name)).expect("example map loads")
}

fn options() -> Options {
    Options { date: "2026-03-08".to_owned(), ..Options::default() }
}

fn pdf(document: &Document, options: &Options) -> (Vec<u8>, Pdf) {
    let bytes = briefing::to_pdf(document, options).expect("briefing is made");
    let pdf = Pdf::load_mem(&bytes).expect("lopdf reads the PDF");
    (bytes, pdf)
}

/// The text of every page, in page order, as PDF readers extract it:
/// glyphs through their font's ToUnicode map, except inside marked
/// content with an `/ActualText`, which stands for the glyphs it wraps
/// (how conjuncts and ligatures keep their characters), and reversed in
/// `/ReversedChars` sections (right-to-left runs, drawn in visual order).
pub(crate) fn page_texts(pdf: &Pdf) -> Vec<String> {
    pdf.get_pages().values().map(|&id| page_text(pdf, id)).collect()
}

fn page_text(pdf: &Pdf, id: lopdf::ObjectId) -> String {
    let fonts = pdf.get_page_fonts(id).expect("page fonts");
    let encodings: std::collections::BTreeMap<Vec<u8>, lopdf::Encoding> = fonts
        .into_iter()
        .map(|(name, font)| (name, font.get_font_encoding(pdf).expect("font encoding")))
        .collect();
    let content = pdf.get_and_decode_page_content(id).expect("content decodes");
    let mut out = String::new();
    let mut font: Option<Vec<u8>> = None;
    // One entry per open marked-content section: whether it has
    // ActualText, and where its reversed characters start.
    let mut marked: Vec<bool> = Vec::new();
    let mut reversed: Vec<Option<usize>> = Vec::new();
    for op in &content.operations {
        match op.operator.as_str() {
            "Tf" => font = op.operands.first().and_then(|o| o.as_name().ok()).map(<[u8]>::to_vec),
            "BMC" => {
                let name = op.operands.first().and_then(|o| o.as_name().ok());
                reversed.push((name == Some(b"ReversedChars".as_slice())).then_some(out.len()));
                marked.push(false);
            }
            "BDC" => {
                let actual = op
                    .operands
                    .get(1)
                    .and_then(|o| o.as_dict().ok())
                    .and_then(|d| d.get(b"ActualText").ok())
                    .map(|t| lopdf::decode_text_string(t).expect("ActualText decodes"));
                if let Some(text) = actual.as_ref().filter(|_| !marked.contains(&true)) {
                    out.push_str(text);
                }
                marked.push(actual.is_some());
                reversed.push(None);
            }
            "EMC" => {
                marked.pop();
                if let Some(Some(start)) = reversed.pop() {
                    let tail: String = out[start..].chars().rev().collect();
                    out.truncate(start);
                    out.push_str(&tail);
                }
            }
            "Tj" | "TJ" if !marked.contains(&true) => {
                let encoding = font.as_ref().and_then(|f| encodings.get(f)).expect("a font is set");
                let mut strings = Vec::new();
                for operand in &op.operands {
                    match operand {
                        Object::String(bytes, _) => strings.push(bytes.clone()),
                        Object::Array(items) => {
                            strings.extend(items.iter().filter_map(|i| i.as_str().ok().map(<[u8]>::to_vec)))
                        }
                        _ => {}
                    }
                }
                for bytes in strings {
                    out.push_str(&Pdf::decode_text(encoding, &bytes).expect("glyphs map to text"));
                }
            }
            "ET" => out.push('\n'),
            _ => {}
        }
    }
    out
}

/// Text with all white space removed (wrapped lines join up again).
pub(crate) fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn pages_come_in_the_order_asked_for() {
    let doc = map("maps/uk-evaw.json");
    let (_, pdf) = pdf(&doc, &options());
    let texts: Vec<String> = page_texts(&pdf).iter().map(|t| squeeze(t)).collect();
    let views = doc.views.len();
    assert!(views >= 3, "the example map has saved views");
    assert!(texts[0].contains("Briefingpack") && texts[0].contains("Contents"), "cover first: {}", texts[0]);
    assert!(texts[1].starts_with(&squeeze(&doc.meta.title)), "then the whole map");
    // Each view starts on a page headed by its caption, in the map's order
    // (a view may take more than one page).
    let mut at = 1;
    for view in &doc.views {
        let heading = squeeze(view.heading());
        let found = texts[at + 1..].iter().position(|t| t.starts_with(&heading)).map(|i| at + 1 + i);
        at = found.unwrap_or_else(|| panic!("view {:?} has a page after page {}", view.name, at + 1));
    }
    let report =
        texts.iter().position(|t| t.starts_with("ReportcardillustrativeDepartment")).expect("a report card");
    // The header names the illustrative year above it.
    assert!(report > at, "the report card follows the views");
    let assessment = texts
        .iter()
        .position(|t| t.starts_with("The2008assessment(illustrative)"))
        .expect("an assessment page");
    let gaps = texts.iter().position(|t| t.starts_with("GapsintheresponsetoVAW")).expect("a gaps page");
    assert!(
        report < assessment && assessment < gaps,
        "the assessment follows the report card, the gaps come last"
    );
    assert_eq!(pdf.get_pages().len(), texts.len());
    // Every page is numbered, out of the whole.
    for (i, text) in texts.iter().enumerate() {
        assert!(text.contains(&format!("Page{}of{}", i + 1, texts.len())), "page {} has its number", i + 1);
    }
}

#[test]
fn parts_can_be_chosen_and_reordered() {
    let doc = map("maps/uk-evaw.json");
    let chosen = Options {
        parts: vec![Part::Gaps, Part::Views],
        views: Some(vec!["by sector".to_owned(), "Overview".to_owned()]),
        ..options()
    };
    let (_, pdf) = pdf(&doc, &chosen);
    let texts: Vec<String> = page_texts(&pdf).iter().map(|t| squeeze(t)).collect();
    let gap_pages = texts.iter().take_while(|t| !t.contains("Departmentsbysector")).count();
    assert!(gap_pages >= 1 && texts[0].starts_with("GapsintheresponsetoVAW"));
    assert!(texts[gap_pages].starts_with("Departmentsbysector"), "then the first view asked for");
    let overview = squeeze(&doc.views[0].caption);
    let second = texts.iter().position(|t| t.starts_with(&overview)).expect("the second view");
    assert!(second > gap_pages, "then the second");
    assert!(
        texts[gap_pages..].iter().all(|t| !t.starts_with("Gapsintheresponse")),
        "the views follow the gaps"
    );
    assert!(!texts.iter().any(|t| t.contains("Contents")), "no cover");

    let wrong = Options { views: Some(vec!["Nowhere".to_owned()]), ..options() };
    let err = briefing::to_pdf(&doc, &wrong).expect_err("an unknown view is refused").to_string();
    assert!(err.contains("\"Nowhere\"") && err.contains("\"Overview\""), "{err}");
    let none = Options { parts: Vec::new(), ..options() };
    assert!(briefing::to_pdf(&doc, &none).is_err());
}

#[test]
fn map_labels_are_real_text() {
    let doc = map("maps/uk-evaw.json");
    let only_map = Options { parts: vec![Part::Map], ..options() };
    let (_, pdf) = pdf(&doc, &only_map);
    let text = squeeze(&page_texts(&pdf).concat());
    for node in doc.nodes() {
        assert!(text.contains(&squeeze(&node.label)), "label {:?} is in the PDF's text", node.label);
    }
}

/// The fonts of every page, by base font name, with whether each has an
/// embedded font file.
fn fonts(pdf: &Pdf) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for (_, id) in pdf.get_pages() {
        for (_, font) in pdf.get_page_fonts(id).expect("page fonts") {
            let name =
                String::from_utf8_lossy(font.get(b"BaseFont").and_then(Object::as_name).unwrap_or(b"?"))
                    .into_owned();
            let descendant = font
                .get(b"DescendantFonts")
                .and_then(Object::as_array)
                .ok()
                .and_then(|a| a.first())
                .and_then(|o| pdf.dereference(o).ok())
                .and_then(|(_, o)| o.as_dict().ok().cloned())
                .unwrap_or_else(|| font.clone());
            let descriptor = descendant
                .get(b"FontDescriptor")
                .ok()
                .and_then(|o| pdf.dereference(o).ok())
                .and_then(|(_, o)| o.as_dict().ok().cloned());
            let embedded =
                descriptor.is_some_and(|d| d.has(b"FontFile2") || d.has(b"FontFile3") || d.has(b"FontFile"));
            out.push((name, embedded));
        }
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn every_script_is_embedded_and_extractable() {
    let doc = map("tests/fixtures/scripts.json");
    let only_map = Options { parts: vec![Part::Map], ..options() };
    let (_, pdf) = pdf(&doc, &only_map);
    let fonts = fonts(&pdf);
    for family in [
        "OpenSans",
        "NotoSansArabic",
        "NotoSansDevanagari",
        "NotoSansCJK",
        "NotoSansThai",
        "NotoSansEthiopic",
    ] {
        assert!(fonts.iter().any(|(name, _)| name.contains(family)), "{family} is used: {fonts:?}");
    }
    assert!(fonts.iter().all(|(_, embedded)| *embedded), "every font is embedded: {fonts:?}");
    let text = squeeze(&page_texts(&pdf).concat());
    for node in doc.nodes() {
        // Right-to-left lines carry their text in reading order.
        let label = squeeze(&node.label);
        assert!(text.contains(&label), "label {:?} extracts from the PDF (got {text:?})", node.label);
    }
    assert!(text.contains(&squeeze(&doc.meta.title)), "the mixed-direction title extracts in reading order");
}

/// Every point a page's content draws at (path points, text origins), in
/// page space, following `cm` and `q`/`Q`; where a clipping path is set,
/// only the points inside it (what is cut off is not drawn), and the
/// clipping path's own points.
fn drawn_points(pdf: &Pdf, page: lopdf::ObjectId) -> Vec<(f32, f32)> {
    let content = pdf.get_and_decode_page_content(page).expect("content decodes");
    // The transformation matrix and the clip box (x0, y0, x1, y1) of each saved state.
    let mut stack: Vec<([f32; 6], Option<[f32; 4]>)> = vec![([1.0, 0.0, 0.0, 1.0, 0.0, 0.0], None)];
    let mut path: Vec<(f32, f32)> = Vec::new();
    let mut out = Vec::new();
    let num = |o: &Object| o.as_float().unwrap_or(0.0);
    for op in &content.operations {
        let (ctm, clip) = *stack.last().unwrap();
        let apply = |x: f32, y: f32| (ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]);
        let visible =
            |(x, y): (f32, f32)| clip.is_none_or(|c| x >= c[0] && x <= c[2] && y >= c[1] && y <= c[3]);
        let args: Vec<f32> = op.operands.iter().map(num).collect();
        match op.operator.as_str() {
            "q" => stack.push((ctm, clip)),
            "Q" => {
                stack.pop();
            }
            "cm" if args.len() == 6 => {
                let m = &args;
                stack.last_mut().unwrap().0 = [
                    m[0] * ctm[0] + m[1] * ctm[2],
                    m[0] * ctm[1] + m[1] * ctm[3],
                    m[2] * ctm[0] + m[3] * ctm[2],
                    m[2] * ctm[1] + m[3] * ctm[3],
                    m[4] * ctm[0] + m[5] * ctm[2] + ctm[4],
                    m[4] * ctm[1] + m[5] * ctm[3] + ctm[5],
                ];
            }
            "W" | "W*" => {
                let xs = path.iter().map(|p| p.0);
                let ys = path.iter().map(|p| p.1);
                let mut boxed = [
                    xs.clone().fold(f32::MAX, f32::min),
                    ys.clone().fold(f32::MAX, f32::min),
                    xs.fold(f32::MIN, f32::max),
                    ys.fold(f32::MIN, f32::max),
                ];
                if let Some(c) = clip {
                    boxed = [boxed[0].max(c[0]), boxed[1].max(c[1]), boxed[2].min(c[2]), boxed[3].min(c[3])];
                }
                stack.last_mut().unwrap().1 = Some(boxed);
            }
            "m" | "l" | "c" | "Tm" | "re" => {
                if op.operator == "m" {
                    path.clear();
                }
                let pairs = if op.operator == "Tm" { &args[4..] } else { &args[..] };
                let points: Vec<(f32, f32)> = if op.operator == "re" {
                    vec![apply(args[0], args[1]), apply(args[0] + args[2], args[1] + args[3])]
                } else {
                    pairs.chunks(2).filter(|p| p.len() == 2).map(|p| apply(p[0], p[1])).collect()
                };
                if op.operator == "re" {
                    path = points.clone();
                } else if op.operator != "Tm" {
                    path.extend(points.iter().copied());
                }
                out.extend(points.into_iter().filter(|p| visible(*p)));
            }
            _ => {}
        }
    }
    out
}

#[test]
fn everything_is_inside_the_media_box() {
    let doc = map("maps/uk-evaw.json");
    for (paper, orientation) in [
        (Paper::A4, Orientation::Auto),
        (Paper::Letter, Orientation::Portrait),
        (Paper::A3, Orientation::Landscape),
    ] {
        let chosen = Options { paper, orientation, ..options() };
        let (_, pdf) = pdf(&doc, &chosen);
        for (number, id) in pdf.get_pages() {
            let page = pdf.get_dictionary(id).unwrap();
            let media: Vec<f32> = page
                .get(b"MediaBox")
                .and_then(Object::as_array)
                .unwrap()
                .iter()
                .map(|o| o.as_float().unwrap())
                .collect();
            let points = drawn_points(&pdf, id);
            assert!(points.len() > 10, "{paper:?} {orientation:?} page {number} draws something: {points:?}");
            for (x, y) in points {
                assert!(
                    x >= media[0] - 0.01
                        && x <= media[2] + 0.01
                        && y >= media[1] - 0.01
                        && y <= media[3] + 0.01,
                    "{paper:?} {orientation:?} page {number}: ({x}, {y}) is outside {media:?}"
                );
            }
        }
    }
}

#[test]
fn every_block_fits_inside_the_margins() {
    let doc = map("maps/uk-evaw.json");
    let wide = Options { margin_mm: 25.0, paper: Paper::Letter, ..options() };
    let pages = briefing::pages(&doc, &wide).unwrap();
    for (i, page) in pages.iter().enumerate() {
        let frame = page.sheet.frame();
        for block in &page.blocks {
            let drawn = block.at.apply(&block.scene.bounds);
            let inside = drawn.x0 >= frame.x0 - 0.5
                && drawn.x1 <= frame.x1 + 0.5
                && drawn.y0 >= frame.y0 - 0.5
                && drawn.y1 <= frame.y1 + 0.5;
            assert!(
                inside,
                "page {}: a {:?} block at {drawn:?} leaves the frame {frame:?}",
                i + 1,
                block.role
            );
        }
    }
}

#[test]
fn metadata_tags_and_bytes() {
    let doc = map("maps/uk-evaw.json");
    let (bytes, pdf) = pdf(&doc, &options());
    let info =
        pdf.trailer.get(b"Info").and_then(|o| pdf.dereference(o)).unwrap().1.as_dict().unwrap().clone();
    let text = |key: &[u8]| lopdf::decode_text_string(info.get(key).unwrap()).unwrap();
    assert_eq!(text(b"Title"), doc.meta.title);
    assert!(text(b"Subject").contains(&doc.meta.subtitle));
    let catalog = pdf.catalog().unwrap();
    assert_eq!(lopdf::decode_text_string(catalog.get(b"Lang").unwrap()).unwrap(), "en");
    assert!(catalog.has(b"StructTreeRoot"), "the PDF is tagged");
    let again = briefing::to_pdf(&doc, &options()).unwrap();
    assert!(bytes == again, "the same map and options give the same bytes");
}

#[test]
fn the_gap_sentences_of_a_briefing_and_a_web_page_follow_the_map_language_not_the_callers() {
    use sectormap_core::export::{Content, Export, export};
    use sectormap_core::format::Format;
    use sectormap_core::i18n::Language;
    let doc = map("maps/uk-evaw.json");
    let english = squeeze("but the department does not make that link itself");
    let spanish = squeeze(&Language::Es.tr("gap-title-unrecognised-link"));
    // A Spanish interface asks for the briefing of the English map.
    let asked = Options { parts: vec![Part::Gaps], language: Language::Es, ..options() };
    let briefing = |language: Option<&str>| {
        let request = Export {
            content: Content::Briefing(asked.clone()),
            format: Format::Pdf,
            language: language.map(str::to_owned),
        };
        let pdf = Pdf::load_mem(&export(&doc, &request).unwrap().bytes).unwrap();
        page_texts(&pdf).iter().map(|t| squeeze(t)).collect::<String>()
    };
    let own = briefing(None);
    assert!(own.contains(&english) && !own.contains(&spanish), "the English map's gaps are English");
    let shown = briefing(Some("es"));
    assert!(shown.contains(&spanish) && !shown.contains(&english), "shown in Spanish, they are Spanish");
    let page = |language: Option<&str>| {
        let request = Export {
            content: Content::WebPage { embed: false },
            format: Format::Html,
            language: language.map(str::to_owned),
        };
        String::from_utf8(export(&doc, &request).unwrap().bytes).unwrap()
    };
    assert!(page(None).contains("but the department does not make that link itself"));
    let es = page(Some("es"));
    assert!(es.contains(&Language::Es.tr("gap-title-unrecognised-link")), "the page's gaps in Spanish");
    assert!(!es.contains("but the department does not make that link itself"));
}
