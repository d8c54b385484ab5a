//! Printed maps are readable: read back from the PDF's content streams,
//! no text on any page of a briefing pack or a department's brief is
//! under 6 points on paper; a whole map too dense for its page goes on A3
//! or in parts with an overview and an index, and says so; a view is
//! framed on what it focuses on; a pack of chosen views lists only the
//! gaps that touch them.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::collections::BTreeMap;

use lopdf::{Document as Pdf, Object, ObjectId};
use sectormap_core::analysis::find_gaps;
use sectormap_core::brief::{Brief, to_pdf as brief_pdf};
use sectormap_core::briefing::{self, Options, Orientation, Paper, Part};
use sectormap_core::i18n::Language;
use sectormap_core::model::{Document, NodeKind};

use crate::briefing::{page_texts, squeeze};
use crate::common::placed_example;

/// The smallest any text may be on paper, in points (less what PDF
/// number rounding takes off).
const MIN_PT: f32 = 5.99;

fn options() -> Options {
    Options { date: "2026-03-08".to_owned(), ..Options::default() }
}

fn pack(doc: &Document, options: &Options) -> Pdf {
    Pdf::load_mem(&briefing::to_pdf(doc, options).expect("the pack is made")).expect("lopdf reads it")
}

/// Every piece of text drawn on `page`: its size on paper in points (the
/// font size through the text and transformation matrices) and its text.
fn text_sizes(pdf: &Pdf, page: ObjectId) -> Vec<(f32, String)> {
    let encodings: BTreeMap<Vec<u8>, lopdf::Encoding> = pdf
        .get_page_fonts(page)
        .expect("page fonts")
        .into_iter()
        .map(|(name, font)| (name, font.get_font_encoding(pdf).expect("font encoding")))
        .collect();
    let content = pdf.get_and_decode_page_content(page).expect("content decodes");
    let mut stack = vec![[1.0f32, 0.0, 0.0, 1.0]];
    let (mut font, mut size, mut tm) = (Vec::new(), 0.0f32, [1.0f32, 0.0, 0.0, 1.0]);
    let mut out = Vec::new();
    for op in &content.operations {
        let args: Vec<f32> = op.operands.iter().map(|o| o.as_float().unwrap_or(0.0)).collect();
        match op.operator.as_str() {
            "q" => stack.push(*stack.last().unwrap()),
            "Q" => {
                stack.pop();
            }
            "cm" => {
                let c = *stack.last().unwrap();
                let m = &args;
                *stack.last_mut().unwrap() = [
                    m[0] * c[0] + m[1] * c[2],
                    m[0] * c[1] + m[1] * c[3],
                    m[2] * c[0] + m[3] * c[2],
                    m[2] * c[1] + m[3] * c[3],
                ];
            }
            "Tf" => {
                font = op.operands[0].as_name().unwrap().to_vec();
                size = args[1];
            }
            "Tm" => tm = [args[0], args[1], args[2], args[3]],
            "Tj" | "TJ" => {
                let c = *stack.last().unwrap();
                let det = (tm[0] * tm[3] - tm[1] * tm[2]) * (c[0] * c[3] - c[1] * c[2]);
                let mut text = String::new();
                for operand in &op.operands {
                    let strings = match operand {
                        Object::String(bytes, _) => vec![bytes.clone()],
                        Object::Array(items) => {
                            items.iter().filter_map(|i| i.as_str().ok().map(<[u8]>::to_vec)).collect()
                        }
                        _ => Vec::new(),
                    };
                    for bytes in strings {
                        text.push_str(&Pdf::decode_text(&encodings[&font], &bytes).unwrap_or_default());
                    }
                }
                out.push((size * det.abs().sqrt(), text));
            }
            _ => {}
        }
    }
    out
}

/// The smallest text of every page of `pdf`, with the page number and the text.
fn smallest_per_page(pdf: &Pdf) -> Vec<(u32, f32, String)> {
    pdf.get_pages()
        .into_iter()
        .filter_map(|(number, id)| {
            let smallest = text_sizes(pdf, id).into_iter().min_by(|a, b| a.0.total_cmp(&b.0))?;
            Some((number, smallest.0, smallest.1))
        })
        .collect()
}

fn assert_readable(pdf: &Pdf, what: &str) {
    let pages = smallest_per_page(pdf);
    assert!(!pages.is_empty(), "{what}: text is found");
    for (number, size, text) in pages {
        assert!(size >= MIN_PT, "{what}, page {number}: {text:?} is {size:.2} pt on paper");
    }
}

#[test]
fn no_text_in_a_briefing_pack_is_under_6_pt() {
    let doc = placed_example();
    assert_readable(&pack(&doc, &options()), "the A4 pack");
    // Upright pages asked for: the maps still print readably.
    let upright = Options {
        paper: Paper::Letter,
        orientation: Orientation::Portrait,
        parts: vec![Part::Map, Part::Views],
        ..options()
    };
    assert_readable(&pack(&doc, &upright), "the upright Letter maps");
}

#[test]
fn a_whole_map_too_dense_for_a4_is_cut_into_parts_with_an_overview_and_an_index() {
    let doc = placed_example();
    let pdf = pack(&doc, &Options { parts: vec![Part::Map], ..options() });
    let texts: Vec<String> = page_texts(&pdf).iter().map(|t| squeeze(t)).collect();
    let count = texts.len() - 2;
    assert!(count >= 2, "an overview, at least two parts and an index: {} pages", texts.len());
    assert!(texts[0].contains(&squeeze(&format!("the map is cut into {count} parts"))), "{}", texts[0]);
    for (i, text) in texts[1..=count].iter().enumerate() {
        assert!(
            text.contains(&squeeze(&format!("Part {} of {count}", i + 1))),
            "page {}: {text:.120}",
            i + 2
        );
    }
    let index = &texts[count + 1];
    assert!(index.starts_with("Index:"), "the index comes last: {index:.80}");
    let parts = &texts[1..=count].concat();
    for node in doc.nodes() {
        let label = squeeze(&node.label);
        assert!(index.contains(&label), "the index lists {:?}", node.label);
        assert!(parts.contains(&label), "{:?} is drawn on a part", node.label);
    }
    // Every part's labels at 6 pt or more (and the overview has no words too small).
    assert_readable(&pdf, "the whole map");
}

#[test]
fn a_view_that_fits_a3_but_not_a4_is_set_on_a3_and_says_so() {
    let doc = placed_example();
    let chosen = Options {
        parts: vec![Part::Views],
        views: Some(vec!["Crown Prosecution Service".to_owned()]),
        ..options()
    };
    let pdf = pack(&doc, &chosen);
    let pages = pdf.get_pages();
    assert_eq!(pages.len(), 1, "one page");
    let media = pdf.get_dictionary(pages[&1]).unwrap().get(b"MediaBox").unwrap().as_array().unwrap().clone();
    let size: Vec<f32> = media.iter().map(|o| o.as_float().unwrap()).collect();
    assert!((size[2] - 1190.55).abs() < 0.1 && (size[3] - 841.89).abs() < 0.1, "A3 landscape: {size:?}");
    let text = squeeze(&page_texts(&pdf).concat());
    assert!(
        text.contains(&squeeze("Set on A3 landscape so that no text on the map is smaller than 6 pt")),
        "{text}"
    );
    assert_readable(&pdf, "the CPS view");
}

#[test]
fn a_view_with_a_focus_is_framed_on_its_neighbourhood() {
    let doc = placed_example();
    let chosen = Options { parts: vec![Part::Views], views: Some(vec!["Transport".to_owned()]), ..options() };
    let pdf = pack(&doc, &chosen);
    // The source line under the map names departments too.
    let text = squeeze(&page_texts(&pdf).concat()).replace(&squeeze(&doc.meta.source), "");
    assert!(text.contains(&squeeze("Framed on Department for Transport and what lies within 2 links of it")));
    let view = doc.view_named("Transport").unwrap();
    let members = view.focus.as_ref().unwrap().members(&doc);
    for node in doc.nodes() {
        let label = squeeze(&node.label);
        if members.contains(&node.id) {
            assert!(text.contains(&label), "{:?} is in the focus and on the page", node.label);
        } else if node.kind == NodeKind::Department {
            assert!(!text.contains(&label), "{:?} is outside the focus: left out, not faded", node.label);
        }
    }
    assert_readable(&pdf, "the Transport view");
}

#[test]
fn a_departments_brief_prints_its_map_at_6_pt_or_more() {
    let doc = placed_example();
    for department in doc.nodes().filter(|n| n.kind == NodeKind::Department) {
        let brief = Brief::of(&doc, &department.id, "2026-12-02", Language::En).unwrap();
        let bytes = brief_pdf(&doc, &brief, Language::En).unwrap();
        let pdf = Pdf::load_mem(&bytes).unwrap();
        assert_readable(&pdf, &format!("the brief of {}", department.label));
        let text = squeeze(&page_texts(&pdf).concat());
        for id in &brief.neighbourhood {
            let label = squeeze(&doc.node(id).unwrap().label);
            assert!(text.contains(&label), "{}'s brief draws {label}", department.label);
        }
    }
}

#[test]
fn a_pack_of_chosen_views_lists_only_the_gaps_that_touch_them() {
    let doc = placed_example();
    let all = find_gaps(&doc, Language::En);
    let gaps = |views: Option<Vec<String>>| {
        let chosen = Options { parts: vec![Part::Gaps], views, ..options() };
        squeeze(&page_texts(&pack(&doc, &chosen)).concat())
    };
    let whole = gaps(None);
    assert!(all.iter().all(|gap| whole.contains(&squeeze(&gap.text))), "every gap in a pack of every view");
    let transport = gaps(Some(vec!["Transport".to_owned()]));
    let (hidden, dimmed) = doc.view_named("Transport").unwrap().hidden_and_dimmed(&doc);
    let mut listed = 0;
    for gap in &all {
        let touches = gap.nodes.iter().all(|id| !hidden.contains(id) && !dimmed.contains(id));
        let about = |id: &str| gap.nodes.iter().any(|n| n == id);
        if about("dept-dft") {
            assert!(touches, "a gap of Transport's own touches its view: {}", gap.text);
        }
        if about("dept-mod") || about("dept-fco") || about("obj-dh-mental") {
            assert!(!touches, "a gap away from Transport does not: {}", gap.text);
        }
        assert_eq!(transport.contains(&squeeze(&gap.text)), touches, "{}", gap.text);
        listed += usize::from(touches);
    }
    assert!(0 < listed && listed < all.len());
    let count = format!("{listed} of the {} findings on the map touch the views in this pack", all.len());
    assert!(transport.contains(&squeeze(&count)), "the count says so: {transport:.200}");
}
