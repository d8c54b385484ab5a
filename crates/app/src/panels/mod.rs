//! The panels around the canvas: the menu bar and toolbar, the side panel
//! (filters, views, gaps, others' changes), the inspector, the report card, the Assessment
//! panel and the answer open in it, the focus bar, the search box and the
//! export, briefing, web page, reply packs and import dialogs.
//!
//! Panels read the open map and never change it: every change of the map
//! is a [`Command`](sectormap_core::editor::Command) pushed for the app to
//! carry out once the panels are drawn. Some change view and interface
//! state in place: the filter tab edits the workspace's filters; the menu,
//! toolbar and picture-export dialog edit its view options (legend, title,
//! map language, colouring) and the settings; the report card's year
//! control sets the colouring by year; the focus bar chooses dimmed or
//! hidden; the inspector selects a link's end.

pub mod asks;
pub mod assess;
pub mod briefing;
pub mod briefs;
mod change_words;
pub mod changes;
pub mod data;
pub mod export;
pub mod filters;
pub mod fold;
pub mod gaps;
pub mod import;
pub mod inspector;
pub mod menu;
pub mod reply_pack;
pub mod report;
pub mod search;
mod side;
pub mod views;
pub mod web;

use egui::{Panel, Ui};

pub use assess::AssessPanel;
pub use changes::ChangesPanel;
pub use gaps::GapsPanel;
pub use inspector::Inspector;
pub use report::ReportPanel;
pub use search::Search;
pub use views::ViewsPanel;

use self::menu::MenuState;
use super::app::SectormapApp;

impl SectormapApp {
    /// Every panel of the editor, then the canvas in the space left.
    pub(crate) fn panels(&mut self, ui: &mut Ui) {
        if self.present.active {
            self.presentation_panels(ui);
            return;
        }
        let scene = self.screen_scene(ui.ctx());
        let history = self.work.session.history();
        let (undo, redo) = (history.undo_label().map(str::to_owned), history.redo_label().map(str::to_owned));
        let doc = self.work.session.doc();
        let years: Vec<i32> = doc.score_years().into_iter().collect();
        let views: Vec<String> = doc.views.iter().map(|v| v.name.clone()).collect();
        let languages = doc.languages();
        let in_focus = self.work.view.focus.is_some();
        let selected = self.work.selection.nodes.len();
        let live = self.work.session.live_url().is_some();
        Panel::top("menu").show(ui, |ui| {
            let mut state = MenuState {
                settings: &mut self.settings,
                view: &mut self.work.view,
                undo,
                redo,
                selected,
                connect_tool: &mut self.panes.canvas.connect_tool,
                years,
                views,
                focus: self.work.selection.single_node().map(str::to_owned),
                in_focus,
                languages,
                live,
            };
            menu::menu_bar(ui, &mut state, &mut self.commands);
            ui.horizontal_wrapped(|ui| {
                self.panes.search.show(ui, self.work.session.doc(), &mut self.commands);
                ui.separator();
                menu::toolbar(ui, &mut state, &mut self.commands);
            });
        });
        let zoom = self.panes.canvas.camera.zoom;
        Panel::bottom("status").show(ui, |ui| self.status.show(ui, &self.work.session, zoom));
        self.assess_panels(ui);
        let open = [self.settings.show_filters, !self.settings.hide_inspector, self.settings.show_report];
        let room = ui.available_rect_before_wrap().size();
        self.panes.folds.decide(ui.ctx(), room, open);
        self.rails(ui);
        self.side_panel(ui);
        self.report_panel(ui);
        if !self.settings.hide_inspector && !self.panes.folds.inspector {
            Panel::right("inspector").default_size(320.0).show(ui, |ui| self.inspector_contents(ui));
        }
        self.focus_bar(ui);
        self.central_canvas(ui, &scene);
        let canvas = self.panes.canvas.rect;
        self.drawer(ui, canvas);
    }

    /// The inspector of the selection (in its panel, or in its drawer).
    pub(crate) fn inspector_contents(&mut self, ui: &mut Ui) {
        let work = &mut self.work;
        self.panes.inspector.blind = self.panes.assess.second;
        let shown = (work.session.doc(), work.session.revision());
        self.panes.inspector.show(ui, shown, &mut work.selection, &mut self.commands);
    }
}
