//! Small labelled editors shared by the inspector sections.

use egui::{Color32, Response, TextEdit, Ui};

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

/// A red line explaining why what was typed is not used.
pub fn error_line(ui: &mut Ui, message: &str) {
    ui.colored_label(Color32::from_rgb(0xC6, 0x28, 0x28), message);
}

/// Edits a list of strings as rows, each with a remove button, plus an
/// "add" button. `noun` names one entry ("evidence note"). Returns whether
/// the list changed.
pub fn string_list(ui: &mut Ui, noun: &str, items: &mut Vec<String>) -> bool {
    let mut changed = false;
    let mut remove = None;
    for (i, item) in items.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            if named_button(ui, "×", &format!("Remove {noun} {}", i + 1)).clicked() {
                remove = Some(i);
            }
            let name = format!("{} {}", capitalise(noun), i + 1);
            changed |= named_field(ui, &name, item, ui.available_width(), "").changed();
        });
    }
    if let Some(i) = remove {
        items.remove(i);
        changed = true;
    }
    if ui.button(format!("Add {noun}")).clicked() {
        items.push(String::new());
        changed = true;
    }
    changed
}

/// `noun` with a capital first letter.
pub fn capitalise(noun: &str) -> String {
    let mut chars = noun.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// A section heading.
pub fn heading(ui: &mut Ui, text: &str) {
    ui.add_space(6.0);
    ui.strong(text);
}
