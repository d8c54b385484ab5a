//! Carrying out commands about how the map is shown: saved views, focus
//! mode, showing the nodes of a gap, presenting and report exports.

use super::app::SectormapApp;
use super::canvas::FitGoal;
use super::command::Command;
use super::state::Selection;
use crate::edit::Edit;
use crate::model::{Focus, MAX_FOCUS_DEPTH, SavedView, ViewArea};
use crate::scene;

impl SectormapApp {
    /// Carries out a view command; passes any other on to the file commands.
    pub(super) fn run_view_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::ApplyView(index) => self.apply_view(index),
            Command::NewView => self.new_view(),
            Command::UpdateView(index) => self.update_view(index),
            Command::ShowNodes(ids) => self.show_nodes(&ids),
            Command::FocusOn(id) => {
                if self.session.doc.node(&id).is_some() {
                    let depth = self.view.focus.as_ref().map_or(1, |f| f.depth);
                    self.view.focus = Some(Focus { others: self.focus_others(), ..Focus::new(id, depth) });
                }
            }
            Command::FocusDepth(step) => {
                if let Some(focus) = &mut self.view.focus {
                    focus.depth = focus.depth.saturating_add_signed(step).clamp(1, MAX_FOCUS_DEPTH);
                }
            }
            Command::ClearFocus => self.view.focus = None,
            Command::Present => self.start_presenting(ctx),
            Command::ExportReport(ext) => self.ask(ctx, super::files::Purpose::Report(ext)),
            other => self.run_file_command(ctx, other),
        }
    }

    fn focus_others(&self) -> crate::model::Others {
        self.view.focus.as_ref().map(|f| f.others).unwrap_or_default()
    }

    /// What the canvas shows now, as a saved view called `name`.
    pub(super) fn current_view(&self, name: String, caption: String) -> SavedView {
        let visible = self.canvas.camera.visible(self.canvas.rect);
        let area = ViewArea {
            x0: f64::from(visible.x0),
            y0: f64::from(visible.y0),
            x1: f64::from(visible.x1),
            y1: f64::from(visible.y1),
        };
        SavedView {
            name,
            caption,
            hide: self.filters.clone(),
            focus: self.view.focus.clone(),
            color_by: self.view.color_by,
            year: self.view.year,
            area: area.is_valid().then_some(area),
        }
    }

    /// Shows saved view `index`: filters, focus, colours, then the camera
    /// moves smoothly to its area (or to all it shows).
    pub(super) fn apply_view(&mut self, index: usize) {
        let Some(saved) = self.session.doc.views.get(index).cloned() else { return };
        self.filters = saved.hide.clone();
        self.view.focus = saved.focus.clone().filter(|f| self.session.doc.node(&f.node).is_some());
        self.view.color_by = saved.color_by;
        self.view.year = saved.year;
        self.views_panel.selected = Some(index);
        self.canvas.fit_next = Some(match saved.area {
            Some(area) if area.is_valid() => FitGoal::Area(scene::Rect::new(
                area.x0 as f32,
                area.y0 as f32,
                area.x1 as f32,
                area.y1 as f32,
            )),
            _ => FitGoal::Scene,
        });
    }

    fn new_view(&mut self) {
        let views = &self.session.doc.views;
        let taken = |name: &str| views.iter().any(|v| v.name.trim().eq_ignore_ascii_case(name));
        let name = (views.len() + 1..).map(|n| format!("View {n}")).find(|n| !taken(n)).unwrap_or_default();
        let mut all = views.clone();
        all.push(self.current_view(name.clone(), String::new()));
        let index = all.len() - 1;
        self.edit(Edit::SetViews(all), "New view", None, None);
        self.views_panel.selected = Some(index);
        self.views_panel.start_rename(index, &name);
        self.status.info(format!("Saved what the canvas shows as \"{name}\"; type a name for it."));
    }

    fn update_view(&mut self, index: usize) {
        let mut all = self.session.doc.views.clone();
        let Some(old) = all.get(index) else { return };
        let name = old.name.clone();
        let updated = self.current_view(name.clone(), old.caption.clone());
        all[index] = updated;
        self.edit(Edit::SetViews(all), "Update view", None, None);
        self.status.info(format!("\"{name}\" now shows the canvas as it is."));
    }

    /// Selects `ids` and moves the view to them.
    fn show_nodes(&mut self, ids: &[String]) {
        let ids: Vec<&String> = ids.iter().filter(|id| self.session.doc.node(id).is_some()).collect();
        if ids.is_empty() {
            return;
        }
        // Filters or a focus that hide or dim these nodes would hide the finding.
        let (hidden, dimmed) = self.view.hidden_and_dimmed(&self.session.doc, &self.filters);
        if ids.iter().any(|id| hidden.contains(*id) || dimmed.contains(*id)) {
            self.filters = Default::default();
            self.view.focus = None;
            self.status.info("Filters and focus were cleared to show these nodes.");
        }
        self.selection =
            Selection { nodes: ids.iter().map(|id| (*id).clone()).collect(), links: Default::default() };
        let scene = self.screen_scene();
        let rects: Vec<scene::Rect> =
            ids.iter().filter_map(|id| scene.node_group(id).map(|g| g.bounds.expand(60.0))).collect();
        if let Some(bounds) = scene::Rect::union_all(&rects) {
            self.canvas.follow = false;
            self.canvas.target = Some(self.canvas.fitting(&bounds));
        }
    }

    /// Writes the report card to `path`: CSV, or the chart as PNG or SVG in
    /// the export background's theme.
    pub(super) fn write_report(&mut self, path: &std::path::Path, ext: &str) {
        let card = crate::analysis::ReportCard::of(&self.session.doc);
        let bytes = if ext == "csv" {
            card.to_csv().map(String::into_bytes).map_err(|err| err.to_string())
        } else {
            let background = self.settings.export.background;
            let chart = scene::report_chart(&card, &self.session.doc.meta, background.theme());
            let options = crate::render::RenderOptions { background, ..Default::default() };
            let format =
                if ext == "svg" { crate::pipeline::Format::Svg } else { crate::pipeline::Format::Png };
            crate::pipeline::render(&chart, &options, format).map_err(|err| err.to_string())
        };
        let written =
            bytes.and_then(|b| crate::pipeline::write_picture(path, &b).map_err(|err| err.to_string()));
        self.settings.export.folder = path.parent().map(std::path::Path::to_path_buf);
        match written {
            Ok(()) => self.status.info(format!("Wrote the report card to {}", path.display())),
            Err(err) => {
                self.status.error(format!("{}: the report card was not written: {err}", path.display()))
            }
        }
    }

    /// Drops a focus on a node that no longer exists (after delete or undo).
    pub(super) fn drop_stale_focus(&mut self) {
        if self.view.focus.as_ref().is_some_and(|f| self.session.doc.node(&f.node).is_none()) {
            self.view.focus = None;
        }
        if self.views_panel.selected.is_some_and(|i| i >= self.session.doc.views.len()) {
            self.views_panel.selected = None;
        }
    }
}
