//! The briefing dialog (File > Export briefing…): which parts and views go
//! into the PDF, in what paper and orientation. The PDF is made in
//! `app/briefing.rs` by the same code as `sectormap briefing`.

use egui::{Id, Modal};

use super::export::ExportReply;
use crate::lang::Speak;
use crate::widgets;
use sectormap_core::briefing::{Options, Orientation, Paper, Part};

/// What the user chose, kept while the editor runs.
#[derive(Clone, Debug, PartialEq)]
pub struct BriefingPrefs {
    /// Parts to include (the order is always cover, map, views, report,
    /// assessment, gaps).
    pub parts: Vec<Part>,
    /// Saved views left out, by name.
    pub skipped_views: Vec<String>,
    /// Paper size.
    pub paper: Paper,
    /// Which way up.
    pub orientation: Orientation,
}

impl Default for BriefingPrefs {
    fn default() -> Self {
        Self {
            parts: Part::ALL.to_vec(),
            skipped_views: Vec::new(),
            paper: Paper::A4,
            orientation: Orientation::Auto,
        }
    }
}

impl BriefingPrefs {
    /// The briefing options for a map with these saved views.
    pub fn options(&self, views: &[String], language: sectormap_core::i18n::Language) -> Options {
        let chosen = views.iter().filter(|v| !self.skipped_views.contains(v)).cloned().collect();
        Options {
            parts: Part::ALL.into_iter().filter(|p| self.parts.contains(p)).collect(),
            views: Some(chosen),
            paper: self.paper,
            orientation: self.orientation,
            date: sectormap_core::briefing::today(),
            language,
            ..Options::default()
        }
    }
}

/// Shows the dialog; `views` are the map's saved views by name.
pub fn dialog(ctx: &egui::Context, prefs: &mut BriefingPrefs, views: &[String]) -> Option<ExportReply> {
    let lang = ctx.lang();
    let mut reply = None;
    let modal = Modal::new(Id::unique("sectormap-briefing")).show(ctx, |ui| {
        ui.heading(lang.tr("briefing-dialog-title"));
        ui.label(lang.tr("briefing-pages"));
        for part in Part::ALL {
            let mut on = prefs.parts.contains(&part);
            if ui.checkbox(&mut on, part.title(lang)).changed() {
                prefs.parts.retain(|p| *p != part);
                if on {
                    prefs.parts.push(part);
                }
            }
            if part == Part::Views && on && !views.is_empty() {
                ui.indent("briefing-views", |ui| {
                    egui::ScrollArea::vertical().max_height(180.0).show(ui, |ui| {
                        for name in views {
                            let mut keep = !prefs.skipped_views.contains(name);
                            if crate::map_text::checkbox(ui, &mut keep, name).changed() {
                                prefs.skipped_views.retain(|v| v != name);
                                if !keep {
                                    prefs.skipped_views.push(name.clone());
                                }
                            }
                        }
                    });
                });
            }
        }
        ui.add_space(6.0);
        egui::Grid::new("briefing-grid").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
            ui.label(lang.tr("briefing-paper"));
            ui.horizontal(|ui| {
                for paper in Paper::ALL {
                    ui.radio_value(&mut prefs.paper, paper, paper.name());
                }
            });
            ui.end_row();
            ui.label(lang.tr("briefing-orientation"));
            ui.vertical(|ui| {
                for orientation in Orientation::ALL {
                    let name = lang.tr(&format!("briefing-orientation-{}", orientation.key()));
                    ui.radio_value(&mut prefs.orientation, orientation, name);
                }
            });
            ui.end_row();
        });
        ui.separator();
        let empty = prefs.parts.is_empty();
        if empty {
            ui.label(lang.tr("briefing-no-parts"));
        }
        reply = widgets::go_or_cancel(ui, &lang.tr("briefing-export"), !empty).map(ExportReply::from_go);
    });
    if reply.is_none() && modal.should_close() {
        reply = Some(ExportReply::Cancel);
    }
    reply
}
