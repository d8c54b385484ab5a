//! Fields whose text must be checked before the map can take it (a score,
//! a language tag, a view's name).
//!
//! What is typed is a draft, kept aside while the field has the keyboard;
//! nothing reaches the map while typing, not even a value that already
//! looks complete (a `1` on the way to `15` would be stored and then
//! refused). The draft is used once the field is left: Enter, Tab or a
//! click elsewhere store it, as one undo step, if it is valid and differs
//! from the map's; Escape drops it. Leaving with a draft that cannot be
//! used stores nothing and shows the map's value again, and the status
//! line says why; Enter on such a draft keeps the field, to correct it.
//!
//! While the draft cannot be used its text is red and the reason shows in
//! a tooltip beside the field (on hover once the field is left): nothing
//! around the field moves, so the field keeps the keyboard.

use egui::{Id, Key, Response, TextEdit, Ui};

use super::{ERROR_RED, field_info};
use crate::app::status;
use crate::lang::Speak;
use sectormap_core::tr;

/// A checked field: where it is, what it is called, what the map holds.
pub struct Checked<'a> {
    /// The field's id: the same every frame, however the panel around it
    /// changes, so the field keeps the keyboard.
    pub id: Id,
    /// The field's name for screen readers, tests and the status line.
    pub name: &'a str,
    /// The map's value, as the field shows it.
    pub stored: &'a str,
    /// The field's width.
    pub width: f32,
    /// What an empty field shows.
    pub hint: &'a str,
}

/// Shows a checked field; `check` turns its text into a value or says why
/// it cannot. Returns the field and, in the frame the field is left with a
/// valid text other than `stored`, the value to store.
pub fn checked<T>(
    ui: &mut Ui,
    field: &Checked<'_>,
    check: impl Fn(&str) -> Result<T, String>,
) -> (Response, Option<T>) {
    checked_rows(ui, field, 1, check)
}

/// A text of `rows` lines (a note, a quote) stored whole once its field is
/// left, as [`checked`] stores a value: typing changes nothing in the map,
/// leaving the field (a click elsewhere, Tab) stores the text as one step,
/// Escape drops it. Returns the field and, in the frame it is left
/// changed, the text.
pub fn left_text(ui: &mut Ui, field: &Checked<'_>, rows: usize) -> (Response, Option<String>) {
    checked_rows(ui, field, rows, |text| Ok(text.to_owned()))
}

/// [`checked`] with a field of `rows` lines (one: a single-line field).
fn checked_rows<T>(
    ui: &mut Ui,
    field: &Checked<'_>,
    rows: usize,
    check: impl Fn(&str) -> Result<T, String>,
) -> (Response, Option<T>) {
    let id = field.id;
    // Egui tells a field it lost the keyboard on two frames; the draft,
    // taken here, is acted on once.
    let active = ui.memory(|m| m.has_focus(id) || m.had_focus_last_frame(id));
    let draft = if active { ui.data_mut(|d| d.remove_temp::<String>(id)) } else { None };
    let had_draft = draft.is_some();
    let mut text = draft.unwrap_or_else(|| field.stored.to_owned());
    let red = text != field.stored && check(&text).is_err();
    let response = line(ui, (id, field.name), &mut text, (field.width, field.hint, rows), red);
    let now = if text == field.stored { None } else { check(&text).err() };
    if red != now.is_some() {
        ui.ctx().request_repaint();
    }
    if ui.memory(|m| m.has_focus(id)) {
        ui.data_mut(|d| d.insert_temp(id, text));
        if let Some(why) = &now {
            response.show_tooltip_text(why.as_str());
        }
        return (response, None);
    }
    if !had_draft || !response.lost_focus() || ui.input(|i| i.key_pressed(Key::Escape)) {
        return (response, None);
    }
    match (check(&text), text == field.stored) {
        (Ok(value), false) => (response, Some(value)),
        (Ok(_), true) => (response, None),
        (Err(why), _) => {
            let lang = ui.lang();
            status::report(ui.ctx(), tr!(lang, "typed-not-changed", field = field.name, why = why.as_str()));
            if rows == 1 && ui.input(|i| i.key_pressed(Key::Enter)) {
                // Enter asks to store it: stay, to correct it.
                response.request_focus();
                ui.data_mut(|d| d.insert_temp(id, text));
            }
            (response, None)
        }
    }
}

/// The text field itself: `id` and name, `rows` lines, red while `red`.
fn line(
    ui: &mut Ui,
    (id, name): (Id, &str),
    text: &mut String,
    (width, hint, rows): (f32, &str, usize),
    red: bool,
) -> Response {
    let edit =
        if rows > 1 { TextEdit::multiline(text).desired_rows(rows) } else { TextEdit::singleline(text) };
    let mut edit = edit.id(id).desired_width(width).hint_text(hint);
    if red {
        edit = edit.text_color(ERROR_RED);
    }
    let response = ui.add(edit);
    let shown = text.clone();
    let name = name.to_owned();
    response.widget_info(|| field_info(&name, &shown));
    response
}

/// A field for a draft that a button (or Enter) uses, such as a new
/// score's year: `text` stays the caller's. While `problem` says why the
/// text cannot be used, the text is red and the reason shows beside the
/// field ([`explain`]), without moving anything.
pub fn draft_field(
    ui: &mut Ui,
    (id, name): (Id, &str),
    text: &mut String,
    (width, hint): (f32, &str),
    problem: impl Fn(&str) -> Option<String>,
) -> Response {
    let red = problem(text).is_some();
    let response = line(ui, (id, name), text, (width, hint, 1), red);
    let now = problem(text);
    if red != now.is_some() {
        ui.ctx().request_repaint();
    }
    if let Some(why) = now {
        explain(&response, &why);
    }
    response
}

/// Says why the text of `response`'s field cannot be used, beside it:
/// always while it has the keyboard, on hover otherwise. Nothing moves.
pub fn explain(response: &Response, why: &str) {
    if response.has_focus() {
        response.show_tooltip_text(why);
    } else {
        response.clone().on_hover_text(why);
    }
}
