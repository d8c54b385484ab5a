//! The brief as a PDF, set by the briefing engine (tagged text, the map's
//! own glyphs): A4 upright, the neighbourhood picture at a scale that keeps
//! its smallest text at 6 points or more: under its heading where there is
//! room, else on a page of its own, turned or on A3 or in parts when it
//! needs to be (as the briefing's map pages are, [`crate::briefing::fit`]).

use super::content::Brief;
use super::words::{Block, blocks};
use crate::briefing::compose::{Flow, LEADING, Page, Role, Style};
use crate::briefing::fit::{Framing, Head, map_pages, readable_scale};
use crate::briefing::paper::{Orientation, Paper, Sheet};
use crate::briefing::{self, BriefingError, Options};
use crate::i18n::Language;
use crate::model::{Document, is_rtl_language};
use crate::render::Placement;
use crate::scene::style::Palette;
use crate::scene::{Rect, Scene, Theme, Weight};

/// Margin of the brief's pages, in millimetres.
const MARGIN_MM: f32 = 18.0;
/// The least room the picture is set in, in points.
const MIN_ROOM: f32 = 120.0;

/// The PDF of `brief` of `doc` (the map as shown), in `lang`.
pub fn to_pdf(doc: &Document, brief: &Brief, lang: Language) -> Result<Vec<u8>, BriefingError> {
    let palette = Palette::of(Theme::Light);
    let title = Style { size: 20.0, weight: Weight::Semibold, color: palette.text };
    let heading = Style { size: 13.0, weight: Weight::Semibold, color: palette.text };
    let body = Style { size: 10.5, weight: Weight::Regular, color: palette.text };
    let note = Style { size: 9.0, color: palette.muted, ..body };
    let sheet = Sheet::new(Paper::A4, false, MARGIN_MM);
    let mut flow = Flow::new(sheet, brief.name.clone());
    flow.rtl = is_rtl_language(&doc.meta.language);
    let mut done = Vec::new();
    let mut list = blocks(brief, lang).into_iter().peekable();
    while let Some(block) = list.next() {
        match block {
            Block::Heading(2, text) if matches!(list.peek(), Some(Block::Picture(_))) => {
                let Some(Block::Picture(alt)) = list.next() else { continue };
                let scene = super::picture(doc, brief, lang, Theme::Light);
                if let Some(pages) = picture(doc, &mut flow, scene, (&text, heading, alt), lang) {
                    done.extend(std::mem::replace(&mut flow, Flow::new(sheet, String::new())).finish());
                    done.extend(pages);
                }
            }
            Block::Heading(1, text) => flow.paragraph(&text, title, 0.0, Role::Heading(1), 30.0),
            Block::Heading(_, text) => {
                flow.space(10.0);
                flow.paragraph(&text, heading, 0.0, Role::Heading(2), body.size * 2.0 * LEADING);
            }
            Block::Paragraph(text) => flow.paragraph(&text, body, 0.0, Role::Paragraph, 0.0),
            Block::Note(text) => flow.paragraph(&text, note, 0.0, Role::Paragraph, 0.0),
            Block::List(items) => {
                for item in items {
                    flow.space(2.0);
                    flow.bullet("•", &item, body, 4.0);
                }
            }
            Block::Table(header, rows) => {
                let x0 = flow.frame().x0;
                let at = |i: usize| x0 + 90.0 * i as f32;
                let cells = |row: &[String]| -> Vec<(f32, String, crate::scene::Anchor)> {
                    row.iter()
                        .enumerate()
                        .map(|(i, t)| (at(i), t.clone(), crate::scene::Anchor::Start))
                        .collect()
                };
                flow.row(cells(&header), Style { weight: Weight::Semibold, ..body }, true);
                for row in rows {
                    flow.row(cells(&row), body, false);
                }
            }
            Block::Picture(alt) => {
                let scene = super::picture(doc, brief, lang, Theme::Light);
                if let Some(pages) = picture(doc, &mut flow, scene, ("", heading, alt), lang) {
                    done.extend(std::mem::replace(&mut flow, Flow::new(sheet, String::new())).finish());
                    done.extend(pages);
                }
            }
        }
    }
    let mut pages = done;
    pages.extend(flow.finish().into_iter().filter(|page| !page.blocks.is_empty()));
    for page in pages.iter_mut().skip(1) {
        page.bookmark = None;
    }
    let mut titled = doc.clone();
    titled.meta.title = crate::tr!(lang, "brief-title", department = brief.name.as_str());
    briefing::write::number_pages(&mut pages, &titled, lang);
    let options =
        Options { parts: Vec::new(), date: brief.date.clone(), language: lang, ..Options::default() };
    briefing::write::pdf(&pages, &titled, &options)
}

/// Sets `scene` under `heading` in `flow` where its smallest text is 6
/// points or more: where the flow is, else at the top of a new page.
/// When even a whole page would shrink it more, nothing is set and the
/// pages it goes on by itself are returned (turned, on A3 or in parts).
fn picture(
    doc: &Document,
    flow: &mut Flow,
    scene: Scene,
    (heading, style, alt): (&str, Style, String),
    lang: Language,
) -> Option<Vec<Page>> {
    let need = readable_scale(&scene);
    let most = need.max(1.0);
    let frame = flow.frame();
    let lines = if heading.trim().is_empty() {
        0
    } else {
        crate::text::wrap(heading, style.size, style.weight, frame.width(), 200).len()
    };
    let above = 16.0 + lines as f32 * style.size * LEADING;
    let scale_in = |height: f32| {
        let room = Rect::new(frame.x0, 0.0, frame.x1, height.max(1.0));
        Placement::fit(&scene.bounds, &room, most).scale
    };
    let fits_here = scale_in(flow.room() - above) >= need && flow.room() - above >= MIN_ROOM;
    if fits_here || scale_in(frame.height() - above) >= need {
        if !fits_here {
            flow.new_page();
        }
        if lines > 0 {
            flow.space(10.0);
            flow.paragraph(heading, style, 0.0, Role::Heading(2), 0.0);
            flow.space(6.0);
        }
        // Under its heading, not centred in the room left.
        let height = scene.bounds.height() * scale_in(flow.room()) + 1.0;
        flow.figure(scene, Some(height), 0.0, most, Role::Figure(alt));
        return None;
    }
    let framing = Framing {
        paper: Paper::A4,
        orientation: Orientation::Auto,
        margin_mm: MARGIN_MM,
        language: lang,
        rtl: is_rtl_language(&doc.meta.language),
    };
    let head = Head { heading: heading.to_owned(), source: doc.meta.source.clone(), ..Head::default() };
    Some(map_pages(doc, &framing, scene, &head))
}
