//! `sectormap briefing`: the map as a PDF briefing pack (cover, the whole
//! map, saved views, report card, assessment, gaps), ready to print or send.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::UsageError;
use sectormap_core::briefing::{self, Options, Orientation, Paper, Part};
use sectormap_core::export::{Content, Export};
use sectormap_core::format::Format;

/// Arguments of `sectormap briefing`.
#[derive(Debug, Args)]
pub struct BriefingArgs {
    /// The map file (.json).
    #[arg(value_name = "MAP")]
    pub map: PathBuf,
    /// Where to write the briefing (.pdf).
    #[arg(short, long, value_name = "OUT.pdf")]
    pub output: PathBuf,
    /// The parts and their order, comma separated (default:
    /// cover,map,views,report,assessment,gaps; the assessment has pages
    /// only when the map has an assessment round).
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub pages: Option<Vec<String>>,
    /// Only these saved views, in this order (comma separated names); the
    /// gaps part then lists only the findings that touch them.
    #[arg(long, value_name = "NAMES", value_delimiter = ',')]
    pub views: Option<Vec<String>>,
    /// Leave out the cover.
    #[arg(long)]
    pub no_cover: bool,
    /// Leave out the page of the whole map.
    #[arg(long)]
    pub no_map: bool,
    /// Leave out the saved views.
    #[arg(long, conflicts_with = "views")]
    pub no_views: bool,
    /// Leave out the report card.
    #[arg(long)]
    pub no_report: bool,
    /// Leave out the assessment round.
    #[arg(long)]
    pub no_assessment: bool,
    /// Leave out the gaps.
    #[arg(long)]
    pub no_gaps: bool,
    /// The assessment round to show (a year; default: the latest).
    #[arg(long, value_name = "YYYY")]
    pub round: Option<i32>,
    /// Paper size.
    #[arg(long, value_enum, default_value_t = PaperArg::A4)]
    pub paper: PaperArg,
    /// Which way up: auto turns each map page the way its map is drawn
    /// largest and keeps text pages upright.
    #[arg(long, value_enum, default_value_t = OrientationArg::Auto)]
    pub orientation: OrientationArg,
    /// Margin on every side, in millimetres (0 to 50).
    #[arg(long, value_name = "MM", default_value_t = 15.0, value_parser = parse_margin)]
    pub margin: f32,
    /// The date on the cover (YYYY-MM-DD; default: today). The same map,
    /// options and date give the same file.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<String>,
    /// Write the map in this of its languages (a tag such as es or fr);
    /// the briefing's own words follow it when the app speaks it.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Seed of the layout of nodes without a position.
    #[arg(long, value_name = "N", default_value_t = sectormap_core::pipeline::DEFAULT_SEED)]
    pub seed: u64,
}

/// `--paper` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    /// 210 x 297 mm.
    A4,
    /// 8.5 x 11 in.
    Letter,
    /// 297 x 420 mm.
    A3,
}

/// `--orientation` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OrientationArg {
    /// Maps turned to fit, text upright.
    Auto,
    /// Every page upright.
    Portrait,
    /// Every page on its side.
    Landscape,
}

/// Runs `sectormap briefing`.
pub fn run(args: &BriefingArgs) -> Result<()> {
    if Format::from_path(&args.output) != Some(Format::Pdf) {
        return Err(UsageError(format!("\"{}\": end OUT with .pdf", args.output.display())).into());
    }
    let options = options(args)?;
    let (document, _) = super::export::placed(super::load_map(&args.map)?, false, args.seed);
    let request =
        Export { content: Content::Briefing(options), format: Format::Pdf, language: args.lang.clone() };
    super::export::write(&document, &request, &args.output, &args.map)
}

/// The briefing options the arguments ask for.
fn options(args: &BriefingArgs) -> Result<Options> {
    let mut parts = match &args.pages {
        Some(names) => {
            let mut parts = Vec::new();
            for name in names.iter().filter(|n| !n.trim().is_empty()) {
                let part = Part::from_key(name).ok_or_else(|| {
                    let keys: Vec<&str> = Part::ALL.iter().map(|p| p.key()).collect();
                    UsageError(format!(
                        "--pages: no part called \"{}\"; the parts are {}",
                        name.trim(),
                        keys.join(", ")
                    ))
                })?;
                if !parts.contains(&part) {
                    parts.push(part);
                }
            }
            parts
        }
        None => Part::ALL.to_vec(),
    };
    let dropped = [
        (args.no_cover, Part::Cover),
        (args.no_map, Part::Map),
        (args.no_views, Part::Views),
        (args.no_report, Part::Report),
        (args.no_assessment, Part::Assessment),
        (args.no_gaps, Part::Gaps),
    ];
    parts.retain(|part| !dropped.iter().any(|(drop, p)| *drop && p == part));
    if parts.is_empty() {
        return Err(UsageError("the briefing would have no pages: keep at least one part".to_owned()).into());
    }
    Ok(Options {
        parts,
        views: args
            .views
            .as_ref()
            .map(|names| names.iter().map(|n| n.trim().to_owned()).filter(|n| !n.is_empty()).collect()),
        paper: match args.paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
            PaperArg::A3 => Paper::A3,
        },
        orientation: match args.orientation {
            OrientationArg::Auto => Orientation::Auto,
            OrientationArg::Portrait => Orientation::Portrait,
            OrientationArg::Landscape => Orientation::Landscape,
        },
        margin_mm: args.margin,
        date: args.date.clone().unwrap_or_else(briefing::today),
        // The export sets it from the language the map is shown in.
        language: sectormap_core::i18n::Language::En,
        round: args.round,
    })
}

fn parse_margin(text: &str) -> Result<f32, String> {
    let value: f32 = text.parse().map_err(|_| format!("\"{text}\" is not a number"))?;
    if (0.0..=50.0).contains(&value) { Ok(value) } else { Err(format!("{value} is outside 0 to 50")) }
}

pub(super) fn parse_date(text: &str) -> Result<String, String> {
    let date: jiff::civil::Date =
        text.trim().parse().map_err(|_| format!("\"{text}\" is not a date like 2026-03-08"))?;
    Ok(date.to_string())
}
