//! `sectormap export`: place what has no position, then write the map as
//! PNG or SVG. Nodes with a position are drawn exactly there.

use std::io::IsTerminal;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};

use super::UsageError;
use super::args::ExportArgs;
use super::print::Picture;
use sectormap_core::io::load_path;
use sectormap_core::model::{Document, SavedView};
use sectormap_core::pipeline::{self, Format, Scope};
use sectormap_core::scene::{self, ColorBy, Layout, View};

/// Runs `sectormap export`.
pub fn run(args: &ExportArgs) -> Result<()> {
    let options = Picture::of(args)?;
    let theme = sectormap_core::render::Background::from(args.background).theme();
    if let Some(dir) = &args.all_views {
        return all_views(args, dir, &options);
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
    let format = Format::from_path(output).ok_or_else(|| {
        UsageError(format!(
            "cannot tell the picture format from \"{}\": end OUT with .png or .svg",
            output.display()
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
    let document = in_language(load_path(&args.map)?, args.lang.as_deref(), &args.map)?;
    if let Some(year) = args.year
        && !document.score_years().contains(&year)
    {
        eprintln!("note: no department on this map has a score for {year}; all show as not scored");
    }
    let view = match &args.view {
        Some(name) => View {
            language: super::words_for(args.lang.as_deref()),
            ..View::from_saved(&document, saved_view(&document, name, &args.map)?, theme)
        },
        None => View {
            color_by,
            year: args.year,
            theme,
            language: super::words_for(args.lang.as_deref()),
            ..View::default()
        },
    };
    let (document, _) = placed(document, args.relayout, args.seed);
    let measured = scene::measure_all(&document);
    write(&document, &measured, &Layout::of(&document), &view, &options, format, output)
}

/// `document` in language `lang` (`--lang`): its translations where there
/// are some, its own texts elsewhere. A language it has no texts in is an
/// error naming the ones it has.
pub(super) fn in_language(document: Document, lang: Option<&str>, map: &Path) -> Result<Document> {
    let Some(lang) = lang.map(str::trim) else { return Ok(document) };
    let languages = document.languages();
    if !languages.iter().any(|l| l.eq_ignore_ascii_case(lang)) {
        anyhow::bail!(
            "{}: the map has no texts in \"{lang}\"; its languages are {}",
            map.display(),
            languages.join(", ")
        );
    }
    let exact = languages.iter().find(|l| l.eq_ignore_ascii_case(lang)).map_or(lang, String::as_str);
    Ok(document.localized(exact))
}

/// The saved view called `name` (case-insensitive), or an error listing the views there are.
fn saved_view<'a>(document: &'a Document, name: &str, map: &Path) -> Result<&'a SavedView> {
    let wanted = name.trim().to_lowercase();
    document.views.iter().find(|view| view.name.trim().to_lowercase() == wanted).ok_or_else(|| {
        let names: Vec<String> = document.views.iter().map(|v| format!("\"{}\"", v.name)).collect();
        let known = if names.is_empty() {
            "it has no saved views".to_owned()
        } else {
            format!("its views are {}", names.join(", "))
        };
        anyhow::anyhow!("{}: no saved view called \"{name}\"; {known}", map.display())
    })
}

/// `--all-views DIR`: one picture per saved view, numbered in
/// presentation order, from one layout.
fn all_views(args: &ExportArgs, dir: &Path, options: &Picture) -> Result<()> {
    let document = in_language(load_path(&args.map)?, args.lang.as_deref(), &args.map)?;
    let (document, _) = placed(document, args.relayout, args.seed);
    if document.views.is_empty() {
        anyhow::bail!("{}: the map has no saved views to export", args.map.display());
    }
    if dir.is_file() {
        anyhow::bail!("{}: is a file; --all-views needs a folder", dir.display());
    }
    std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create the folder", dir.display()))?;
    let format = args.format.map_or(Format::Png, Format::from);
    let theme = sectormap_core::render::Background::from(args.background).theme();
    let measured = scene::measure_all(&document);
    let layout = Layout::of(&document);
    let width = document.views.len().to_string().len().max(2);
    for (i, saved) in document.views.iter().enumerate() {
        let file = format!("{:0width$}-{}.{}", i + 1, slug(&saved.name), format.extension());
        let view = View {
            language: super::words_for(args.lang.as_deref()),
            ..View::from_saved(&document, saved, theme)
        };
        write(&document, &measured, &layout, &view, options, format, &dir.join(file))?;
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

/// Renders and writes one picture, printing what was written.
fn write(
    document: &Document,
    measured: &[scene::Measured],
    layout: &Layout,
    view: &View,
    picture: &Picture,
    format: Format,
    out: &Path,
) -> Result<()> {
    let started = Instant::now();
    let scene = scene::build_measured(document, measured, layout, view);
    let options = picture.for_scene(&scene.bounds);
    let dpi = picture.dpi.filter(|_| format == Format::Png);
    let bytes = pipeline::render_at(&scene, &options, format, dpi)?;
    pipeline::write_picture(out, &bytes).with_context(|| format!("{}: not written", out.display()))?;
    let (w, h) = options.declared_size(&options.view_box(&scene.bounds));
    let shown = document.node_count() - view.hidden.len();
    let print = dpi.map_or(String::new(), |dpi| {
        let mm = |px: u32| px as f32 / dpi * sectormap_core::render::MM_PER_INCH;
        format!(", {:.0} x {:.0} mm at {dpi} dpi", mm(w), mm(h))
    });
    eprintln!(
        "wrote {} ({w} x {h} px{print}, {shown} nodes) in {} ms",
        out.display(),
        started.elapsed().as_millis()
    );
    Ok(())
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
