//! Setting a map on paper so it can be read: no text on it under
//! [`MIN_TEXT_PT`]. A map goes on one page of the paper asked for when it
//! fits there at that size; else on one A3 page, and the page says so; else
//! it is cut into parts ([`super::tiles`]). The map is always the one Scene
//! every export draws, only scaled and framed.

use super::compose::{Block, Flow, LEADING, Page, Role, Style, fit};
use super::paper::{Orientation, Paper, Sheet};
use super::{Options, tiles};
use crate::i18n::Language;
use crate::model::{Document, is_rtl_language};
use crate::render::Placement;
use crate::scene::style::Palette;
use crate::scene::{Rect, Scene, Theme, Weight};
use crate::{text, tr};

/// The smallest any text on a printed map may be, in points.
pub const MIN_TEXT_PT: f32 = 6.0;
/// Largest enlargement of a small map, in points per map unit.
const MAX_SCALE: f32 = 1.5;
/// Text sizes on map pages.
const HEADING: f32 = 17.0;
const COMPACT: f32 = 13.0;
const SUBTITLE: f32 = 11.0;
const NOTE: f32 = 9.5;
const CAPTION: f32 = 8.5;
/// The least room a picture needs on a page, in points.
const MIN_ROOM: f32 = 40.0;

/// The points per scene unit at which the smallest text of `scene` is
/// [`MIN_TEXT_PT`] (0 when it has no text).
pub fn readable_scale(scene: &Scene) -> f32 {
    scene.smallest_text().map_or(0.0, |size| MIN_TEXT_PT / size.max(1e-3))
}

/// How map pages are set: paper, which way up, margins, language.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Framing {
    /// The paper asked for.
    pub paper: Paper,
    /// Which way up (`Auto`: whichever draws the map larger).
    pub orientation: Orientation,
    /// Margin on every side, in millimetres.
    pub margin_mm: f32,
    /// The language of the pages' own words.
    pub language: Language,
    /// The map's language runs right to left.
    pub rtl: bool,
}

impl Framing {
    /// The framing a briefing's `options` ask for, for `document`.
    pub fn of(document: &Document, options: &Options) -> Self {
        Self {
            paper: options.paper,
            orientation: options.orientation,
            margin_mm: options.margin_mm,
            language: options.language,
            rtl: is_rtl_language(&document.meta.language),
        }
    }

    /// The ways up to try, turned first (it wins a tie).
    pub fn turns(&self) -> Vec<bool> {
        match self.orientation {
            Orientation::Auto => vec![true, false],
            Orientation::Portrait => vec![false],
            Orientation::Landscape => vec![true],
        }
    }
}

/// The words around a map: heading, subtitle, notes, bookmark.
#[derive(Clone, Debug, Default)]
pub(crate) struct Head {
    /// The page's heading.
    pub heading: String,
    /// The line under it (left out when empty or the same as the heading).
    pub subtitle: String,
    /// Notes on how the map is framed.
    pub notes: Vec<String>,
    /// The bookmark of the first page.
    pub bookmark: String,
    /// The source line under the map (none when empty).
    pub source: String,
    /// Each line of text cut to one line, the heading smaller: a part of a
    /// map, whose whole is headed on the overview.
    pub compact: bool,
}

/// The pages of `scene` under `head`: one page of the paper asked for,
/// else one A3 page (saying so), else an overview, parts and an index.
pub(crate) fn map_pages(document: &Document, framing: &Framing, scene: Scene, head: &Head) -> Vec<Page> {
    let need = readable_scale(&scene);
    if let Some(pages) = one_page(framing, framing.paper, &scene, head, need) {
        return pages;
    }
    if framing.paper != Paper::A3
        && let Some(pages) = one_page(framing, Paper::A3, &scene, head, need)
    {
        return pages;
    }
    tiles::pages(document, framing, &scene, head, need)
}

/// `scene` on one page of `paper`, the way up that draws it largest, if
/// its text is `need` points per unit or more there.
fn one_page(framing: &Framing, paper: Paper, scene: &Scene, head: &Head, need: f32) -> Option<Vec<Page>> {
    let lang = framing.language;
    let mut best: Option<(f32, Vec<Page>)> = None;
    for landscape in framing.turns() {
        let sheet = Sheet::new(paper, landscape, framing.margin_mm);
        let mut head = head.clone();
        if paper != framing.paper {
            let turn = if landscape { "landscape" } else { "portrait" };
            head.notes.push(tr!(lang, "briefing-map-larger", paper = paper.name(), turn = turn));
        }
        let (mut flow, area) = start(framing, sheet, &head);
        let at = Placement::fit(&scene.bounds, &area, MAX_SCALE.max(need));
        if at.scale < need || area.height() < MIN_ROOM || best.as_ref().is_some_and(|(s, _)| *s >= at.scale) {
            continue;
        }
        let alt = scene.description.clone();
        flow.place(Block { scene: scene.clone(), at, role: Role::Figure(alt), clip: false });
        best = Some((at.scale, finish(&head, flow)));
    }
    best.map(|(_, pages)| pages)
}

/// A map page of `sheet` with `head` set: the flow, and the room left for
/// the picture above the source line.
pub(crate) fn start(framing: &Framing, sheet: Sheet, head: &Head) -> (Flow, Rect) {
    let palette = Palette::of(Theme::Light);
    let mut flow = Flow::new(sheet, head.bookmark.clone());
    flow.rtl = framing.rtl;
    let width = flow.frame().width();
    let line = |text: &str, style: Style| {
        if head.compact { fit(text, style.size, style.weight, width) } else { text.to_owned() }
    };
    let size = if head.compact { COMPACT } else { HEADING };
    let strong = Style { size, weight: Weight::Semibold, color: palette.text };
    flow.paragraph(&line(&head.heading, strong), strong, 0.0, Role::Heading(1), 0.0);
    let subtitle = head.subtitle.trim();
    if !subtitle.is_empty() && subtitle != head.heading.trim() {
        let style = Style { size: SUBTITLE, weight: Weight::Regular, color: palette.muted };
        flow.paragraph(&line(subtitle, style), style, 0.0, Role::Paragraph, 0.0);
    }
    for note in &head.notes {
        flow.space(3.0);
        let style = Style { size: NOTE, weight: Weight::Regular, color: palette.text };
        flow.paragraph(&line(note, style), style, 0.0, Role::Paragraph, 0.0);
    }
    flow.space(8.0);
    let source = head.source.trim();
    let caption_room = if source.is_empty() {
        0.0
    } else {
        let lines = text::wrap(source, CAPTION, Weight::Regular, width, 200).len();
        // The space above it, and a little for rounding.
        CAPTION * lines as f32 * LEADING + 8.0
    };
    let frame = flow.frame();
    let top = frame.y1 - flow.room();
    (flow, Rect::new(frame.x0, top, frame.x1, (frame.y1 - caption_room).max(top)))
}

/// The map page's pages, with the source line of `head` under what is set.
pub(crate) fn finish(head: &Head, mut flow: Flow) -> Vec<Page> {
    let source = head.source.trim();
    if !source.is_empty() {
        let palette = Palette::of(Theme::Light);
        flow.space(6.0);
        let style = Style { size: CAPTION, weight: Weight::Regular, color: palette.muted };
        flow.paragraph(source, style, 0.0, Role::Caption, 0.0);
    }
    flow.finish()
}
