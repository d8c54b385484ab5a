//! Inspector section for department fields: sector, jurisdiction,
//! engagement, and scores by year (through the same score editor as the
//! report card), validated as typed.

use egui::Ui;

use super::Inspector;
use crate::lang::Speak;
use crate::widgets::{ScoreCell, error_line, named_button, named_field, score_input, text_line};
use sectormap_core::edit::{Edit, MergeKey};
use sectormap_core::editor::Command;
use sectormap_core::model::{DepartmentInfo, Engagement, SUGGESTED_SECTORS, Score, SectorFamily};
use sectormap_core::tr;

impl Inspector {
    /// Edits department fields. Sector, jurisdiction and engagement change
    /// `dept` (returns the name of the field changed); scores are edits of
    /// their own, pushed to `out`.
    pub(super) fn department(
        &mut self,
        ui: &mut Ui,
        id: &str,
        dept: &mut DepartmentInfo,
        out: &mut Vec<Command>,
    ) -> Option<&'static str> {
        let lang = ui.lang();
        let mut field = None;
        if text_line(ui, &lang.tr("dept-sector"), &mut dept.sector).changed() {
            field = Some("sector");
        }
        ui.horizontal_wrapped(|ui| {
            // Every choice stays in place, named in the interface's language;
            // the current one (in any language) is highlighted.
            let current = dept.sector.trim().to_lowercase();
            for (id, family) in SUGGESTED_SECTORS {
                let sector = lang.tr(id);
                let chosen =
                    current == sector || family.is_some_and(|f| SectorFamily::of(&current) == Some(f));
                let chip = ui.selectable_label(chosen, &sector).on_hover_text(lang.tr("dept-use-sector"));
                if chip.clicked() && dept.sector != sector {
                    dept.sector = sector;
                    field = Some("sector");
                }
            }
        });
        if text_line(ui, &lang.tr("dept-jurisdiction"), &mut dept.jurisdiction).changed() {
            field = Some("jurisdiction");
        }
        ui.horizontal(|ui| {
            let name = ui.label(lang.tr("dept-engagement"));
            egui::ComboBox::from_id_salt("inspector-engagement")
                .selected_text(lang.engagement(dept.engagement))
                .show_ui(ui, |ui| {
                    for level in Engagement::ALL {
                        if ui.selectable_value(&mut dept.engagement, level, lang.engagement(level)).changed()
                        {
                            field = Some("engagement");
                        }
                    }
                })
                .response
                .labelled_by(name.id);
        });
        ui.label(lang.tr("dept-scores"));
        self.scores(ui, id, dept, out);
        self.new_score(ui, id, dept, out);
        field
    }

    fn scores(&mut self, ui: &mut Ui, id: &str, dept: &DepartmentInfo, out: &mut Vec<Command>) {
        let lang = ui.lang();
        for (&year, score) in &dept.scores {
            let key = format!("{id}/score/{year}");
            let mut text = self.buffer(&key, || lang.score(score.value));
            let mut problem = None;
            let y = year.to_string();
            ui.horizontal(|ui| {
                // The remove button comes first so the source field can take the rest.
                if named_button(ui, "×", &tr!(lang, "dept-remove-score", year = &y)).clicked() {
                    let edit = Edit::SetScore { node: id.to_owned(), year, score: None };
                    out.push(Command::edit(edit, tr!(lang, "step-remove-score", year = &y)));
                }
                ui.label(&y);
                let cell = ScoreCell {
                    node: id,
                    year,
                    current: Some(score),
                    name: &tr!(lang, "dept-score-for", year = &y),
                    empty_removes: false,
                    hint: "0-10",
                };
                let (response, why) = score_input(ui, &cell, &mut text, 50.0, out);
                problem = why;
                let shown = text.clone();
                self.hold(&key, shown, response.has_focus());
                let mut note = score.note.clone();
                let width = ui.available_width();
                let name = tr!(lang, "dept-score-source", year = &y);
                if named_field(ui, &name, &mut note, width, &lang.tr("dept-source-hint")).changed() {
                    let edit = Edit::SetScore {
                        node: id.to_owned(),
                        year,
                        score: Some(Score { note, ..score.clone() }),
                    };
                    let merge = MergeKey::ScoreNote(id.to_owned(), year);
                    out.push(Command::typing(edit, tr!(lang, "step-score-source", year = &y), merge));
                }
            });
            if let Some(why) = problem {
                error_line(ui, &why);
            }
        }
    }

    /// The row that adds a score for a new year.
    fn new_score(&mut self, ui: &mut Ui, id: &str, dept: &DepartmentInfo, out: &mut Vec<Command>) {
        let lang = ui.lang();
        let (year_key, value_key) = (format!("{id}/new-year"), format!("{id}/new-score"));
        let mut year = self.buffer(&year_key, String::new);
        let mut value = self.buffer(&value_key, String::new);
        let (mut add, mut focus) = (false, false);
        ui.horizontal(|ui| {
            let y = named_field(ui, &lang.tr("dept-new-year"), &mut year, 50.0, &lang.tr("dept-year-hint"));
            let v = named_field(ui, &lang.tr("dept-new-value"), &mut value, 50.0, "0-10");
            focus = y.has_focus() || v.has_focus();
            add = ui.button(lang.tr("dept-add-score")).clicked();
        });
        let typed = !year.trim().is_empty() || !value.trim().is_empty();
        let parsed = lang.parse_year(&year).and_then(|y| {
            if dept.scores.contains_key(&y) {
                Err(tr!(lang, "dept-year-taken", year = y.to_string()))
            } else {
                lang.parse_score(&value).map(|v| (y, v))
            }
        });
        match parsed {
            Ok((y, v)) if add => {
                let score = Some(Score { value: v, note: String::new() });
                out.push(Command::edit(
                    Edit::SetScore { node: id.to_owned(), year: y, score },
                    tr!(lang, "step-add-score", year = y.to_string()),
                ));
                year.clear();
                value.clear();
            }
            Err(why) if typed && (add || !focus) => error_line(ui, &why),
            _ => {}
        }
        let keep = focus || typed;
        self.hold(&year_key, year, keep);
        self.hold(&value_key, value, keep);
    }
}
