//! The marks page: departments (rows) by criteria (columns). Beside each
//! department's name, its score by the published formula (first, so it
//! stays in sight when the answer is open beside the panel); then a cell
//! per criterion showing the mark (or, in second marking, the second
//! mark) on its level's colour, with its flags, which opens the answer
//! when clicked; last, whether it has replied.

use egui::{Button, RichText, Role, Ui, WidgetInfo, vec2};

use super::words::{criterion_title, flags, map_label_wrapped, mark_fill, mark_text, score_text, score_tip};
use super::{AssessPanel, Frame};
use crate::lang::Speak;
use sectormap_core::analysis::assess::{Cell, DepartmentRound, ReplyStatus, RoundReport};
use sectormap_core::model::assess::{Answer, AnswerKey, Criterion};
use sectormap_core::tr;

/// Width of a criterion's column.
const COLUMN: f32 = 104.0;
/// Width of the departments' names.
const NAMES: f32 = 220.0;

impl AssessPanel {
    /// The grid of the round in `report`.
    pub(super) fn grid(&mut self, ui: &mut Ui, report: &RoundReport<'_>, _frame: &mut Frame<'_>) {
        let lang = ui.lang();
        if report.departments.is_empty() {
            ui.weak(lang.tr("report-no-departments"));
            return;
        }
        egui::ScrollArea::both().auto_shrink([false, false]).show(ui, |ui| {
            egui::Grid::new("marking-grid").striped(true).spacing([6.0, 4.0]).show(ui, |ui| {
                ui.strong(lang.tr("kind-department"));
                ui.strong(lang.tr("marking-score-heading")).on_hover_text(lang.tr("marking-formula"));
                for criterion in &report.rubric.criteria {
                    column_head(ui, criterion);
                }
                ui.strong(lang.tr("marking-reply-heading"));
                ui.end_row();
                for department in &report.departments {
                    map_label_wrapped(ui, department.label, NAMES, false);
                    self.score(ui, department);
                    for cell in &department.cells {
                        self.cell(ui, department, cell, report.year);
                    }
                    reply_status(ui, department);
                    ui.end_row();
                }
            });
            ui.add_space(6.0);
            ui.weak(lang.tr("marking-flags-key"));
        });
    }

    /// One cell: the mark and its flags, on the level's colour.
    fn cell(&mut self, ui: &mut Ui, department: &DepartmentRound<'_>, cell: &Cell<'_>, year: i32) {
        let lang = ui.lang();
        let title = criterion_title(cell.criterion);
        if !cell.applies && cell.answer.is_none_or(Answer::is_empty) {
            let dot = ui.add_sized(vec2(COLUMN, 18.0), egui::Label::new(RichText::new("·").weak()));
            dot.on_hover_text(tr!(lang, "marking-does-not-apply", criterion = title));
            return;
        }
        let key = AnswerKey::new(year, department.id, &cell.criterion.id);
        let mark =
            if self.second { cell.answer.and_then(|a| a.second.as_ref()).map(|s| s.mark) } else { cell.mark };
        let flags = flags(lang, cell, self.second);
        let mut text = mark.map_or_else(|| "–".to_owned(), |m| mark_text(lang, cell.criterion, Some(m)));
        for (symbol, _) in &flags {
            text.push(' ');
            text.push_str(symbol);
        }
        let mut button =
            Button::new(text).min_size(vec2(COLUMN, 0.0)).selected(self.open.as_ref() == Some(&key));
        if let Some(fill) = mark_fill(ui, cell.criterion, mark) {
            button = button.fill(fill);
        }
        let response = ui.add(button);
        let mut words = vec![mark_text(lang, cell.criterion, mark)];
        words.extend(flags.into_iter().map(|(_, w)| w));
        let value = words.join("; ");
        let name = tr!(lang, "marking-cell", department = department.label, criterion = title);
        response.widget_info(|| WidgetInfo {
            current_text_value: Some(value.clone()),
            ..WidgetInfo::labeled(Role::Button, true, &name)
        });
        let response = response.on_hover_text(format!("{name}\n{value}"));
        if response.clicked() {
            self.open = Some(key);
        }
    }

    /// The department's score by the formula, "k of n" criteria, the
    /// formula on hover; hidden in second marking.
    fn score(&self, ui: &mut Ui, department: &DepartmentRound<'_>) {
        let lang = ui.lang();
        let name = tr!(lang, "marking-score-of", department = department.label);
        let (text, tip) = if self.second {
            (lang.tr("marking-hidden"), lang.tr("marking-hidden-hint"))
        } else {
            (score_text(lang, &department.score), score_tip(lang, &department.score))
        };
        let label = ui.label(&text);
        // A table cell: named for its department, its text as its value.
        label.widget_info(|| WidgetInfo {
            current_text_value: Some(text.clone()),
            ..WidgetInfo::labeled(Role::Cell, true, &name)
        });
        label.on_hover_text(tip);
    }
}

/// A criterion's title over its column, wrapped to it; its question on hover.
fn column_head(ui: &mut Ui, criterion: &Criterion) {
    let head = map_label_wrapped(ui, criterion_title(criterion), COLUMN, true);
    if !criterion.question.trim().is_empty() {
        head.on_hover_text(&criterion.question);
    }
}

/// Whether the department has replied, and replies still to decide.
fn reply_status(ui: &mut Ui, department: &DepartmentRound<'_>) {
    let lang = ui.lang();
    let open = department.cells.iter().filter(|c| c.answer.is_some_and(Answer::reply_open)).count();
    match department.reply {
        ReplyStatus::Replied if open > 0 => ui.label(tr!(lang, "marking-replied-open", count = open)),
        ReplyStatus::Replied => ui.label(lang.tr("marking-replied")),
        ReplyStatus::NotReplied => ui.weak(lang.tr("marking-not-replied")),
    };
}
