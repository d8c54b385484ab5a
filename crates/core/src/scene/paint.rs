//! Choosing each node's colours and score line from the view.

use std::collections::BTreeSet;
use std::sync::Arc;

use super::geom::Color;
use super::nodes::Paint;
use super::style::{
    ColorBy, NOT_APPLICABLE, NOT_SCORED, WHITE, kind_colors, level_color, score_color, sector_color, text_on,
};
use crate::i18n::Language;
use crate::model::assess::{Answer, Criterion, Mark, applies};
use crate::model::{Document, Node, NodeKind};
use crate::tr;

/// What the painter needs to know beyond the node itself.
pub struct PaintContext<'a> {
    /// The map (for an objective's sector).
    pub document: &'a Document,
    /// What fills show.
    pub color_by: ColorBy,
    /// The year scores are shown for, if any.
    pub year: Option<i32>,
    /// The round and criterion shown when colouring by criterion.
    pub criterion: Option<(i32, &'a Criterion)>,
    /// Every sector on the map, for stable sector colours.
    pub sectors: BTreeSet<&'a str>,
    /// The language of the score line.
    pub language: Language,
}

/// The score line of a department: for the chosen year when colouring by
/// score, otherwise its latest score. Every language keeps it within the
/// width the box is measured for (`WIDEST_BADGE`), so boxes, and so the
/// layout, do not depend on the language.
fn badge(node: &Node, ctx: &PaintContext<'_>) -> String {
    let lang = ctx.language;
    let scored =
        |year: i32, value: f64| tr!(lang, "badge-score", score = lang.score(value), year = year.to_string());
    if node.kind != NodeKind::Department {
        return String::new();
    }
    let scores = ctx.document.scores_of(&node.id);
    let shown = match (ctx.color_by, ctx.year) {
        (ColorBy::Score, Some(year)) => {
            return match scores.get(&year) {
                Some(score) => scored(year, score.value),
                None => tr!(lang, "badge-not-scored-in", year = year.to_string()),
            };
        }
        _ => scores.iter().next_back(),
    };
    match shown {
        Some((year, score)) => scored(*year, score.value),
        None => lang.tr("badge-not-scored"),
    }
}

/// The colours and score line of `node` under the context's colouring.
pub fn paint(node: &Node, ctx: &PaintContext<'_>) -> Paint {
    let (kind_fill, kind_stroke) = kind_colors(node.kind);
    let fill = match (ctx.color_by, node.kind) {
        (ColorBy::Kind, _) => kind_fill,
        (ColorBy::Score, NodeKind::Department) => ctx
            .year
            .and_then(|year| ctx.document.score_of(&node.id, year))
            .map_or(NOT_SCORED, |s| score_color(s.value)),
        (ColorBy::Sector, NodeKind::Department) => {
            sector_fill(Some(node.department.sector.as_str()), &ctx.sectors)
        }
        (ColorBy::Sector, NodeKind::Objective) => {
            sector_fill(ctx.document.sector_of(&node.id), &ctx.sectors).mix(WHITE, 0.6)
        }
        (ColorBy::Criterion, NodeKind::Department) => criterion_fill(node, ctx),
        _ => WHITE,
    };
    Paint { fill, stroke: kind_stroke, text: text_on(fill), badge: Arc::from(badge(node, ctx)) }
}

/// The fill for a sector; grey for none.
pub fn sector_fill(sector: Option<&str>, all: &BTreeSet<&str>) -> Color {
    match sector.filter(|s| !s.is_empty()) {
        Some(sector) => sector_color(sector, all),
        None => NOT_SCORED,
    }
}

/// The fill of a department under a colouring by criterion: its level's
/// colour; light grey where the criterion does not apply or is marked not
/// applicable; grey where it is not marked (or no such criterion).
fn criterion_fill(node: &Node, ctx: &PaintContext<'_>) -> Color {
    let Some((year, criterion)) = ctx.criterion else { return NOT_SCORED };
    let doc = ctx.document;
    if !applies(doc, criterion, &node.id) {
        return NOT_APPLICABLE;
    }
    match doc.assessment.answer(year, &node.id, &criterion.id).and_then(Answer::final_mark) {
        Some(Mark::Level(level)) => level_color(criterion, level),
        Some(Mark::NotApplicable) => NOT_APPLICABLE,
        None => NOT_SCORED,
    }
}
