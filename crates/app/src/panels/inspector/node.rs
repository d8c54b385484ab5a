//! Inspector section for one node: every field of the model.

use egui::Ui;

use super::{Inspector, Out};
use crate::lang::Speak;
use crate::widgets::{error_line, heading, named_button, named_field, string_list, text_block, text_line};
use sectormap_core::edit::MergeKey;
use sectormap_core::editor::DocCommand;
use sectormap_core::model::{DepartmentInfo, Document, Node, NodeKind};
use sectormap_core::tr;

impl Inspector {
    /// Edits one node; each changed field becomes an edit merged per field.
    pub(super) fn node(&mut self, ui: &mut Ui, doc: &Document, node: &Node, out: &mut Out<'_>) {
        let lang = ui.lang();
        let id = node.id.clone();
        let mut edited = node.clone();
        let mut field: Option<&'static str> = None;
        ui.horizontal(|ui| {
            let name = ui.label(lang.tr("inspector-kind"));
            egui::ComboBox::from_id_salt("inspector-kind")
                .selected_text(lang.node_kind(edited.kind))
                .show_ui(ui, |ui| {
                    for kind in NodeKind::ALL {
                        if ui.selectable_value(&mut edited.kind, kind, lang.node_kind(kind)).changed() {
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
        ui.label(tr!(lang, "inspector-id", id = &id)).on_hover_text(lang.tr("inspector-id-hint"));
        if text_line(ui, &lang.tr("inspector-label"), &mut edited.label).changed() {
            field = Some("label");
        }
        self.preview.show(ui, &edited.label);
        if text_block(ui, &lang.tr("inspector-description"), &mut edited.description).changed() {
            field = Some("description");
        }
        let key = format!("{id}/tags");
        let mut tags = self.buffer(&key, || node.tags.join(", "));
        let response = text_line(ui, &lang.tr("inspector-tags"), &mut tags);
        if response.changed() {
            edited.tags =
                tags.split(',').map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned).collect();
            field = Some("tags");
        }
        self.hold(&key, tags, response.has_focus());
        heading(ui, &lang.tr("inspector-evidence"));
        if string_list(ui, "evidence", &mut edited.evidence) {
            field = Some("evidence");
        }
        heading(ui, &lang.tr("inspector-fields"));
        if self.fields(ui, &id, &mut edited.fields) {
            field = Some("fields");
        }
        if edited.kind == NodeKind::Department && node.kind == NodeKind::Department {
            heading(ui, &lang.tr("kind-department"));
            if let Some(f) = self.department(ui, &id, &mut edited.department, out.commands) {
                field = Some(f);
            }
            self.marks(ui, doc, &id);
            self.asks(ui, doc, &id, out.commands);
        }
        let texts = [("label", node.label.as_str()), ("description", node.description.as_str())];
        if let Some(f) = self.translations(ui, doc, &texts, &mut edited.translations) {
            field = Some(if f == "label" { "label translation" } else { "description translation" });
        }
        heading(ui, &lang.tr("inspector-position"));
        let mut pinned = node.pinned;
        if ui.checkbox(&mut pinned, lang.tr("inspector-pinned")).changed() {
            out.commands.push(DocCommand::SetPinned(vec![id.clone()], pinned).into());
        }
        if let Some(field) = field {
            let label = tr!(lang, "step-edit-field", field = field);
            out.edit_node(edited, &label, MergeKey::Node(id.clone(), field));
        }
    }

    /// Free key/value fields: a row per field and a row to add one.
    fn fields(
        &mut self,
        ui: &mut Ui,
        id: &str,
        fields: &mut std::collections::BTreeMap<String, String>,
    ) -> bool {
        let lang = ui.lang();
        let mut changed = false;
        let mut remove = None;
        for (key, value) in fields.iter_mut() {
            ui.horizontal(|ui| {
                if named_button(ui, "×", &tr!(lang, "field-remove", name = key)).clicked() {
                    remove = Some(key.clone());
                }
                ui.label(format!("{key}:"));
                let width = ui.available_width();
                changed |= named_field(ui, &tr!(lang, "field-name", name = key), value, width, "").changed();
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
            let hint = lang.tr("field-new-hint");
            let response = named_field(ui, &lang.tr("field-new"), &mut new_key, 190.0, &hint);
            focused = response.has_focus();
            add = ui.button(lang.tr("field-add")).clicked()
                || (response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)));
        });
        let trimmed = new_key.trim().to_owned();
        if add && fields.contains_key(&trimmed) {
            error_line(ui, &lang.tr("field-exists"));
        } else if add && !trimmed.is_empty() {
            fields.insert(trimmed, String::new());
            new_key.clear();
            changed = true;
        }
        self.hold(&key, new_key, focused);
        changed
    }
}
