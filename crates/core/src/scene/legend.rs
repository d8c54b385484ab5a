//! The legend: node shapes, link styles and the colour key in use.

use std::sync::Arc;

use super::geom::{Color, Pos, Rect};
use super::nodes::{Measured, Paint, Shape, node_items};
use super::shapes::{Anchor, Item, Stroke};
use super::style::{NOT_SCORED, Palette, SCORE_SCALE};
use super::text::{self, Weight};

/// Font size of legend entries.
const SIZE: f32 = 13.0;
/// Font size of legend section headings.
const HEADING: f32 = 14.0;
/// Inner padding of the legend panel.
const PAD: f32 = 16.0;
/// Width of the sample column (shape, line or swatch).
const SAMPLE_W: f32 = 44.0;
/// Height of one entry row.
const ROW_H: f32 = 24.0;

/// One sample in the legend.
#[derive(Clone, Debug, PartialEq)]
pub enum Sample {
    /// A node shape with fill and outline.
    Shape(Shape, Color, Color),
    /// A line with its stroke, and whether it has an arrowhead.
    Line(Stroke, bool),
    /// A filled square.
    Swatch(Color),
}

/// A legend entry: a sample and its words.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// What is drawn.
    pub sample: Sample,
    /// What it means.
    pub label: String,
}

/// A section of the legend.
#[derive(Clone, Debug, PartialEq)]
pub enum Section {
    /// A heading and its entries.
    List(String, Vec<Entry>),
    /// The score scale for a year: a heading, the eleven classes and the
    /// words for the "not scored" swatch.
    ScoreScale(String, String),
}

/// Lays the legend out with its top-left corner at `origin`.
pub fn legend_items(sections: &[Section], origin: Pos, palette: &Palette) -> (Vec<Item>, Rect) {
    let mut items = Vec::new();
    let mut y = origin.y + PAD;
    let x = origin.x + PAD;
    let mut width: f32 = 0.0;
    for (index, section) in sections.iter().enumerate() {
        if index > 0 {
            y += 10.0;
        }
        let (heading, entries) = match section {
            Section::List(heading, entries) => (heading, Ok(entries)),
            Section::ScoreScale(heading, not_scored) => (heading, Err(not_scored)),
        };
        items.push(text_item(
            x,
            y + text::baseline_offset(HEADING),
            heading,
            HEADING,
            Weight::Semibold,
            palette.text,
        ));
        width = width.max(text::width(heading, HEADING, Weight::Semibold));
        y += HEADING * text::LINE_HEIGHT + 4.0;
        match entries {
            Ok(entries) => {
                for entry in entries {
                    items.extend(sample_items(&entry.sample, Pos::new(x + SAMPLE_W * 0.5, y + ROW_H * 0.5)));
                    let tx = x + SAMPLE_W + 10.0;
                    items.push(text_item(
                        tx,
                        y + (ROW_H + SIZE * text::CAP_HEIGHT) * 0.5,
                        &entry.label,
                        SIZE,
                        Weight::Regular,
                        palette.text,
                    ));
                    width = width.max(SAMPLE_W + 10.0 + text::width(&entry.label, SIZE, Weight::Regular));
                    y += ROW_H;
                }
            }
            Err(not_scored) => {
                let (scale_items, w, h) = score_scale(x, y, not_scored, palette);
                items.extend(scale_items);
                width = width.max(w);
                y += h;
            }
        }
    }
    let rect = Rect::new(origin.x, origin.y, origin.x + width + PAD * 2.0, y + PAD);
    let panel = Item::Rect {
        rect,
        radius: 6.0,
        fill: Some(palette.panel),
        stroke: Some(Stroke::solid(1.0, palette.panel_stroke)),
    };
    items.insert(0, panel);
    (items, rect)
}

fn text_item(x: f32, baseline: f32, text: &str, size: f32, weight: Weight, color: Color) -> Item {
    Item::Text {
        pos: Pos::new(x, baseline),
        text: Arc::from(text),
        size,
        weight,
        color,
        anchor: Anchor::Start,
    }
}

fn sample_items(sample: &Sample, center: Pos) -> Vec<Item> {
    match sample {
        Sample::Shape(shape, fill, stroke) => {
            let measured = Measured {
                shape: *shape,
                half: [SAMPLE_W * 0.5 - 2.0, 8.5],
                lines: Vec::new(),
                size: SIZE,
                weight: Weight::Regular,
                badge: false,
                stroke: 1.5,
            };
            let paint = Paint { fill: *fill, stroke: *stroke, text: *stroke, badge: Arc::from("") };
            let mut items = Vec::new();
            node_items(&measured, center, &paint, &mut items);
            items
        }
        Sample::Line(stroke, arrow) => {
            let (x0, x1) = (center.x - SAMPLE_W * 0.5, center.x + SAMPLE_W * 0.5);
            let mut items = Vec::new();
            let head = 7.0 + stroke.width * 1.5;
            let end = if *arrow { x1 - head * 0.8 } else { x1 };
            items.push(Item::Line {
                from: Pos::new(x0, center.y),
                to: Pos::new(end, center.y),
                stroke: *stroke,
            });
            if *arrow {
                let half = 3.5 + stroke.width * 0.8;
                let points = [
                    Pos::new(x1, center.y),
                    Pos::new(x1 - head, center.y - half),
                    Pos::new(x1 - head, center.y + half),
                ];
                items.push(Item::Arrow { points, color: stroke.color });
            }
            items
        }
        Sample::Swatch(color) => vec![Item::Rect {
            rect: Rect::centered(center, 11.0, 8.0),
            radius: 2.0,
            fill: Some(*color),
            stroke: Some(Stroke::solid(1.0, color.mix(Color::hex(0x000000), 0.35))),
        }],
    }
}

/// The eleven score classes in a row with 0, 5 and 10 marked, and a
/// "not scored" swatch called `label`. Returns items, width and height.
fn score_scale(x: f32, y: f32, label: &str, palette: &Palette) -> (Vec<Item>, f32, f32) {
    let (cell_w, cell_h) = (20.0, 16.0);
    let mut items = Vec::new();
    for (i, &rgb) in SCORE_SCALE.iter().enumerate() {
        let x0 = x + i as f32 * cell_w;
        items.push(Item::Rect {
            rect: Rect::new(x0, y, x0 + cell_w, y + cell_h),
            radius: 0.0,
            fill: Some(Color::hex(rgb)),
            stroke: None,
        });
        if i % 5 == 0 {
            let label = i.to_string();
            items.push(Item::Text {
                pos: Pos::new(x0 + cell_w * 0.5, y + cell_h + 14.0),
                text: Arc::from(label),
                size: 12.0,
                weight: Weight::Regular,
                color: palette.text,
                anchor: Anchor::Middle,
            });
        }
    }
    let scale_w = cell_w * SCORE_SCALE.len() as f32;
    let nx = x + scale_w + 16.0;
    items.push(Item::Rect {
        rect: Rect::new(nx, y, nx + cell_w, y + cell_h),
        radius: 0.0,
        fill: Some(NOT_SCORED),
        stroke: None,
    });
    items.push(text_item(
        nx + cell_w + 6.0,
        y + cell_h * 0.5 + 12.0 * text::CAP_HEIGHT * 0.5,
        label,
        12.0,
        Weight::Regular,
        palette.text,
    ));
    let width = scale_w + 16.0 + cell_w + 6.0 + text::width(label, 12.0, Weight::Regular);
    (items, width, cell_h + 22.0)
}
