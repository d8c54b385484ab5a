//! The overview of a map in parts: the whole map without its words (they
//! would be too small to read), the parts outlined and numbered over it,
//! and the legend beside or under it at a readable size.

use std::sync::Arc;

use super::grid::Cell;
use crate::briefing::compose::{Block, Page, Role};
use crate::briefing::fit::{Framing, Head, finish, readable_scale, start};
use crate::briefing::paper::Sheet;
use crate::render::Placement;
use crate::scene::style::Palette;
use crate::scene::{Anchor, Color, Element, Group, Item, Pos, Rect, Scene, Stroke, Theme, Weight};
use crate::tr;

/// Space between the map and the legend, in points.
const GAP: f32 = 14.0;
/// Size of a part's number on paper, in points.
const NUMBER: f32 = 20.0;
/// Largest enlargement of the overview, in points per map unit.
const MAX_SCALE: f32 = 1.5;

/// The overview page of `map` (nodes and links) cut into `cells`, with `legend`.
pub(super) fn page(
    framing: &Framing,
    sheet: Sheet,
    (map, legend): (&Scene, &Scene),
    head: &Head,
    cells: &[Cell],
) -> Vec<Page> {
    let lang = framing.language;
    let mut head = head.clone();
    head.notes.push(tr!(lang, "briefing-map-overview", count = cells.len()));
    let (mut flow, area) = start(framing, sheet, &head);
    let key_scale = readable_scale(legend);
    let has_key = !legend.groups.is_empty();
    let key = if has_key {
        (legend.bounds.width() * key_scale, legend.bounds.height() * key_scale)
    } else {
        (0.0, 0.0)
    };
    let gap = if has_key { GAP } else { 0.0 };
    let beside = if framing.rtl {
        Rect::new(area.x0 + key.0 + gap, area.y0, area.x1, area.y1)
    } else {
        Rect::new(area.x0, area.y0, area.x1 - key.0 - gap, area.y1)
    };
    let below = Rect::new(area.x0, area.y0, area.x1, area.y1 - key.1 - gap);
    let fit = |room: &Rect| Placement::fit(&map.bounds, room, MAX_SCALE);
    let (at, side) =
        if fit(&beside).scale >= fit(&below).scale { (fit(&beside), true) } else { (fit(&below), false) };
    let drawn = at.apply(&map.bounds);
    let alt = tr!(lang, "briefing-map-overview-alt", count = cells.len());
    flow.place(Block { scene: map.without_text(), at, role: Role::Figure(alt.clone()), clip: false });
    flow.place(Block { scene: marks(cells, at.scale), at, role: Role::Figure(alt), clip: false });
    if has_key {
        let x = match (side, framing.rtl) {
            (true, false) => area.x1 - key.0,
            (true, true) => area.x0,
            (false, false) => area.x0,
            (false, true) => area.x1 - key.0,
        };
        let y = if side { area.y0 } else { drawn.y1 + gap };
        let offset = Pos::new(x - legend.bounds.x0 * key_scale, y - legend.bounds.y0 * key_scale);
        let at = Placement { scale: key_scale, offset };
        let alt = lang.tr("briefing-map-legend-alt");
        flow.place(Block { scene: legend.clone(), at, role: Role::Figure(alt), clip: false });
    }
    finish(&head, flow)
}

/// The cells outlined and numbered, in map units for a map drawn at `scale`.
fn marks(cells: &[Cell], scale: f32) -> Scene {
    let palette = Palette::of(Theme::Light);
    let ink = Color::hex(0x1F5FA8);
    let unit = 1.0 / scale.max(1e-6);
    let mut items = Vec::new();
    let mut bounds: Option<Rect> = None;
    for (i, cell) in cells.iter().enumerate() {
        items.push(Item::Rect {
            rect: cell.core,
            radius: 0.0,
            fill: None,
            stroke: Some(Stroke::solid(0.8 * unit, ink)),
        });
        let number = (i + 1).to_string();
        let size = NUMBER * unit;
        let width = crate::text::width(&number, size, Weight::Semibold);
        let c = cell.core.center();
        let plate = Rect::centered(c, width * 0.5 + 6.0 * unit, size * 0.6 + 3.0 * unit);
        bounds = Some(bounds.map_or(cell.core, |b| b.union(&cell.core)).union(&plate));
        items.push(Item::Rect {
            rect: plate,
            radius: 4.0 * unit,
            fill: Some(palette.background.with_alpha(225)),
            stroke: Some(Stroke::solid(unit, ink)),
        });
        items.push(Item::Text {
            pos: Pos::new(c.x, c.y + size * crate::scene::text::CAP_HEIGHT * 0.5),
            text: Arc::from(number.as_str()),
            size,
            weight: Weight::Semibold,
            color: ink,
            anchor: Anchor::Middle,
        });
    }
    let bounds = bounds.unwrap_or(Rect::new(0.0, 0.0, 0.0, 0.0));
    let groups = vec![Group { element: Element::Title, bounds, anchor: None, items: 0..items.len() }];
    Scene {
        bounds,
        background: palette.background,
        title: String::new(),
        description: String::new(),
        groups,
        items,
    }
}
