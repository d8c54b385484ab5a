//! The pipeline shared by the command line and the editor:
//! document -> layout -> scene -> SVG or PNG bytes -> file.
//!
//! Layouts are made only by [`arrange`], for every front end. Besides it,
//! only the user moves nodes (dragging them), and the editor finds room
//! for a new node or for a grown box (`layout::free_spot`, `make_room`).
//!
//! Both front ends call exactly these functions, so an export from the
//! editor and one from the command line are the same picture.

use std::io::Write;
use std::ops::ControlFlow;
use std::path::Path;

use std::collections::BTreeSet;

use crate::io::write_atomic;
use crate::layout::{self, Params};
use crate::model::{Document, Point};
use crate::render::{RenderError, RenderOptions, to_svg_checked};
use crate::scene::{self, Layout, Measured, Scene, View};

/// The seed used when none is given.
pub const DEFAULT_SEED: u64 = 1;

/// Picture file formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Portable Network Graphics.
    Png,
    /// Scalable Vector Graphics.
    Svg,
}

impl Format {
    /// The format named by a path's extension (`.png` or `.svg`, any case).
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "png" => Some(Format::Png),
            "svg" => Some(Format::Svg),
            _ => None,
        }
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Png => "png",
            Format::Svg => "svg",
        }
    }
}

/// Which nodes a layout may move, by node id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Only nodes without a position (new or imported ones).
    Missing,
    /// Every unpinned node, afresh (Re-layout, `export --relayout`).
    All,
    /// These nodes, from where they are (Tidy selection); pinned ones stay.
    Only(BTreeSet<String>),
}

/// The one layout function, shared by the editor and every command: new
/// positions for the nodes `scope` frees, in id order, rounded as map files
/// store them. Every other node keeps its position. The same document,
/// scope and seed give the same result on every machine. `progress` hears
/// the share of the work done (0 to 1) now and then.
pub fn arrange(
    document: &Document,
    measured: &[Measured],
    scope: &Scope,
    seed: u64,
    progress: &mut dyn FnMut(f32),
) -> Vec<(String, Point)> {
    // The observer never stops the work, so there is always a result.
    arrange_until(document, measured, scope, seed, &mut |done| {
        progress(done);
        ControlFlow::Continue(())
    })
    .unwrap_or_default()
}

/// Like [`arrange`], but `observe` can stop the work (then `None`).
pub fn arrange_until(
    document: &Document,
    measured: &[Measured],
    scope: &Scope,
    seed: u64,
    observe: &mut dyn FnMut(f32) -> ControlFlow<()>,
) -> Option<Vec<(String, Point)>> {
    let input = scene::layout_input(document, measured);
    let ids: Vec<&str> = document.nodes().map(|node| node.id.as_str()).collect();
    let scope = match scope {
        Scope::Missing => layout::Scope::Missing,
        Scope::All => layout::Scope::All,
        Scope::Only(chosen) => layout::Scope::Only(
            ids.iter().enumerate().filter(|(_, id)| chosen.contains(**id)).map(|(i, _)| i as u32).collect(),
        ),
    };
    let free = layout::free_nodes(&input, &scope);
    if !free.contains(&true) {
        return Some(Vec::new());
    }
    let params = Params::for_map(input.nodes.len());
    let positions = layout::arrange(&input, &scope, params, seed, &mut |tick| observe(tick.done.min(0.99)))?;
    if observe(1.0).is_break() {
        return None;
    }
    Some(
        ids.iter()
            .zip(positions)
            .zip(free)
            .filter(|(_, is_free)| *is_free)
            .map(|((id, p), _)| ((*id).to_owned(), Point::from_layout(p)))
            .collect(),
    )
}

/// Lays out what `scope` frees and stores the new positions in `document`
/// (pins unchanged); returns how many nodes were placed.
pub fn place(document: &mut Document, scope: &Scope, seed: u64, progress: &mut dyn FnMut(f32)) -> usize {
    let measured = scene::measure_all(document);
    let moves = arrange(document, &measured, scope, seed, progress);
    let count = moves.len();
    store(document, moves);
    count
}

/// Writes `moves` into `document`, keeping each node's pin; ids that are
/// not in the document are skipped.
pub fn store(document: &mut Document, moves: Vec<(String, Point)>) {
    for (id, p) in moves {
        let pinned = document.node(&id).is_some_and(|node| node.pinned);
        // Only ids of nodes still in the document are stored.
        let _ = document.set_position(&id, Some(p), pinned);
    }
}

/// The scene of `document` for `view`, with nodes that have no position
/// placed first (from `seed`); nodes that have one stay exactly there.
pub fn scene_for(document: &Document, view: &View, seed: u64) -> Scene {
    let mut placed = document.clone();
    place(&mut placed, &Scope::Missing, seed, &mut |_| {});
    scene::build(&placed, &Layout::of(&placed), view)
}

/// The bytes of a picture of `scene` in `format`.
pub fn render(scene: &Scene, options: &RenderOptions, format: Format) -> Result<Vec<u8>, RenderError> {
    render_at(scene, options, format, None)
}

/// Like [`render`], a PNG marked for printing at `dpi` dots per inch.
pub fn render_at(
    scene: &Scene,
    options: &RenderOptions,
    format: Format,
    dpi: Option<f32>,
) -> Result<Vec<u8>, RenderError> {
    match format {
        Format::Svg => to_svg_checked(scene, options).map(String::into_bytes),
        Format::Png => crate::render::to_png_at(scene, options, dpi),
    }
}

/// Writes picture bytes to `path` atomically (a failed write leaves any old file whole).
pub fn write_picture(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic(path, false, |file| file.write_all(bytes)).map_err(|err| {
        std::io::Error::new(
            err.source.kind(),
            format!("cannot {}: {}", err.action, crate::io::describe_io(&err.source)),
        )
    })
}
