//! The Sectormap desktop editor (eframe/egui): the only library in the
//! workspace that uses egui, eframe or rfd. The map, its history, layout
//! work and every export belong to [`sectormap_core`]; this crate draws the
//! same [`sectormap_core::scene::Scene`] the exports draw, and turns input
//! into [`sectormap_core::editor::Command`]s that the app carries out once
//! the frame's panels are drawn (document commands through
//! [`sectormap_core::editor::Workspace::run`]).
//!
//! - [`app`]: [`SectormapApp`] and its parts, the frame loop, carrying out
//!   commands, the one modal dialog, file dialogs, exports on a worker,
//!   recovery copies, settings.
//! - [`panels`]: menu bar and toolbar, side panel (filters, views, gaps),
//!   inspector, report card, search, focus bar, and the export, briefing,
//!   web page and import dialogs.
//! - [`present`]: presentation mode.
//! - [`canvas`]: the map itself: camera, drawing, pointer gestures, the
//!   glyph atlas for map text.
//! - [`widgets`]: small labelled widgets shared by the panels, and the one
//!   score field.
//! - [`shaped`]: a preview of text as the map draws it, for scripts egui
//!   cannot shape.
//! - [`map_text`]: map text in a panel, in reading order (the text engine
//!   draws what egui cannot: Arabic, Hebrew, Devanagari...).
//! - [`lang`]: the interface language, as each panel finds it.
//!
//! `canvas`, `widgets`, `shaped` and `lang` know nothing of the app;
//! `panels` and `present` add methods to [`SectormapApp`].

pub mod app;
pub mod canvas;
pub mod lang;
pub mod map_text;
pub mod panels;
pub mod present;
pub mod shaped;
pub mod widgets;

use std::path::PathBuf;

pub use app::{SectormapApp, Start};

/// How the editor is started.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Launch {
    /// What it opens.
    pub start: Start,
    /// Where crash-recovery copies are kept; `None` keeps none.
    pub data_dir: Option<PathBuf>,
    /// The data folder where this device's identity (its id and the name
    /// others see) is kept, for maps shared with others; `None`: shared
    /// maps open on their own, and sharing is refused.
    pub identity_dir: Option<PathBuf>,
    /// Use the system's file dialogs (otherwise paths are asked for in the window).
    pub native_dialogs: bool,
    /// The interface language; `None` keeps the one chosen last time (the
    /// system's at the first start).
    pub language: Option<sectormap_core::i18n::Language>,
}

/// Set this to a folder to keep the editor's recovery copies and this
/// device's identity there (the same variable as
/// [`sectormap_core::share::DATA_DIR_ENV`]).
pub const DATA_DIR_ENV: &str = "SECTORMAP_DATA_DIR";

impl Launch {
    /// The editor as a person runs it: recovery copies and this device's
    /// identity in the app's data folder (or `SECTORMAP_DATA_DIR`), native
    /// file dialogs.
    pub fn desktop(start: Start) -> Self {
        let folder = std::env::var_os(DATA_DIR_ENV)
            .filter(|dir| !dir.is_empty())
            .map(PathBuf::from)
            .or_else(|| eframe::storage_dir("Sectormap"));
        let data_dir = folder.as_ref().map(|dir| dir.join("recovery"));
        Self { start, data_dir, identity_dir: folder, native_dialogs: true, language: None }
    }

    /// The editor in tests and kiosks: no recovery copies, paths asked for
    /// in the window, in English whatever the system's language.
    pub fn headless(start: Start) -> Self {
        Self {
            start,
            data_dir: None,
            identity_dir: None,
            native_dialogs: false,
            language: Some(sectormap_core::i18n::Language::En),
        }
    }
}

/// Opens the editor window and runs it until it is closed.
pub fn run(start: Start) -> Result<(), String> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Sectormap")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([640.0, 420.0])
            .with_drag_and_drop(true),
        ..eframe::NativeOptions::default()
    };
    let launch = Launch::desktop(start);
    eframe::run_native("Sectormap", options, Box::new(move |cc| Ok(Box::new(SectormapApp::new(cc, launch)))))
        .map_err(|err| format!("cannot open the editor window: {err}"))
}
