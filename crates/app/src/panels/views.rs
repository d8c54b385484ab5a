//! The Views panel: saved views of the map, in presentation order. Create
//! one from what the canvas shows, rename it, caption it, reorder, update
//! and delete; click one to show it.

use egui::Ui;

use crate::lang::Speak;
use crate::map_text::MapText;
use crate::widgets::{Checked, checked, named_button, text_block};
use sectormap_core::edit::{Edit, MergeKey};
use sectormap_core::editor::{Command, ViewCommand};
use sectormap_core::i18n::Language;
use sectormap_core::model::{Document, SavedView};
use sectormap_core::tr;

/// What the panel remembers between frames.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewsPanel {
    /// The view picked in the list.
    pub selected: Option<usize>,
    /// The caption being typed for the selected view.
    caption: Option<(usize, String)>,
}

impl ViewsPanel {
    /// Shows the panel's contents.
    pub fn show(&mut self, ui: &mut Ui, doc: &Document, out: &mut Vec<Command>) {
        let lang = ui.lang();
        ui.horizontal(|ui| {
            ui.heading(lang.tr("tab-views"));
            if named_button(ui, &lang.tr("views-new"), &lang.tr("views-new-hint")).clicked() {
                out.push(ViewCommand::NewView.into());
            }
        });
        if doc.views.is_empty() {
            ui.weak(lang.tr("views-none"));
            return;
        }
        ui.weak(lang.tr("views-help"));
        for (index, view) in doc.views.iter().enumerate() {
            let picked = self.selected == Some(index);
            let row = ui
                .add(MapText::new(&format!("{}. {}", index + 1, view.name)).ltr().selectable(picked))
                .on_hover_ui(|ui| {
                    ui.add(MapText::new(view.heading()));
                });
            if row.clicked() {
                self.selected = Some(index);
                out.push(ViewCommand::ApplyView(index).into());
            }
        }
        let Some(index) = self.selected.filter(|&i| i < doc.views.len()) else { return };
        ui.separator();
        self.details(ui, doc, index, out);
    }

    fn details(&mut self, ui: &mut Ui, doc: &Document, index: usize, out: &mut Vec<Command>) {
        let lang = ui.lang();
        let view = &doc.views[index];
        if self.caption.as_ref().is_none_or(|(i, _)| *i != index) {
            self.caption = Some((index, view.caption.clone()));
        }
        // A name is used once it is whole and the field is left.
        let name = lang.tr("views-name");
        let label = ui.label(&name);
        let field = Checked {
            id: egui::Id::unique(("sectormap-view-name", index)),
            name: &name,
            stored: &view.name,
            width: f32::INFINITY,
            hint: "",
        };
        let (response, renamed) = checked(ui, &field, |text| match name_problem(doc, index, text, lang) {
            Some(why) => Err(why),
            None => Ok(text.trim().to_owned()),
        });
        response.labelled_by(label.id);
        if let Some(renamed) = renamed.filter(|n| *n != view.name) {
            let views = with(doc, index, |v| v.name = renamed);
            out.push(Command::edit(Edit::SetViews(views), lang.tr("step-rename-view")));
        }
        if let Some((_, text)) = &mut self.caption
            && text_block(ui, &lang.tr("views-caption"), text).changed()
        {
            let views = with(doc, index, |v| v.caption = text.clone());
            out.push(Command::typing(
                Edit::SetViews(views),
                lang.tr("step-edit-caption"),
                MergeKey::View(index, "caption"),
            ));
        }
        caption_translations(ui, doc, index, out);
        ui.add(MapText::new(&summary(doc, view, lang)).ltr().weak());
        ui.horizontal_wrapped(|ui| {
            if named_button(ui, &lang.tr("views-show"), &lang.tr("views-show-hint")).clicked() {
                out.push(ViewCommand::ApplyView(index).into());
            }
            if named_button(ui, &lang.tr("views-update"), &lang.tr("views-update-hint")).clicked() {
                out.push(ViewCommand::UpdateView(index).into());
            }
            let up = lang.tr("views-up");
            if ui.add_enabled_ui(index > 0, |ui| named_button(ui, "↑", &up)).inner.clicked() {
                out.push(reorder(doc, index, index - 1, lang));
                self.selected = Some(index - 1);
            }
            let last = index + 1 >= doc.views.len();
            let down = lang.tr("views-down");
            if ui.add_enabled_ui(!last, |ui| named_button(ui, "↓", &down)).inner.clicked() {
                out.push(reorder(doc, index, index + 1, lang));
                self.selected = Some(index + 1);
            }
            if named_button(ui, &lang.tr("views-delete"), &lang.tr("views-delete-hint")).clicked() {
                let mut views = doc.views.clone();
                views.remove(index);
                out.push(Command::edit(Edit::SetViews(views), lang.tr("step-delete-view")));
                self.selected = None;
            }
        });
    }
}

/// Why `name` cannot be the name of view `index`, if it cannot.
fn name_problem(doc: &Document, index: usize, name: &str, lang: Language) -> Option<String> {
    let name = name.trim();
    if name.is_empty() {
        return Some(lang.tr("views-name-empty"));
    }
    let taken =
        doc.views.iter().enumerate().any(|(i, v)| i != index && v.name.trim().eq_ignore_ascii_case(name));
    taken.then(|| tr!(lang, "views-name-taken", name = name))
}

/// The views with view `index` changed by `change`.
fn with(doc: &Document, index: usize, change: impl FnOnce(&mut SavedView)) -> Vec<SavedView> {
    let mut views = doc.views.clone();
    if let Some(view) = views.get_mut(index) {
        change(view);
    }
    views
}

fn reorder(doc: &Document, from: usize, to: usize, lang: Language) -> Command {
    let mut views = doc.views.clone();
    views.swap(from, to);
    Command::edit(Edit::SetViews(views), lang.tr("step-move-view"))
}

/// What the view shows, in a line.
fn summary(doc: &Document, view: &SavedView, lang: Language) -> String {
    let mut parts = Vec::new();
    if let Some(focus) = &view.focus {
        let name = doc.node(&focus.node).map_or(focus.node.as_str(), |n| n.label.as_str());
        parts.push(tr!(lang, "views-focus", name = name, count = focus.depth));
    }
    let hidden = view.hide.kinds.len() + view.hide.sectors.len() + view.hide.jurisdictions.len();
    if hidden > 0 {
        parts.push(tr!(lang, "views-filters", count = hidden));
    }
    parts.push(tr!(lang, "views-colour-by", by = view.color_by.key()));
    if let Some(year) = view.year {
        parts.push(tr!(lang, "views-year", year = year.to_string()));
    }
    if view.area.is_some() {
        parts.push(lang.tr("views-camera"));
    }
    parts.join(" · ")
}

/// The caption in each of the map's other languages, one field each (empty:
/// the caption shows in the map's own language).
fn caption_translations(ui: &mut Ui, doc: &Document, index: usize, out: &mut Vec<Command>) {
    let view = &doc.views[index];
    if view.caption.trim().is_empty() {
        return;
    }
    for lang in doc.languages().iter().skip(1) {
        let mut text = view.translations.get(lang, "caption").unwrap_or("").to_owned();
        let name = format!("{} ({lang})", sectormap_core::model::language_name(lang));
        let label = tr!(ui.lang(), "translations-caption", language = name.as_str());
        if text_block(ui, &label, &mut text).changed() {
            let views = with(doc, index, |v| v.translations.set(lang, "caption", &text));
            out.push(Command::typing(
                Edit::SetViews(views),
                ui.lang().tr("translations-step-caption"),
                MergeKey::View(index, "caption translation"),
            ));
        }
    }
}
