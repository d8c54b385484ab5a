//! An answer's evidence: each item's title, link or file, page, quote,
//! document date and date accessed, stored when its field is left (the
//! dates only when they are dates: `2008-03-31`, `2008-03` or `2008`);
//! items added and removed; stale ones flagged. Read only in second marking.

use egui::{Id, RichText, Ui};

use super::Frame;
use super::words::WARN;
use crate::lang::Speak;
use crate::widgets::{Checked, checked, heading, left_text, named_button};
use sectormap_core::analysis::assess::stale;
use sectormap_core::model::assess::{AnswerKey, Evidence, is_evidence_date};
use sectormap_core::tr;

/// The fields of an item: message id of its name, lines, and the field.
type Field = (&'static str, usize, fn(&mut Evidence) -> &mut String);

/// Every field of an item, in order.
const FIELDS: [Field; 6] = [
    ("marking-evidence-title", 1, |e| &mut e.title),
    ("marking-evidence-link", 1, |e| &mut e.link),
    ("marking-evidence-page", 1, |e| &mut e.page),
    ("marking-evidence-quote", 3, |e| &mut e.quote),
    ("marking-evidence-date", 1, |e| &mut e.document_date),
    ("marking-evidence-accessed", 1, |e| &mut e.accessed),
];

/// The fields holding a date, checked before they are stored.
const DATES: [&str; 2] = ["marking-evidence-date", "marking-evidence-accessed"];

/// Shows the evidence of the answer under `key`; `read_only` in second marking.
pub(super) fn show(ui: &mut Ui, key: &AnswerKey, frame: &mut Frame<'_>, read_only: bool) {
    let lang = ui.lang();
    let items = frame.marker.answer(key).evidence;
    heading(ui, &tr!(lang, "marking-evidence", count = items.len()));
    if items.is_empty() {
        ui.weak(lang.tr("marking-no-evidence"));
    }
    for (i, item) in items.iter().enumerate() {
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.strong(tr!(lang, "marking-evidence-item", n = i + 1));
                if stale(item, key.year) {
                    let text = tr!(lang, "marking-stale", date = item.document_date.as_str());
                    ui.colored_label(WARN, format!("◷ {text}")).on_hover_text(lang.tr("marking-stale-hint"));
                }
                if !read_only
                    && named_button(ui, "×", &tr!(lang, "marking-evidence-remove", n = i + 1)).clicked()
                {
                    let mut answer = frame.marker.answer(key);
                    if i < answer.evidence.len() {
                        answer.evidence.remove(i);
                        frame.marker.store(key, answer, tr!(lang, "log-evidence-removed", n = i + 1));
                    }
                }
            });
            if read_only {
                read_item(ui, item);
            } else {
                edit_item(ui, key, i, item, frame);
            }
        });
    }
    if !read_only && ui.button(lang.tr("marking-evidence-add")).clicked() {
        let mut answer = frame.marker.answer(key);
        let today = frame.marker.today();
        answer.evidence.push(Evidence { accessed: today, ..Evidence::default() });
        frame.marker.store(key, answer, lang.tr("log-evidence-added"));
    }
}

/// The fields of item `i`, each stored (one step) when left changed.
fn edit_item(ui: &mut Ui, key: &AnswerKey, i: usize, item: &Evidence, frame: &mut Frame<'_>) {
    let lang = ui.lang();
    // The fields take what the names leave of the panel's width.
    let width = (ui.available_width() - 110.0).max(160.0);
    egui::Grid::new(("marking-evidence", key, i)).num_columns(2).spacing([6.0, 3.0]).show(ui, |ui| {
        for (id, rows, get) in FIELDS {
            let word = lang.tr(id);
            ui.label(&word);
            let name = tr!(lang, "marking-evidence-field", n = i + 1, field = word.as_str());
            let mut copy = item.clone();
            let stored = get(&mut copy).clone();
            let field = Checked {
                id: Id::unique(("sectormap-evidence", key, i, id)),
                name: &name,
                stored: &stored,
                width,
                hint: "",
            };
            let left = if DATES.contains(&id) {
                let bad = lang.tr("marking-evidence-not-date");
                let check = |text: &str| {
                    if is_evidence_date(text) { Ok(text.trim().to_owned()) } else { Err(bad.clone()) }
                };
                checked(ui, &field, check).1
            } else {
                left_text(ui, &field, rows).1
            };
            if let Some(text) = left {
                let mut answer = frame.marker.answer(key);
                if let Some(target) = answer.evidence.get_mut(i) {
                    *get(target) = text;
                    frame.marker.store(key, answer, name.clone());
                }
            }
            ui.end_row();
        }
    });
    let link = item.link.trim();
    if link.starts_with("http://") || link.starts_with("https://") {
        ui.hyperlink_to(lang.tr("marking-evidence-open"), link);
    }
}

/// An item as text (second marking).
fn read_item(ui: &mut Ui, item: &Evidence) {
    let lang = ui.lang();
    for (id, _, get) in FIELDS {
        let mut copy = item.clone();
        let text = get(&mut copy).clone();
        if !text.trim().is_empty() {
            let line = format!("{}: {text}", lang.tr(id));
            ui.add(egui::Label::new(RichText::new(line).small()).wrap());
        }
    }
}
