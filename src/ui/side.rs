//! The side panel (filters, views, gaps, with tabs) and the report card
//! panel under the canvas, plus the focus bar over it.

use egui::{Panel, Ui};

use super::app::SectormapApp;
use super::command::Command;
use super::inspector::widgets::named_button;
use super::settings::SideTab;
use crate::model::{MAX_FOCUS_DEPTH, Others};

impl SectormapApp {
    /// The side panel with its tabs, if open.
    pub(super) fn side_panel(&mut self, ui: &mut Ui) {
        if !self.settings.show_filters {
            return;
        }
        Panel::left("side").default_size(280.0).show(ui, |ui| {
            ui.horizontal(|ui| {
                for tab in SideTab::ALL {
                    ui.selectable_value(&mut self.settings.side_tab, tab, tab.title());
                }
            });
            ui.separator();
            let doc = &self.session.doc;
            match self.settings.side_tab {
                SideTab::Filters => super::filters::show(ui, doc, &mut self.filters),
                SideTab::Views => {
                    egui::ScrollArea::vertical()
                        .auto_shrink([false, false])
                        .show(ui, |ui| self.views_panel.show(ui, doc, &mut self.commands));
                }
                SideTab::Gaps => self.gaps_panel.show(ui, doc, self.session.revision, &mut self.commands),
            }
        });
    }

    /// The report card under the canvas, if open.
    pub(super) fn report_panel(&mut self, ui: &mut Ui) {
        if !self.settings.show_report {
            return;
        }
        Panel::bottom("report").resizable(true).default_size(240.0).show(ui, |ui| {
            self.report.show(
                ui,
                &self.session.doc,
                self.session.revision,
                &mut self.view,
                &mut self.commands,
            );
        });
    }

    /// The focus bar over the canvas while a node is in focus.
    pub(super) fn focus_bar(&mut self, ui: &mut Ui) {
        let Some(focus) = self.view.focus.clone() else { return };
        let name = self.session.doc.node(&focus.node).map_or(focus.node.clone(), |n| n.label.clone());
        Panel::top("focus").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.strong(format!("Focus: {name}"));
                ui.separator();
                ui.label("Steps");
                if ui
                    .add_enabled_ui(focus.depth > 1, |ui| named_button(ui, "−", "Narrow the focus"))
                    .inner
                    .clicked()
                {
                    self.commands.push(Command::FocusDepth(-1));
                }
                ui.label(focus.depth.to_string());
                let wider = focus.depth < MAX_FOCUS_DEPTH;
                if ui.add_enabled_ui(wider, |ui| named_button(ui, "+", "Widen the focus")).inner.clicked() {
                    self.commands.push(Command::FocusDepth(1));
                }
                ui.separator();
                ui.label("Others");
                if let Some(current) = &mut self.view.focus {
                    ui.selectable_value(&mut current.others, Others::Dim, "Dimmed");
                    ui.selectable_value(&mut current.others, Others::Hide, "Hidden");
                }
                ui.separator();
                if named_button(ui, "Save as view", "Save the focus as a view").clicked() {
                    self.commands.push(Command::NewView);
                    self.settings.show_filters = true;
                    self.settings.side_tab = SideTab::Views;
                }
                if named_button(ui, "Leave focus", "Leave focus mode").clicked() {
                    self.commands.push(Command::ClearFocus);
                }
                ui.weak("+ and − widen and narrow; Esc leaves");
            });
        });
    }
}
