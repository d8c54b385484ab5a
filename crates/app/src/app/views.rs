//! Carrying out commands about how the map is shown: saved views, focus
//! mode, selecting all, renaming in place, showing the nodes of a gap, and
//! presenting.

use super::SectormapApp;
use crate::canvas::FitGoal;
use sectormap_core::edit::Edit;
use sectormap_core::editor::{Selection, ViewCommand};
use sectormap_core::model::{Focus, MAX_FOCUS_DEPTH, SavedView, Translations, ViewArea};
use sectormap_core::scene;
use sectormap_core::tr;

impl SectormapApp {
    /// Carries out a view command.
    pub(super) fn run_view(&mut self, ctx: &egui::Context, command: ViewCommand) {
        match command {
            ViewCommand::SelectAll => self.select_all(),
            ViewCommand::Rename(id) => {
                if let Some(node) = self.work.session.doc().node(&id) {
                    let text = node.label.clone();
                    self.panes.canvas.start_rename(id.clone(), text);
                    self.work.selection = Selection::node(&id);
                }
            }
            ViewCommand::ApplyView(index) => self.apply_view(index),
            ViewCommand::NewView => self.new_view(),
            ViewCommand::UpdateView(index) => self.update_view(index),
            ViewCommand::ShowNodes(ids) => self.show_nodes(&ids),
            ViewCommand::FocusOn(id) => {
                if self.work.session.doc().node(&id).is_some() {
                    let view = &mut self.work.view;
                    let depth = view.focus.as_ref().map_or(1, |f| f.depth);
                    let others = view.focus.as_ref().map(|f| f.others).unwrap_or_default();
                    view.focus = Some(Focus { others, ..Focus::new(id, depth) });
                }
            }
            ViewCommand::FocusDepth(step) => {
                if let Some(focus) = &mut self.work.view.focus {
                    focus.depth = focus.depth.saturating_add_signed(step).clamp(1, MAX_FOCUS_DEPTH);
                }
            }
            ViewCommand::ClearFocus => self.work.view.focus = None,
            ViewCommand::SaveNeighbourhood(id) => self.save_neighbourhood(&id),
            ViewCommand::Present { from_current } => self.start_presenting(ctx, from_current),
        }
    }

    /// Selects every node that is not hidden.
    fn select_all(&mut self) {
        let work = &mut self.work;
        let (hidden, _) = work.view.hidden_and_dimmed(work.session.doc(), &work.filters);
        work.selection.nodes =
            work.session.doc().nodes().map(|n| n.id.clone()).filter(|id| !hidden.contains(id)).collect();
        work.selection.links.clear();
    }

    /// What the canvas shows now, as a saved view called `name`.
    pub(super) fn current_view(&self, name: String, caption: String) -> SavedView {
        let visible = self.panes.canvas.camera.visible(self.panes.canvas.rect);
        let area = ViewArea {
            x0: f64::from(visible.x0),
            y0: f64::from(visible.y0),
            x1: f64::from(visible.x1),
            y1: f64::from(visible.y1),
        };
        SavedView {
            name,
            caption,
            hide: self.work.filters.clone(),
            focus: self.work.view.focus.clone(),
            color_by: self.work.view.color_by,
            year: self.work.view.year,
            criterion: self.work.view.criterion.clone(),
            area: area.is_valid().then_some(area),
            translations: Translations::default(),
        }
    }

    /// Shows saved view `index`: filters, focus, colours, then the camera
    /// moves smoothly to its area (or to all it shows).
    pub(crate) fn apply_view(&mut self, index: usize) {
        let work = &mut self.work;
        let Some(saved) = work.session.doc().views.get(index).cloned() else { return };
        work.filters = saved.hide.clone();
        work.view.focus = saved.focus.clone().filter(|f| work.session.doc().node(&f.node).is_some());
        work.view.color_by = saved.color_by;
        work.view.year = saved.year;
        work.view.criterion = saved.criterion.clone();
        self.panes.views.selected = Some(index);
        // Enlarged past fitting (presenting with larger text), the view
        // stays on the node it is about.
        let focus = work.view.focus.as_ref();
        let lead = focus.and_then(|f| work.session.display().get(&f.node));
        // A saved area wins; else a focus frames what it shows.
        self.panes.canvas.fit_next = Some(match (saved.area, focus) {
            (Some(area), _) if area.is_valid() => {
                let area = scene::Rect::new(area.x0 as f32, area.y0 as f32, area.x1 as f32, area.y1 as f32);
                FitGoal::Area { area, lead }
            }
            (_, Some(focus)) => {
                let doc = work.session.doc();
                let hidden = saved.hide.hidden(doc);
                let ids = focus.members(doc).into_iter().filter(|id| !hidden.contains(id)).collect();
                FitGoal::Nodes { ids, lead }
            }
            _ => FitGoal::Scene { lead },
        });
    }

    fn new_view(&mut self) {
        let views = &self.work.session.doc().views;
        let taken = |name: &str| views.iter().any(|v| v.name.trim().eq_ignore_ascii_case(name));
        let lang = self.language();
        let name = (views.len() + 1..)
            .map(|n| tr!(lang, "view-default-name", n = n))
            .find(|n| !taken(n))
            .unwrap_or_default();
        let mut all = views.clone();
        all.push(self.current_view(name.clone(), String::new()));
        let index = all.len() - 1;
        self.edit(Edit::SetViews(all), &lang.tr("step-new-view"));
        self.panes.views.selected = Some(index);
        self.status.info(tr!(lang, "status-view-saved", name = &name));
    }

    fn update_view(&mut self, index: usize) {
        let mut all = self.work.session.doc().views.clone();
        let Some(old) = all.get(index) else { return };
        let name = old.name.clone();
        let updated = self.current_view(name.clone(), old.caption.clone());
        all[index] = updated;
        let lang = self.language();
        self.edit(Edit::SetViews(all), &lang.tr("step-update-view"));
        self.status.info(tr!(lang, "status-view-updated", name = name));
    }

    /// Selects `ids` and moves the view to them.
    fn show_nodes(&mut self, ids: &[String]) {
        let doc = self.work.session.doc();
        let ids: Vec<String> = ids.iter().filter(|id| doc.node(id).is_some()).cloned().collect();
        if ids.is_empty() {
            return;
        }
        // Filters or a focus that hide or dim these nodes would hide the finding.
        let (hidden, dimmed) = self.work.view.hidden_and_dimmed(doc, &self.work.filters);
        if ids.iter().any(|id| hidden.contains(id) || dimmed.contains(id)) {
            self.work.filters = Default::default();
            self.work.view.focus = None;
            self.status.info(self.language().tr("status-filters-cleared"));
        }
        self.work.selection = Selection { nodes: ids.iter().cloned().collect(), links: Default::default() };
        let scene = self.scene_now();
        let rects: Vec<scene::Rect> =
            ids.iter().filter_map(|id| scene.node_group(id).map(|g| g.bounds.expand(60.0))).collect();
        if let Some(bounds) = scene::Rect::union_all(&rects) {
            let canvas = &mut self.panes.canvas;
            canvas.target = Some(canvas.fitting(&bounds));
            canvas.touched = true;
        }
    }

    /// Applies an edit as one undo step and reports a refusal in the status line.
    pub(crate) fn edit(&mut self, edit: Edit, label: &str) {
        match self.work.edit(edit, label, None, None) {
            Ok(()) => self.status.clear_error(),
            Err(why) => self.status.error(why),
        }
        self.forget_stale_view();
    }
}
