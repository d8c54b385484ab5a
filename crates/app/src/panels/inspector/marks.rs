//! Inspector section for a department's marks in the latest assessment
//! round: each criterion's level (or not applicable, not marked, not put),
//! the score by the published formula, and whether it has replied.

use egui::{Role, Ui, WidgetInfo};

use super::Inspector;
use crate::lang::Speak;
use crate::panels::assess::{mark_text, score_text, score_tip};
use crate::widgets::heading;
use sectormap_core::analysis::assess::{ReplyStatus, RoundReport};
use sectormap_core::model::Document;
use sectormap_core::tr;

impl Inspector {
    /// The marks of department `id` in the latest round, if there is one.
    pub(super) fn marks(&self, ui: &mut Ui, doc: &Document, id: &str) {
        let Some(year) = doc.assessment.latest() else { return };
        let Some(report) = RoundReport::of(doc, year) else { return };
        let Some(department) = report.department(id) else { return };
        let lang = ui.lang();
        heading(ui, &tr!(lang, "inspector-marks", year = year.to_string()));
        if report.rubric.illustrative {
            ui.colored_label(crate::panels::assess::WARN, lang.tr("marking-illustrative"))
                .on_hover_text(lang.tr("marking-illustrative-hint"));
        }
        if self.blind {
            ui.weak(lang.tr("marking-hidden-hint"));
            return;
        }
        let score = score_text(lang, &department.score);
        let line = tr!(lang, "inspector-marks-score", score = score.as_str());
        let label = ui.label(&line).on_hover_text(score_tip(lang, &department.score));
        label.widget_info(|| WidgetInfo::labeled(Role::Label, true, &line));
        ui.label(match department.reply {
            ReplyStatus::Replied => lang.tr("marking-replied"),
            ReplyStatus::NotReplied => lang.tr("marking-not-replied"),
        });
        egui::Grid::new(("inspector-marks", id)).num_columns(2).spacing([10.0, 2.0]).show(ui, |ui| {
            for cell in &department.cells {
                let title = crate::panels::assess::criterion_title(cell.criterion);
                ui.label(title);
                let mark = if cell.applies {
                    mark_text(lang, cell.criterion, cell.mark)
                } else {
                    lang.tr("marking-not-put-short")
                };
                ui.strong(mark);
                ui.end_row();
            }
        });
    }
}
