//! The editor application: panels around the canvas, run once per frame,
//! and the commands they give carried out after it.
//!
//! - `run.rs`: the one dispatch of every [`Command`], and the camera and
//!   document groups;
//! - `file.rs`, `export.rs`: new, open, save, export, quit;
//! - `import.rs`: importing other tools' files and exporting data;
//! - `views.rs`: saved views, focus, presenting, report exports;
//! - `input.rs`: keyboard shortcuts and dropped files;
//! - `recovery.rs`: crash-recovery copies and the offer to restore one;
//! - `modal.rs`: the one dialog open at a time ([`Modal`]), each drawn
//!   from its own state (`dialogs.rs` and the export dialogs in `panels`);
//! - `reply.rs`: what a dialog asks for once it closes;
//! - `files.rs`: native file dialogs;
//! - `settings.rs`, `status.rs`: what is remembered, the status line.

mod briefing;
mod dialogs;
mod export;
mod file;
mod files;
mod import;
mod input;
mod modal;
mod recovery;
mod reply;
mod run;
pub mod settings;
pub mod status;
mod views;
mod web;

use std::path::PathBuf;
use std::sync::Arc;

use egui::Ui;

pub use self::dialogs::{Answer, PathPrompt, Recovered, Reply, Then};
pub use self::files::{FileDialogs, NO_NATIVE_ENV, Outcome, Purpose};
pub use self::modal::{Modal, ModalHost};
use self::settings::{STORAGE_KEY, Settings, UiTheme};
use self::status::Status;
use super::Launch;
use super::canvas::CanvasState;
use super::panels::{GapsPanel, Inspector, ReportPanel, Search, ViewsPanel};
use super::present::Presenter;
use sectormap_core::editor::{Command, Recovery, Session, Workspace};
use sectormap_core::i18n::Language;
use sectormap_core::scene::{Scene, Theme};

/// What the editor opens at start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Start {
    /// The built-in example map, untitled.
    Example,
    /// A map file.
    File(PathBuf),
    /// An empty map.
    Empty,
}

/// Interface state that belongs to the open map: the camera and what the
/// pointer is doing, the search box, and what the panels worked out. It is
/// replaced, whole, with the map.
#[derive(Default)]
pub struct Panes {
    /// The canvas (camera, gestures...).
    pub canvas: CanvasState,
    /// The search box.
    pub search: Search,
    /// Text being typed in the inspector.
    pub inspector: Inspector,
    /// The Views panel.
    pub views: ViewsPanel,
    /// The Gaps panel.
    pub gaps: GapsPanel,
    /// The report card panel.
    pub report: ReportPanel,
}

/// The Sectormap editor.
pub struct SectormapApp {
    /// The open map and what belongs to it alone (selection, filters,
    /// colours, scene).
    pub work: Workspace,
    /// The interface state of the open map.
    pub panes: Panes,
    /// Settings kept between runs.
    pub settings: Settings,
    /// The status line.
    pub status: Status,
    /// Presentation mode.
    pub present: Presenter,
    pub(crate) files: FileDialogs,
    /// The dialog open, if any.
    pub(crate) modals: ModalHost,
    running_export: Option<export::Running>,
    pub(crate) commands: Vec<Command>,
    allow_close: bool,
    /// After a Save answered in the unsaved-changes dialog: what comes next.
    after_save: Option<Then>,
    last_focus: Option<egui::Id>,
    title: String,
    recovery: recovery::Keeper,
}

impl SectormapApp {
    /// Builds the app as `launch` says, restoring settings from eframe
    /// storage if any, and offers to restore a map an earlier run lost.
    pub fn new(cc: &eframe::CreationContext<'_>, launch: Launch) -> Self {
        super::canvas::fonts::install(&cc.egui_ctx);
        let mut settings: Settings =
            cc.storage.and_then(|s| eframe::get_value(s, STORAGE_KEY)).unwrap_or_default();
        let lang = launch.language.or(settings.language).unwrap_or_else(Language::from_system);
        settings.language = Some(lang);
        let mut app = Self::with_session(Session::empty(), settings);
        super::lang::set(&cc.egui_ctx, lang);
        if !launch.native_dialogs {
            app.files.disable_native();
        }
        app.open_start(&launch.start);
        if let Some(dir) = &launch.data_dir {
            app.start_recovery(dir);
        }
        app
    }

    /// An app around `session` (used by tests and by [`SectormapApp::new`]).
    pub fn with_session(session: Session, settings: Settings) -> Self {
        let mut work = Workspace::new(session, &Default::default());
        work.set_language(settings.language.unwrap_or_default());
        Self {
            work,
            panes: Panes::default(),
            settings,
            status: Status::default(),
            present: Presenter::default(),
            files: FileDialogs::default(),
            modals: ModalHost::default(),
            running_export: None,
            commands: Vec::new(),
            allow_close: false,
            after_save: None,
            last_focus: None,
            title: String::new(),
            recovery: recovery::Keeper::default(),
        }
    }

    fn open_start(&mut self, start: &Start) {
        let opened = match start {
            Start::Example => Session::example(),
            Start::File(path) => Session::open(path),
            Start::Empty => Ok(Session::empty()),
        };
        match opened {
            Ok(session) => {
                if let Start::File(path) = start {
                    self.settings.remember(path);
                }
                self.replace_session(session);
            }
            Err(err) => self.show_load_error(&err),
        }
    }

    /// Puts `session` in place of the open map. Everything derived from the
    /// old map (selection, filters, focus, scene, camera, search, panel
    /// caches, recovery copy) goes with it, here and nowhere else.
    pub(crate) fn replace_session(&mut self, session: Session) {
        self.recovery.forget(&mut self.work.session);
        self.work = Workspace::new(session, &self.work.view);
        self.work.set_language(self.language());
        self.panes = Panes::default();
    }

    /// The interface language.
    pub fn language(&self) -> Language {
        self.settings.language.unwrap_or_default()
    }

    /// Speaks `lang` from now on (menus, panels, legend, messages), and
    /// remembers it for the next start.
    pub fn set_language(&mut self, ctx: &egui::Context, lang: Language) {
        self.settings.language = Some(lang);
        self.work.set_language(lang);
        super::lang::set(ctx, lang);
    }

    /// The open map's session.
    pub fn session(&self) -> &Session {
        &self.work.session
    }

    /// The recovery copy of this run, if recovery is on.
    pub fn recovery(&self) -> Option<&Recovery> {
        self.recovery.store()
    }

    /// The scene theme: high contrast when presenting so, otherwise the
    /// interface theme's.
    pub fn theme(&self) -> Theme {
        if self.present.active && self.present.contrast {
            return Theme::Contrast;
        }
        match self.settings.theme {
            UiTheme::Light => Theme::Light,
            UiTheme::Dark => Theme::Dark,
        }
    }

    /// The scene the canvas shows now (rebuilt only when something changed).
    pub fn screen_scene(&mut self) -> Arc<Scene> {
        let theme = self.theme();
        if self.present.active {
            // Presenting, the caption bar takes the place of the title block.
            let presenting = sectormap_core::editor::ViewOptions { no_title: true, ..self.work.view.clone() };
            return self.work.scene(theme, Some(&presenting));
        }
        self.work.scene(theme, None)
    }

    /// The canvas in the rest of the window, drawing `scene`.
    pub(crate) fn central_canvas(&mut self, ui: &mut Ui, scene: &Scene) {
        egui::CentralPanel::no_frame().show(ui, |ui| {
            let frame = super::canvas::Frame { work: &mut self.work, scene, commands: &mut self.commands };
            self.panes.canvas.show(ui, frame);
        });
    }

    /// Seals the undo step being typed when focus moves to another field.
    fn seal_on_focus_change(&mut self, ctx: &egui::Context) {
        let focus = ctx.memory(|m| m.focused());
        if focus != self.last_focus {
            self.work.session.seal();
            self.last_focus = focus;
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let dirty = if self.work.session.is_dirty() { " *" } else { "" };
        let title = format!("Sectormap - {}{dirty}", self.work.session.name());
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// Asks for paths in the window instead of native dialogs (tests, kiosks).
    pub fn without_native_dialogs(mut self) -> Self {
        self.files.disable_native();
        self
    }

    /// The window title as it is now.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The dialog on screen, if any.
    pub fn modal(&self) -> Option<&Modal> {
        self.modals.current()
    }
}

impl eframe::App for SectormapApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if super::lang::of(&ctx) != self.language() || self.work.language() != self.language() {
            self.set_language(&ctx, self.language());
        }
        ctx.set_theme(match self.settings.theme {
            UiTheme::Light => egui::Theme::Light,
            UiTheme::Dark => egui::Theme::Dark,
        });
        if self.present.active && !self.modals.is_open() {
            self.presentation_keys(&ctx);
        } else {
            self.handle_input(&ctx);
        }
        self.poll_background(&ctx);
        let now = ctx.input(|i| i.time);
        if self.work.poll(now) {
            ctx.request_repaint();
        }
        if let Some(error) = self.work.session.take_layout_error() {
            self.status.error(error);
        }
        self.panels(ui);
        self.show_modal(&ctx);
        for command in std::mem::take(&mut self.commands) {
            self.run(&ctx, command);
        }
        // After the frame's edits, so the first change is kept at once.
        self.keep_recovery_copy(&ctx, now);
        self.seal_on_focus_change(&ctx);
        self.update_title(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.settings);
    }

    fn on_exit(&mut self) {
        self.end_recovery();
    }
}
