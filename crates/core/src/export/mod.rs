//! The one export path. An [`Export`] request (what, in which format, in
//! which of the map's languages) turns a placed document into bytes; the
//! command line and the editor both call [`export`] and [`write`], so a
//! file from the editor and one from the command line are the same file.
//!
//! - [`Shown`] is "the map in language X", made in one place (the scene
//!   module, as the editor's screen uses it too);
//! - [`PictureSize`] is how big a picture is to be (pixels, print sizes, dpi);
//! - [`MapView`] says what a picture of the map shows (the whole map, a
//!   saved view by name, or a view worked out on screen);
//! - [`reply_packs`] and [`write_reply_packs`] make a round's reply packs,
//!   one [`Content::ReplyPack`] per assessed department, into a folder;
//! - [`briefs`] and [`write_briefs`] make every department's brief, one
//!   [`Content::Brief`] each, into a folder.

mod briefs;
mod packs;
mod picture;

use std::path::{Path, PathBuf};

use crate::analysis::ReportCard;
use crate::briefing::{self, BriefingError};
use crate::format::Format;
use crate::interchange;
use crate::model::{Document, NoSuchView};
use crate::render::RenderError;
use crate::scene::{self, ColorBy, Layout, View};
use crate::web::{self, PageOptions};

pub use crate::scene::{NoSuchLanguage, Shown, words_for};
pub use briefs::{BRIEF_FORMATS, BriefFile, briefs, write_briefs, write_into};
pub use packs::{Pack, reply_packs, write_reply_packs};
pub use picture::PictureSize;

/// What a picture of the map shows.
#[derive(Clone, Debug, PartialEq)]
pub enum MapView {
    /// The whole map, coloured by `color_by` (scores of `year`, or the latest).
    Whole {
        /// What node fills show.
        color_by: ColorBy,
        /// The year of the scores shown.
        year: Option<i32>,
    },
    /// The saved view with this name (case ignored).
    Saved(String),
    /// The saved view at this place in presentation order (from 0).
    Nth(usize),
    /// A view already worked out (the editor's screen: filters, focus).
    Given(Box<View>),
}

impl Default for MapView {
    fn default() -> Self {
        MapView::Whole { color_by: ColorBy::Kind, year: None }
    }
}

/// What is exported.
#[derive(Clone, Debug, PartialEq)]
pub enum Content {
    /// A picture of the map (PNG or SVG).
    Map {
        /// What it shows.
        view: MapView,
        /// Its size and background.
        size: PictureSize,
    },
    /// The report card: the table (CSV) or the chart (PNG or SVG).
    ReportCard {
        /// The chart's size and background.
        size: PictureSize,
    },
    /// The map's data for another tool (workbook, CSV, GraphML, GEXF,
    /// Kumu JSON, or Sectormap's own JSON).
    Data,
    /// One self-contained offline web page.
    WebPage {
        /// Leave the page's chrome out, for an `<iframe>`.
        embed: bool,
    },
    /// The PDF briefing pack.
    Briefing(briefing::Options),
    /// One department's reply pack for a round (a workbook; see
    /// [`reply_packs`] for every department's).
    ReplyPack {
        /// The round.
        year: i32,
        /// The department's id.
        department: String,
    },
    /// One department's brief: what is asked of it (PDF, Word or HTML).
    Brief {
        /// The department's id or name.
        department: String,
        /// The date written on it (`2026-12-02`).
        date: String,
    },
}

impl Content {
    /// The formats this content is written in.
    pub fn formats(&self) -> &'static [Format] {
        match self {
            Content::Map { .. } => &Format::PICTURES,
            Content::ReportCard { .. } => &[Format::Csv, Format::Png, Format::Svg],
            Content::Data => &Format::DATA,
            Content::WebPage { .. } => &[Format::Html],
            Content::Briefing(_) => &[Format::Pdf],
            Content::ReplyPack { .. } => &[Format::Workbook],
            Content::Brief { .. } => &BRIEF_FORMATS,
        }
    }

    /// What the content is, in a few English words.
    pub fn describe(&self) -> &'static str {
        match self {
            Content::Map { .. } => "picture of the map",
            Content::ReportCard { .. } => "report card",
            Content::Data => "map's data",
            Content::WebPage { .. } => "web page",
            Content::Briefing(_) => "briefing",
            Content::ReplyPack { .. } => "reply pack",
            Content::Brief { .. } => "department's brief",
        }
    }
}

/// One export: what, in which format, in which of the map's languages.
#[derive(Clone, Debug, PartialEq)]
pub struct Export {
    /// What is exported.
    pub content: Content,
    /// The file format.
    pub format: Format,
    /// The map language shown (a tag the map has texts in); `None` for the
    /// map's own. Data exports carry every language the format can.
    pub language: Option<String>,
}

/// An export's bytes, and what a front end says about them.
#[derive(Clone, Debug, PartialEq)]
pub struct Exported {
    /// The file.
    pub bytes: Vec<u8>,
    /// Files that go beside it, by the suffix added to its name
    /// (`map-connections.csv` for `"connections"`).
    pub beside: Vec<(String, Vec<u8>)>,
    /// A picture's size in pixels.
    pub pixels: Option<(u32, u32)>,
    /// The nodes drawn or written.
    pub nodes: usize,
    /// A document's number of pages.
    pub pages: Option<usize>,
}

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The format is not one the content is written in.
    #[error("a {content} cannot be written as {format}; end the name with {allowed}")]
    Unsupported {
        /// What was to be exported.
        content: &'static str,
        /// The format asked for.
        format: Format,
        /// The formats there are, as `.png or .svg`.
        allowed: String,
    },
    /// The language asked for is not one of the map's.
    #[error(transparent)]
    Language(#[from] NoSuchLanguage),
    /// The saved view asked for is not on the map.
    #[error(transparent)]
    View(#[from] NoSuchView),
    /// The picture could not be drawn.
    #[error(transparent)]
    Render(#[from] RenderError),
    /// The data could not be written in the format.
    #[error(transparent)]
    Data(#[from] interchange::ExportError),
    /// The briefing could not be made.
    #[error(transparent)]
    Briefing(#[from] BriefingError),
    /// The web page's template is missing a value (a bug).
    #[error("cannot make the web page: {0}")]
    Web(#[from] web::MissingValue),
    /// The report card could not be written as CSV.
    #[error("cannot write the report card as CSV: {0}")]
    Csv(String),
    /// A reply pack could not be made.
    #[error(transparent)]
    ReplyPack(#[from] interchange::ReplyPackError),
    /// A department's brief could not be made.
    #[error(transparent)]
    Brief(#[from] crate::brief::BriefError),
}

/// The bytes of `request` for `document`, whose nodes are placed (a node
/// without a position is not drawn).
pub fn export(document: &Document, request: &Export) -> Result<Exported, ExportError> {
    let content = &request.content;
    if !content.formats().contains(&request.format) {
        return Err(ExportError::Unsupported {
            content: content.describe(),
            format: request.format,
            allowed: Format::list(content.formats()),
        });
    }
    if matches!(content, Content::Data) {
        return data(document, request.format);
    }
    if let Content::ReplyPack { year, department } = content {
        // A pack is in the map's own words, whatever language is shown.
        return reply_pack(document, *year, department);
    }
    let shown = Shown::of(document, request.language.as_deref())?;
    let nodes = shown.doc.node_count();
    let only = |bytes: Vec<u8>| Exported { bytes, beside: Vec::new(), pixels: None, nodes, pages: None };
    match content {
        Content::Map { view, size } => {
            let view = map_view(&shown, view, size)?;
            let scene = scene::build_measured(&shown.doc, &shown.measured, &Layout::of(document), &view);
            let (bytes, pixels) = picture::draw(&scene, size, request.format)?;
            Ok(Exported { pixels: Some(pixels), nodes: nodes - view.hidden.len(), ..only(bytes) })
        }
        Content::ReportCard { size } => {
            let card = ReportCard::of(&shown.doc);
            if request.format == Format::Csv {
                let text = card.to_csv().map_err(|err| ExportError::Csv(err.to_string()))?;
                return Ok(only(text.into_bytes()));
            }
            let theme = size.options.background.theme();
            let chart = scene::report_chart(&card, &shown.doc.meta, theme, shown.words);
            let (bytes, pixels) = picture::draw(&chart, size, request.format)?;
            Ok(Exported { pixels: Some(pixels), ..only(bytes) })
        }
        Content::WebPage { embed } => {
            let html = web::page(&shown.doc, &PageOptions { embed: *embed, words: shown.words })?;
            Ok(only(html.into_bytes()))
        }
        Content::Briefing(options) => {
            let options = briefing::Options { language: shown.words, ..options.clone() };
            let (bytes, pages) = briefing::to_pdf_counted(&shown.doc, &options)?;
            Ok(Exported { pages: Some(pages), ..only(bytes) })
        }
        Content::Data => data(document, request.format),
        Content::ReplyPack { year, department } => reply_pack(document, *year, department),
        Content::Brief { department, date } => briefs::one(&shown, department, date, request.format),
    }
}

/// `department`'s reply pack for the `year` round.
fn reply_pack(document: &Document, year: i32, department: &str) -> Result<Exported, ExportError> {
    let bytes = interchange::reply_pack_xlsx(document, year, department)?;
    Ok(Exported { bytes, beside: Vec::new(), pixels: None, nodes: 0, pages: None })
}

/// The scene view a picture of `shown` draws, in its background's colours
/// and the shown language's words.
fn map_view(shown: &Shown, view: &MapView, size: &PictureSize) -> Result<View, NoSuchView> {
    let theme = size.options.background.theme();
    let view = match view {
        MapView::Whole { color_by, year } => View { color_by: *color_by, year: *year, ..View::default() },
        MapView::Saved(name) => View::from_saved(&shown.doc, shown.doc.view_named(name)?, theme),
        MapView::Nth(index) => {
            let saved = shown.doc.views.get(*index).ok_or_else(|| NoSuchView {
                name: format!("number {}", index + 1),
                known: format!("the map has {} saved views", shown.doc.views.len()),
            })?;
            View::from_saved(&shown.doc, saved, theme)
        }
        MapView::Given(view) => (**view).clone(),
    };
    Ok(View { theme, language: shown.words, ..view })
}

/// The map's data in `format`; a CSV's other sheets go beside it.
fn data(document: &Document, format: Format) -> Result<Exported, ExportError> {
    let nodes = document.node_count();
    if format == Format::Csv {
        let mut files = interchange::to_csv_files(document)
            .map_err(|err| interchange::ExportError::Write {
                file: "CSV".to_owned(),
                message: err.to_string(),
            })?
            .into_iter();
        let bytes = files.next().map(|(_, bytes)| bytes).unwrap_or_default();
        return Ok(Exported { bytes, beside: files.collect(), pixels: None, nodes, pages: None });
    }
    let bytes = interchange::export_bytes(document, format, format.describe())?;
    Ok(Exported { bytes, beside: Vec::new(), pixels: None, nodes, pages: None })
}

/// Where a file that goes beside `path` is written: `map.csv` and
/// `"connections"` give `map-connections.csv`.
pub fn beside_path(path: &Path, suffix: &str) -> PathBuf {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("map");
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("csv");
    path.with_file_name(format!("{stem}-{suffix}.{ext}"))
}

/// Writes `exported` to `path` (and what goes beside it), each file
/// atomically: a failed write leaves any old file whole. Returns every
/// path written.
pub fn write(path: &Path, exported: &Exported) -> Result<Vec<PathBuf>, WriteError> {
    let mut written = vec![path.to_path_buf()];
    crate::pipeline::write_file(path, &exported.bytes)
        .map_err(|err| WriteError { path: path.to_path_buf(), message: err.to_string() })?;
    for (suffix, bytes) in &exported.beside {
        let other = beside_path(path, suffix);
        crate::pipeline::write_file(&other, bytes)
            .map_err(|err| WriteError { path: other.clone(), message: err.to_string() })?;
        written.push(other);
    }
    Ok(written)
}

/// A file an export could not write; nothing else was changed.
#[derive(Debug, thiserror::Error)]
#[error("{}: not written: {message}", path.display())]
pub struct WriteError {
    /// The file.
    pub path: PathBuf,
    /// Why.
    pub message: String,
}
