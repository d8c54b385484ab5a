//! The export pipeline shared by the command line and the editor:
//! document -> layout -> scene -> SVG or PNG bytes -> file.
//!
//! Both front ends call exactly these functions, so an export from the
//! editor and one from the command line are the same picture.

use std::io::Write;
use std::ops::ControlFlow;
use std::path::Path;

use crate::io::write_atomic;
use crate::layout::{self, Params};
use crate::model::Document;
use crate::render::{RenderError, RenderOptions, to_png, to_svg};
use crate::scene::{self, Measured, Scene, View};

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

/// Node centres in id order: a settled layout from the saved positions and
/// `seed` (multilevel for large maps), or the saved positions as they are
/// when every node is pinned. `progress` is told the share of the work done
/// (0 to 1) now and then.
pub fn settle(
    document: &Document,
    measured: &[Measured],
    seed: u64,
    progress: &mut dyn FnMut(f32),
) -> Vec<[f32; 2]> {
    let input = scene::layout_input(document, measured);
    let expected = layout::expected_ticks(input.nodes.len()).max(1) as f32;
    let mut ticks = 0usize;
    let positions = layout::settle(&input, Params::for_map(input.nodes.len()), seed, &mut |_| {
        ticks += 1;
        if ticks.is_multiple_of(16) {
            progress((ticks as f32 / expected).min(0.99));
        }
        ControlFlow::Continue(())
    });
    progress(1.0);
    // The observer never stops the work, so there is always a result.
    positions.unwrap_or_default()
}

/// Lays out `document` (see [`settle`]) and builds its scene for `view`.
pub fn scene_for(document: &Document, view: &View, seed: u64) -> Scene {
    let measured = scene::measure_all(document);
    let positions = settle(document, &measured, seed, &mut |_| {});
    scene::build_measured(document, &measured, &positions, view)
}

/// The bytes of a picture of `scene` in `format`.
pub fn render(scene: &Scene, options: &RenderOptions, format: Format) -> Result<Vec<u8>, RenderError> {
    match format {
        Format::Svg => Ok(to_svg(scene, options).into_bytes()),
        Format::Png => to_png(scene, options),
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
