//! The scene the canvas shows, in the theme of the moment, and the canvas
//! drawing it.

use std::sync::Arc;

use egui::Ui;

use super::SectormapApp;
use super::settings::UiTheme;
use sectormap_core::editor::ViewOptions;
use sectormap_core::scene::{Scene, Theme};

impl SectormapApp {
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

    /// The scene the canvas shows now (rebuilt only when something
    /// changed). A large map's is built on another thread: until it is
    /// ready this is the last one, and frames go on to pick it up.
    pub fn screen_scene(&mut self, ctx: &egui::Context) -> Arc<Scene> {
        let scene = self.scene_now();
        if self.work.is_building_scene() {
            ctx.request_repaint();
        }
        scene
    }

    /// The scene for the canvas now, without asking for frames while a
    /// large map's is built (see [`Self::screen_scene`]).
    pub fn scene_now(&mut self) -> Arc<Scene> {
        let theme = self.theme();
        if self.present.active {
            // Presenting, the caption bar takes the place of the title block.
            let presenting = ViewOptions { no_title: true, ..self.work.view.clone() };
            return self.work.scene(theme, Some(&presenting));
        }
        self.work.scene(theme, None)
    }

    /// The canvas in the rest of the window, drawing `scene`.
    pub(crate) fn central_canvas(&mut self, ui: &mut Ui, scene: &Arc<Scene>) {
        egui::CentralPanel::no_frame().show(ui, |ui| {
            let frame = crate::canvas::Frame { work: &mut self.work, scene, commands: &mut self.commands };
            self.panes.canvas.show(ui, frame);
        });
    }
}
