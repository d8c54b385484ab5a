//! The title block above the map and the source line below it.

use std::sync::Arc;

use super::geom::{Color, Pos, Rect};
use super::shapes::{Anchor, Item};
use super::style::Palette;
use super::text::{self, Weight};
use crate::model::MapMeta;

/// Font size of the map title.
const TITLE: f32 = 30.0;
/// Font size of the subtitle.
const SUBTITLE: f32 = 17.0;
/// Font size of the source line.
const SOURCE: f32 = 12.5;
/// Space between the title block or source line and the map.
const GAP: f32 = 32.0;

/// Lines of `text` wrapped to `width`, as items starting at `top`; returns
/// the items and the y just below them.
fn block(
    text: &str,
    size: f32,
    weight: Weight,
    color: Color,
    x: f32,
    top: f32,
    width: f32,
) -> (Vec<Item>, f32) {
    let mut y = top;
    let mut items = Vec::new();
    if text.trim().is_empty() {
        return (items, y);
    }
    for line in text::wrap(text, size, weight, width, 6) {
        items.push(Item::Text {
            pos: Pos::new(x, y + text::baseline_offset(size)),
            text: Arc::from(line),
            size,
            weight,
            color,
            anchor: Anchor::Start,
        });
        y += size * text::LINE_HEIGHT;
    }
    (items, y)
}

/// The title and subtitle, set above `content` and wrapped to its width
/// (at least 480 units); `None` when the map has neither.
pub fn header(meta: &MapMeta, content: &Rect, palette: &Palette) -> Option<(Vec<Item>, Rect)> {
    if meta.title.trim().is_empty() && meta.subtitle.trim().is_empty() {
        return None;
    }
    let width = content.width().max(480.0);
    let (mut items, y) = block(&meta.title, TITLE, Weight::Semibold, palette.text, content.x0, 0.0, width);
    let (sub, bottom) =
        block(&meta.subtitle, SUBTITLE, Weight::Regular, palette.muted, content.x0, y + 4.0, width);
    items.extend(sub);
    // Built from y = 0 down; shift so the block ends GAP above the content.
    let shift = content.y0 - GAP - bottom;
    for item in &mut items {
        if let Item::Text { pos, .. } = item {
            pos.y += shift;
        }
    }
    Some((items, Rect::new(content.x0, shift, content.x0 + width, content.y0 - GAP)))
}

/// The source line under `content`; `None` when the map has none.
pub fn footer(meta: &MapMeta, content: &Rect, palette: &Palette) -> Option<(Vec<Item>, Rect)> {
    if meta.source.trim().is_empty() {
        return None;
    }
    let width = content.width().max(480.0);
    let top = content.y1 + GAP;
    let (items, bottom) = block(&meta.source, SOURCE, Weight::Regular, palette.muted, content.x0, top, width);
    Some((items, Rect::new(content.x0, top, content.x0 + width, bottom)))
}
