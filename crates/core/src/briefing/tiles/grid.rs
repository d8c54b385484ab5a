//! Cutting a map into a grid of parts, each small enough for a page at a
//! readable size. A node belongs to the part its centre falls in and is
//! drawn whole there; a part's page shows a margin round its cell wide
//! enough for the boxes of its nodes, so neighbours show at the edges.

use std::sync::Arc;

use crate::scene::{Element, Pos, Rect, Scene};

/// Space kept round a part beyond its nodes' boxes, in map units.
const PAD: f32 = 12.0;
/// Most parts across or down: past that (a map of many thousands of
/// nodes, or text a speck beside its boxes) the parts grow and their text
/// shrinks, rather than the pack running to thousands of pages.
const MOST: usize = 64;

/// One part of a map cut into a grid.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// Row in the grid, from 1 at the top.
    pub row: usize,
    /// Column in the grid, from 1 at the left.
    pub column: usize,
    /// The cell: the nodes centred in it are this part's.
    pub core: Rect,
    /// What the part's page shows: the cell and room round it for the
    /// boxes of its nodes.
    pub view: Rect,
    /// Ids of the nodes centred in the cell, in drawing order.
    pub nodes: Vec<Arc<str>>,
}

/// `map` cut into parts that each fit `room` (width, height in points) at
/// `need` points per map unit; parts without a node are left out; in
/// reading order, rows first.
pub fn cut(map: &Scene, room: (f32, f32), need: f32) -> Vec<Cell> {
    let nodes: Vec<(&Arc<str>, Pos, &Rect)> = map
        .groups
        .iter()
        .filter_map(|group| match (&group.element, group.anchor) {
            (Element::Node(id), Some(at)) => Some((id, at, &group.bounds)),
            _ => None,
        })
        .collect();
    let Some(span) =
        nodes.iter().map(|(_, at, _)| Rect::new(at.x, at.y, at.x, at.y)).reduce(|a, b| a.union(&b))
    else {
        return Vec::new();
    };
    let pad = nodes.iter().fold((PAD, PAD), |(x, y), (_, at, b)| {
        (x.max(at.x - b.x0 + PAD).max(b.x1 - at.x + PAD), y.max(at.y - b.y0 + PAD).max(b.y1 - at.y + PAD))
    });
    let need = need.max(1e-6);
    let reach = (room.0 / need - 2.0 * pad.0, room.1 / need - 2.0 * pad.1);
    let count = |length: f32, reach: f32| -> usize {
        if reach <= 0.0 { MOST } else { ((length / reach).ceil() as usize).clamp(1, MOST) }
    };
    let (columns, rows) = (count(span.width(), reach.0), count(span.height(), reach.1));
    let (w, h) = (span.width() / columns as f32, span.height() / rows as f32);
    let index = |v: f32, origin: f32, step: f32, n: usize| -> usize {
        if step <= 0.0 { 0 } else { (((v - origin) / step).floor().max(0.0) as usize).min(n - 1) }
    };
    let mut cells = Vec::new();
    for row in 0..rows {
        for column in 0..columns {
            let nodes: Vec<Arc<str>> = nodes
                .iter()
                .filter(|(_, at, _)| {
                    index(at.x, span.x0, w, columns) == column && index(at.y, span.y0, h, rows) == row
                })
                .map(|(id, _, _)| Arc::clone(id))
                .collect();
            if nodes.is_empty() {
                continue;
            }
            let (x0, y0) = (span.x0 + w * column as f32, span.y0 + h * row as f32);
            let core = Rect::new(x0, y0, x0 + w, y0 + h);
            let view = Rect::new(core.x0 - pad.0, core.y0 - pad.1, core.x1 + pad.0, core.y1 + pad.1);
            cells.push(Cell { row: row + 1, column: column + 1, core, view, nodes });
        }
    }
    cells
}
