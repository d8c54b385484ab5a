//! `sectormap html`: place what has no position, then write the map as one
//! self-contained, offline web page through the one export path.

use anyhow::Result;

use super::UsageError;
use super::args::HtmlArgs;
use super::export::{placed, write};
use sectormap_core::export::{Content, Export};
use sectormap_core::format::Format;

/// Runs `sectormap html`.
pub fn run(args: &HtmlArgs) -> Result<()> {
    let out = &args.output;
    if Format::from_path(out) != Some(Format::Html) {
        return Err(UsageError(format!("\"{}\": end OUT with .html", out.display())).into());
    }
    let (document, _) = placed(super::load_map(&args.map)?, false, args.seed);
    let request = Export {
        content: Content::WebPage { embed: args.embed },
        format: Format::Html,
        language: args.lang.clone(),
    };
    write(&document, &request, out, &args.map)
}
