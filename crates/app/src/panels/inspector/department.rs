//! Inspector section for department fields: sector, jurisdiction,
//! engagement, and scores by year (through the same score editor as the
//! report card), validated as typed.

use egui::{Id, Ui};

use super::Inspector;
use crate::app::status;
use crate::lang::Speak;
use crate::widgets::{ScoreCell, draft_field, named_button, named_field, score_input, text_line};
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
                    place: "inspector",
                };
                score_input(ui, &cell, 50.0, out);
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
        }
    }

    /// The row that adds a score for a new year: Add, or Enter in either
    /// field, adds it when both are whole; a year or value that cannot be
    /// used is red, with the reason beside it.
    fn new_score(&mut self, ui: &mut Ui, id: &str, dept: &DepartmentInfo, out: &mut Vec<Command>) {
        let lang = ui.lang();
        let (year_key, value_key) = (format!("{id}/new-year"), format!("{id}/new-score"));
        let mut year = self.buffer(&year_key, String::new);
        let mut value = self.buffer(&value_key, String::new);
        let year_of = |text: &str| {
            lang.parse_year(text).and_then(|y| {
                if dept.scores.contains_key(&y) {
                    Err(tr!(lang, "dept-year-taken", year = y.to_string()))
                } else {
                    Ok(y)
                }
            })
        };
        let typed = |text: &str| !text.trim().is_empty();
        let (mut add, mut focus, mut enter) = (false, false, false);
        let value_id = Id::unique(("sectormap-new-score", id));
        ui.horizontal(|ui| {
            let at = (Id::unique(("sectormap-new-year", id)), lang.tr("dept-new-year"));
            let hint = lang.tr("dept-year-hint");
            let y = draft_field(ui, (at.0, &at.1), &mut year, (50.0, &hint), |t| {
                year_of(t).err().filter(|_| typed(t))
            });
            let at = (value_id, lang.tr("dept-new-value"));
            let v = draft_field(ui, (at.0, &at.1), &mut value, (50.0, "0-10"), |t| {
                lang.parse_score(t).err().filter(|_| typed(t))
            });
            focus = y.has_focus() || v.has_focus();
            enter = (y.lost_focus() || v.lost_focus()) && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if enter && y.lost_focus() && !typed(&value) {
                // Enter after the year goes on to the value.
                v.request_focus();
                enter = false;
            }
            add = ui.button(lang.tr("dept-add-score")).clicked();
        });
        if (add || enter) && (typed(&year) || typed(&value)) {
            match year_of(&year).and_then(|y| lang.parse_score(&value).map(|v| (y, v))) {
                Ok((y, v)) => {
                    let score = Some(Score { value: v, note: String::new() });
                    out.push(Command::edit(
                        Edit::SetScore { node: id.to_owned(), year: y, score },
                        tr!(lang, "step-add-score", year = y.to_string()),
                    ));
                    year.clear();
                    value.clear();
                }
                Err(why) => status::report(ui.ctx(), tr!(lang, "dept-score-not-added", why = why)),
            }
        }
        let keep = focus || typed(&year) || typed(&value);
        self.hold(&year_key, year, keep);
        self.hold(&value_key, value, keep);
    }
}
