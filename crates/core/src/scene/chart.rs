//! The report card chart: one line per department across the years scored,
//! on a 0 to 10 scale, with the mean dashed. Built as a [`Scene`] so it is
//! rendered to SVG and PNG exactly as maps are.

use std::sync::Arc;

use super::chart_key::chart_key;
use super::chart_marks::{Plot, SERIES_COLORS, axes, dodge, end_labels, series};
use super::geom::{Color, Pos, Rect};
use super::shapes::{Anchor, Element, Group, Item, Scene};
use super::style::{Palette, Theme};
use super::text::Weight;
use super::title::{footer, header};
use crate::analysis::ReportCard;
use crate::i18n::Language;
use crate::model::MapMeta;
use crate::tr;

/// Height of the plot area in map units.
const PLOT_HEIGHT: f32 = 420.0;
/// Horizontal space per year.
const YEAR_WIDTH: f32 = 150.0;
/// Widest plot area (decades of report cards share it).
const MAX_PLOT_WIDTH: f32 = 1600.0;
/// Narrowest plot area.
const MIN_PLOT_WIDTH: f32 = 520.0;
/// The plot is at least this many times as wide as the labels beside it,
/// so that it, not the empty space above the labels, fills the chart.
const PLOT_TO_LABELS: f32 = 1.6;
/// Space between the year labels and the key under them.
const KEY_GAP: f32 = 22.0;

/// The chart of `card` on `theme`, titled from `meta` (the map's title
/// becomes the subtitle), its own words in `lang`.
pub fn report_chart(card: &ReportCard, meta: &MapMeta, theme: Theme, lang: Language) -> Scene {
    let palette = Palette::of(theme);
    let years = match (card.years.first(), card.years.last()) {
        (Some(first), Some(last)) => (last - first) as f32,
        _ => 0.0,
    };
    let width = (YEAR_WIDTH * years).clamp(MIN_PLOT_WIDTH, MAX_PLOT_WIDTH);
    let (mut out, mut plot, mut label_bounds) = plot_parts(card, width, theme, lang);
    let drawn = card.rows.iter().filter(|row| row.scores.iter().any(Option::is_some)).count();
    let labels = label_bounds.width();
    if drawn > 0 && width < labels * PLOT_TO_LABELS {
        (out, plot, label_bounds) = plot_parts(card, labels * PLOT_TO_LABELS, theme, lang);
    }
    let mut content = Rect::union_all(out.groups.iter().map(|g| &g.bounds)).unwrap_or(plot.area);
    let unscored: Vec<&str> = card
        .rows
        .iter()
        .filter(|row| row.scores.iter().all(Option::is_none))
        .map(|row| row.label.as_str())
        .collect();
    let chart_meta = MapMeta {
        title: lang.tr("chart-title"),
        subtitle: if meta.title.trim().is_empty() { meta.subtitle.clone() } else { meta.title.clone() },
        source: note(&unscored, &meta.source, lang),
        language: meta.language.clone(),
        ..MapMeta::default()
    };
    if let Some((title_items, bounds)) = header(&chart_meta, &content, &palette) {
        push(&mut out, Element::Title, title_items, bounds);
    }
    content = Rect::union_all(out.groups.iter().map(|g| &g.bounds)).unwrap_or(content);
    let mut above_footer = plot.area.union(&label_bounds);
    let axes_bottom =
        out.groups.iter().find(|g| g.element == Element::Axes).map_or(plot.area.y1, |g| g.bounds.y1);
    let key_top = axes_bottom.max(label_bounds.y1) + KEY_GAP;
    let key_at = (above_footer.x0, key_top, above_footer.width());
    if let Some((key_items, bounds)) = chart_key(card, key_at, &palette, lang) {
        push(&mut out, Element::Legend, key_items, bounds);
        above_footer = above_footer.union(&bounds);
    }
    if let Some((source_items, bounds)) = footer(&chart_meta, &above_footer, &palette) {
        push(&mut out, Element::Source, source_items, bounds);
    }
    let bounds = Rect::union_all(out.groups.iter().map(|g| &g.bounds)).unwrap_or(content);
    Scene {
        bounds,
        background: palette.background,
        title: chart_meta.title.clone(),
        description: describe(card, drawn, lang),
        groups: out.groups,
        items: out.items,
    }
}

/// The axes, one line per department scored and the mean, and the labels
/// at their ends, on a plot `width` wide; returns them, the plot, and the
/// labels' extent.
fn plot_parts(card: &ReportCard, width: f32, theme: Theme, lang: Language) -> (Parts, Plot, Rect) {
    let palette = Palette::of(theme);
    let plot = Plot::new(Rect::new(0.0, 0.0, width, PLOT_HEIGHT), &card.years);
    let mut out = Parts::default();

    let (axis_items, axis_bounds) =
        axes(&plot, &palette, &card.illustrative, &lang.tr("report-illustrative"));
    push(&mut out, Element::Axes, axis_items, axis_bounds);

    let drawn: Vec<usize> =
        (0..card.rows.len()).filter(|&i| card.rows[i].scores.iter().any(Option::is_some)).collect();
    let means = card.means();
    let mut lines: Vec<&[Option<f64>]> = drawn.iter().map(|&i| card.rows[i].scores.as_slice()).collect();
    lines.push(&means);
    let shifts = dodge(&plot, &lines);
    let (hollow, mean_hollow) = hollow_points(card);
    let mut ends = Vec::new();
    for (n, &row_index) in drawn.iter().enumerate() {
        let row = &card.rows[row_index];
        let color = series_color(n, theme);
        let dash = (n >= SERIES_COLORS.len()).then_some([7.0, 4.0]);
        let points = (shifts[n].as_slice(), hollow[row_index].as_slice());
        let (marks, bounds, end) = series(&plot, &row.scores, points, (color, dash), &palette);
        push(&mut out, Element::Series(Arc::from(row.id.as_str())), marks, bounds);
        if let Some(end) = end {
            ends.push((end, row.label.clone(), color));
        }
    }
    if means.iter().any(Option::is_some) {
        let shift = shifts.last().map_or(&[][..], Vec::as_slice);
        let points = (shift, mean_hollow.as_slice());
        let (marks, bounds, end) = series(&plot, &means, points, (palette.text, Some([3.0, 5.0])), &palette);
        push(&mut out, Element::Series(Arc::from("mean")), marks, bounds);
        if let Some(end) = end {
            ends.push((end, lang.tr("chart-mean"), palette.text));
        }
    }
    let (label_items, label_bounds) = if ends.is_empty() {
        // An empty grid would look like a chart of zeros: say why it is empty.
        let at = plot.area.center();
        let text = Item::Text {
            pos: Pos::new(at.x, at.y),
            text: Arc::from(lang.tr("chart-empty")),
            size: 20.0,
            weight: Weight::Regular,
            color: palette.muted,
            anchor: Anchor::Middle,
        };
        (vec![text], Rect::centered(at, 180.0, 14.0))
    } else {
        end_labels(&plot, &ends, &palette, lang)
    };
    push(&mut out, Element::Legend, label_items, label_bounds);
    (out, plot, label_bounds)
}

/// Which points are drawn hollow: headline figures, where some score of
/// the card is computed from marks (filled points are computed). Per row
/// and year, then per year for the mean (hollow unless every score it
/// averages is computed).
fn hollow_points(card: &ReportCard) -> (Vec<Vec<bool>>, Vec<bool>) {
    let years = card.years.len();
    if !card.has_computed() {
        return (vec![vec![false; years]; card.rows.len()], vec![false; years]);
    }
    let headline = |row: &crate::analysis::ReportRow, col: usize| {
        row.scores.get(col).copied().flatten().is_some() && !row.computed.get(col).copied().unwrap_or(false)
    };
    let rows = card.rows.iter().map(|row| (0..years).map(|col| headline(row, col)).collect()).collect();
    let means = (0..years).map(|col| card.rows.iter().any(|row| headline(row, col))).collect();
    (rows, means)
}

/// Adds a group of `element` drawn by `group_items` within `bounds`.
fn push(out: &mut Parts, element: Element, group_items: Vec<Item>, bounds: Rect) {
    let start = out.items.len();
    out.items.extend(group_items);
    out.groups.push(Group { element, bounds, anchor: None, items: start..out.items.len() });
}

/// Groups and items as they are made.
#[derive(Default)]
struct Parts {
    groups: Vec<Group>,
    items: Vec<Item>,
}

/// The colour of the `n`th line, lightened on dark backgrounds.
fn series_color(n: usize, theme: Theme) -> Color {
    let color = Color::hex(SERIES_COLORS[n % SERIES_COLORS.len()]);
    match theme {
        Theme::Light => color,
        Theme::Dark | Theme::Contrast => color.mix(Color::hex(0xFFFFFF), 0.35),
    }
}

/// The line under the chart: who was never scored, then the map's source.
fn note(unscored: &[&str], source: &str, lang: Language) -> String {
    let never = match unscored {
        [] => String::new(),
        names => tr!(lang, "chart-never-scored", names = crate::i18n::list(lang, names)),
    };
    [never, source.trim().to_owned()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join("\n")
}

/// One sentence for screen readers.
fn describe(card: &ReportCard, drawn: usize, lang: Language) -> String {
    let mut out = describe_years(card, drawn, lang);
    for year in &card.illustrative {
        out.push(' ');
        out.push_str(&tr!(lang, "report-illustrative-note", year = year.to_string()));
    }
    out
}

fn describe_years(card: &ReportCard, drawn: usize, lang: Language) -> String {
    match (card.years.first(), card.years.last()) {
        (Some(first), Some(last)) if first != last => tr!(
            lang,
            "chart-describe-years",
            count = drawn,
            first = first.to_string(),
            last = last.to_string()
        ),
        (Some(year), _) => tr!(lang, "chart-describe-year", count = drawn, year = year.to_string()),
        _ => lang.tr("chart-empty-sentence"),
    }
}
