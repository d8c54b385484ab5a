//! The briefing pack: a vector PDF of the map for a meeting, with a cover,
//! the whole map, the saved views (each framed on its focus), the report
//! card (table and chart), an assessment round (formula, criteria, marks
//! with their evidence, year on year) and the gaps found (only those that
//! touch the views chosen, when views are chosen), each page numbered,
//! inside its margins. No text on a map is under 6 points on paper: a map
//! too dense for its page goes on A3, or in parts ([`fit`]).
//!
//! Every page is made of [`crate::scene::Scene`]s: the map and chart are
//! the same scenes the PNG and SVG exports draw, and text pages are set by
//! the same text engine, then drawn onto PDF pages by
//! [`crate::render::draw_scene`] with real, selectable text and the
//! bundled fonts embedded (subsets). No egui, no files.

mod assessment;
pub(crate) mod compose;
mod cover;
pub(crate) mod fit;
mod gaps;
mod maps;
pub mod paper;
mod report;
mod tiles;
pub(crate) mod write;

pub use compose::{Block, Page, Role};
pub use paper::{Orientation, Paper, Sheet};

use crate::i18n::Language;
use crate::model::Document;

/// A part of the briefing; parts come in the order the options list them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// Title, subtitle, source line, date and contents.
    Cover,
    /// The whole map (on A3, or in parts, when it is too dense to read on
    /// one page of the paper asked for).
    Map,
    /// Each saved view with its caption, framed on its focus.
    Views,
    /// The report card table and chart.
    Report,
    /// An assessment round: its formula, criteria, marks with evidence and
    /// replies, and what changed since the round before (no pages when
    /// the map has no round).
    Assessment,
    /// The gap findings, grouped by rule (with views chosen, only those
    /// touching them).
    Gaps,
}

impl Part {
    /// Every part, in the default order.
    pub const ALL: [Part; 6] =
        [Part::Cover, Part::Map, Part::Views, Part::Report, Part::Assessment, Part::Gaps];

    /// The name on the command line (`"report"`).
    pub fn key(self) -> &'static str {
        match self {
            Part::Cover => "cover",
            Part::Map => "map",
            Part::Views => "views",
            Part::Report => "report",
            Part::Assessment => "assessment",
            Part::Gaps => "gaps",
        }
    }

    /// The part named `key` (any case).
    pub fn from_key(key: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|part| part.key().eq_ignore_ascii_case(key.trim()))
    }

    /// The part's name in `lang`, as the contents list and bookmarks show it.
    pub fn title(self, lang: Language) -> String {
        lang.tr(&format!("briefing-part-{}", self.key()))
    }
}

/// What goes into a briefing and how its pages look.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// The parts, in order.
    pub parts: Vec<Part>,
    /// The saved views to include, by name, in this order (`None`: all of
    /// them, in the map's order).
    pub views: Option<Vec<String>>,
    /// Paper size.
    pub paper: Paper,
    /// Which way up.
    pub orientation: Orientation,
    /// Margin on every side, in millimetres.
    pub margin_mm: f32,
    /// The date on the cover, as written there (`2026-03-08`).
    pub date: String,
    /// The language of the briefing's own words (headings, legend, gaps).
    pub language: Language,
    /// The assessment round the assessment part shows (`None`: the latest).
    pub round: Option<i32>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            parts: Part::ALL.to_vec(),
            views: None,
            paper: Paper::A4,
            orientation: Orientation::Auto,
            margin_mm: 15.0,
            date: String::new(),
            language: Language::En,
            round: None,
        }
    }
}

/// Why a briefing could not be made.
#[derive(Debug, thiserror::Error)]
pub enum BriefingError {
    /// A view asked for is not on the map.
    #[error(transparent)]
    NoSuchView(#[from] crate::model::NoSuchView),
    /// The round asked for is not on the map.
    #[error("the map has no {year} assessment round; {known}")]
    NoSuchRound {
        /// The year asked for.
        year: i32,
        /// The rounds it has, in words.
        known: String,
    },
    /// Nothing to put in it.
    #[error("the briefing has no pages: choose at least one part")]
    Empty,
    /// The PDF library refused (a bug or a font it cannot embed).
    #[error("cannot write the PDF: {0}")]
    Pdf(String),
}

/// The pages of the briefing of `document` (every node placed). Views
/// are picked and checked first, so a wrong name fails before any work.
pub fn pages(document: &Document, options: &Options) -> Result<Vec<Page>, BriefingError> {
    let views = maps::chosen_views(document, options.views.as_deref())?;
    if options.parts.contains(&Part::Assessment) {
        assessment::check_round(document, options.round)?;
    }
    let mut parts: Vec<(Part, Vec<Page>)> = Vec::new();
    for &part in &options.parts {
        let pages = match part {
            Part::Cover => Vec::new(),
            Part::Map => maps::whole_map(document, options),
            Part::Views => maps::view_pages(document, &views, options),
            Part::Report => report::pages(document, options),
            Part::Assessment => assessment::pages(document, options),
            Part::Gaps => gaps::pages(document, options),
        };
        parts.push((part, pages));
    }
    if let Some(at) = parts.iter().position(|(part, _)| *part == Part::Cover) {
        let cover = cover::pages(document, options, &parts);
        if let Some(slot) = parts.get_mut(at) {
            slot.1 = cover;
        }
    }
    let pages: Vec<Page> = parts.into_iter().flat_map(|(_, pages)| pages).collect();
    if pages.is_empty() {
        return Err(BriefingError::Empty);
    }
    Ok(pages)
}

/// The briefing of `document` (every node placed) as PDF file bytes: the
/// same document and options give the same bytes.
pub fn to_pdf(document: &Document, options: &Options) -> Result<Vec<u8>, BriefingError> {
    to_pdf_counted(document, options).map(|(bytes, _)| bytes)
}

/// Like [`to_pdf`], with the number of pages.
pub fn to_pdf_counted(document: &Document, options: &Options) -> Result<(Vec<u8>, usize), BriefingError> {
    let mut pages = pages(document, options)?;
    write::number_pages(&mut pages, document, options.language);
    let count = pages.len();
    Ok((write::pdf(&pages, document, options)?, count))
}

/// The sheet of text pages: upright unless every page is turned.
fn text_sheet(options: &Options) -> Sheet {
    Sheet::new(options.paper, options.orientation == Orientation::Landscape, options.margin_mm)
}

/// A flow of text pages for `part`, right to left when the map's language is.
fn text_flow(document: &Document, options: &Options, part: Part) -> compose::Flow {
    let mut flow = compose::Flow::new(text_sheet(options), part.title(options.language));
    flow.rtl = crate::model::is_rtl_language(&document.meta.language);
    flow
}

/// Today's date in the system's time zone, as the cover writes it (`2026-03-08`).
pub fn today() -> String {
    jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::system()).date().to_string()
}
