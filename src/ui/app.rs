//! The editor application: panels around the canvas, run once per frame.

use std::path::PathBuf;

use egui::{Panel, Ui};

use super::canvas::{self, CanvasState};
use super::command::Command;
use super::dialogs::{self, Dialog};
use super::export::Running;
use super::files::FileDialogs;
use super::gaps_panel::GapsPanel;
use super::inspector::Inspector;
use super::menu::{self, MenuState};
use super::present::Presenter;
use super::report_panel::ReportPanel;
use super::search::Search;
use super::session::Session;
use super::settings::{STORAGE_KEY, Settings, UiTheme};
use super::state::{Filters, Selection, ViewOptions};
use super::status::Status;
use super::views_panel::ViewsPanel;
use std::sync::Arc;

use super::scene_cache::{Inputs, SceneCache};
use crate::scene::{Scene, Theme};

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

/// The Sectormap editor.
pub struct SectormapApp {
    /// The open map.
    pub session: Session,
    /// Settings kept between runs.
    pub settings: Settings,
    /// Selected nodes and links.
    pub selection: Selection,
    /// The canvas (camera, drags...).
    pub canvas: CanvasState,
    /// Filter panel state.
    pub filters: Filters,
    /// Colouring of the map.
    pub view: ViewOptions,
    /// The status line.
    pub status: Status,
    pub(super) inspector: Inspector,
    pub(super) search: Search,
    pub(super) files: FileDialogs,
    pub(super) dialog: Option<Dialog>,
    pub(super) export_open: bool,
    pub(super) running_export: Option<Running>,
    pub(super) commands: Vec<Command>,
    pub(super) allow_close: bool,
    /// After a Save answered in the unsaved-changes dialog: what comes next.
    pub(super) after_save: Option<dialogs::Then>,
    pub(super) last_focus: Option<egui::Id>,
    pub(super) views_panel: ViewsPanel,
    pub(super) gaps_panel: GapsPanel,
    /// The report card panel.
    pub report: ReportPanel,
    /// Presentation mode.
    pub present: Presenter,
    title: String,
    scenes: SceneCache,
}

impl SectormapApp {
    /// Builds the app, restoring settings from eframe storage if any.
    pub fn new(cc: &eframe::CreationContext<'_>, start: Start) -> Self {
        super::fonts::install(&cc.egui_ctx);
        let settings: Settings =
            cc.storage.and_then(|s| eframe::get_value(s, STORAGE_KEY)).unwrap_or_default();
        let mut app = Self::with_session(Session::empty(), settings);
        app.open_start(start);
        app
    }

    /// An app around `session` (used by tests and by [`SectormapApp::new`]).
    pub fn with_session(session: Session, settings: Settings) -> Self {
        Self {
            session,
            settings,
            selection: Selection::default(),
            canvas: CanvasState::default(),
            filters: Filters::default(),
            view: ViewOptions::default(),
            status: Status::default(),
            inspector: Inspector::default(),
            search: Search::default(),
            files: FileDialogs::default(),
            dialog: None,
            export_open: false,
            running_export: None,
            commands: Vec::new(),
            allow_close: false,
            after_save: None,
            last_focus: None,
            views_panel: ViewsPanel::default(),
            gaps_panel: GapsPanel::default(),
            report: ReportPanel::default(),
            present: Presenter::default(),
            title: String::new(),
            scenes: SceneCache::default(),
        }
    }

    fn open_start(&mut self, start: Start) {
        let opened = match &start {
            Start::Example => Session::example(),
            Start::File(path) => Session::open(path),
            Start::Empty => Ok(Session::empty()),
        };
        match opened {
            Ok(session) => {
                if let Start::File(path) = &start {
                    self.settings.remember(path);
                }
                self.session = session;
            }
            Err(err) => self.show_load_error(&err),
        }
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
        // Presenting, the caption bar takes the place of the title block.
        let presenting = ViewOptions { no_title: true, ..self.view.clone() };
        let options = if self.present.active { &presenting } else { &self.view };
        let inputs = Inputs {
            doc: &self.session.doc,
            revision: self.session.revision,
            measured: &self.session.measured,
            positions: self.session.layout.positions(),
            layout_version: self.session.layout.version(),
            options,
            filters: &self.filters,
            theme,
        };
        self.scenes.get(&inputs)
    }

    fn panels(&mut self, ui: &mut Ui) {
        if self.present.active {
            self.presentation_panels(ui);
            return;
        }
        let scene = self.screen_scene();
        let (undo, redo) = (
            self.session.history.undo_label().map(str::to_owned),
            self.session.history.redo_label().map(str::to_owned),
        );
        let paused = self.session.layout.is_paused();
        let years: Vec<i32> = self.session.doc.score_years().into_iter().collect();
        let in_focus = self.view.focus.is_some();
        Panel::top("menu").show(ui, |ui| {
            let mut state = MenuState {
                settings: &mut self.settings,
                view: &mut self.view,
                undo,
                redo,
                paused,
                connect_tool: &mut self.canvas.connect_tool,
                years,
                views: self.session.doc.views.iter().map(|v| v.name.clone()).collect(),
                focus: self.selection.single_node().map(str::to_owned),
                in_focus,
            };
            menu::menu_bar(ui, &mut state, &mut self.commands);
            ui.horizontal_wrapped(|ui| {
                self.search.show(ui, &self.session.doc, &mut self.commands);
                ui.separator();
                menu::toolbar(ui, &mut state, &mut self.commands);
            });
        });
        Panel::bottom("status").show(ui, |ui| self.status.show(ui, &self.session, self.canvas.camera.zoom));
        self.side_panel(ui);
        self.report_panel(ui);
        if !self.settings.hide_inspector {
            Panel::right("inspector").default_size(320.0).show(ui, |ui| {
                self.inspector.show(ui, &self.session.doc, &mut self.selection, &mut self.commands);
            });
        }
        self.focus_bar(ui);
        self.central_canvas(ui, &scene);
    }

    /// The canvas in the rest of the window, drawing `scene`.
    pub(super) fn central_canvas(&mut self, ui: &mut Ui, scene: &Scene) {
        egui::CentralPanel::no_frame().show(ui, |ui| {
            let frame = canvas::Frame {
                session: &mut self.session,
                selection: &mut self.selection,
                scene,
                commands: &mut self.commands,
            };
            self.canvas.show(ui, frame);
        });
    }

    /// Seals the undo step being typed when focus moves to another field.
    fn seal_on_focus_change(&mut self, ctx: &egui::Context) {
        let focus = ctx.memory(|m| m.focused());
        if focus != self.last_focus {
            self.session.history.seal();
            self.last_focus = focus;
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let dirty = if self.session.is_dirty() { " *" } else { "" };
        let title = format!("Sectormap - {}{dirty}", self.session.name());
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
}

impl eframe::App for SectormapApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        ctx.set_theme(match self.settings.theme {
            UiTheme::Light => egui::Theme::Light,
            UiTheme::Dark => egui::Theme::Dark,
        });
        if self.present.active && self.dialog.is_none() {
            self.presentation_keys(&ctx);
        } else {
            self.handle_input(&ctx);
        }
        self.poll_background(&ctx);
        if self.session.layout.step(std::time::Duration::from_millis(8))
            || !self.session.layout.is_settled() && !self.session.layout.is_paused()
        {
            ctx.request_repaint();
        }
        self.panels(ui);
        self.show_dialogs(&ctx);
        let commands = std::mem::take(&mut self.commands);
        for command in commands {
            self.run(&ctx, command);
        }
        self.seal_on_focus_change(&ctx);
        self.update_title(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.settings);
    }
}
