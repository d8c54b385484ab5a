//! One frame of the editor: the language and theme, keys (or the
//! presentation's), background work, the panels, the open modal, then the
//! commands the frame gave, the recovery copy, the layout to save, and
//! the window title.

use egui::Ui;

use super::SectormapApp;
use super::settings::{STORAGE_KEY, UiTheme};

impl eframe::App for SectormapApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if crate::lang::of(&ctx) != self.language() || self.work.language() != self.language() {
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
        // Others' changes first: their save of the map's file is then known.
        self.watch_shared(&ctx, ctx.input(|i| i.time));
        self.exchange_live(&ctx, ctx.input(|i| i.time));
        self.watch_disk(&ctx, ctx.input(|i| i.time));
        let now = ctx.input(|i| i.time);
        if self.work.poll(now) {
            ctx.request_repaint();
        }
        if let Some(error) = self.work.session.take_layout_error() {
            self.status.error(error);
        }
        let selection = self.work.selection.clone();
        self.panels(ui);
        self.show_modal(&ctx);
        self.status.collect(&ctx);
        for command in std::mem::take(&mut self.commands) {
            self.run(&ctx, command);
        }
        // After the frame's edits, so the first change is kept at once.
        self.keep_recovery_copy(&ctx, now);
        self.keep_layout(&ctx, now);
        let map_used = self.panes.canvas.pressed || self.work.selection != selection;
        self.window.note_keyboard(&ctx, map_used);
        if self.window.focus_moved(&ctx) {
            // Typing in another field is another undo step.
            self.work.session.seal();
        }
        self.window.update_title(&ctx, &self.work.session);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.settings);
        self.layout.saved();
    }

    fn auto_save_interval(&self) -> std::time::Duration {
        // Soon after the window's layout changes, not only at exit.
        self.layout.interval()
    }

    fn on_exit(&mut self) {
        self.end_recovery();
    }
}
