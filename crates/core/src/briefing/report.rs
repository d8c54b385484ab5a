//! The report card pages: a table of every department's score by year
//! (with the change from the year before) and the mean, then the chart.

use super::compose::{Block, Flow, Page, Role, Style};
use super::paper::{Orientation, Sheet};
use super::{Options, Part};
use crate::analysis::{ReportCard, signed_change};
use crate::i18n::Language;
use crate::render::Placement;
use crate::scene::style::Palette;
use crate::scene::{Anchor, Scene, Theme, Weight, report_chart};
use crate::text;
use crate::tr;

/// Table text size, and the smallest it shrinks to when there are many years.
const BODY: f32 = 9.5;
const SMALLEST: f32 = 6.0;
/// Space between columns.
const GUTTER: f32 = 10.0;

/// The report card part.
pub fn pages(document: &crate::model::Document, options: &Options) -> Vec<Page> {
    let lang = options.language;
    let palette = Palette::of(Theme::Light);
    let mut flow = super::text_flow(document, options, Part::Report);
    let heading = Style { size: 18.0, weight: Weight::Semibold, color: palette.text };
    flow.paragraph(&Part::Report.title(lang), heading, 0.0, Role::Heading(1), 40.0);
    flow.space(6.0);
    let card = ReportCard::of(document);
    if card.rows.is_empty() {
        let body = Style { size: 11.0, weight: Weight::Regular, color: palette.text };
        flow.paragraph(&lang.tr("report-no-departments"), body, 0.0, Role::Paragraph, 0.0);
        return flow.finish();
    }
    table(&mut flow, &card, lang, &palette);
    notes(&mut flow, &card, lang, &palette);
    flow.space(18.0);
    let chart = report_chart(&card, &document.meta, Theme::Light, lang);
    let alt = chart.description.clone();
    let frame = flow.frame();
    let fitted = frame.width() / chart.bounds.width().max(1.0);
    // Turned pages allowed and the chart's words too small upright: the
    // chart gets a page on its side, where it is drawn larger.
    let smallest = chart.smallest_text().unwrap_or(f32::INFINITY);
    if options.orientation == Orientation::Auto && smallest * fitted.min(1.2) < super::fit::MIN_TEXT_PT {
        let mut pages = flow.finish();
        pages.push(turned_page(chart, options, alt));
        return pages;
    }
    let wanted = frame.width() * chart.bounds.height() / chart.bounds.width().max(1.0);
    flow.figure(chart, Some(wanted.min(frame.height())), frame.height() * 0.4, 1.2, Role::Figure(alt));
    flow.finish()
}

/// A landscape page holding `chart` as large as it fits.
fn turned_page(chart: Scene, options: &Options, alt: String) -> Page {
    let sheet = Sheet::new(options.paper, true, options.margin_mm);
    let at = Placement::fit(&chart.bounds, &sheet.frame(), 1.2);
    Page {
        sheet,
        blocks: vec![Block { scene: chart, at, role: Role::Figure(alt), clip: false }],
        bookmark: None,
    }
}

/// Under the table: what a star means (computed from a round's marks, by
/// the formula) and which years are illustrative rounds.
fn notes(flow: &mut Flow, card: &ReportCard, lang: Language, palette: &Palette) {
    let muted = Style { size: 9.0, weight: Weight::Regular, color: palette.muted };
    let mut lines = Vec::new();
    if card.has_computed() {
        lines.push(tr!(lang, "report-computed-note", formula = crate::analysis::assess::formula(lang)));
    }
    for year in &card.illustrative {
        lines.push(tr!(lang, "report-illustrative-note", year = year.to_string()));
    }
    if !lines.is_empty() {
        flow.space(4.0);
    }
    for line in lines {
        flow.paragraph(&line, muted, 0.0, Role::Paragraph, 0.0);
    }
}

/// The rows of the table: header (with a row above it naming the
/// illustrative years, when there are some), one per department (a star
/// on scores computed from marks), then the means; and how many rows are
/// header rows.
fn cells(card: &ReportCard, lang: Language) -> (Vec<Vec<String>>, usize) {
    let cell = |value: Option<f64>, change: Option<f64>, computed: bool| {
        let star = if computed { "*" } else { "" };
        match (value, change) {
            (Some(v), Some(c)) => {
                format!("{}{star} ({})", lang.score(v), lang.number_text(&signed_change(c)))
            }
            (Some(v), None) => format!("{}{star}", lang.score(v)),
            (None, _) => "–".to_owned(),
        }
    };
    let mut rows = Vec::with_capacity(card.rows.len() + 3);
    if !card.illustrative.is_empty() {
        let mut above = vec![String::new()];
        let word = lang.tr("report-illustrative");
        above.extend(
            card.years.iter().map(|y| if card.is_illustrative(*y) { word.clone() } else { String::new() }),
        );
        rows.push(above);
    }
    let headers = rows.len() + 1;
    let mut header = vec![lang.tr("briefing-department")];
    header.extend(card.years.iter().map(i32::to_string));
    rows.push(header);
    for row in &card.rows {
        let mut line = vec![row.label.clone()];
        line.extend((0..card.years.len()).map(|col| {
            let computed = row.computed.get(col).copied().unwrap_or(false);
            cell(row.scores.get(col).copied().flatten(), row.change(col), computed)
        }));
        rows.push(line);
    }
    let mut means = vec![lang.tr("report-mean")];
    means.extend(card.means().into_iter().map(|m| cell(m, None, false)));
    rows.push(means);
    (rows, headers)
}

/// Sets the table: the first column left (long names shortened with an
/// ellipsis), score columns right-aligned; the text shrinks until the
/// columns fit the frame.
fn table(flow: &mut Flow, card: &ReportCard, lang: Language, palette: &Palette) {
    let (rows, headers) = cells(card, lang);
    let frame = flow.frame();
    let columns = card.years.len() + 1;
    let widest = |size: f32, col: usize| {
        rows.iter()
            .map(|row| row.get(col).map_or(0.0, |t| text::width(t, size, Weight::Semibold)))
            .fold(0.0f32, f32::max)
    };
    let mut size = BODY;
    let (name_width, score_width) = loop {
        let scores = (1..columns).map(|c| widest(size, c)).fold(0.0f32, f32::max);
        let names = widest(size, 0).min(frame.width() * 0.45);
        let total = names + (scores + GUTTER) * (columns - 1) as f32;
        if total <= frame.width() || size <= SMALLEST {
            break (
                names.max(frame.width() - (scores + GUTTER) * (columns - 1) as f32).min(frame.width() * 0.6),
                scores,
            );
        }
        size -= 0.5;
    };
    let rtl = flow.rtl;
    let x_of = |col: usize| {
        let (x, anchor) = if col == 0 {
            (frame.x0, Anchor::Start)
        } else {
            (frame.x0 + name_width + (score_width + GUTTER) * col as f32, Anchor::End)
        };
        // Right to left, the table is mirrored: names on the right.
        match (rtl, anchor) {
            (false, _) => (x, anchor),
            (true, Anchor::Start) => (frame.x0 + frame.x1 - x, Anchor::End),
            (true, _) => (frame.x0 + frame.x1 - x, Anchor::Start),
        }
    };
    let last = rows.len() - 1;
    for (i, row) in rows.into_iter().enumerate() {
        let header = i < headers;
        let weight = if header || i == last { Weight::Semibold } else { Weight::Regular };
        let color = if header { palette.muted } else { palette.text };
        // The row naming illustrative years is a little smaller.
        let size = if i + 1 < headers { (size * 0.85).max(SMALLEST) } else { size };
        let set: Vec<(f32, String, Anchor)> = row
            .into_iter()
            .enumerate()
            .map(|(col, t)| {
                let (x, anchor) = x_of(col);
                let t = if col == 0 { super::compose::fit(&t, size, weight, name_width - 4.0) } else { t };
                (x, t, anchor)
            })
            .collect();
        if i == last {
            flow.rule(palette.panel_stroke);
        }
        flow.row(set, Style { size, weight, color }, header);
        if i + 1 == headers {
            flow.rule(palette.panel_stroke);
        }
    }
}
