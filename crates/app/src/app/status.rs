//! The status line: the last message, layout work under way, and the zoom.

use std::time::{Duration, Instant};

use egui::{Color32, Ui};

use crate::lang::Speak;
use sectormap_core::editor::Session;
use sectormap_core::tr;

/// How long an information message stays.
const INFO_FOR: Duration = Duration::from_secs(8);
/// How long an error stays (unless something else is reported first).
const ERROR_FOR: Duration = Duration::from_secs(20);

/// Where a panel leaves a message for the status line.
fn report_key() -> egui::Id {
    egui::Id::unique("sectormap-status-report")
}

/// Leaves `text` as an error for the status line, from a panel or widget
/// that has only the `Context` (a field that refused what was typed). The
/// app shows it at the end of the frame.
pub fn report(ctx: &egui::Context, text: String) {
    ctx.data_mut(|data| data.insert_temp(report_key(), text));
}

/// The last message shown to the user.
#[derive(Default)]
pub struct Status {
    message: Option<(String, bool, Instant)>,
}

impl Status {
    /// Shows an information message.
    pub fn info(&mut self, text: impl Into<String>) {
        self.message = Some((text.into(), false, Instant::now()));
    }

    /// Shows an error message.
    pub fn error(&mut self, text: impl Into<String>) {
        self.message = Some((text.into(), true, Instant::now()));
    }

    /// Clears an error message (after something worked).
    pub fn clear_error(&mut self) {
        if self.message.as_ref().is_some_and(|m| m.1) {
            self.message = None;
        }
    }

    /// Shows the error a panel left with [`report`] this frame, if any.
    pub fn collect(&mut self, ctx: &egui::Context) {
        if let Some(text) = ctx.data_mut(|data| data.remove_temp::<String>(report_key())) {
            self.error(text);
        }
    }

    /// The message shown now, if any, and whether it is an error.
    pub fn current(&self) -> Option<(&str, bool)> {
        self.message.as_ref().map(|(text, error, _)| (text.as_str(), *error))
    }

    /// Shows the status line.
    pub fn show(&mut self, ui: &mut Ui, session: &Session, zoom: f32) {
        if let Some((_, error, at)) = &self.message
            && at.elapsed() > if *error { ERROR_FOR } else { INFO_FOR }
        {
            self.message = None;
        }
        let lang = ui.lang();
        ui.horizontal(|ui| {
            match &self.message {
                Some((text, true, _)) => {
                    ui.colored_label(Color32::from_rgb(0xC6, 0x28, 0x28), text.as_str());
                }
                Some((text, false, _)) => {
                    ui.label(text.as_str());
                }
                None => {
                    ui.weak(lang.tr("status-hint"));
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let decimals = if zoom < 0.1 { 1 } else { 0 };
                ui.label(tr!(lang, "status-zoom", percent = lang.decimal(f64::from(zoom) * 100.0, decimals)));
                ui.separator();
                let doc = session.doc();
                ui.label(tr!(lang, "map-counts", nodes = doc.node_count(), links = doc.link_count()));
                if let Some(map) = session.shared() {
                    ui.separator();
                    let folder = map.folder().dir.display().to_string();
                    ui.label(tr!(lang, "share-indicator", devices = map.devices())).on_hover_text(tr!(
                        lang,
                        "share-indicator-hint",
                        folder = folder
                    ));
                }
                if let Some(url) = session.live_url() {
                    ui.separator();
                    ui.label(tr!(lang, "live-indicator", url = url));
                }
                if session.is_busy() {
                    ui.separator();
                    let bar = egui::ProgressBar::new(session.progress())
                        .desired_width(90.0)
                        .text(lang.tr("status-laying-out"));
                    ui.add(bar);
                }
            });
        });
    }
}
