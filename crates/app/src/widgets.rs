//! Small labelled widgets shared by the panels, and the one editor of a
//! department's score used by both the inspector and the report card.

mod checked;

use egui::{Color32, Id, Response, TextEdit, Ui};

use crate::lang::Speak;
use sectormap_core::edit::Edit;
use sectormap_core::editor::Command;
use sectormap_core::model::Score;
use sectormap_core::tr;

pub use checked::{Checked, checked, draft_field, explain, left_text};

/// The red of text that cannot be used and of the line saying why.
pub const ERROR_RED: Color32 = Color32::from_rgb(0xC6, 0x28, 0x28);

/// A label over a one-line text field.
pub fn text_line(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    let name = ui.label(label);
    ui.add(TextEdit::singleline(value).desired_width(f32::INFINITY)).labelled_by(name.id)
}

/// A label over a multi-line text field.
pub fn text_block(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    let name = ui.label(label);
    ui.add(TextEdit::multiline(value).desired_rows(3).desired_width(f32::INFINITY)).labelled_by(name.id)
}

/// A one-line text field without a visible label, named `name` for screen
/// readers and tests.
pub fn named_field(ui: &mut Ui, name: &str, value: &mut String, width: f32, hint: &str) -> Response {
    let response = ui.add(TextEdit::singleline(value).desired_width(width).hint_text(hint));
    let shown = value.clone();
    response.widget_info(|| field_info(name, &shown));
    response
}

/// Accessibility information for a text field named `name` holding `value`.
pub fn field_info(name: &str, value: &str) -> egui::WidgetInfo {
    egui::WidgetInfo { label: Some(name.to_owned()), ..egui::WidgetInfo::text_edit(true, value, value, "") }
}

/// A small button showing `text`, named `name` for screen readers and tests.
pub fn named_button(ui: &mut Ui, text: &str, name: &str) -> Response {
    let button = ui.small_button(text).on_hover_text(name);
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    button
}

/// The button row at the foot of a dialog: `go` (clickable while
/// `enabled`) and Cancel. `Some(true)` when `go` was clicked, `Some(false)`
/// for Cancel, `None` while neither is.
pub fn go_or_cancel(ui: &mut Ui, go: &str, enabled: bool) -> Option<bool> {
    let mut answer = None;
    ui.horizontal(|ui| {
        if ui.add_enabled(enabled, egui::Button::new(go)).clicked() {
            answer = Some(true);
        }
        if ui.button(ui.lang().tr("cancel")).clicked() {
            answer = Some(false);
        }
    });
    answer
}

/// A red line explaining why what was typed is not used.
pub fn error_line(ui: &mut Ui, message: &str) {
    ui.colored_label(ERROR_RED, message);
}

/// Which score a [`score_input`] edits.
pub struct ScoreCell<'a> {
    /// The department's id.
    pub node: &'a str,
    /// The year.
    pub year: i32,
    /// The score now, if any.
    pub current: Option<&'a Score>,
    /// The field's name for screen readers and tests.
    pub name: &'a str,
    /// Whether emptying the field removes the score.
    pub empty_removes: bool,
    /// What an empty field shows.
    pub hint: &'a str,
    /// Which editor shows the field (`"report"`, `"inspector"`): the same
    /// score may show in both at once.
    pub place: &'static str,
}

/// The text field of one score, shared by the inspector and the report
/// card: a [`checked`] field, so a score is stored once it is whole and
/// the field is left, as one `SetScore` step. `7,5` and `7.5` are both
/// taken, in any language.
pub fn score_input(ui: &mut Ui, cell: &ScoreCell<'_>, width: f32, out: &mut Vec<Command>) -> Response {
    let lang = ui.lang();
    let stored = cell.current.map(|s| lang.score(s.value)).unwrap_or_default();
    let id = Id::unique(("sectormap-score", cell.place, cell.node, cell.year));
    let field = Checked { id, name: cell.name, stored: &stored, width, hint: cell.hint };
    let (response, value) = checked(ui, &field, |text| {
        if text.trim().is_empty() && cell.empty_removes { Ok(None) } else { lang.parse_score(text).map(Some) }
    });
    if let Some(value) = value {
        let note = cell.current.map(|s| s.note.clone()).unwrap_or_default();
        let score = value.map(|value| Score { value, note });
        if score.as_ref() != cell.current {
            let edit = Edit::SetScore { node: cell.node.to_owned(), year: cell.year, score };
            out.push(Command::edit(edit, tr!(lang, "step-score", year = cell.year.to_string())));
        }
    }
    response
}

/// Edits a list of strings as rows, each with a remove button, plus an
/// "add" button. `noun` is the message id naming the entries
/// (`"evidence"`: `evidence-item`, `evidence-remove`, `evidence-add`).
/// Returns whether the list changed.
pub fn string_list(ui: &mut Ui, noun: &str, items: &mut Vec<String>) -> bool {
    let lang = ui.lang();
    let mut changed = false;
    let mut remove = None;
    for (i, item) in items.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            if named_button(ui, "×", &tr!(lang, &format!("{noun}-remove"), n = i + 1)).clicked() {
                remove = Some(i);
            }
            let name = tr!(lang, &format!("{noun}-item"), n = i + 1);
            changed |= named_field(ui, &name, item, ui.available_width(), "").changed();
        });
    }
    if let Some(i) = remove {
        items.remove(i);
        changed = true;
    }
    if ui.button(lang.tr(&format!("{noun}-add"))).clicked() {
        items.push(String::new());
        changed = true;
    }
    changed
}

/// A section heading.
pub fn heading(ui: &mut Ui, text: &str) {
    ui.add_space(6.0);
    ui.strong(text);
}
