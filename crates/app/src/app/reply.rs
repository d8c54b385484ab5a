//! The open dialog shown over the frame, and what it asks for once it
//! closes: a save, a path, an export, an import, a restored map (and the
//! kind chosen in the import preview, which stays open).

use std::path::Path;

use super::SectormapApp;
use super::dialogs::{Answer, Reply};
use super::files::Purpose;
use super::modal::Behind;

impl SectormapApp {
    /// Shows the open dialog, if any, and acts on its reply.
    pub(super) fn show_modal(&mut self, ctx: &egui::Context) {
        if !self.modals.is_open() {
            return;
        }
        let areas = self.modals.wants_areas().then(|| self.export_areas());
        let behind = Behind {
            name: self.work.session.name(),
            doc: self.work.session.doc(),
            export: &mut self.settings.export,
            view: &mut self.work.view,
            areas,
        };
        if let Some(reply) = self.modals.show(ctx, behind) {
            self.answer(ctx, reply);
        }
    }

    /// The map areas a picture export covers: the whole map and the view
    /// on screen.
    fn export_areas(&self) -> [sectormap_core::scene::Rect; 2] {
        let whole = sectormap_core::render::RenderOptions::default().view_box(&self.export_bounds());
        let canvas = &self.panes.canvas;
        [whole, canvas.camera.visible(canvas.rect)]
    }

    /// Carries out what a closed dialog asks for.
    fn answer(&mut self, ctx: &egui::Context, reply: Reply) {
        match reply {
            Reply::Unsaved(Answer::Save, then) => match self.work.session.path().map(Path::to_path_buf) {
                Some(path) => {
                    if self.save_as(&path) {
                        self.proceed(ctx, then);
                    }
                }
                None => {
                    self.background.after_save = Some(then);
                    self.ask(ctx, Purpose::SaveAs);
                }
            },
            Reply::Unsaved(Answer::Discard, then) => self.proceed(ctx, then),
            Reply::Unsaved(Answer::Cancel, _) | Reply::Closed => self.background.after_save = None,
            Reply::Path(purpose, path) => self.chosen(ctx, &purpose, &path),
            Reply::Recover(answer) => self.answer_recovery(answer),
            Reply::Ask(purpose) => self.ask(ctx, purpose),
            Reply::Import(preview) => self.finish_import(ctx, *preview),
            Reply::KindChosen { path, name, kind } => self.settings.remember_kind(&path, &name, kind),
            Reply::ImportFile(path) => self.read_import(&path),
            Reply::OpenBackup { path, backup } => self.open_backup(&path, &backup),
            Reply::Disk(answer) => self.answer_disk(ctx, answer),
            Reply::Share { name, join } => self.share_map(ctx, &name, join),
            Reply::Merge { path, name } => self.merge_from(&path, name.as_deref()),
            Reply::Connect(form) => self.connect_live(*form),
        }
    }
}
