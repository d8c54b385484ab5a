//! The key under the report card chart: what a filled and a hollow point
//! mean (a score computed from a round's marks by the published formula,
//! or a headline figure with no marks behind it), and which years are
//! illustrative rounds.

use std::sync::Arc;

use super::chart_marks::marker;
use super::geom::{Pos, Rect};
use super::shapes::{Anchor, Item};
use super::style::Palette;
use super::text::{self, Weight};
use crate::analysis::ReportCard;
use crate::i18n::Language;
use crate::tr;

/// Size of the key's text.
const KEY_TEXT: f32 = 14.0;
/// Room for the marker before each line of the key.
const INDENT: f32 = 22.0;
/// Space between the key's entries.
const GAP: f32 = 6.0;

/// The key of `card`, its lines wrapped to `width` from `left`, its top at
/// `top`; `None` when every score is a headline figure and no round is
/// illustrative (there is nothing to tell apart then).
pub fn chart_key(
    card: &ReportCard,
    (left, top, width): (f32, f32, f32),
    palette: &Palette,
    lang: Language,
) -> Option<(Vec<Item>, Rect)> {
    let mut entries: Vec<(Option<bool>, String)> = Vec::new();
    if card.has_computed() {
        let formula = crate::analysis::assess::formula(lang);
        entries.push((Some(false), tr!(lang, "chart-computed", formula = formula)));
        entries.push((Some(true), lang.tr("chart-headline")));
    }
    for year in &card.illustrative {
        entries.push((None, tr!(lang, "report-illustrative-note", year = year.to_string())));
    }
    if entries.is_empty() {
        return None;
    }
    let mut items = Vec::new();
    let mut y = top;
    let step = KEY_TEXT * text::LINE_HEIGHT;
    for (hollow, entry) in entries {
        let lines = text::wrap(&entry, KEY_TEXT, Weight::Regular, (width - INDENT).max(200.0), 8);
        if let Some(hollow) = hollow {
            let center = Pos::new(left + INDENT * 0.4, y + step * 0.5);
            items.push(marker(center, palette.text, hollow, palette));
        }
        for line in lines {
            items.push(Item::Text {
                pos: Pos::new(left + INDENT, y + text::baseline_offset(KEY_TEXT)),
                text: Arc::from(line),
                size: KEY_TEXT,
                weight: Weight::Regular,
                color: palette.text,
                anchor: Anchor::Start,
            });
            y += step;
        }
        y += GAP;
    }
    Some((items, Rect::new(left, top, left + width, y - GAP)))
}
