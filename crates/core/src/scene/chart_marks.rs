//! The marks of the report card chart: axes, one line per series, and the
//! labels at the lines' ends, spread so that none overlap.

use std::sync::Arc;

use super::geom::{Color, Pos, Rect};
use super::shapes::{Anchor, Item, Stroke};
use super::style::Palette;
use super::text::{self, Weight};
use crate::i18n::Language;
use crate::tr;

/// Line colours from the Okabe-Ito and Paul Tol schemes (chosen for
/// colour-blind readers), each at least 3:1 against white; lines past the
/// twelfth repeat them dashed.
pub const SERIES_COLORS: [u32; 12] = [
    0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xB8860B, 0x882255, 0x332288, 0x999933, 0xAA4499, 0x117733,
    0x3A7D8C, 0x6E6E6E,
];

/// Size of axis labels.
const AXIS_TEXT: f32 = 14.0;
/// Size of the word under an illustrative round's year.
const NOTE_TEXT: f32 = 13.0;
/// Size of the labels at the lines' ends.
const END_TEXT: f32 = 14.0;
/// Space left and right of the first and last year inside the plot.
const INSET: f32 = 28.0;
/// Length of the colour swatch before an end label.
const SWATCH: f32 = 18.0;
/// Radius of a point marker.
const MARKER: f32 = 5.5;

/// The plot area and the years along it.
#[derive(Clone, Debug)]
pub struct Plot {
    /// The area the lines are drawn in.
    pub area: Rect,
    /// Years, one column each, left to right.
    pub years: Vec<i32>,
}

impl Plot {
    /// A plot of `years` in `area`.
    pub fn new(area: Rect, years: &[i32]) -> Self {
        Self { area, years: years.to_vec() }
    }

    /// Horizontal position of column `col`: on a time line from the first
    /// year scored to the last, so a year with no report card leaves its
    /// gap (2004, 2006, 2007 are not evenly spaced).
    pub fn x(&self, col: usize) -> f32 {
        let (Some(&first), Some(&last), Some(&year)) =
            (self.years.first(), self.years.last(), self.years.get(col))
        else {
            return self.area.center().x;
        };
        if last <= first {
            return self.area.center().x;
        }
        let span = self.area.width() - 2.0 * INSET;
        self.area.x0 + INSET + span * (year - first) as f32 / (last - first) as f32
    }

    /// Vertical position of a score.
    pub fn y(&self, value: f64) -> f32 {
        let v = value.clamp(0.0, 10.0) as f32;
        self.area.y1 - self.area.height() * v / 10.0
    }
}

fn text_item(x: f32, y_middle: f32, label: &str, size: f32, color: Color, anchor: Anchor) -> Item {
    Item::Text {
        pos: Pos::new(x, y_middle + size * text::CAP_HEIGHT * 0.5),
        text: Arc::from(label),
        size,
        weight: Weight::Regular,
        color,
        anchor,
    }
}

/// Grid lines at every second score, score labels, year labels; under
/// each year of `illustrative`, the word `note` (smaller, muted).
pub fn axes(plot: &Plot, palette: &Palette, illustrative: &[i32], note: &str) -> (Vec<Item>, Rect) {
    let area = plot.area;
    let grid = palette.background.mix(palette.muted, 0.3);
    let mut items = Vec::new();
    let mut left = area.x0;
    for step in 0..=5 {
        let value = f64::from(step * 2);
        let y = plot.y(value);
        let stroke = if step == 0 { Stroke::solid(1.5, palette.muted) } else { Stroke::solid(1.0, grid) };
        items.push(Item::Line { from: Pos::new(area.x0, y), to: Pos::new(area.x1, y), stroke });
        let label = Language::En.score(value);
        let w = text::width(&label, AXIS_TEXT, Weight::Regular);
        left = left.min(area.x0 - 10.0 - w);
        items.push(text_item(area.x0 - 10.0 - w, y, &label, AXIS_TEXT, palette.muted, Anchor::Start));
    }
    let year_y = area.y1 + 12.0 + AXIS_TEXT * 0.5;
    for (col, year) in plot.years.iter().enumerate() {
        let x = plot.x(col);
        items.push(Item::Line {
            from: Pos::new(x, area.y1),
            to: Pos::new(x, area.y1 + 6.0),
            stroke: Stroke::solid(1.5, palette.muted),
        });
        items.push(text_item(x, year_y, &year.to_string(), AXIS_TEXT, palette.text, Anchor::Middle));
        if illustrative.contains(year) {
            let y = year_y + AXIS_TEXT * text::LINE_HEIGHT;
            items.push(text_item(x, y, note, NOTE_TEXT, palette.muted, Anchor::Middle));
        }
    }
    let notes = plot.years.iter().any(|y| illustrative.contains(y));
    let bottom = year_y + AXIS_TEXT + if notes { AXIS_TEXT * text::LINE_HEIGHT } else { 0.0 };
    (items, Rect::new(left, area.y0 - AXIS_TEXT, area.x1, bottom))
}

/// Where a series ends: its last point and value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct End {
    /// The last point drawn.
    pub point: Pos,
    /// Its value.
    pub value: f64,
    /// Its year.
    pub year: Option<i32>,
}

/// Horizontal shifts that set side by side the points of different series
/// in the same year whose markers would touch (equal scores, or scores a
/// few tenths apart), so none hides another; one row per series, one
/// shift per year.
pub fn dodge(plot: &Plot, series: &[&[Option<f64>]]) -> Vec<Vec<f32>> {
    let years = plot.years.len();
    let mut shifts = vec![vec![0.0; years]; series.len()];
    for col in 0..years {
        let mut points: Vec<(f32, usize)> = series
            .iter()
            .enumerate()
            .filter_map(|(i, values)| {
                let v = values.get(col).copied().flatten().filter(|v| v.is_finite())?;
                Some((plot.y(v), i))
            })
            .collect();
        points.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        // Runs of points each within a marker's width of the one before.
        let mut runs: Vec<Vec<usize>> = Vec::new();
        let mut last_y = f32::NEG_INFINITY;
        for (y, i) in points {
            match runs.last_mut() {
                Some(run) if y - last_y < MARKER * 2.0 + 1.0 => run.push(i),
                _ => runs.push(vec![i]),
            }
            last_y = y;
        }
        for run in runs.iter_mut().filter(|run| run.len() > 1) {
            run.sort_unstable();
            let middle = (run.len() - 1) as f32 / 2.0;
            for (k, &i) in run.iter().enumerate() {
                if let Some(shift) = shifts.get_mut(i).and_then(|row| row.get_mut(col)) {
                    *shift = (k as f32 - middle) * (MARKER * 2.0 + 2.0);
                }
            }
        }
    }
    shifts
}

/// A series' lines (broken where a year is not scored) and point markers,
/// filled, or hollow where `hollow` says so (headline figures beside
/// computed scores); returns the items, their extent and where the series
/// ends.
pub fn series(
    plot: &Plot,
    values: &[Option<f64>],
    (shifts, hollow): (&[f32], &[bool]),
    look: (Color, Option<[f32; 2]>),
    palette: &Palette,
) -> (Vec<Item>, Rect, Option<End>) {
    let (color, dash) = look;
    let points: Vec<Option<(Pos, f64)>> = values
        .iter()
        .enumerate()
        .map(|(col, v)| {
            let dx = shifts.get(col).copied().unwrap_or(0.0);
            v.filter(|v| v.is_finite()).map(|v| (Pos::new(plot.x(col) + dx, plot.y(v)), v))
        })
        .collect();
    let mut items = Vec::new();
    let stroke = Stroke { width: 3.0, color, dash };
    for pair in points.windows(2) {
        if let [Some((a, _)), Some((b, _))] = pair {
            items.push(Item::Line { from: *a, to: *b, stroke });
        }
    }
    for (col, (point, _)) in points.iter().enumerate().filter_map(|(col, p)| Some((col, (*p)?))) {
        items.push(marker(point, color, hollow.get(col).copied().unwrap_or(false), palette));
    }
    let end = points.iter().enumerate().rev().find_map(|(col, p)| {
        p.map(|(point, value)| End { point, value, year: plot.years.get(col).copied() })
    });
    let rects: Vec<Rect> =
        points.iter().flatten().map(|(p, _)| Rect::centered(*p, MARKER + 1.0, MARKER + 1.0)).collect();
    let bounds = Rect::union_all(&rects).unwrap_or(plot.area);
    (items, bounds, end)
}

/// A point marker at `center`: a disc of `color`, or a ring of it around
/// the background where `hollow`.
pub fn marker(center: Pos, color: Color, hollow: bool, palette: &Palette) -> Item {
    if hollow {
        Item::Ellipse {
            center,
            rx: MARKER - 1.0,
            ry: MARKER - 1.0,
            fill: Some(palette.background),
            stroke: Some(Stroke::solid(2.5, color)),
        }
    } else {
        Item::Ellipse {
            center,
            rx: MARKER,
            ry: MARKER,
            fill: Some(color),
            stroke: Some(Stroke::solid(1.5, palette.background)),
        }
    }
}

/// Labels right of the plot, one per series end, at the end's height where
/// there is room and spread apart where there is not; a thin leader joins a
/// label to its line's end. Scores are written as `lang` writes them.
pub fn end_labels(
    plot: &Plot,
    ends: &[(End, String, Color)],
    palette: &Palette,
    lang: Language,
) -> (Vec<Item>, Rect) {
    let key = plot.area.x1 + 24.0;
    let x = key + SWATCH + 8.0;
    let spacing = END_TEXT * text::LINE_HEIGHT;
    let mut order: Vec<usize> = (0..ends.len()).collect();
    order.sort_by(|&a, &b| ends[a].0.point.y.total_cmp(&ends[b].0.point.y).then(a.cmp(&b)));
    let mut ys: Vec<f32> = order.iter().map(|&i| ends[i].0.point.y).collect();
    for i in 1..ys.len() {
        ys[i] = ys[i].max(ys[i - 1] + spacing);
    }
    let limit = plot.area.y1 + spacing;
    if let Some(&last) = ys.last()
        && last > limit
    {
        let over = last - limit;
        ys.iter_mut().for_each(|y| *y -= over);
        for i in (0..ys.len().saturating_sub(1)).rev() {
            ys[i] = ys[i].min(ys[i + 1] - spacing);
        }
    }
    let mut items = Vec::new();
    let mut rects = Vec::new();
    for (&i, &y) in order.iter().zip(&ys) {
        let (end, label, color) = &ends[i];
        let last = plot.years.last().copied();
        let score = lang.score(end.value);
        let text = match end.year.filter(|y| Some(*y) != last) {
            Some(year) => tr!(lang, "chart-end-year", label = label, score = score, year = year.to_string()),
            None => tr!(lang, "chart-end", label = label, score = score),
        };
        items.push(Item::Line {
            from: Pos::new(end.point.x + MARKER + 3.0, end.point.y),
            to: Pos::new(key - 4.0, y),
            stroke: Stroke { width: 1.0, color: *color, dash: Some([2.0, 3.0]) },
        });
        // A swatch in the line's colour; the text itself is in the text
        // colour, which reads on any background.
        items.push(Item::Line {
            from: Pos::new(key, y),
            to: Pos::new(key + SWATCH, y),
            stroke: Stroke { width: 3.0, color: *color, dash: None },
        });
        items.push(text_item(x, y, &text, END_TEXT, palette.text, Anchor::Start));
        let w = text::width(&text, END_TEXT, Weight::Regular);
        rects.push(Rect::new(key, y - spacing * 0.5, x + w, y + spacing * 0.5));
    }
    let bounds =
        Rect::union_all(&rects).unwrap_or(Rect::new(plot.area.x1, plot.area.y0, plot.area.x1, plot.area.y1));
    (items, bounds)
}
