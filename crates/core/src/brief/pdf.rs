//! The brief as a PDF, set by the briefing engine (tagged text, the map's
//! own glyphs): A4 upright, the neighbourhood picture at a scale that keeps
//! its smallest label at 6 points or more (on a page of its own when the
//! room left would shrink it more).

use super::content::Brief;
use super::words::{Block, blocks};
use crate::briefing::compose::{Flow, LEADING, Role, Style};
use crate::briefing::paper::{Paper, Sheet};
use crate::briefing::{self, BriefingError, Options};
use crate::i18n::Language;
use crate::model::{Document, is_rtl_language};
use crate::render::Placement;
use crate::scene::style::Palette;
use crate::scene::{Theme, Weight};

/// The smallest text a map label is drawn at, in scene units.
const SMALLEST_LABEL: f32 = 10.0;
/// The smallest a printed label may be, in points.
const MIN_POINTS: f32 = 6.0;

/// The PDF of `brief` of `doc` (the map as shown), in `lang`.
pub fn to_pdf(doc: &Document, brief: &Brief, lang: Language) -> Result<Vec<u8>, BriefingError> {
    let palette = Palette::of(Theme::Light);
    let title = Style { size: 20.0, weight: Weight::Semibold, color: palette.text };
    let heading = Style { size: 13.0, weight: Weight::Semibold, color: palette.text };
    let body = Style { size: 10.5, weight: Weight::Regular, color: palette.text };
    let note = Style { size: 9.0, color: palette.muted, ..body };
    let sheet = Sheet::new(Paper::A4, false, 18.0);
    let mut flow = Flow::new(sheet, brief.name.clone());
    flow.rtl = is_rtl_language(&doc.meta.language);
    for block in blocks(brief, lang) {
        match block {
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
                let frame = flow.frame();
                let need_scale = MIN_POINTS / SMALLEST_LABEL;
                let fits = |height: f32| {
                    Placement::fit(
                        &scene.bounds,
                        &crate::scene::Rect::new(frame.x0, 0.0, frame.x1, height),
                        1.0,
                    )
                    .scale
                };
                if fits(flow.room()) < need_scale && fits(frame.height()) > fits(flow.room()) {
                    flow.new_page();
                }
                flow.figure(scene, None, 120.0, 1.0, Role::Figure(alt));
            }
        }
    }
    let mut pages = flow.finish();
    let mut titled = doc.clone();
    titled.meta.title = crate::tr!(lang, "brief-title", department = brief.name.as_str());
    briefing::write::number_pages(&mut pages, &titled, lang);
    let options =
        Options { parts: Vec::new(), date: brief.date.clone(), language: lang, ..Options::default() };
    briefing::write::pdf(&pages, &titled, &options)
}
