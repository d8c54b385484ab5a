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

    /// The scene the canvas shows now (rebuilt only when something changed).
    pub fn screen_scene(&mut self) -> Arc<Scene> {
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
