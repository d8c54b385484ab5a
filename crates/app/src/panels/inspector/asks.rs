//! Inspector section for a department's asks: each one's urgency, its
//! words (stored whole once the field is left), its place among asks as
//! urgent, dropping and restoring it, and adding one of people's own.
//! Every change is one [`Edit::SetAsks`] with the department's full list
//! of notes, so one undo restores exactly what was there.

use egui::{Id, Ui};

use super::Inspector;
use super::ask_list::{AskChange, can_move_up, changed};
use crate::app::status;
use crate::lang::Speak;
use crate::map_text::MapText;
use crate::widgets::{Checked, heading, left_text, named_button, named_field};
use sectormap_core::analysis::Ask;
use sectormap_core::edit::Edit;
use sectormap_core::editor::Command;
use sectormap_core::i18n::Language;
use sectormap_core::model::{Document, Urgency};
use sectormap_core::tr;

/// An urgency's name in the interface's language.
fn urgency_name(lang: Language, urgency: Urgency) -> String {
    lang.tr(&format!("brief-urgency-{}", urgency.key()))
}

impl Inspector {
    /// The asks of department `id`, most urgent first, each editable.
    pub(super) fn asks(&mut self, ui: &mut Ui, doc: &Document, id: &str, out: &mut Vec<Command>) {
        let lang = ui.lang();
        // Asks are map text: worded in the map's own language, whatever the
        // interface speaks, so a reworded ask is stored in the words briefs use.
        let words = sectormap_core::scene::words_for(doc, None);
        let asks = self.listed.of(doc, self.revision, id, words);
        heading(ui, &tr!(lang, "inspector-asks", count = asks.iter().filter(|a| !a.dropped).count()));
        ui.weak(lang.tr("inspector-asks-hint"));
        let mut change = None;
        for (at, ask) in asks.iter().enumerate() {
            ui.separator();
            if let Some(c) = self.ask_row(ui, id, &asks, at, ask) {
                change = Some(c);
            }
        }
        ui.separator();
        if let Some(text) = self.new_ask(ui, id) {
            change = Some(AskChange::Add(text));
        }
        let Some(change) = change else { return };
        let step = match &change {
            AskChange::Urgency(..) => "step-ask-urgency",
            AskChange::Text(..) => "step-ask-text",
            AskChange::Up(_) | AskChange::Down(_) => "step-ask-move",
            AskChange::Drop(_, true) => "step-ask-drop",
            AskChange::Drop(_, false) => "step-ask-restore",
            AskChange::Add(_) => "step-ask-add",
        };
        if let Some(notes) = changed(doc, id, &asks, change) {
            let edit = Edit::SetAsks { department: id.to_owned(), notes };
            out.push(Command::edit(edit, lang.tr(step)));
        }
    }

    /// One ask: urgency, up, down, drop or restore, then its words.
    fn ask_row(&mut self, ui: &mut Ui, id: &str, asks: &[Ask], at: usize, ask: &Ask) -> Option<AskChange> {
        let lang = ui.lang();
        let n = at + 1;
        let mut change = None;
        ui.horizontal_wrapped(|ui| {
            let mut urgency = ask.urgency;
            let name = tr!(lang, "inspector-ask-urgency", n = n);
            ui.add_enabled_ui(!ask.dropped, |ui| {
                egui::ComboBox::from_id_salt(("inspector-ask-urgency", id, &ask.key))
                    .selected_text(urgency_name(lang, urgency))
                    .show_ui(ui, |ui| {
                        for level in Urgency::ALL {
                            ui.selectable_value(&mut urgency, level, urgency_name(lang, level));
                        }
                    })
                    .response
                    .on_hover_text(&name)
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
            });
            if urgency != ask.urgency {
                change = Some(AskChange::Urgency(at, urgency));
            }
            let up = tr!(lang, "inspector-ask-up", n = n);
            if ui.add_enabled_ui(can_move_up(asks, at), |ui| named_button(ui, "↑", &up)).inner.clicked() {
                change = Some(AskChange::Up(at));
            }
            let down = tr!(lang, "inspector-ask-down", n = n);
            let lower = can_move_up(asks, at + 1);
            if ui.add_enabled_ui(lower, |ui| named_button(ui, "↓", &down)).inner.clicked() {
                change = Some(AskChange::Down(at));
            }
            let (word, name) = if ask.dropped {
                (lang.tr("inspector-ask-restore"), tr!(lang, "inspector-ask-restore-n", n = n))
            } else {
                (lang.tr("inspector-ask-drop"), tr!(lang, "inspector-ask-drop-n", n = n))
            };
            if named_button(ui, &word, &name).clicked() {
                change = Some(AskChange::Drop(at, !ask.dropped));
            }
            if ask.dropped {
                ui.weak(lang.tr("inspector-ask-dropped"))
                    .on_hover_text(lang.tr("inspector-ask-dropped-hint"));
            } else if ask.own {
                ui.weak(lang.tr("inspector-ask-own"));
            } else if ask.edited {
                ui.weak(lang.tr("inspector-ask-edited"));
            }
        });
        if ask.dropped {
            ui.add(MapText::new(&ask.text).weak().wrap());
            return change;
        }
        let name = tr!(lang, "inspector-ask-text", n = n);
        let field = Checked {
            id: Id::unique(("sectormap-ask-text", id, &ask.key)),
            name: &name,
            stored: &ask.text,
            width: ui.available_width(),
            hint: "",
        };
        if let (_, Some(text)) = left_text(ui, &field, 2) {
            if ask.own && text.trim().is_empty() {
                status::report(ui.ctx(), lang.tr("inspector-ask-needs-words"));
            } else {
                change = Some(AskChange::Text(at, text));
            }
        }
        self.preview.show(ui, &ask.text);
        change
    }

    /// The field and button that add an ask of people's own; its words
    /// once Add (or Enter) is pressed with some typed.
    fn new_ask(&mut self, ui: &mut Ui, id: &str) -> Option<String> {
        let lang = ui.lang();
        let key = format!("{id}/new-ask");
        let mut text = self.buffer(&key, String::new);
        let (mut add, mut focused) = (false, false);
        ui.horizontal(|ui| {
            let add_word = lang.tr("inspector-ask-add");
            let width = (ui.available_width() - 12.0 - ui.spacing().interact_size.x * 3.0).max(80.0);
            let hint = lang.tr("inspector-ask-new-hint");
            let response = named_field(ui, &lang.tr("inspector-ask-new"), &mut text, width, &hint);
            focused = response.has_focus();
            add = ui.button(add_word).clicked()
                || (response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)));
        });
        self.preview.show(ui, &text);
        let words = text.trim().to_owned();
        let added = (add && !words.is_empty()).then_some(words);
        if added.is_some() {
            text.clear();
        }
        // Kept while typed, so Tab then Add still adds it.
        let keep = focused || !text.trim().is_empty();
        self.hold(&key, text, keep);
        added
    }
}
