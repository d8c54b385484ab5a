//! Every export from the editor (picture, report card, data, web page,
//! briefing) as one [`Export`] request, made and written on a worker
//! thread by exactly the command line's path ([`sectormap_core::export`]),
//! so the window never waits and the files are the command line's files.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use super::SectormapApp;
use super::modal::Modal;
use crate::panels::export::render_options;
use sectormap_core::editor::{Filters, ViewOptions};
use sectormap_core::export::{self, Content, Export, MapView};
use sectormap_core::format::Format;
use sectormap_core::model::Document;
use sectormap_core::scene::{self, Rect, View};
use sectormap_core::tr;

/// What an export wrote: a file, or a folder of `count` files.
pub type Done = (PathBuf, Option<usize>);

/// An export running on a worker thread.
pub struct Running {
    rx: Receiver<Result<Done, String>>,
}

impl Running {
    /// Makes `request` for `doc` and writes it to `path` in the background.
    pub fn start(ctx: &egui::Context, doc: Document, request: Export, path: PathBuf) -> Self {
        Self::job(ctx, move || {
            let exported = export::export(&doc, &request).map_err(|err| err.to_string())?;
            export::write(&path, &exported).map_err(|err| err.to_string())?;
            Ok(path)
        })
    }

    /// Runs `job` (which writes a file and says where) in the background.
    pub fn job(ctx: &egui::Context, job: impl FnOnce() -> Result<PathBuf, String> + Send + 'static) -> Self {
        Self::files(ctx, move || job().map(|path| (path, None)))
    }

    /// Runs `job` (which writes files into a folder and says where and how
    /// many) in the background.
    pub fn files(ctx: &egui::Context, job: impl FnOnce() -> Result<Done, String> + Send + 'static) -> Self {
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let run = move || {
            let _ = tx.send(job());
            ctx.request_repaint();
        };
        if let Err(err) = std::thread::Builder::new().name("export".into()).spawn(run) {
            let (tx, failed) = channel();
            let _ = tx.send(Err(format!("cannot start the export: {err}")));
            return Self { rx: failed };
        }
        Self { rx }
    }

    /// The result, once the export is done.
    pub fn poll(&self) -> Option<Result<Done, String>> {
        self.rx.try_recv().ok()
    }
}

impl SectormapApp {
    /// What a picture of the map shows: the map where its nodes are,
    /// coloured as on screen; filters and focus apply to the current view only.
    pub(super) fn export_view(&self, current_view: bool) -> View {
        let theme = self.settings.export.background.theme();
        let (doc, view) = (self.work.session.doc(), &self.work.view);
        if current_view {
            view.scene_view(theme, doc, &self.work.filters)
        } else {
            ViewOptions { focus: None, ..view.clone() }.scene_view(theme, doc, &Filters::default())
        }
    }

    /// The extent of a picture of the whole map, for the size the export
    /// dialog shows: the map's texts in the language on screen, their boxes.
    pub(super) fn export_bounds(&self) -> Rect {
        let (session, view) = (&self.work.session, self.export_view(false));
        let doc = session.doc();
        let layout = scene::Layout::of(doc);
        match self.work.view.localized(doc) {
            Some((shown, measured)) => scene::build_measured(&shown, &measured, &layout, &view).bounds,
            None => scene::build_measured(doc, session.measured(), &layout, &view).bounds,
        }
    }

    /// An export request for `content` in `format`, in the map language on screen.
    pub(super) fn request(&self, content: Content, format: Format) -> Export {
        let doc = self.work.session.doc();
        Export { content, format, language: self.work.view.shown_language(doc).map(str::to_owned) }
    }

    /// Starts writing `request` to `path` on a worker, saying so.
    pub(super) fn start_job(&mut self, ctx: &egui::Context, request: Export, path: &Path) {
        self.settings.export.folder = path.parent().map(Path::to_path_buf);
        self.status.info(tr!(self.language(), "status-exporting", path = path.display().to_string()));
        let doc = self.work.session.doc().clone();
        self.background.start_export(Running::start(ctx, doc, request, path.to_path_buf()));
    }

    /// Starts writing the picture to `path`.
    pub(super) fn start_export(&mut self, ctx: &egui::Context, path: &Path) {
        let prefs = self.settings.export.clone();
        let canvas = &self.panes.canvas;
        let crop = prefs.current_view.then(|| canvas.camera.visible(canvas.rect));
        let view = MapView::Given(Box::new(self.export_view(prefs.current_view)));
        let size = render_options(&prefs, crop).into();
        let format = Format::from_path(path).filter(|f| f.is_picture()).unwrap_or(Format::Png);
        let request = self.request(Content::Map { view, size }, format);
        self.start_job(ctx, request, path);
    }

    /// Picks up answers from native dialogs and finished exports.
    pub(super) fn poll_background(&mut self, ctx: &egui::Context) {
        if let Some(outcome) = self.background.poll_files() {
            self.outcome(ctx, outcome);
        }
        if let Some(result) = self.background.poll_export() {
            match result {
                Ok((path, None)) => self.status.info(tr!(
                    self.language(),
                    "status-exported",
                    path = path.display().to_string()
                )),
                Ok((path, Some(count))) => self.status.info(tr!(
                    self.language(),
                    "status-exported-files",
                    count = count,
                    path = path.display().to_string()
                )),
                Err(err) => {
                    self.status.error(err.clone());
                    self.modals.open(Modal::Error {
                        title: self.language().tr("error-not-exported"),
                        lines: vec![err],
                    });
                }
            }
        }
    }
}
