//! Exporting a picture from the editor: the scene as the canvas shows it,
//! rendered and written on a worker thread through exactly the command
//! line's pipeline (scene -> SVG/PNG bytes -> atomic write).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use super::SectormapApp;
use super::modal::Modal;
use crate::panels::export::render_options;
use sectormap_core::editor::{Filters, ViewOptions};
use sectormap_core::pipeline::{self, Format};
use sectormap_core::render::RenderOptions;
use sectormap_core::scene::{self, Scene};
use sectormap_core::tr;

/// An export running on a worker thread.
pub struct Running {
    rx: Receiver<Result<PathBuf, String>>,
}

impl Running {
    /// Renders `scene` and writes it to `path` in the background.
    pub fn start(ctx: &egui::Context, scene: Scene, options: RenderOptions, path: PathBuf) -> Self {
        Self::job(ctx, move || write(&scene, &options, &path).map(|()| path))
    }

    /// Runs `job` (which writes a file and says where) in the background.
    pub fn job(ctx: &egui::Context, job: impl FnOnce() -> Result<PathBuf, String> + Send + 'static) -> Self {
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
    pub fn poll(&self) -> Option<Result<PathBuf, String>> {
        self.rx.try_recv().ok()
    }
}

/// Renders and writes one picture, as `sectormap export` does.
pub fn write(scene: &Scene, options: &RenderOptions, path: &Path) -> Result<(), String> {
    let format = Format::from_path(path)
        .ok_or_else(|| format!("{}: end the name with .png or .svg", path.display()))?;
    let bytes = pipeline::render(scene, options, format).map_err(|err| err.to_string())?;
    pipeline::write_picture(path, &bytes).map_err(|err| format!("{}: not written: {err}", path.display()))
}

impl SectormapApp {
    /// The scene an export draws: the map where its nodes are, coloured as
    /// on screen, in the export background's theme; filters and focus apply
    /// to the current view only.
    pub(super) fn export_scene(&self, current_view: bool) -> Scene {
        let theme = self.settings.export.background.theme();
        let (doc, view) = (self.work.session.doc(), &self.work.view);
        let shown = if current_view {
            view.scene_view(theme, doc, &self.work.filters)
        } else {
            ViewOptions { focus: None, ..view.clone() }.scene_view(theme, doc, &Filters::default())
        };
        let session = &self.work.session;
        match view.localized(doc) {
            // The map in the language on screen: its texts, so its boxes.
            Some((localized, measured)) => {
                scene::build_measured(&localized, &measured, &scene::Layout::of(doc), &shown)
            }
            None => scene::build_measured(doc, session.measured(), &scene::Layout::of(doc), &shown),
        }
    }

    /// Starts writing the picture to `path`.
    pub(super) fn start_export(&mut self, ctx: &egui::Context, path: &Path) {
        let prefs = self.settings.export.clone();
        let scene = self.export_scene(prefs.current_view);
        let canvas = &self.panes.canvas;
        let crop = prefs.current_view.then(|| canvas.camera.visible(canvas.rect));
        let options = render_options(&prefs, crop);
        self.settings.export.folder = path.parent().map(Path::to_path_buf);
        self.status.info(tr!(self.language(), "status-exporting", path = path.display().to_string()));
        self.background.start_export(Running::start(ctx, scene, options, path.to_path_buf()));
    }

    /// Picks up answers from native dialogs and finished exports.
    pub(super) fn poll_background(&mut self, ctx: &egui::Context) {
        if let Some(outcome) = self.background.poll_files() {
            self.outcome(ctx, outcome);
        }
        if let Some(result) = self.background.poll_export() {
            match result {
                Ok(path) => self.status.info(tr!(
                    self.language(),
                    "status-exported",
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
