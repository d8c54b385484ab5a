//! Carrying out commands: the one dispatch of every [`Command`] group, and
//! the document and camera groups.

use super::SectormapApp;
use sectormap_core::editor::{CameraCommand, Command, DocCommand, Notice, Outcome, Selection};

impl SectormapApp {
    /// Carries out one command.
    pub(crate) fn run(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Doc(command) => self.run_doc(command),
            Command::File(command) => self.run_file(ctx, command),
            Command::View(command) => self.run_view(ctx, command),
            Command::Camera(command) => self.run_camera(command),
        }
    }

    /// Carries out a change of the map.
    fn run_doc(&mut self, command: DocCommand) {
        let relayout = command == DocCommand::Relayout;
        if matches!(command, DocCommand::Connect(..)) {
            // One link per use of the Connect tool.
            self.panes.canvas.connect_tool = false;
        }
        let middle = self.panes.canvas.view_center();
        let outcome = self.work.run(command, middle);
        self.report(&outcome);
        if let Some(id) = outcome.rename
            && self.work.session.doc().node(&id).is_some()
        {
            self.panes.canvas.start_rename(id, String::new());
        }
        if relayout {
            // The map's extent may change: show all of it once nodes land.
            self.panes.canvas.fit_after_motion();
        }
        self.forget_stale_view();
    }

    /// Shows what became of a command in the status line.
    pub(crate) fn report(&mut self, outcome: &Outcome) {
        match &outcome.notice {
            Some(Notice::Info(text)) => {
                self.status.info(text.clone());
            }
            Some(Notice::Error(text)) => self.status.error(text.clone()),
            None => self.status.clear_error(),
        }
    }

    /// Moves the camera.
    fn run_camera(&mut self, command: CameraCommand) {
        match command {
            CameraCommand::Fit => {
                let bounds = self.scene_now().bounds;
                self.panes.canvas.fit(&bounds);
            }
            CameraCommand::ZoomIn => self.panes.canvas.zoom_by(1.25),
            CameraCommand::ZoomOut => self.panes.canvas.zoom_by(0.8),
            CameraCommand::Reveal(id) => {
                if let Some(p) = self.work.session.display().get(&id) {
                    self.panes.canvas.center_on(p);
                    self.work.selection = Selection::node(&id);
                }
            }
        }
    }

    /// Forgets the picked saved view once it no longer exists.
    pub(crate) fn forget_stale_view(&mut self) {
        if self.panes.views.selected.is_some_and(|i| i >= self.work.session.doc().views.len()) {
            self.panes.views.selected = None;
        }
    }
}
