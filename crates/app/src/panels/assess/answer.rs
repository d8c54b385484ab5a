//! The answer open beside the panel: the criterion's question and
//! guidance, its levels as choices (each with its description, and "not
//! applicable" where allowed), the evidence, private notes, why the mark
//! changed since last round, the department's reply beside the mark, and
//! the answer's history. In second marking, the second mark and its notes
//! only: nothing that shows the first mark.

use egui::{Id, RichText, Role, Ui, WidgetInfo};

use super::header::colour_by;
use super::words::{WARN, criterion_title, department_name, illustrative_badge, mark_text};
use super::{AssessPanel, Frame};
use crate::lang::Speak;
use crate::widgets::{Checked, heading, left_text, named_button};
use sectormap_core::model::assess::{Answer, AnswerKey, Criterion, Mark, SecondMark, applies};
use sectormap_core::tr;

impl AssessPanel {
    /// The open answer, if its round, criterion and department are there.
    pub(super) fn answer(&mut self, ui: &mut Ui, frame: &mut Frame<'_>) {
        let Some(key) = self.open.clone() else { return };
        let doc = frame.marker.doc();
        let rubric = doc.assessment.rounds.get(&key.year);
        let (Some(rubric), Some(criterion)) = (rubric, rubric.and_then(|r| r.criterion(&key.criterion)))
        else {
            self.open = None;
            return;
        };
        if doc.node(&key.department).is_none() {
            self.open = None;
            return;
        }
        let lang = ui.lang();
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            ui.horizontal(|ui| {
                if named_button(ui, "×", &lang.tr("marking-close-answer")).clicked() {
                    self.open = None;
                }
                // Wrapped: a long name (Department for Communities and
                // Local Government) neither widens the pane nor is cut off
                // when the scroll bar comes.
                ui.add(
                    egui::Label::new(RichText::new(department_name(doc, &key.department)).heading()).wrap(),
                );
            });
            ui.horizontal_wrapped(|ui| {
                ui.strong(criterion_title(criterion));
                ui.weak(tr!(lang, "marking-in-round", year = key.year.to_string()));
                if rubric.illustrative {
                    illustrative_badge(ui);
                }
            });
            question(ui, criterion, doc, &key);
            let answer = frame.marker.answer(&key);
            if self.second {
                second_mark(ui, &key, criterion, &answer, frame);
                super::evidence::show(ui, &key, frame, true);
            } else {
                first_mark(ui, &key, criterion, &answer, frame);
                super::reply::show(ui, &key, criterion, &answer, frame);
                super::evidence::show(ui, &key, frame, false);
                notes(ui, &key, frame);
                log(ui, &answer);
                ui.add_space(6.0);
                if ui.button(lang.tr("marking-colour-this")).clicked() {
                    colour_by(frame.view, key.year, &criterion.id);
                }
            }
        });
    }
}

/// The question, guidance, citation, and whether it applies.
fn question(ui: &mut Ui, criterion: &Criterion, doc: &sectormap_core::model::Document, key: &AnswerKey) {
    let lang = ui.lang();
    if let Some(cited) = &criterion.cites {
        let commitment = department_name(doc, &cited.commitment);
        ui.weak(tr!(lang, "marking-cites", commitment = commitment, clause = cited.clause.as_str()));
    }
    if !criterion.question.trim().is_empty() {
        ui.add(egui::Label::new(RichText::new(&criterion.question).strong()).wrap());
    }
    if !criterion.guidance.trim().is_empty() {
        ui.add(egui::Label::new(RichText::new(&criterion.guidance).weak()).wrap());
    }
    if !applies(doc, criterion, &key.department) {
        ui.colored_label(WARN, lang.tr("marking-not-put"));
    }
}

/// The levels (and "not applicable" where allowed) as choices; the one
/// chosen is `mark`. Returns the choice clicked: `Some(None)` to clear.
fn choices(ui: &mut Ui, criterion: &Criterion, mark: Option<Mark>) -> Option<Option<Mark>> {
    let lang = ui.lang();
    let mut chosen = None;
    let mut marks: Vec<(Mark, String, String)> = criterion
        .levels
        .iter()
        .enumerate()
        .map(|(i, level)| (Mark::Level(i), level.label.clone(), level.description.clone()))
        .collect();
    if criterion.allow_na {
        marks.push((Mark::NotApplicable, lang.tr("marking-na"), lang.tr("marking-na-hint")));
    }
    for (choice, label, description) in marks {
        let radio = ui.radio(mark == Some(choice), RichText::new(&label).strong());
        let name = tr!(lang, "marking-choose", level = label.as_str());
        radio.widget_info(|| WidgetInfo::selected(Role::RadioButton, true, mark == Some(choice), &name));
        if radio.clicked() && mark != Some(choice) {
            chosen = Some(Some(choice));
        }
        if !description.trim().is_empty() {
            ui.indent(("level", label.as_str()), |ui| {
                ui.add(egui::Label::new(RichText::new(description).weak()).wrap());
            });
        }
    }
    if mark.is_some() && named_button(ui, &lang.tr("marking-clear"), &lang.tr("marking-clear-hint")).clicked()
    {
        chosen = Some(None);
    }
    chosen
}

/// The first assessor's mark, and what became of a second mark.
fn first_mark(ui: &mut Ui, key: &AnswerKey, criterion: &Criterion, answer: &Answer, frame: &mut Frame<'_>) {
    let lang = ui.lang();
    heading(ui, &lang.tr("marking-mark"));
    if let Some(mark) = choices(ui, criterion, answer.mark) {
        let mut changed = answer.clone();
        (changed.mark, changed.by) = (mark, frame.marker.who().to_owned());
        let from = mark_text(lang, criterion, answer.mark);
        let what = tr!(lang, "log-mark", from = from, to = mark_text(lang, criterion, mark));
        frame.marker.store(key, changed, what);
    }
    if !answer.by.is_empty() && answer.mark.is_some() {
        ui.weak(tr!(lang, "marking-marked-by", name = answer.by.as_str()));
    }
    if let Some(second) = &answer.second {
        let text = tr!(
            lang,
            "marking-second-was",
            mark = mark_text(lang, criterion, Some(second.mark)),
            name = second.by.as_str()
        );
        ui.label(text);
        if let Some(settled) = answer.settled {
            ui.label(tr!(lang, "marking-settled-on", mark = mark_text(lang, criterion, Some(settled))));
        } else if answer.disputed() {
            ui.colored_label(WARN, lang.tr("marking-to-settle"));
        }
    }
    change_reason(ui, key, criterion, answer, frame);
}

/// Last round's mark, and why this one differs, where there was a round before.
fn change_reason(
    ui: &mut Ui,
    key: &AnswerKey,
    criterion: &Criterion,
    answer: &Answer,
    frame: &mut Frame<'_>,
) {
    let lang = ui.lang();
    let doc = frame.marker.doc();
    let Some(before) = doc.assessment.previous(key.year) else { return };
    let earlier = criterion.lineage.comparable().and_then(|id| {
        let old = doc.assessment.rounds.get(&before)?.criterion(id)?;
        Some((old, doc.assessment.answer(before, &key.department, id)?.final_mark()))
    });
    let last = match earlier {
        Some((old, mark)) => mark_text(lang, old, mark),
        None => lang.tr("marking-not-comparable"),
    };
    ui.label(tr!(lang, "marking-last-round", year = before.to_string(), mark = last));
    let name = lang.tr("marking-change-reason");
    ui.label(&name);
    let id = Id::unique(("sectormap-change-reason", key));
    let field = Checked { id, name: &name, stored: &answer.change_reason, width: f32::INFINITY, hint: "" };
    if let (_, Some(text)) = left_text(ui, &field, 2) {
        let changed = Answer { change_reason: text, ..frame.marker.answer(key) };
        frame.marker.store(key, changed, lang.tr("log-change-reason"));
    }
}

/// The second assessor's mark and notes (blind: nothing of the first).
fn second_mark(ui: &mut Ui, key: &AnswerKey, criterion: &Criterion, answer: &Answer, frame: &mut Frame<'_>) {
    let lang = ui.lang();
    heading(ui, &lang.tr("marking-second-mark"));
    ui.weak(lang.tr("marking-blind-note"));
    let current = answer.second.as_ref().map(|s| s.mark);
    if let Some(mark) = choices(ui, criterion, current) {
        let notes = answer.second.as_ref().map(|s| s.notes.clone()).unwrap_or_default();
        let who = frame.marker.who().to_owned();
        let second = mark.map(|mark| SecondMark { mark, by: who, notes });
        let what = tr!(lang, "log-second", mark = mark_text(lang, criterion, mark));
        frame.marker.store(key, Answer { second, ..answer.clone() }, what);
    }
    let Some(second) = &answer.second else { return };
    let name = lang.tr("marking-second-notes");
    ui.label(&name);
    let id = Id::unique(("sectormap-second-notes", key));
    let field = Checked { id, name: &name, stored: &second.notes, width: f32::INFINITY, hint: "" };
    if let (_, Some(text)) = left_text(ui, &field, 3) {
        let mut changed = frame.marker.answer(key);
        if let Some(s) = &mut changed.second {
            s.notes = text;
        }
        frame.marker.store(key, changed, lang.tr("log-second-notes"));
    }
}

/// The assessors' private notes.
fn notes(ui: &mut Ui, key: &AnswerKey, frame: &mut Frame<'_>) {
    let lang = ui.lang();
    let name = lang.tr("marking-notes");
    heading(ui, &name);
    let stored = frame.marker.answer(key).notes;
    let id = Id::unique(("sectormap-answer-notes", key));
    let hint = lang.tr("marking-notes-hint");
    let field = Checked { id, name: &name, stored: &stored, width: f32::INFINITY, hint: &hint };
    if let (_, Some(text)) = left_text(ui, &field, 3) {
        let changed = Answer { notes: text, ..frame.marker.answer(key) };
        frame.marker.store(key, changed, lang.tr("log-notes"));
    }
}

/// Who changed what, and when, newest first.
fn log(ui: &mut Ui, answer: &Answer) {
    let lang = ui.lang();
    let title = tr!(lang, "marking-history", count = answer.log.len());
    egui::CollapsingHeader::new(title).id_salt("marking-history").default_open(true).show(ui, |ui| {
        for change in answer.log.iter().rev() {
            let line = tr!(
                lang,
                "marking-history-line",
                when = change.when.replace('T', " "),
                who = change.who.as_str(),
                what = change.what.as_str()
            );
            let label = ui.add(egui::Label::new(RichText::new(&line).small()).wrap());
            label.widget_info(|| WidgetInfo::labeled(Role::Label, true, &line));
        }
    });
}
