//! Sectormap's core: everything about a map that needs no window.
//!
//! The editor (`sectormap-app`) and the command line (`sectormap`) are thin
//! layers over this crate; it depends on no egui, eframe, rfd or wgpu, and
//! the compiler keeps it so. Inside, each module uses only those listed
//! below it:
//!
//! - [`editor`]: the editor without a window: the open map, its history,
//!   selection, commands, layout work, crash recovery, import previews.
//! - [`export`]: the one export path: a document, an export request and a
//!   language to the bytes of a picture, report, data file, web page or briefing.
//! - [`briefing`]: the PDF briefing pack (cover, map, views, report card, gaps).
//! - [`web`]: one self-contained offline HTML page of the map.
//! - [`pipeline`]: document -> layout -> scene -> picture; the one layout function.
//! - [`interchange`]: other tools' files in and out (workbooks, CSV, GraphML,
//!   GEXF, Kumu JSON) and merge plans.
//! - [`render`]: a [`scene::Scene`] to SVG text, PNG pixels or a PDF page.
//! - [`scene`]: document + positions + view to a Scene of shapes and text.
//! - [`edit`]: edit commands with inverses, and undo history.
//! - [`io`]: the versioned JSON file format, precise load errors, atomic saving.
//! - [`analysis`]: the report card and gap analysis of a document.
//! - [`layout`]: the stress-majorisation engine on flat arrays.
//! - [`text`]: the one text engine: font fallback, bidi, shaping, line breaking, outlines.
//! - [`fonts`]: the bundled fonts, shared by measurement and rendering.
//! - [`i18n`]: the words shown to people, in English, Spanish and French.
//! - [`model`]: the [`model::Document`], its nodes, links, views and validation.
//! - [`generate`]: generated graphs and maps for benchmarks and tests.

pub mod analysis;
pub mod briefing;
pub mod edit;
pub mod editor;
pub mod export;
pub mod fonts;
pub mod format;
pub mod generate;
pub mod i18n;
pub mod interchange;
pub mod io;
pub mod layout;
pub mod model;
pub mod pipeline;
pub mod render;
pub mod scene;
pub mod text;
pub mod web;
