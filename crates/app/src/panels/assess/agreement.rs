//! The second-marking pages: where the two assessors differ, each settled
//! by choosing the mark both agree on; and how far they agree, criterion
//! by criterion (the share of equal marks and Cohen's kappa), so vague
//! criteria stand out.

use egui::{RichText, Ui};

use super::words::{WARN, criterion_title, map_label, mark_text};
use super::{AssessPanel, Frame};
use crate::lang::Speak;
use sectormap_core::analysis::assess::{RoundReport, agreement};
use sectormap_core::model::Document;
use sectormap_core::model::assess::{AnswerKey, Mark};
use sectormap_core::tr;

/// Kappa under which a criterion is marked as perhaps vague (below
/// "moderate" agreement on the Landis and Koch scale).
const VAGUE: f64 = 0.4;

impl AssessPanel {
    /// Every open disagreement of the round, each with the marks to settle on.
    pub(super) fn disagreements(&mut self, ui: &mut Ui, report: &RoundReport<'_>, frame: &mut Frame<'_>) {
        let lang = ui.lang();
        if self.second {
            ui.weak(lang.tr("marking-hidden-hint"));
            return;
        }
        let mut any = false;
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            for department in &report.departments {
                for cell in &department.cells {
                    let Some(answer) = cell.answer.filter(|a| a.disputed()) else { continue };
                    let (Some(first), Some(second)) = (answer.mark, answer.second.as_ref()) else { continue };
                    any = true;
                    let key = AnswerKey::new(report.year, department.id, &cell.criterion.id);
                    let title = criterion_title(cell.criterion);
                    ui.horizontal_wrapped(|ui| {
                        map_label(ui, department.label);
                        ui.label("–");
                        map_label(ui, title);
                        ui.separator();
                        let marks = tr!(
                            lang,
                            "marking-differ",
                            first = mark_text(lang, cell.criterion, Some(first)),
                            by = answer.by.as_str(),
                            second = mark_text(lang, cell.criterion, Some(second.mark)),
                            other = second.by.as_str()
                        );
                        ui.label(marks);
                        if ui.small_button(lang.tr("marking-open")).clicked() {
                            self.open = Some(key.clone());
                        }
                    });
                    ui.horizontal_wrapped(|ui| {
                        ui.weak(lang.tr("marking-settle-on"));
                        let mut marks: Vec<Mark> =
                            (0..cell.criterion.levels.len()).map(Mark::Level).collect();
                        if cell.criterion.allow_na {
                            marks.push(Mark::NotApplicable);
                        }
                        for mark in marks {
                            let text = mark_text(lang, cell.criterion, Some(mark));
                            let name = tr!(
                                lang,
                                "marking-settle",
                                department = department.label,
                                criterion = title,
                                mark = text.as_str()
                            );
                            let button = ui.button(&text).on_hover_text(&name);
                            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                            if button.clicked() {
                                let changed = frame.marker.answer(&key);
                                let what = tr!(lang, "log-settled", mark = text.as_str());
                                frame.marker.store(
                                    &key,
                                    sectormap_core::model::assess::Answer { settled: Some(mark), ..changed },
                                    what,
                                );
                            }
                        }
                    });
                    ui.separator();
                }
            }
            if !any {
                ui.weak(lang.tr("marking-no-disagreements"));
            }
        });
    }
}

/// Agreement per criterion: pairs marked by both, how many agree, the
/// rate and Cohen's kappa; a low kappa is flagged.
pub(super) fn table(ui: &mut Ui, report: &RoundReport<'_>, doc: &Document, _second: bool) {
    let lang = ui.lang();
    let rows = agreement(doc, report.year);
    ui.add(egui::Label::new(RichText::new(lang.tr("marking-agreement-intro")).weak()).wrap());
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        egui::Grid::new("marking-agreement").striped(true).spacing([14.0, 4.0]).show(ui, |ui| {
            for id in
                ["marking-criterion", "marking-pairs", "marking-agreed", "marking-rate", "marking-kappa"]
            {
                ui.strong(lang.tr(id));
            }
            ui.end_row();
            for row in &rows {
                let title =
                    report.rubric.criterion(&row.criterion).map_or(row.criterion.as_str(), criterion_title);
                map_label(ui, title);
                ui.label(row.pairs.to_string());
                ui.label(row.agreed.to_string());
                ui.label(row.rate().map_or("–".to_owned(), |r| format!("{} %", lang.decimal(100.0 * r, 0))));
                match row.kappa {
                    Some(k) if k < VAGUE => {
                        let text = tr!(lang, "marking-kappa-low", kappa = lang.decimal(k, 2));
                        ui.colored_label(WARN, text).on_hover_text(lang.tr("marking-vague"));
                    }
                    Some(k) => {
                        ui.label(lang.decimal(k, 2));
                    }
                    None => {
                        ui.weak("–").on_hover_text(lang.tr("marking-no-kappa"));
                    }
                }
                ui.end_row();
            }
        });
    });
}
