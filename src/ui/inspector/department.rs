//! Inspector section for department fields: sector, jurisdiction,
//! engagement and scores by year, validated as typed.

use egui::Ui;

use super::Inspector;
use super::widgets::{error_line, named_button, named_field, text_line};
use crate::model::{DepartmentInfo, Engagement, SCORE_RANGE, Score, YEAR_RANGE};
use crate::scene::format_score;

/// The sectors named in the brief, offered as choices.
pub const SECTORS: [&str; 8] = [
    "health",
    "law enforcement and criminal justice",
    "education",
    "social welfare",
    "labour",
    "transport",
    "foreign affairs",
    "cross-government",
];

/// Parses a typed score: a number from 0 to 10.
pub fn parse_score(text: &str) -> Result<f64, &'static str> {
    let value: f64 = text.trim().replace(',', ".").parse().map_err(|_| "Type a number from 0 to 10.")?;
    if value.is_finite() && SCORE_RANGE.contains(&value) {
        Ok(value)
    } else {
        Err("A score is from 0 to 10.")
    }
}

/// Parses a typed year.
pub fn parse_year(text: &str) -> Result<i32, String> {
    let year: i32 = text.trim().parse().map_err(|_| "Type a year, like 2006.".to_owned())?;
    if YEAR_RANGE.contains(&year) {
        Ok(year)
    } else {
        Err(format!("A year is from {} to {}.", YEAR_RANGE.start(), YEAR_RANGE.end()))
    }
}

impl Inspector {
    /// Edits department fields; returns the name of the field changed.
    pub(super) fn department(
        &mut self,
        ui: &mut Ui,
        id: &str,
        dept: &mut DepartmentInfo,
    ) -> Option<&'static str> {
        let mut field = None;
        if text_line(ui, "Sector", &mut dept.sector).changed() {
            field = Some("sector");
        }
        ui.horizontal_wrapped(|ui| {
            // Every choice stays in place; the current one is highlighted.
            for sector in SECTORS {
                let chosen = dept.sector == sector;
                if ui.selectable_label(chosen, sector).on_hover_text("Use this sector").clicked() && !chosen {
                    dept.sector = sector.to_owned();
                    field = Some("sector");
                }
            }
        });
        if text_line(ui, "Jurisdiction", &mut dept.jurisdiction).changed() {
            field = Some("jurisdiction");
        }
        ui.horizontal(|ui| {
            let name = ui.label("Engagement");
            egui::ComboBox::from_id_salt("inspector-engagement")
                .selected_text(dept.engagement.key())
                .show_ui(ui, |ui| {
                    for level in Engagement::ALL {
                        if ui.selectable_value(&mut dept.engagement, level, level.key()).changed() {
                            field = Some("engagement");
                        }
                    }
                })
                .response
                .labelled_by(name.id);
        });
        ui.label("Scores (out of 10)");
        if let Some(f) = self.scores(ui, id, dept) {
            field = Some(f);
        }
        field
    }

    fn scores(&mut self, ui: &mut Ui, id: &str, dept: &mut DepartmentInfo) -> Option<&'static str> {
        let mut field = None;
        let mut remove = None;
        let years: Vec<i32> = dept.scores.keys().copied().collect();
        for year in years {
            let key = format!("{id}/score/{year}");
            let Some(score) = dept.scores.get_mut(&year) else {
                continue;
            };
            let mut text = self.buffer(&key, || format_score(score.value));
            let mut problem = None;
            ui.horizontal(|ui| {
                // The remove button comes first so the source field can take the rest.
                if named_button(ui, "×", &format!("Remove score for {year}")).clicked() {
                    remove = Some(year);
                }
                ui.label(year.to_string());
                let response = named_field(ui, &format!("Score for {year}"), &mut text, 50.0, "0-10");
                if response.changed() {
                    match parse_score(&text) {
                        Ok(value) => {
                            score.value = value;
                            field = Some("score");
                        }
                        Err(why) => problem = Some(why),
                    }
                }
                let shown = text.clone();
                self.hold(&key, shown, response.has_focus());
                if named_field(
                    ui,
                    &format!("Source of the {year} score"),
                    &mut score.note,
                    ui.available_width(),
                    "source",
                )
                .changed()
                {
                    field = Some("score note");
                }
            });
            if let Some(why) = problem.or_else(|| parse_score(&text).err()) {
                error_line(ui, why);
            }
        }
        if let Some(year) = remove {
            dept.scores.remove(&year);
            field = Some("scores");
        }
        if self.new_score(ui, id, dept) {
            field = Some("scores");
        }
        field
    }

    /// The row that adds a score for a new year.
    fn new_score(&mut self, ui: &mut Ui, id: &str, dept: &mut DepartmentInfo) -> bool {
        let (year_key, value_key) = (format!("{id}/new-year"), format!("{id}/new-score"));
        let mut year = self.buffer(&year_key, String::new);
        let mut value = self.buffer(&value_key, String::new);
        let (mut add, mut focus) = (false, false);
        ui.horizontal(|ui| {
            let y = named_field(ui, "New score year", &mut year, 50.0, "year");
            let v = named_field(ui, "New score value", &mut value, 50.0, "0-10");
            focus = y.has_focus() || v.has_focus();
            add = ui.button("Add score").clicked();
        });
        let typed = !year.trim().is_empty() || !value.trim().is_empty();
        let parsed = parse_year(&year).and_then(|y| {
            if dept.scores.contains_key(&y) {
                Err(format!("{y} already has a score."))
            } else {
                parse_score(&value).map(|v| (y, v)).map_err(str::to_owned)
            }
        });
        let mut added = false;
        match parsed {
            Ok((y, v)) if add => {
                dept.scores.insert(y, Score { value: v, note: String::new() });
                year.clear();
                value.clear();
                added = true;
            }
            Err(why) if typed && (add || !focus) => error_line(ui, &why),
            _ => {}
        }
        let keep = focus || typed;
        self.hold(&year_key, year, keep);
        self.hold(&value_key, value, keep);
        added
    }
}
