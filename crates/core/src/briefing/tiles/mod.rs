//! A map too dense for one page at a readable size, in parts: an overview
//! of the whole map with the parts marked and numbered, and its legend at
//! a readable size; then each part on a page of its own, drawn so that no
//! text is under 6 points; then an index of the part each element is in.
//! Every part is the map's one Scene, framed on the part and clipped to it.

mod grid;
mod index;
mod overview;

use super::compose::{Block, Page, Role};
use super::fit::{Framing, Head, start};
use super::paper::Sheet;
use crate::i18n::Language;
use crate::model::Document;
use crate::render::Placement;
use crate::scene::style::Palette;
use crate::scene::{Element, Item, Rect, Scene, Stroke, Theme, is_map};
use crate::tr;
use grid::Cell;

/// The overview, the parts and the index of `scene` under `head`, on the
/// paper asked for, the way up that needs fewer parts; the text of every
/// part at `need` points per map unit or more.
pub(crate) fn pages(
    document: &Document,
    framing: &Framing,
    scene: &Scene,
    head: &Head,
    need: f32,
) -> Vec<Page> {
    let lang = framing.language;
    let map = scene.only(is_map);
    let legend = scene.only(|group| group.element == Element::Legend);
    // Fewer parts first; as many either way up, the way the map is drawn.
    let wide = map.bounds.width() >= map.bounds.height();
    let mut best: Option<((usize, bool), Cut)> = None;
    for landscape in framing.turns() {
        let sheet = Sheet::new(framing.paper, landscape, framing.margin_mm);
        // The widest heading a part can have, so every part has this room.
        let (_, area) = start(framing, sheet, &part_head(head, lang, (99, 99), (99, 99)));
        let cells = grid::cut(&map, (area.width(), area.height()), need);
        let rank = (cells.len(), landscape != wide);
        if best.as_ref().is_none_or(|(known, ..)| rank < *known) {
            best = Some((rank, Cut { sheet, area, cells }));
        }
    }
    let Some((_, Cut { sheet, area, cells })) = best else { return Vec::new() };
    // Every part at one scale: the largest every part fits at.
    let scale = cells
        .iter()
        .map(|cell| Placement::fit(&cell.view, &area, f32::MAX).scale)
        .fold(f32::MAX, f32::min)
        .max(need);
    let mut pages = overview::page(framing, sheet, (&map, &legend), head, &cells);
    let count = cells.len();
    for (i, cell) in cells.iter().enumerate() {
        let part = part_head(head, lang, (i + 1, count), (cell.row, cell.column));
        let (mut flow, area) = start(framing, sheet, &part);
        let mut shown = map.only(|group| group.bounds.intersects(&cell.view));
        shown.bounds = cell.view;
        let at = Placement::fit(&cell.view, &area, scale);
        let alt = format!("{} ({})", map.description, part.heading);
        let edge = border(&at.apply(&cell.view));
        flow.place(Block { scene: shown, at, role: Role::Figure(alt), clip: true });
        flow.place(Block { scene: edge, at: Placement::IDENTITY, role: Role::Furniture, clip: false });
        pages.extend(flow.finish());
    }
    pages.extend(index::pages(framing, sheet, document, &cells, head));
    for page in pages.iter_mut().skip(1) {
        page.bookmark = None;
    }
    pages
}

/// A map cut for one way up: the sheet, the room for a part on it, the parts.
struct Cut {
    sheet: Sheet,
    area: Rect,
    cells: Vec<Cell>,
}

/// The heading and note of part `part` (number, count) at `place` (row,
/// column) of the map headed by `head`.
fn part_head(
    head: &Head,
    lang: Language,
    (part, count): (usize, usize),
    (row, column): (usize, usize),
) -> Head {
    Head {
        heading: tr!(lang, "briefing-map-part", title = head.heading.as_str(), part = part, count = count),
        notes: vec![tr!(lang, "briefing-map-part-note", row = row, column = column)],
        compact: true,
        ..Head::default()
    }
}

/// A thin frame round `rect` (points): where a part is cut from the map.
fn border(rect: &Rect) -> Scene {
    let palette = Palette::of(Theme::Light);
    let mut scene = super::compose::text_scene(Vec::new());
    scene.items.push(Item::Rect {
        rect: *rect,
        radius: 0.0,
        fill: None,
        stroke: Some(Stroke::solid(0.6, palette.panel_stroke)),
    });
    if let Some(group) = scene.groups.first_mut() {
        group.items = 0..1;
        group.bounds = *rect;
    }
    scene.bounds = *rect;
    scene
}
