//! Sectormap's core: everything about a map that needs no window.
//!
//! The editor (`sectormap-app`) and the command line (`sectormap`) are thin
//! layers over this crate. It depends on no egui, eframe, rfd, wgpu or
//! winit, so the compiler refuses any use of them here. Inside, each module
//! uses only those listed below it:
//!
//! - [`editor`]: the editor without a window: the open map ([`editor::Session`]),
//!   its [`editor::Workspace`], commands, layout work on a worker, the glide,
//!   crash recovery, import previews, the scene cache.
//! - [`export`]: the one export path: a placed document and an
//!   [`export::Export`] request to the bytes of a picture, report card,
//!   data file, web page or briefing, and writing them.
//! - [`generate`]: seeded maps and graphs for benchmarks and tests.
//! - [`briefing`]: the PDF briefing pack (cover, map, views, report card, gaps).
//! - [`web`]: one self-contained offline HTML page of the map.
//! - [`pipeline`]: the one layout function ([`pipeline::arrange`]), placing
//!   a document, writing a finished file atomically.
//! - [`interchange`]: other tools' files in and out (workbooks, CSV, GraphML,
//!   GEXF, Kumu JSON) and merge plans.
//! - [`render`]: a [`scene::Scene`] to SVG text, PNG pixels or a PDF page.
//! - [`scene`]: document + positions + view to a Scene of shapes and text;
//!   [`scene::Shown`], the map in one of its languages.
//! - [`edit`]: edits that return their inverse, and the undo history.
//! - [`live`]: live co-editing: a Yjs document kept in step with a sync
//!   server (Hocuspocus) over a WebSocket; uses no other module.
//! - [`io`]: the versioned JSON file format, precise load errors, atomic saving.
//! - [`analysis`]: the report card and gap analysis of a document.
//! - [`layout`]: the stress engine on flat arrays; uses no other module.
//! - [`text`]: the one text engine: font fallback, bidi, shaping, line breaking, outlines.
//! - [`fonts`]: the bundled fonts, shared by measurement and rendering.
//! - [`i18n`]: the words shown to people, in English, Spanish and French.
//! - [`format`]: [`format::Format`], the one list of file formats.
//! - [`model`]: the [`model::Document`], its nodes, links, views, scores,
//!   the one number parser, and validation.

pub mod analysis;
pub mod brief;
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
pub mod live;
pub mod model;
pub mod pipeline;
pub mod render;
pub mod scene;
pub mod share;
pub mod text;
pub mod web;
