//! `sectormap export`: place what has no position, then write the map as
//! PNG or SVG through the one export path ([`sectormap_core::export`]).
//! Nodes with a position are drawn exactly there.

use std::io::IsTerminal;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};

use super::UsageError;
use super::args::ExportArgs;
use super::print::picture_size;
use sectormap_core::export::{self, Content, Export, ExportError, MapView, PictureSize};
use sectormap_core::format::Format;
use sectormap_core::model::Document;
use sectormap_core::pipeline::{self, Scope};
use sectormap_core::scene::ColorBy;

/// Runs `sectormap export`.
pub fn run(args: &ExportArgs) -> Result<()> {
    let size = picture_size(args)?;
    if let Some(dir) = &args.all_views {
        return all_views(args, dir, &size);
    }
    if args.format.is_some() {
        // clap lets --format through with -o (its requirement conflicts with -o).
        return Err(UsageError(
            "--format applies only with --all-views; with -o the format comes from OUT's extension"
                .to_owned(),
        )
        .into());
    }
    let output =
        args.output.as_deref().ok_or_else(|| UsageError("give -o OUT or --all-views DIR".to_owned()))?;
    let format = picture_format(output)?;
    let view = match (&args.view, args.color_by.map(ColorBy::from), args.year) {
        (Some(name), _, _) => MapView::Saved(name.clone()),
        (None, Some(ColorBy::Kind | ColorBy::Sector), Some(_)) => {
            return Err(UsageError("--year applies only with --color-by score".to_owned()).into());
        }
        (None, Some(by), year) => MapView::Whole { color_by: by, year },
        (None, None, Some(year)) => MapView::Whole { color_by: ColorBy::Score, year: Some(year) },
        (None, None, None) => MapView::default(),
    };
    let document = super::load_map(&args.map)?;
    if let Some(year) = args.year
        && !document.score_years().contains(&year)
    {
        eprintln!("note: no department on this map has a score for {year}; all show as not scored");
    }
    let (document, _) = placed(document, args.relayout, args.seed);
    let request = Export { content: Content::Map { view, size }, format, language: args.lang.clone() };
    write(&document, &request, output, &args.map)
}

/// The picture format `path` names, or a usage error saying what to do.
fn picture_format(path: &Path) -> Result<Format, UsageError> {
    Format::from_path(path).filter(|f| f.is_picture()).ok_or_else(|| {
        UsageError(format!(
            "cannot tell the picture format from \"{}\": end OUT with {}",
            path.display(),
            Format::list(&Format::PICTURES)
        ))
    })
}

/// An export's error as the command line says it: a format the content is
/// not written in is a usage error; the rest name the map.
pub(super) fn failed(err: ExportError, map: &Path) -> anyhow::Error {
    match err {
        ExportError::Unsupported { .. } => UsageError(err.to_string()).into(),
        other => anyhow::anyhow!("{}: {other}", map.display()),
    }
}

/// Makes `request` for `document`, writes it to `out` and says what was written.
pub(super) fn write(document: &Document, request: &Export, out: &Path, map: &Path) -> Result<()> {
    let started = Instant::now();
    let exported = export::export(document, request).map_err(|err| failed(err, map))?;
    let written = export::write(out, &exported)?;
    let mut said = Vec::new();
    if let Some((w, h)) = exported.pixels {
        let dpi = match &request.content {
            Content::Map { size, .. } | Content::ReportCard { size } => size.dpi,
            _ => None,
        };
        let print = dpi.filter(|_| request.format == Format::Png).map_or(String::new(), |dpi| {
            let mm = |px: u32| px as f32 / dpi * sectormap_core::render::MM_PER_INCH;
            format!(", {:.0} x {:.0} mm at {dpi} dpi", mm(w), mm(h))
        });
        said.push(format!("{w} x {h} px{print}"));
    }
    if let Some(pages) = exported.pages {
        said.push(format!("{pages} pages"));
    }
    if matches!(request.content, Content::Map { .. } | Content::WebPage { .. } | Content::Data) {
        said.push(format!("{} nodes", exported.nodes));
    }
    if !matches!(request.content, Content::Map { .. }) {
        said.push(format!("{} KB", exported.bytes.len().div_ceil(1024)));
    }
    for other in written.iter().skip(1) {
        eprintln!("wrote {}", other.display());
    }
    eprintln!("wrote {} ({}) in {} ms", out.display(), said.join(", "), started.elapsed().as_millis());
    Ok(())
}

/// `--all-views DIR`: one picture per saved view, numbered in
/// presentation order, from one layout.
fn all_views(args: &ExportArgs, dir: &Path, size: &PictureSize) -> Result<()> {
    let (document, _) = placed(super::load_map(&args.map)?, args.relayout, args.seed);
    if document.views.is_empty() {
        anyhow::bail!("{}: the map has no saved views to export", args.map.display());
    }
    if dir.is_file() {
        anyhow::bail!("{}: is a file; --all-views needs a folder", dir.display());
    }
    std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create the folder", dir.display()))?;
    let format = args.format.unwrap_or(Format::Png);
    let width = document.views.len().to_string().len().max(2);
    for (i, saved) in document.views.iter().enumerate() {
        let file = format!("{:0width$}-{}.{}", i + 1, slug(&saved.name), format.extension());
        let content = Content::Map { view: MapView::Nth(i), size: *size };
        let request = Export { content, format, language: args.lang.clone() };
        write(&document, &request, &dir.join(file), &args.map)?;
    }
    Ok(())
}

/// `"Home Office: 2006"` -> `"home-office-2006"`; `"view"` when nothing is left.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    if out.is_empty() { "view".to_owned() } else { out }
}

/// `document` with every node placed: nodes without a position are laid
/// out (all unpinned nodes with `relayout`); the rest stay exactly where
/// the file has them. A progress line shows for large maps.
/// Returns it with the number of nodes laid out.
pub(super) fn placed(mut document: Document, relayout: bool, seed: u64) -> (Document, usize) {
    let scope = if relayout { Scope::All } else { Scope::Missing };
    let mut progress = progress_bar(document.node_count());
    let count = pipeline::place(&mut document, &scope, seed, &mut progress);
    (document, count)
}

/// A progress line on the terminal while a large map is laid out; silent
/// for small maps and when stderr is not a terminal (scripts, logs).
pub(super) fn progress_bar(nodes: usize) -> impl FnMut(f32) {
    let show = nodes >= 1000 && std::io::stderr().is_terminal();
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
