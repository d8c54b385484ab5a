//! `sectormap export`: lay a map out and write it as PNG or SVG.

use std::io::IsTerminal;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};

use super::UsageError;
use super::args::ExportArgs;
use crate::io::load_path;
use crate::pipeline::{self, Format};
use crate::render::{RenderOptions, Size};
use crate::scene::{self, ColorBy, View};

/// Runs `sectormap export`.
pub fn run(args: &ExportArgs) -> Result<()> {
    let format = Format::from_path(&args.output).ok_or_else(|| {
        UsageError(format!(
            "cannot tell the picture format from \"{}\": end OUT with .png or .svg",
            args.output.display()
        ))
    })?;
    let color_by = match (args.color_by.map(ColorBy::from), args.year) {
        (Some(ColorBy::Kind | ColorBy::Sector), Some(_)) => {
            return Err(UsageError("--year applies only with --color-by score".to_owned()).into());
        }
        (Some(by), _) => by,
        (None, Some(_)) => ColorBy::Score,
        (None, None) => ColorBy::Kind,
    };
    let document = load_path(&args.map)?;
    if let Some(year) = args.year
        && !document.score_years().contains(&year)
    {
        eprintln!("note: no department on this map has a score for {year}; all show as not scored");
    }
    let view = View {
        color_by,
        year: args.year,
        theme: crate::render::Background::from(args.background).theme(),
        ..View::default()
    };
    let options = RenderOptions {
        size: match (args.width, args.scale) {
            (Some(width), _) => Size::Width(width),
            (None, Some(scale)) => Size::Scale(scale),
            (None, None) => Size::Scale(2.0),
        },
        background: args.background.into(),
        margin: args.margin,
        crop: None,
    };
    write(&document, &view, &options, format, args.seed, &args.output)
}

/// Renders and writes one picture, printing what was written.
fn write(
    document: &crate::model::Document,
    view: &View,
    options: &RenderOptions,
    format: Format,
    seed: u64,
    out: &Path,
) -> Result<()> {
    let started = Instant::now();
    let measured = scene::measure_all(document);
    let positions = pipeline::settle(document, &measured, seed, &mut progress_bar(document.node_count()));
    let scene = scene::build_measured(document, &measured, &positions, view);
    let bytes = pipeline::render(&scene, options, format)?;
    pipeline::write_picture(out, &bytes).with_context(|| format!("{}: not written", out.display()))?;
    let (w, h) = options.pixel_size(&options.view_box(&scene.bounds));
    eprintln!(
        "wrote {} ({w} x {h} px, {} nodes, {} links) in {} ms",
        out.display(),
        document.node_count(),
        document.link_count(),
        started.elapsed().as_millis()
    );
    Ok(())
}

/// A progress line on the terminal while a large map is laid out; silent
/// for small maps and when stderr is not a terminal (scripts, logs).
fn progress_bar(nodes: usize) -> impl FnMut(f32) {
    let show = nodes >= crate::layout::MULTILEVEL_FROM && std::io::stderr().is_terminal();
    let mut shown = -1i32;
    move |done: f32| {
        let percent = (done * 100.0).round() as i32;
        if show && percent / 5 != shown / 5 {
            shown = percent;
            let end = if percent >= 100 { "\n" } else { "" };
            eprint!("\rLaying out {nodes} nodes: {percent:>3}%{end}");
        }
    }
}
