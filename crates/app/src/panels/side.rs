//! The side panel (filters, views, gaps, changes, with tabs) and the report card
//! panel under the canvas, plus the focus bar over it.

use egui::{Panel, Ui};

use crate::app::SectormapApp;
use crate::app::settings::SideTab;
use crate::lang::Speak;
use crate::widgets::named_button;
use sectormap_core::editor::ViewCommand;
use sectormap_core::model::{MAX_FOCUS_DEPTH, Others};
use sectormap_core::tr;

impl SectormapApp {
    /// The side panel with its tabs, if open.
    pub(crate) fn side_panel(&mut self, ui: &mut Ui) {
        if !self.settings.show_filters || self.panes.folds.side {
            return;
        }
        Panel::left("side").default_size(280.0).show(ui, |ui| self.side_contents(ui));
    }

    /// The side panel's tabs and page (in the panel, or in its drawer).
    pub(crate) fn side_contents(&mut self, ui: &mut Ui) {
        let lang = ui.lang();
        // Wrapped: in longer languages the tabs need two lines.
        ui.horizontal_wrapped(|ui| {
            for tab in SideTab::ALL {
                let open = self.settings.side_tab == tab;
                if ui.selectable_label(open, tab.title(lang)).clicked() {
                    self.settings.side_tab = tab;
                    if self.panes.folds.drawer.is_some() {
                        self.panes.folds.drawer = Some(super::fold::Drawer::Side(tab));
                    }
                }
            }
        });
        ui.separator();
        let (work, panes, out) = (&mut self.work, &mut self.panes, &mut self.commands);
        let doc = work.session.doc();
        match self.settings.side_tab {
            SideTab::Filters => super::filters::show(ui, doc, &mut work.filters),
            SideTab::Views => {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| panes.views.show(ui, doc, out));
            }
            SideTab::Gaps => panes.gaps.show(ui, doc, work.session.revision(), out),
            SideTab::Changes => panes.changes.show(ui, &work.session, out),
        }
    }

    /// The report card under the canvas, if open.
    pub(crate) fn report_panel(&mut self, ui: &mut Ui) {
        if !self.settings.show_report || self.panes.folds.report {
            return;
        }
        Panel::bottom("report").resizable(true).default_size(240.0).show(ui, |ui| self.report_contents(ui));
    }

    /// The report card (in its panel, or in its drawer).
    pub(crate) fn report_contents(&mut self, ui: &mut Ui) {
        let work = &mut self.work;
        let (doc, revision) = (work.session.doc(), work.session.revision());
        self.panes.report.show(ui, doc, revision, &mut work.view, &mut self.commands);
    }

    /// The focus bar over the canvas while a node is in focus.
    pub(crate) fn focus_bar(&mut self, ui: &mut Ui) {
        let Some(focus) = self.work.view.focus.clone() else { return };
        let doc = self.work.session.doc();
        let name = doc.node(&focus.node).map_or(focus.node.clone(), |n| n.label.clone());
        let lang = ui.lang();
        Panel::top("focus").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.strong(tr!(lang, "focus-on", name = name));
                ui.separator();
                ui.label(lang.tr("focus-steps"));
                let narrow = lang.tr("focus-narrow");
                if ui.add_enabled_ui(focus.depth > 1, |ui| named_button(ui, "−", &narrow)).inner.clicked() {
                    self.commands.push(ViewCommand::FocusDepth(-1).into());
                }
                ui.label(focus.depth.to_string());
                let wider = focus.depth < MAX_FOCUS_DEPTH;
                let widen = lang.tr("focus-widen");
                if ui.add_enabled_ui(wider, |ui| named_button(ui, "+", &widen)).inner.clicked() {
                    self.commands.push(ViewCommand::FocusDepth(1).into());
                }
                ui.separator();
                ui.label(lang.tr("focus-others"));
                if let Some(current) = &mut self.work.view.focus {
                    ui.selectable_value(&mut current.others, Others::Dim, lang.tr("focus-dimmed"));
                    ui.selectable_value(&mut current.others, Others::Hide, lang.tr("focus-hidden"));
                }
                ui.separator();
                if named_button(ui, &lang.tr("focus-save"), &lang.tr("focus-save-hint")).clicked() {
                    self.commands.push(ViewCommand::NewView.into());
                    self.settings.show_filters = true;
                    self.settings.side_tab = SideTab::Views;
                }
                if named_button(ui, &lang.tr("menu-leave-focus"), &lang.tr("focus-leave-hint")).clicked() {
                    self.commands.push(ViewCommand::ClearFocus.into());
                }
                ui.weak(lang.tr("focus-keys"));
            });
        });
    }
}
