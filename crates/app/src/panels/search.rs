//! Find nodes by label: type in the search box, Enter reveals the best match.

use egui::{Id, Key, Ui};

use crate::lang::Speak;
use crate::map_text::MapText;
use sectormap_core::editor::{CameraCommand, Command};
use sectormap_core::model::Document;
use sectormap_core::tr;

/// Most matches listed under the search box.
const MAX_SHOWN: usize = 8;

/// The search box's state.
#[derive(Default)]
pub struct Search {
    /// What has been typed.
    pub text: String,
    /// Give the box focus on the next frame (Ctrl+F).
    pub focus: bool,
}

/// Node ids whose label (or id) contains `query`, best first: labels that
/// start with it, then labels that contain it, then ids; each group by label.
pub fn matches(doc: &Document, query: &str) -> Vec<String> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(u8, String, String)> = doc
        .nodes()
        .filter_map(|node| {
            let label = node.label.to_lowercase();
            let rank = if label.starts_with(&q) {
                0
            } else if label.contains(&q) {
                1
            } else if node.id.to_lowercase().contains(&q) {
                2
            } else {
                return None;
            };
            Some((rank, label, node.id.clone()))
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, _, id)| id).collect()
}

impl Search {
    /// Shows the search box and its matches.
    pub fn show(&mut self, ui: &mut Ui, doc: &Document, out: &mut Vec<Command>) {
        let lang = ui.lang();
        let edit =
            egui::TextEdit::singleline(&mut self.text).hint_text(lang.tr("search-hint")).desired_width(180.0);
        let response = ui.add(edit);
        let text = self.text.clone();
        let name = lang.tr("search-name");
        response.widget_info(|| crate::widgets::field_info(&name, &text));
        if self.focus {
            response.request_focus();
            self.focus = false;
        }
        let found = matches(doc, &self.text);
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if enter && let Some(first) = found.first() {
            out.push(CameraCommand::Reveal(first.clone()).into());
        }
        if response.has_focus() && ui.input(|i| i.key_pressed(Key::Escape)) {
            self.text.clear();
        }
        if !response.has_focus() || found.is_empty() {
            return;
        }
        egui::Area::new(Id::unique("sectormap-search-results"))
            .fixed_pos(response.rect.left_bottom())
            .order(egui::Order::Foreground)
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    for id in found.iter().take(MAX_SHOWN) {
                        let label = doc.node(id).map_or(id.as_str(), |n| n.label.as_str());
                        if ui.add(MapText::new(label).selectable(false)).clicked() {
                            out.push(CameraCommand::Reveal(id.clone()).into());
                        }
                    }
                    if found.len() > MAX_SHOWN {
                        ui.weak(tr!(lang, "search-more", count = found.len() - MAX_SHOWN));
                    }
                });
            });
    }
}
