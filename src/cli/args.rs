//! Command-line arguments (clap). Names are fixed so scripts can rely on them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use sectormap_core::render::Background;
use sectormap_core::scene::ColorBy;

/// Map how violence against women cuts across government.
#[derive(Debug, Parser)]
#[command(name = "sectormap", version, about, long_about = None, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// What to do; with none, the editor opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A map to open in the editor (default: the built-in example).
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Lay a map out and export it as PNG or SVG (format from OUT's extension).
    Export(ExportArgs),
    /// Check a map file and list every problem in it; with --gaps, list the
    /// gaps in how government links its work to VAW.
    Check(CheckArgs),
    /// Print the report card of department scores, or write it as CSV or as
    /// a chart (PNG or SVG).
    Report(ReportArgs),
    /// Write the map with every node's position filled in: nodes without
    /// one are laid out (with --relayout, every unpinned node is).
    Layout(LayoutArgs),
    /// Write a map in another format: a Kumu-style .xlsx workbook, .graphml
    /// (Gephi, yEd), .gexf (Gephi) or .json (format from OUT's extension).
    Convert(ConvertArgs),
    /// Read a map from a Kumu-style workbook (.xlsx, .ods), a CSV of
    /// elements, GraphML or GEXF, lay out nodes without a position, and
    /// save it as a map file (.json).
    Import(ImportArgs),
    /// Write a workbook to fill in and import: the whole map (Elements,
    /// Connections, a relevance matrix, a report card), or one matrix or
    /// one report card.
    Template(TemplateArgs),
    /// Write a PDF briefing pack: a cover, the whole map, the saved views
    /// (each framed on its focus), the report card and the gaps, on A4,
    /// Letter or A3; no text on a map under 6 pt (a map too dense for its
    /// page goes on A3, or in parts with an overview and an index).
    Briefing(super::briefing::BriefingArgs),
    /// Write the map as one self-contained, offline web page (.html): pan
    /// and zoom, details on click, search, filters, the saved views as a
    /// story, the report card and the gaps.
    Html(HtmlArgs),
    /// Print an assessment round: departments by criteria, each
    /// department's score by the published formula ("k of n" criteria
    /// marked), whether it replied, how far marking has got.
    Assess(AssessArgs),
    /// Write a round's reply packs into DIR: one workbook per assessed
    /// department, named by its id, for it to agree or disagree with each
    /// mark; read a filled one back with `import PACK.xlsx --into MAP`.
    ReplyPack(ReplyPackArgs),
    /// Write what is asked of a department (`--department`, by id or
    /// name) or of each one (`--all DIR`): why VAW is its business, the
    /// asks most urgent first, its scores and marks, the commitments that
    /// oblige it and its neighbourhood on the map, as PDF, Word or HTML.
    Brief(super::brief::BriefArgs),
    /// Make a map shared through a folder: MAP.shared/ beside it holds one
    /// file per device, each written only by its own device (so Dropbox,
    /// Syncthing or a network drive never make conflict copies).
    Share(super::share::ShareArgs),
    /// Merge every device's changes to a shared map (and change files sent
    /// by email, with --from) and write the merged map.
    Sync(super::share::SyncArgs),
}

/// Arguments of `sectormap assess`.
#[derive(Debug, Args)]
pub struct AssessArgs {
    /// The map file (.json).
    #[arg(value_name = "MAP")]
    pub map: PathBuf,
    /// The round (default: the latest).
    #[arg(long, value_name = "YYYY", value_parser = clap::value_parser!(i32).range(1900..=2200))]
    pub year: Option<i32>,
    /// Print the round as one JSON object on standard output.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `sectormap reply-pack`.
#[derive(Debug, Args)]
pub struct ReplyPackArgs {
    /// The map file (.json).
    #[arg(value_name = "MAP")]
    pub map: PathBuf,
    /// The round (default: the latest).
    #[arg(long, value_name = "YYYY", value_parser = clap::value_parser!(i32).range(1900..=2200))]
    pub year: Option<i32>,
    /// The folder to write the packs into (made if missing).
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
    /// Only this department's pack (its id); may be given many times.
    #[arg(long = "department", value_name = "ID")]
    pub departments: Vec<String>,
}

/// Arguments of `sectormap template`.
#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// Where to write the workbook (.xlsx).
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,
    /// Which template.
    #[arg(long, value_enum, default_value = "workbook")]
    pub shape: ShapeArg,
}

/// The shapes of workbook `sectormap template` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ShapeArg {
    /// Map, Elements, Connections, Relevance and Report card sheets.
    Workbook,
    /// One relevance matrix: forms of VAW by departments and objectives.
    Matrix,
    /// One report card: departments by years.
    ReportCard,
}

impl From<ShapeArg> for sectormap_core::interchange::TemplateShape {
    fn from(shape: ShapeArg) -> Self {
        match shape {
            ShapeArg::Workbook => Self::Workbook,
            ShapeArg::Matrix => Self::Matrix,
            ShapeArg::ReportCard => Self::ReportCard,
        }
    }
}

/// Arguments of `sectormap html`.
#[derive(Debug, Args)]
pub struct HtmlArgs {
    /// The map file (.json).
    #[arg(value_name = "MAP")]
    pub map: PathBuf,
    /// Where to write the page (.html).
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,
    /// Leave out the page's header, search, filters and tables, for an
    /// `<iframe>`.
    #[arg(long)]
    pub embed: bool,
    /// The page in this of the map's languages (a tag such as es or fr).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Seed of the layout of nodes without a position.
    #[arg(long, value_name = "N", default_value_t = sectormap_core::pipeline::DEFAULT_SEED)]
    pub seed: u64,
}

/// Arguments of `sectormap convert`.
#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// The map file (.json, or any format `import` reads).
    #[arg(value_name = "MAP")]
    pub map: PathBuf,
    /// Where to write it: .xlsx, .graphml, .gexf, .kumu.json (Kumu's
    /// blueprint) or .json.
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,
}

/// Arguments of `sectormap import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file to read: .xlsx, .ods, .csv, .graphml, .gexf or a Kumu
    /// blueprint (.json).
    #[arg(value_name = "IN")]
    pub input: PathBuf,
    /// Where to write the map (.json; an existing file is kept as OUT.bak).
    #[arg(short, long, value_name = "MAP")]
    pub output: PathBuf,
    /// Merge IN into this map (elements matched by ID, then by label and
    /// kind) instead of making a new one; what changes is listed.
    #[arg(long, value_name = "EXISTING")]
    pub into: Option<PathBuf>,
    /// Read an element type Sectormap does not know as one of its kinds:
    /// `--kind "Person=organisation"`; `--kind "=issue"` for elements with
    /// no type. May be given many times.
    #[arg(long = "kind", value_name = "TYPE=KIND")]
    pub kinds: Vec<String>,
    /// Only show what the import would do; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Import the rows (and elements) that read, and skip those with a
    /// problem, each printed with its place; without it, any problem
    /// stops the import.
    #[arg(long)]
    pub skip_bad_rows: bool,
    /// Seed of the layout of nodes without a position.
    #[arg(long, value_name = "N", default_value_t = sectormap_core::pipeline::DEFAULT_SEED)]
    pub seed: u64,
    /// Replace MAP even if someone else changed it while this ran.
    #[arg(long)]
    pub force: bool,
}

/// Arguments of `sectormap layout`.
#[derive(Debug, Args)]
pub struct LayoutArgs {
    /// The map file (.json).
    #[arg(value_name = "MAP")]
    pub map: PathBuf,
    /// Where to write the laid-out map (.json; may be MAP itself, which is
    /// then kept as MAP.bak).
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,
    /// Seed of the layout; the same map and seed give the same positions.
    #[arg(long, value_name = "N", default_value_t = sectormap_core::pipeline::DEFAULT_SEED)]
    pub seed: u64,
    /// Lay every unpinned node out afresh, not only those without a position.
    #[arg(long)]
    pub relayout: bool,
    /// Replace OUT even if someone else changed it while this ran.
    #[arg(long)]
    pub force: bool,
}

/// Arguments of `sectormap export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The map file (.json).
    #[arg(value_name = "MAP")]
    pub map: PathBuf,
    /// Where to write the picture: a .png or .svg file.
    #[arg(short, long, value_name = "OUT", required_unless_present = "all_views")]
    pub output: Option<PathBuf>,
    /// Export this saved view (its filters, focus, colours and caption).
    #[arg(long, value_name = "NAME", conflicts_with_all = ["color_by", "year"])]
    pub view: Option<String>,
    /// Export every saved view into DIR, one numbered picture each.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["output", "view", "color_by", "year"])]
    pub all_views: Option<PathBuf>,
    /// Picture format for --all-views (default: png).
    #[arg(long, value_name = "FORMAT", value_parser = picture_format, requires = "all_views")]
    pub format: Option<sectormap_core::format::Format>,
    /// Width of the picture: pixels (2400), or mm, cm or inches (297mm,
    /// 8.5in) at --dpi (default: 2400 pixels, as the editor's).
    #[arg(long, value_name = "LENGTH", value_parser = sectormap_core::render::Length::parse, conflicts_with = "scale")]
    pub width: Option<sectormap_core::render::Length>,
    /// Height of the picture, like --width; with both, the picture is
    /// exactly that size, the map centred in it.
    #[arg(long, value_name = "LENGTH", value_parser = sectormap_core::render::Length::parse, conflicts_with = "scale")]
    pub height: Option<sectormap_core::render::Length>,
    /// Print resolution in dots per inch (10 to 2400), written into the PNG;
    /// mm, cm and inch sizes are converted at it (default 300 for those).
    #[arg(long, value_name = "DPI", value_parser = parse_dpi)]
    pub dpi: Option<f32>,
    /// Pixels per map unit, 0.1 to 8 (instead of --width).
    #[arg(long, value_name = "FACTOR", value_parser = parse_scale)]
    pub scale: Option<f32>,
    /// What is behind the map.
    #[arg(long, value_enum, default_value_t = BackgroundArg::White)]
    pub background: BackgroundArg,
    /// What node colours show (default: kind, or score when --year is given).
    #[arg(long, value_enum, value_name = "BY")]
    pub color_by: Option<ColorByArg>,
    /// Year of the scores to colour by (default: the latest year on the map).
    #[arg(long, value_name = "YYYY", value_parser = clap::value_parser!(i32).range(1900..=2200))]
    pub year: Option<i32>,
    /// Seed of the layout of nodes without a position; the same map and
    /// seed give the same picture.
    #[arg(long, value_name = "N", default_value_t = sectormap_core::pipeline::DEFAULT_SEED)]
    pub seed: u64,
    /// Lay every unpinned node out afresh instead of drawing nodes where
    /// the map file has them.
    #[arg(long)]
    pub relayout: bool,
    /// Empty space around the picture, in map units.
    #[arg(long, value_name = "UNITS", default_value_t = 32.0, value_parser = parse_margin)]
    pub margin: f32,
    /// Draw the map in this of its languages (a tag such as es or fr);
    /// texts with no translation stay in the map's own language.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
}

/// Arguments of `sectormap check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The map file (.json).
    #[arg(value_name = "MAP")]
    pub map: PathBuf,
    /// Print the result as one JSON object on standard output.
    #[arg(long)]
    pub json: bool,
    /// Also list the gaps: objectives linked to no form of VAW, links the
    /// department does not make, and the other rules in the README.
    #[arg(long)]
    pub gaps: bool,
}

/// Arguments of `sectormap report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The map file (.json).
    #[arg(value_name = "MAP")]
    pub map: PathBuf,
    /// Write the report card as CSV to this file.
    #[arg(long, value_name = "OUT")]
    pub csv: Option<PathBuf>,
    /// Write the report card chart to this .png or .svg file.
    #[arg(long, value_name = "OUT")]
    pub chart: Option<PathBuf>,
    /// Width of the chart in pixels (default: 2400, as the editor's).
    #[arg(long, value_name = "PX", value_parser = clap::value_parser!(u32).range(16..=20_000), requires = "chart")]
    pub width: Option<u32>,
    /// What is behind the chart.
    #[arg(long, value_enum, default_value_t = BackgroundArg::White)]
    pub background: BackgroundArg,
}

/// A picture format named on the command line (`png`, `svg`).
fn picture_format(text: &str) -> Result<sectormap_core::format::Format, String> {
    let format: sectormap_core::format::Format =
        text.parse().map_err(|err: sectormap_core::format::UnknownFormat| err.to_string())?;
    if format.is_picture() {
        Ok(format)
    } else {
        Err(format!("{format} is not a picture format; use png or svg"))
    }
}

/// `--background` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum BackgroundArg {
    /// White, light colours.
    White,
    /// Transparent, light colours.
    Transparent,
    /// Near-black, dark colours.
    Dark,
}

impl From<BackgroundArg> for Background {
    fn from(value: BackgroundArg) -> Self {
        match value {
            BackgroundArg::White => Background::White,
            BackgroundArg::Transparent => Background::Transparent,
            BackgroundArg::Dark => Background::Dark,
        }
    }
}

/// `--color-by` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorByArg {
    /// A colour per kind of node.
    Kind,
    /// Departments by score in a year.
    Score,
    /// Departments by sector.
    Sector,
}

impl From<ColorByArg> for ColorBy {
    fn from(value: ColorByArg) -> Self {
        match value {
            ColorByArg::Kind => ColorBy::Kind,
            ColorByArg::Score => ColorBy::Score,
            ColorByArg::Sector => ColorBy::Sector,
        }
    }
}

fn parse_scale(text: &str) -> Result<f32, String> {
    let value: f32 = text.parse().map_err(|_| format!("\"{text}\" is not a number"))?;
    if (0.1..=8.0).contains(&value) { Ok(value) } else { Err(format!("{value} is outside 0.1 to 8")) }
}

fn parse_dpi(text: &str) -> Result<f32, String> {
    let value: f32 = text.parse().map_err(|_| format!("\"{text}\" is not a number"))?;
    if (10.0..=2400.0).contains(&value) { Ok(value) } else { Err(format!("{value} is outside 10 to 2400")) }
}

fn parse_margin(text: &str) -> Result<f32, String> {
    let value: f32 = text.parse().map_err(|_| format!("\"{text}\" is not a number"))?;
    if (0.0..=2000.0).contains(&value) { Ok(value) } else { Err(format!("{value} is outside 0 to 2000")) }
}
