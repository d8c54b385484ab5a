//! Side panels fold away in small windows, so the canvas keeps the room: a
//! panel that would leave the map too little space becomes a narrow rail of
//! buttons, and a button opens the panel as a drawer over the canvas
//! (the map keeps its size and place underneath). The panels come back on
//! their own when the window is large enough again.

use egui::{Align2, Id, Panel, Ui, Vec2};

use crate::app::SectormapApp;
use crate::app::settings::SideTab;
use crate::lang::Speak;
use crate::widgets::named_button;

/// The canvas keeps at least this share of the window's width...
const CANVAS_SHARE: f32 = 0.5;
/// ...and at least this many points across.
const CANVAS_WIDTH: f32 = 520.0;
/// The report card folds when it would leave the canvas less than this tall.
const CANVAS_HEIGHT: f32 = 300.0;
/// The width of a rail of folded panels.
const RAIL: f32 = 36.0;

/// A panel opened over the canvas from its rail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Drawer {
    /// The side panel, on this page.
    Side(SideTab),
    /// The inspector.
    Inspector,
    /// The report card.
    Report,
}

/// Which panels are folded this frame, and the drawer open over the canvas.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Folds {
    /// The side panel (filters, views, gaps, changes) is a rail.
    pub side: bool,
    /// The inspector is a rail.
    pub inspector: bool,
    /// The report card is a rail.
    pub report: bool,
    /// The panel open as a drawer, if any.
    pub drawer: Option<Drawer>,
}

/// The side panel's width as it opens.
const SIDE: f32 = 280.0;
/// The inspector's width as it opens.
const INSPECTOR: f32 = 320.0;

impl Folds {
    /// Works out which open panels fold in a window of `size`: the side
    /// panel first, then the inspector, until the canvas has its room.
    pub fn decide(&mut self, ctx: &egui::Context, size: Vec2, open: [bool; 3]) {
        let [side_open, inspector_open, report_open] = open;
        let side = if side_open { SIDE } else { 0.0 };
        let inspector = if inspector_open { INSPECTOR } else { 0.0 };
        let room = |taken: f32| size.x - taken >= CANVAS_WIDTH.max(size.x * CANVAS_SHARE);
        self.side = side_open && !room(side + inspector);
        let rail = if self.side { RAIL } else { 0.0 };
        self.inspector = inspector_open && !room(rail + inspector);
        // Menu, toolbar and status bar take about 110 points.
        // (Counted on the whole window: the Assessment panel's own room is
        // not the report card's to give up.)
        let window = ctx.content_rect().height();
        self.report = report_open && window - 110.0 - 240.0 < CANVAS_HEIGHT;
        let folded = match self.drawer {
            Some(Drawer::Side(_)) => self.side,
            Some(Drawer::Inspector) => self.inspector,
            Some(Drawer::Report) => self.report,
            None => false,
        };
        if !folded {
            self.drawer = None;
        }
    }
}

impl SectormapApp {
    /// The rails of folded panels, left, right and bottom.
    pub(crate) fn rails(&mut self, ui: &mut Ui) {
        let lang = ui.lang();
        let folds = &mut self.panes.folds;
        if folds.side {
            Panel::left("side-rail").exact_size(RAIL).resizable(false).show(ui, |ui| {
                for tab in SideTab::ALL {
                    let title = tab.title(lang);
                    let short: String = title.chars().take(2).collect();
                    let open = folds.drawer == Some(Drawer::Side(tab));
                    let response = ui.selectable_label(open, short).on_hover_text(&title);
                    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &title));
                    if response.clicked() {
                        folds.drawer = (!open).then_some(Drawer::Side(tab));
                    }
                }
            });
        }
        if folds.inspector {
            Panel::right("inspector-rail").exact_size(RAIL).resizable(false).show(ui, |ui| {
                let open = folds.drawer == Some(Drawer::Inspector);
                let name = lang.tr("fold-inspector");
                let response = ui.selectable_label(open, "i").on_hover_text(&name);
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                if response.clicked() {
                    folds.drawer = (!open).then_some(Drawer::Inspector);
                }
            });
        }
        if folds.report {
            Panel::bottom("report-rail").resizable(false).show(ui, |ui| {
                let open = folds.drawer == Some(Drawer::Report);
                if ui.selectable_label(open, lang.tr("fold-report")).clicked() {
                    folds.drawer = (!open).then_some(Drawer::Report);
                }
            });
        }
    }

    /// The folded panel opened over the canvas, if any (Escape or its
    /// Close button folds it again).
    pub(crate) fn drawer(&mut self, ui: &mut Ui, canvas: egui::Rect) {
        let Some(drawer) = self.panes.folds.drawer else { return };
        let lang = ui.lang();
        let (anchor, size) = match drawer {
            Drawer::Side(_) => (Align2::LEFT_TOP, Vec2::new(300.0, canvas.height())),
            Drawer::Inspector => (Align2::RIGHT_TOP, Vec2::new(320.0, canvas.height())),
            Drawer::Report => (Align2::LEFT_BOTTOM, Vec2::new(canvas.width(), 260.0)),
        };
        let size = size.min(canvas.size());
        let at = anchor.align_size_within_rect(size, canvas).min;
        egui::Area::new(Id::unique("sectormap-drawer")).fixed_pos(at).order(egui::Order::Middle).show(
            ui.ctx(),
            |ui| {
                egui::Frame::window(ui.style()).inner_margin(8.0).show(ui, |ui| {
                    ui.set_min_size(size - Vec2::splat(16.0));
                    ui.set_max_size(size - Vec2::splat(16.0));
                    ui.horizontal(|ui| {
                        if named_button(ui, "×", &lang.tr("fold-close")).clicked() {
                            self.panes.folds.drawer = None;
                        }
                    });
                    match drawer {
                        Drawer::Side(tab) => {
                            self.settings.side_tab = tab;
                            self.side_contents(ui);
                        }
                        Drawer::Inspector => self.inspector_contents(ui),
                        Drawer::Report => self.report_contents(ui),
                    }
                });
            },
        );
        if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            self.panes.folds.drawer = None;
        }
    }
}
