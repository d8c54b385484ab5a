//! The panel's head: the round, a new round, second marking, the
//! assessor's name, the pages, colouring the map by a criterion; then the
//! round's source line (one line, the whole on hover) and how far
//! marking has got.

use egui::{Id, Ui};

use super::new_round::NewRound;
use super::words::{WARN, criterion_title, illustrative_badge};
use super::{AssessPanel, AssessTab, Frame};
use crate::app::settings::Settings;
use crate::lang::Speak;
use crate::widgets::{Checked, checked};
use sectormap_core::analysis::assess::RoundReport;
use sectormap_core::editor::ViewOptions;
use sectormap_core::i18n::Language;
use sectormap_core::model::ColorBy;
use sectormap_core::model::assess::Rubric;
use sectormap_core::tr;

impl AssessPanel {
    /// The two rows at the top of the panel.
    pub(super) fn header(&mut self, ui: &mut Ui, frame: &mut Frame<'_>) {
        let lang = ui.lang();
        let doc = frame.marker.doc();
        let shown = self.round(doc);
        ui.horizontal_wrapped(|ui| {
            ui.heading(lang.tr("marking-title"));
            ui.separator();
            let label = ui.label(lang.tr("marking-round"));
            let text = shown.map_or_else(|| lang.tr("marking-no-round"), |y| y.to_string());
            egui::ComboBox::from_id_salt("marking-round")
                .selected_text(text)
                .show_ui(ui, |ui| {
                    for (&year, rubric) in doc.assessment.rounds.iter().rev() {
                        if ui.selectable_label(shown == Some(year), round_name(lang, year, rubric)).clicked()
                        {
                            (self.year, self.open) = (Some(year), None);
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            if ui.button(lang.tr("marking-new-round")).clicked() {
                self.new_round = Some(NewRound::new(doc, frame.marker.year_now()));
            }
            ui.separator();
            let mut second = self.second;
            let toggle = ui.toggle_value(&mut second, lang.tr("marking-second"));
            if toggle.on_hover_text(lang.tr("marking-second-hint")).changed() {
                self.set_second(second, frame.view);
            }
            ui.separator();
            name_field(ui, frame.settings, lang);
        });
        let Some(year) = shown else { return };
        ui.horizontal_wrapped(|ui| {
            let disputed =
                doc.assessment.answers.iter().filter(|(k, a)| k.year == year && a.disputed()).count();
            ui.selectable_value(&mut self.tab, AssessTab::Marks, lang.tr("marking-tab-marks"));
            let differ = tr!(lang, "marking-tab-disagreements", count = disputed);
            ui.selectable_value(&mut self.tab, AssessTab::Disagreements, differ);
            ui.selectable_value(&mut self.tab, AssessTab::Agreement, lang.tr("marking-tab-agreement"));
            ui.separator();
            if let Some(rubric) = doc.assessment.rounds.get(&year) {
                ui.add_enabled_ui(!self.second, |ui| colour_choice(ui, frame.view, year, rubric));
            }
        });
    }

    /// The round's source line, its "illustrative" badge, and progress.
    pub(super) fn round_lines(&self, ui: &mut Ui, report: &RoundReport<'_>) {
        let lang = ui.lang();
        ui.horizontal(|ui| {
            if report.rubric.illustrative {
                illustrative_badge(ui);
            }
            if !report.rubric.source.trim().is_empty() {
                // One line, the whole text on hover: a long source would
                // otherwise take the rows of the grid below.
                let source = tr!(lang, "marking-source", source = report.rubric.source.as_str());
                let line = egui::Label::new(egui::RichText::new(&source).weak()).truncate();
                ui.add(line).on_hover_text(&source);
            }
        });
        let p = report.progress();
        let mut line = tr!(
            lang,
            "marking-progress",
            marked = p.marked,
            total = p.to_mark,
            evidenced = p.evidenced,
            missing = p.to_mark - p.marked,
            stale = p.stale,
            disputed = p.disputed,
            replies = p.open_replies
        );
        if self.second {
            let second = report
                .departments
                .iter()
                .flat_map(|d| &d.cells)
                .filter(|c| c.applies && c.answer.is_some_and(|a| a.second.is_some()))
                .count();
            line = tr!(lang, "marking-progress-second", marked = second, total = p.to_mark);
        }
        ui.label(line);
    }
}

/// The round's name in the picker: its year, and "illustrative" where it is.
fn round_name(lang: Language, year: i32, rubric: &Rubric) -> String {
    if rubric.illustrative {
        tr!(lang, "marking-round-illustrative", year = year.to_string())
    } else {
        year.to_string()
    }
}

/// The assessor's name, recorded with every change; asked for until given
/// (or the default taken).
fn name_field(ui: &mut Ui, settings: &mut Settings, lang: Language) {
    ui.label(lang.tr("marking-you"));
    let stored = settings.assessor.clone().unwrap_or_default();
    let (name, hint) = (lang.tr("marking-your-name"), lang.tr("marking-default-name"));
    let field = Checked {
        id: Id::unique("sectormap-assessor"),
        name: &name,
        stored: &stored,
        width: 130.0,
        hint: &hint,
    };
    let (_, value) = checked(ui, &field, |text| Ok::<String, String>(text.trim().to_owned()));
    if let Some(value) = value {
        settings.assessor = Some(value);
    }
    if settings.assessor.is_none() {
        ui.colored_label(WARN, lang.tr("marking-name-ask"));
        if ui.small_button(tr!(lang, "marking-name-keep", name = hint.as_str())).clicked() {
            settings.assessor = Some(String::new());
        }
    }
}

/// Colours the map by one of the round's criteria, or not.
fn colour_choice(ui: &mut Ui, view: &mut ViewOptions, year: i32, rubric: &Rubric) {
    let lang = ui.lang();
    let current = (view.color_by == ColorBy::Criterion && view.year == Some(year))
        .then(|| view.criterion.as_deref().and_then(|id| rubric.criterion(id)))
        .flatten();
    let label = ui.label(lang.tr("marking-colour-by"));
    let text = current.map_or_else(|| lang.tr("marking-colour-off"), |c| criterion_title(c).to_owned());
    egui::ComboBox::from_id_salt("marking-colour")
        .selected_text(text)
        .width(220.0)
        .show_ui(ui, |ui| {
            if ui.selectable_label(current.is_none(), lang.tr("marking-colour-off")).clicked()
                && current.is_some()
            {
                (view.color_by, view.criterion) = (ColorBy::Kind, None);
            }
            for criterion in &rubric.criteria {
                let chosen = current.is_some_and(|c| c.id == criterion.id);
                if ui.selectable_label(chosen, criterion_title(criterion)).clicked() {
                    colour_by(view, year, &criterion.id);
                }
            }
        })
        .response
        .labelled_by(label.id);
}

/// Colours the map by criterion `id` of the `year` round.
pub(super) fn colour_by(view: &mut ViewOptions, year: i32, id: &str) {
    (view.color_by, view.year, view.criterion) = (ColorBy::Criterion, Some(year), Some(id.to_owned()));
}
