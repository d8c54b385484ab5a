//! `sectormap html`: place what has no position, then write the map as one
//! self-contained, offline web page.

use std::time::Instant;

use anyhow::{Context, Result};

use super::UsageError;
use super::args::HtmlArgs;
use super::export::{in_language, placed};
use sectormap_core::i18n::Language;
use sectormap_core::io::load_path;
use sectormap_core::model::map_language;
use sectormap_core::pipeline;
use sectormap_core::web::{self, PageOptions};

/// Runs `sectormap html`.
pub fn run(args: &HtmlArgs) -> Result<()> {
    let out = &args.output;
    let ext = out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if !matches!(ext.as_deref(), Some("html" | "htm")) {
        return Err(UsageError(format!("\"{}\": end OUT with .html", out.display())).into());
    }
    let started = Instant::now();
    let document = in_language(load_path(&args.map)?, args.lang.as_deref(), &args.map)?;
    let (document, _) = placed(document, false, args.seed);
    let words = match args.lang.as_deref() {
        Some(lang) => super::words_for(Some(lang)),
        None => Language::from_tag(map_language(&document)),
    };
    let html = web::page(&document, &PageOptions { embed: args.embed, words })?;
    pipeline::write_picture(out, html.as_bytes())
        .with_context(|| format!("{}: not written", out.display()))?;
    eprintln!(
        "wrote {} ({} KB, {} nodes) in {} ms",
        out.display(),
        html.len().div_ceil(1024),
        document.node_count(),
        started.elapsed().as_millis()
    );
    Ok(())
}
