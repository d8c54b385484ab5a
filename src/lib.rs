//! Sectormap: map how violence against women (VAW) cuts across government.
//!
//! The crate is layered; each layer only uses the ones below it:
//!
//! - [`ui`]: the desktop editor (the only layer that uses egui, eframe and rfd).
//! - [`cli`]: headless commands (export, layout, check, report).
//! - [`editor`]: the editor's state and behaviour without a window: the
//!   open map, its history, selection, commands, layout work, recovery.
//! - [`pipeline`]: document -> layout -> scene -> picture, shared by both.
//! - [`edit`]: edit commands with inverses, and undo history.
//! - [`render`]: a [`scene::Scene`] to SVG text or PNG pixels.
//! - [`scene`]: document + positions + style to a Scene of shapes and text.
//! - [`layout`]: the force-directed engine on flat arrays.
//! - [`io`]: the versioned JSON file format and atomic saving.
//! - [`interchange`]: other tools' formats in and out: Kumu-style XLSX/ODS, CSV, GraphML, GEXF.
//! - [`analysis`]: the report card and gap analysis of a document.
//! - [`briefing`]: the PDF briefing pack (cover, map, views, report card, gaps).
//! - [`model`]: the [`model::Document`], its nodes, links and validation.
//! - [`text`]: the one text engine: font fallback, bidi, shaping, line breaking, outlines.
//! - [`fonts`]: the bundled fonts, shared by measurement and rendering.
//! - [`i18n`]: the words shown to people, in English, Spanish and French.

pub mod analysis;
pub mod briefing;
pub mod cli;
pub mod edit;
pub mod editor;
pub mod fonts;
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
pub mod ui;
pub mod web;
