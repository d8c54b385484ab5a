//! `sectormap brief`: what is asked of one department (`--department`),
//! or of every one (`--all DIR`), as PDF, Word (.docx) or HTML, through
//! the one export path ([`Content::Brief`]) the editor uses too.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Result;
use clap::Args;

use super::UsageError;
use sectormap_core::briefing;
use sectormap_core::export::{self, BRIEF_FORMATS, Content, Export};
use sectormap_core::format::Format;

/// Arguments of `sectormap brief`.
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("which").required(true).args(["department", "all"]))]
pub struct BriefArgs {
    /// The map file (.json).
    #[arg(value_name = "MAP")]
    pub map: PathBuf,
    /// The department: its id or its name (case ignored).
    #[arg(long, value_name = "ID-OR-NAME", requires = "output")]
    pub department: Option<String>,
    /// Where to write the brief (.pdf, .docx or .html).
    #[arg(short, long, value_name = "OUT", conflicts_with = "all")]
    pub output: Option<PathBuf>,
    /// Write every department's brief into DIR, one file each named by its id.
    #[arg(long, value_name = "DIR")]
    pub all: Option<PathBuf>,
    /// The format of the files --all writes.
    #[arg(long, value_name = "FORMAT", default_value = "pdf", value_parser = brief_format)]
    pub format: Format,
    /// The date written on the brief (YYYY-MM-DD; default: today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::briefing::parse_date)]
    pub date: Option<String>,
    /// Write the map's words in this of its languages (a tag such as es).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Seed of the layout of nodes without a position.
    #[arg(long, value_name = "N", default_value_t = sectormap_core::pipeline::DEFAULT_SEED)]
    pub seed: u64,
}

/// A brief's format by name (`pdf`, `docx`, `html`).
fn brief_format(text: &str) -> Result<Format, String> {
    match text.parse::<Format>() {
        Ok(format) if BRIEF_FORMATS.contains(&format) => Ok(format),
        _ => Err(format!("\"{text}\": a brief is written as pdf, docx or html")),
    }
}

/// Runs `sectormap brief`.
pub fn run(args: &BriefArgs) -> Result<()> {
    let started = Instant::now();
    let date = args.date.clone().unwrap_or_else(briefing::today);
    let (document, _) = super::export::placed(super::load_map(&args.map)?, false, args.seed);
    if let (Some(department), Some(out)) = (&args.department, &args.output) {
        // A format a brief is not written in is refused by the export itself.
        let format = Format::from_path(out).ok_or_else(|| {
            UsageError(format!("\"{}\": end OUT with {}", out.display(), Format::list(&BRIEF_FORMATS)))
        })?;
        let content = Content::Brief { department: department.clone(), date };
        let request = Export { content, format, language: args.lang.clone() };
        return super::export::write(&document, &request, out, &args.map);
    }
    let Some(dir) = &args.all else {
        return Err(UsageError("give --department NAME -o OUT, or --all DIR".to_owned()).into());
    };
    let briefs = export::briefs(&document, args.format, &date, args.lang.as_deref())
        .map_err(|err| super::export::failed(err, &args.map))?;
    let written = export::write_briefs(dir, &briefs)?;
    for (brief, path) in briefs.iter().zip(&written) {
        let empty = if brief.empty { ", nothing linked yet: the brief says so" } else { "" };
        eprintln!(
            "wrote {} ({}{empty}, {} KB)",
            path.display(),
            brief.label,
            brief.exported.bytes.len().div_ceil(1024)
        );
    }
    eprintln!("wrote {} briefs into {} in {} ms", briefs.len(), dir.display(), started.elapsed().as_millis());
    Ok(())
}
