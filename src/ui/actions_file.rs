//! Carrying out file commands: new, open, save, export, quit, with the
//! unsaved-changes question and the file dialogs in between.

use std::path::{Path, PathBuf};

use super::app::SectormapApp;
use super::command::Command;
use super::dialogs::{self, Answer, Dialog, Reply, Then};
use super::export::{self, ExportReply, Running};
use super::files::{Outcome, Purpose};
use super::session::Session;
use super::state::{Filters, Selection, ViewOptions};
use crate::io::LoadError;
use crate::scene;

impl SectormapApp {
    /// Carries out a file command.
    pub(super) fn run_file_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => self.unless_dirty(ctx, Then::New),
            Command::Open => self.unless_dirty(ctx, Then::Open),
            Command::OpenPath(path) => self.unless_dirty(ctx, Then::OpenPath(path)),
            Command::Save => match self.session.path.clone() {
                Some(path) => {
                    self.save_as(&path);
                }
                None => self.ask(ctx, Purpose::SaveAs),
            },
            Command::SaveAs => self.ask(ctx, Purpose::SaveAs),
            Command::Export => self.export_open = true,
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            _ => {}
        }
    }

    /// Does `then` now, or first asks about unsaved changes.
    fn unless_dirty(&mut self, ctx: &egui::Context, then: Then) {
        if self.session.is_dirty() {
            self.dialog = Some(Dialog::Unsaved(then));
        } else {
            self.proceed(ctx, then);
        }
    }

    fn proceed(&mut self, ctx: &egui::Context, then: Then) {
        match then {
            Then::New => {
                self.replace_session(Session::empty());
                self.status.info("New map");
            }
            Then::Open => self.ask(ctx, Purpose::Open),
            Then::OpenPath(path) => self.open_path(&path),
            Then::Close => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn replace_session(&mut self, session: Session) {
        self.session = session;
        self.selection = Selection::default();
        self.filters = Filters::default();
        self.view.focus = None;
        self.views_panel = Default::default();
        self.canvas.needs_fit = true;
        self.canvas.rename = None;
        self.canvas.picker = None;
        self.search.text.clear();
    }

    fn open_path(&mut self, path: &Path) {
        match Session::open(path) {
            Ok(session) => {
                self.settings.remember(path);
                self.replace_session(session);
                self.status.info(format!("Opened {}", path.display()));
            }
            Err(err) => self.show_load_error(&err),
        }
    }

    /// Shows why a map could not be opened; the open map is untouched.
    pub(super) fn show_load_error(&mut self, err: &LoadError) {
        let lines = match err {
            LoadError::Invalid { problems, .. } => problems.iter().map(ToString::to_string).collect(),
            other => vec![other.to_string()],
        };
        let title = match err {
            LoadError::Invalid { origin, problems } => {
                format!("{origin} has {} problem(s) and was not opened", problems.len())
            }
            _ => "The map could not be opened".to_owned(),
        };
        self.status.error(err.to_string().lines().next().unwrap_or_default().to_owned());
        self.dialog = Some(Dialog::Error { title, lines });
    }

    /// Saves to `path`; returns whether it worked. A failure leaves the map dirty.
    fn save_as(&mut self, path: &Path) -> bool {
        let path = if path.extension().is_none() { path.with_extension("json") } else { path.to_path_buf() };
        match self.session.save_to(&path) {
            Ok(()) => {
                self.settings.remember(&path);
                self.status.info(format!("Saved {}", path.display()));
                true
            }
            Err(err) => {
                self.status.error(err.to_string());
                self.dialog = Some(Dialog::Error {
                    title: "The map was not saved".into(),
                    lines: vec![err.to_string()],
                });
                self.after_save = None;
                false
            }
        }
    }

    pub(super) fn ask(&mut self, ctx: &egui::Context, purpose: Purpose) {
        let (folder, name) = self.suggestion(&purpose);
        if let Some(outcome) = self.files.ask(ctx, purpose, folder, &name) {
            self.outcome(ctx, outcome);
        }
    }

    /// Folder and file name to offer for `purpose`.
    fn suggestion(&self, purpose: &Purpose) -> (Option<PathBuf>, String) {
        let current = self.session.path.clone();
        let folder = current.as_ref().and_then(|p| p.parent().map(Path::to_path_buf));
        let stem = current
            .as_ref()
            .and_then(|p| p.file_stem())
            .map_or("map".to_owned(), |s| s.to_string_lossy().into_owned());
        match purpose {
            Purpose::Open => (folder, String::new()),
            Purpose::SaveAs => (folder, format!("{stem}.json")),
            Purpose::Export(ext) => (self.settings.export.folder.clone().or(folder), format!("{stem}.{ext}")),
            Purpose::Report(ext) => {
                (self.settings.export.folder.clone().or(folder), format!("{stem}-report-card.{ext}"))
            }
        }
    }

    fn outcome(&mut self, ctx: &egui::Context, outcome: Outcome) {
        match outcome {
            Outcome::Chosen(purpose, path) => self.chosen(ctx, &purpose, &path),
            Outcome::Fallback(purpose) => {
                let (folder, name) = self.suggestion(&purpose);
                let text = match (&purpose, folder) {
                    (Purpose::Open, _) => String::new(),
                    (_, Some(folder)) => folder.join(name).display().to_string(),
                    (_, None) => std::env::current_dir()
                        .map(|d| d.join(&name))
                        .unwrap_or_else(|_| PathBuf::from(&name))
                        .display()
                        .to_string(),
                };
                self.dialog =
                    Some(Dialog::Path { purpose, text, error: None, focused: false, confirm: false });
            }
        }
    }

    fn chosen(&mut self, ctx: &egui::Context, purpose: &Purpose, path: &Path) {
        match purpose {
            Purpose::Open => self.open_path(path),
            Purpose::SaveAs => {
                if self.save_as(path)
                    && let Some(then) = self.after_save.take()
                {
                    self.proceed(ctx, then);
                }
            }
            Purpose::Export(_) => self.start_export(ctx, path),
            Purpose::Report(ext) => self.write_report(path, ext),
        }
    }

    /// Shows the open dialog, if any, and acts on its reply.
    pub(super) fn show_dialogs(&mut self, ctx: &egui::Context) {
        if self.export_open {
            let years: Vec<i32> = self.session.doc.score_years().into_iter().collect();
            let scene = self.export_scene(false);
            let whole = crate::render::RenderOptions::default().view_box(&scene.bounds);
            let current = self.canvas.camera.visible(self.canvas.rect);
            match export::dialog(ctx, &mut self.settings.export, &mut self.view, &years, [whole, current]) {
                Some(ExportReply::Export) => {
                    self.export_open = false;
                    let ext = if self.settings.export.svg { "svg" } else { "png" };
                    self.ask(ctx, Purpose::Export(ext));
                }
                Some(ExportReply::Cancel) => self.export_open = false,
                None => {}
            }
        }
        let name = self.session.name();
        let Some(dialog) = &mut self.dialog else {
            return;
        };
        let Some(reply) = dialogs::show(ctx, dialog, &name) else {
            return;
        };
        self.dialog = None;
        match reply {
            Reply::Unsaved(Answer::Save, then) => match self.session.path.clone() {
                Some(path) => {
                    if self.save_as(&path) {
                        self.proceed(ctx, then);
                    }
                }
                None => {
                    self.after_save = Some(then);
                    self.ask(ctx, Purpose::SaveAs);
                }
            },
            Reply::Unsaved(Answer::Discard, then) => self.proceed(ctx, then),
            Reply::Unsaved(Answer::Cancel, _) | Reply::Closed => self.after_save = None,
            Reply::Path(purpose, path) => self.chosen(ctx, &purpose, &path),
        }
    }

    /// The scene an export draws: the live layout, coloured as on screen, in
    /// the export background's theme; filters apply to the current view only.
    fn export_scene(&self, current_view: bool) -> scene::Scene {
        let theme = self.settings.export.background.theme();
        let view = if current_view {
            self.view.scene_view(theme, &self.session.doc, &self.filters)
        } else {
            let whole = ViewOptions { focus: None, ..self.view.clone() };
            whole.scene_view(theme, &self.session.doc, &Filters::default())
        };
        let positions = self.session.layout.positions();
        scene::build_measured(&self.session.doc, &self.session.measured, positions, &view)
    }

    fn start_export(&mut self, ctx: &egui::Context, path: &Path) {
        let prefs = self.settings.export.clone();
        let scene = self.export_scene(prefs.current_view);
        let crop = prefs.current_view.then(|| self.canvas.camera.visible(self.canvas.rect));
        let options = export::render_options(&prefs, crop);
        self.settings.export.folder = path.parent().map(Path::to_path_buf);
        self.status.info(format!("Exporting {}…", path.display()));
        self.running_export = Some(Running::start(ctx, scene, options, path.to_path_buf()));
    }

    /// Picks up answers from native dialogs and finished exports.
    pub(super) fn poll_background(&mut self, ctx: &egui::Context) {
        if let Some(outcome) = self.files.poll() {
            self.outcome(ctx, outcome);
        }
        if let Some(result) = self.running_export.as_ref().and_then(Running::poll) {
            self.running_export = None;
            match result {
                Ok(path) => self.status.info(format!("Exported {}", path.display())),
                Err(err) => {
                    self.status.error(err.clone());
                    self.dialog = Some(Dialog::Error {
                        title: "The picture was not exported".into(),
                        lines: vec![err],
                    });
                }
            }
        }
    }
}
