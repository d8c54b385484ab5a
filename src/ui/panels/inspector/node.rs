//! Inspector section for one node: every field of the model.

use egui::Ui;

use super::{Inspector, Out};
use crate::edit::MergeKey;
use crate::editor::DocCommand;
use crate::model::{DepartmentInfo, Document, Node, NodeKind};
use crate::ui::widgets::{
    error_line, heading, named_button, named_field, string_list, text_block, text_line,
};

impl Inspector {
    /// Edits one node; each changed field becomes an edit merged per field.
    pub(super) fn node(&mut self, ui: &mut Ui, doc: &Document, node: &Node, out: &mut Out<'_>) {
        let id = node.id.clone();
        let mut edited = node.clone();
        let mut field: Option<&'static str> = None;
        ui.horizontal(|ui| {
            let name = ui.label("Kind");
            egui::ComboBox::from_id_salt("inspector-kind")
                .selected_text(edited.kind.title())
                .show_ui(ui, |ui| {
                    for kind in NodeKind::ALL {
                        if ui.selectable_value(&mut edited.kind, kind, kind.title()).changed() {
                            field = Some("kind");
                        }
                    }
                })
                .response
                .labelled_by(name.id);
        });
        if field == Some("kind") && edited.kind != NodeKind::Department {
            // Only departments carry these; the edit can be undone with them.
            edited.department = DepartmentInfo::default();
        }
        ui.label(format!("Id: {id}")).on_hover_text("The id is fixed; links and views refer to it.");
        if text_line(ui, "Label", &mut edited.label).changed() {
            field = Some("label");
        }
        self.preview.show(ui, &edited.label);
        if text_block(ui, "Description", &mut edited.description).changed() {
            field = Some("description");
        }
        let key = format!("{id}/tags");
        let mut tags = self.buffer(&key, || node.tags.join(", "));
        let response = text_line(ui, "Tags (comma separated)", &mut tags);
        if response.changed() {
            edited.tags =
                tags.split(',').map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned).collect();
            field = Some("tags");
        }
        self.hold(&key, tags, response.has_focus());
        heading(ui, "Evidence");
        if string_list(ui, "evidence note", &mut edited.evidence) {
            field = Some("evidence");
        }
        heading(ui, "Fields");
        if self.fields(ui, &id, &mut edited.fields) {
            field = Some("fields");
        }
        if edited.kind == NodeKind::Department && node.kind == NodeKind::Department {
            heading(ui, "Department");
            if let Some(f) = self.department(ui, &id, &mut edited.department, out.commands) {
                field = Some(f);
            }
        }
        let texts = [("label", node.label.as_str()), ("description", node.description.as_str())];
        if let Some(f) = self.translations(ui, doc, &texts, &mut edited.translations) {
            field = Some(if f == "label" { "label translation" } else { "description translation" });
        }
        heading(ui, "Position");
        let mut pinned = node.pinned;
        if ui.checkbox(&mut pinned, "Pinned where it is").changed() {
            out.commands.push(DocCommand::SetPinned(vec![id.clone()], pinned).into());
        }
        if let Some(field) = field {
            out.edit_node(edited, &format!("Edit {field}"), MergeKey::Node(id.clone(), field));
        }
    }

    /// Free key/value fields: a row per field and a row to add one.
    fn fields(
        &mut self,
        ui: &mut Ui,
        id: &str,
        fields: &mut std::collections::BTreeMap<String, String>,
    ) -> bool {
        let mut changed = false;
        let mut remove = None;
        for (key, value) in fields.iter_mut() {
            ui.horizontal(|ui| {
                if named_button(ui, "×", &format!("Remove field {key}")).clicked() {
                    remove = Some(key.clone());
                }
                ui.label(format!("{key}:"));
                let width = ui.available_width();
                changed |= named_field(ui, &format!("Field {key}"), value, width, "").changed();
            });
        }
        if let Some(key) = remove {
            fields.remove(&key);
            changed = true;
        }
        let key = format!("{id}/new-field");
        let mut new_key = self.buffer(&key, String::new);
        let (mut add, mut focused) = (false, false);
        ui.horizontal(|ui| {
            let response = named_field(ui, "New field name", &mut new_key, 140.0, "new field name");
            focused = response.has_focus();
            add = ui.button("Add field").clicked()
                || (response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)));
        });
        let trimmed = new_key.trim().to_owned();
        if add && fields.contains_key(&trimmed) {
            error_line(ui, "A field with that name exists.");
        } else if add && !trimmed.is_empty() {
            fields.insert(trimmed, String::new());
            new_key.clear();
            changed = true;
        }
        self.hold(&key, new_key, focused);
        changed
    }
}
