//! Marks, flags and names in words, the same in the grid, the answer, the
//! disagreements and the inspector.

use egui::{Color32, Response, RichText, Ui};

use crate::lang::Speak;
use sectormap_core::analysis::assess::Cell;
use sectormap_core::i18n::Language;
use sectormap_core::model::Document;
use sectormap_core::model::assess::{Criterion, Mark, RoundScore};
use sectormap_core::scene::style::level_color;
use sectormap_core::tr;

/// The colour of the "illustrative" badge and of warnings.
pub const WARN: Color32 = Color32::from_rgb(0xB2, 0x5B, 0x00);

/// Map text (a department's name, a criterion's title) in a panel. One
/// place, so the shared map-text widget can take it over.
pub fn map_label(ui: &mut Ui, text: impl Into<String>) -> Response {
    ui.label(text.into())
}

/// Map text wrapped to `width` (a column's head, a row's name), `strong`
/// or plain; it takes the height its lines need.
pub fn map_label_wrapped(ui: &mut Ui, text: &str, width: f32, strong: bool) -> Response {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = if strong { ui.visuals().strong_text_color() } else { ui.visuals().text_color() };
    let galley = ui.painter().layout(text.to_owned(), font, color, width);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, galley.size().y), egui::Sense::hover());
    ui.painter().galley(rect.min, galley, color);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
    response
}

/// A department's name (its id when it has none).
pub fn department_name(doc: &Document, id: &str) -> String {
    doc.node(id).map(|n| n.label.trim()).filter(|l| !l.is_empty()).unwrap_or(id).to_owned()
}

/// A criterion's title (its id when it has none).
pub fn criterion_title(criterion: &Criterion) -> &str {
    if criterion.title.trim().is_empty() { &criterion.id } else { &criterion.title }
}

/// A mark in words: the level's label, "not applicable", or "not marked".
pub fn mark_text(lang: Language, criterion: &Criterion, mark: Option<Mark>) -> String {
    match mark {
        Some(Mark::Level(i)) => criterion.levels.get(i).map_or_else(|| i.to_string(), |l| l.label.clone()),
        Some(Mark::NotApplicable) => lang.tr("marking-na"),
        None => lang.tr("marking-not-marked"),
    }
}

/// The fill behind a mark: its level's colour, faded into the panel's
/// background so the text stays legible; none for other marks.
pub fn mark_fill(ui: &Ui, criterion: &Criterion, mark: Option<Mark>) -> Option<Color32> {
    let Some(Mark::Level(level)) = mark else { return None };
    let c = level_color(criterion, level);
    let bg = ui.visuals().panel_fill;
    let fade = if ui.visuals().dark_mode { 0.6 } else { 0.45 };
    Some(Color32::from_rgb(c.r, c.g, c.b).lerp_to_gamma(bg, fade))
}

/// The flags of a cell as (symbol, words; the symbols are in the
/// interface's fonts): no evidence, stale evidence,
/// assessors differ, a reply to decide. `blind` leaves out what would
/// show the first mark.
pub fn flags(lang: Language, cell: &Cell<'_>, blind: bool) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let marked = cell.mark.is_some() || (blind && cell.answer.is_some_and(|a| a.second.is_some()));
    if marked && !cell.evidenced {
        out.push(("∅", lang.tr("marking-flag-no-evidence")));
    }
    if cell.stale {
        out.push(("◷", lang.tr("marking-flag-stale")));
    }
    if !blind && cell.answer.is_some_and(|a| a.disputed()) {
        out.push(("⇄", lang.tr("marking-flag-disputed")));
    }
    if !blind && cell.answer.is_some_and(|a| a.reply_open()) {
        out.push(("↩", lang.tr("marking-flag-reply")));
    }
    out
}

/// A score by the published formula: `4,3 (3 of 7)`, or `–` with none.
pub fn score_text(lang: Language, score: &RoundScore) -> String {
    let value = score.value.map_or("–".to_owned(), |v| lang.score(v));
    tr!(lang, "marking-score", score = value, marked = score.marked, applicable = score.applicable)
}

/// What a computed score rests on, and the formula, for its tooltip.
pub fn score_tip(lang: Language, score: &RoundScore) -> String {
    let basis = tr!(
        lang,
        "marking-score-basis",
        marked = score.marked,
        applicable = score.applicable,
        na = score.not_applicable
    );
    format!("{basis}\n{}", lang.tr("marking-formula"))
}

/// The "illustrative" badge, with what it means on hover.
pub fn illustrative_badge(ui: &mut Ui) {
    let lang = ui.lang();
    ui.label(RichText::new(lang.tr("marking-illustrative")).color(WARN).strong())
        .on_hover_text(lang.tr("marking-illustrative-hint"));
}
