//! Inspector section for one link, and for the map when nothing is selected.

use egui::Ui;

use super::{Inspector, Out};
use crate::lang::Speak;
use crate::map_text::MapText;
use crate::widgets::{Checked, checked, heading, string_list, text_line};
use sectormap_core::edit::{Edit, MergeKey};
use sectormap_core::editor::{Command, Selection};
use sectormap_core::model::{Document, Link, LinkKind, MapMeta, Recognised};
use sectormap_core::tr;

impl Inspector {
    /// Edits one link: kind (among those its ends allow), label, strength,
    /// recognised, evidence; and shows its ends.
    pub(super) fn link(&mut self, ui: &mut Ui, doc: &Document, id: &str, out: &mut Out<'_>) {
        let Some((link, from, to)) = doc.link(id) else {
            return;
        };
        let (Some(a), Some(b)) = (doc.node(from), doc.node(to)) else {
            return;
        };
        let lang = ui.lang();
        let mut edited: Link = link.clone();
        let mut field: Option<&'static str> = None;
        ui.label(tr!(lang, "inspector-id", id = id));
        ui.horizontal_wrapped(|ui| {
            if ui.add(MapText::new(&a.label).link()).on_hover_text(lang.tr("link-select-node")).clicked() {
                *out.selection = Selection::node(from);
            }
            ui.label(lang.link_kind(edited.kind));
            if ui.add(MapText::new(&b.label).link()).on_hover_text(lang.tr("link-select-node")).clicked() {
                *out.selection = Selection::node(to);
            }
        });
        ui.horizontal(|ui| {
            let name = ui.label(lang.tr("link-kind"));
            egui::ComboBox::from_id_salt("inspector-link-kind")
                .selected_text(lang.link_name(edited.kind))
                .show_ui(ui, |ui| {
                    for kind in LinkKind::allowed_between(a.kind, b.kind) {
                        if ui.selectable_value(&mut edited.kind, kind, lang.link_name(kind)).changed() {
                            field = Some("kind");
                        }
                    }
                })
                .response
                .labelled_by(name.id);
        });
        if link.kind.allows(b.kind, a.kind) && ui.button(lang.tr("link-reverse")).clicked() {
            let reversed = Edit::Batch(vec![
                Edit::RemoveLink(id.to_owned()),
                Edit::AddLink { link: link.clone(), from: to.to_owned(), to: from.to_owned() },
            ]);
            let label = lang.tr("step-reverse-link");
            out.commands.push(Command::edit_and_select(reversed, label, Selection::link(id)));
        }
        if text_line(ui, &lang.tr("link-label"), &mut edited.label).changed() {
            field = Some("label");
        }
        self.preview.show(ui, &edited.label);
        if edited.kind == LinkKind::Relevant {
            heading(ui, &lang.tr("link-relevance"));
            ui.horizontal_wrapped(|ui| {
                ui.label(lang.tr("link-strength"));
                for (value, word) in
                    [(1u8, "link-strength-1"), (2, "link-strength-2"), (3, "link-strength-3")]
                {
                    if ui.radio_value(&mut edited.strength, value, lang.tr(word)).changed() {
                        field = Some("strength");
                    }
                }
            });
            ui.label(lang.tr("link-recognised-label"));
            ui.horizontal_wrapped(|ui| {
                for (value, word) in [
                    (Recognised::Yes, "link-recognised-yes"),
                    (Recognised::No, "link-recognised-no"),
                    (Recognised::Unknown, "link-recognised-unknown"),
                ] {
                    if ui.radio_value(&mut edited.recognised, value, lang.tr(word)).changed() {
                        field = Some("recognised");
                    }
                }
            });
        }
        heading(ui, &lang.tr("inspector-evidence"));
        if string_list(ui, "evidence", &mut edited.evidence) {
            field = Some("evidence");
        }
        if !link.label.trim().is_empty() {
            let texts = [("label", link.label.as_str())];
            if self.translations(ui, doc, &texts, &mut edited.translations).is_some() {
                field = Some("label translation");
            }
        }
        if let Some(field) = field {
            let label = tr!(lang, "step-edit-link", field = field);
            // A choice is a step of its own; typing in one field is one step.
            out.commands.push(if matches!(field, "strength" | "recognised") {
                Command::edit(Edit::SetLink(edited), label)
            } else {
                Command::typing(Edit::SetLink(edited), label, MergeKey::Link(id.to_owned(), field))
            });
        }
    }

    /// Edits the map's title block when nothing is selected.
    pub(super) fn map(&mut self, ui: &mut Ui, doc: &Document, out: &mut Out<'_>) {
        let lang = ui.lang();
        ui.label(lang.tr("map-nothing-selected"));
        let mut meta: MapMeta = doc.meta.clone();
        let mut field = None;
        if text_line(ui, &lang.tr("map-title"), &mut meta.title).changed() {
            field = Some("title");
        }
        self.preview.show(ui, &meta.title);
        if crate::widgets::text_block(ui, &lang.tr("map-subtitle"), &mut meta.subtitle).changed() {
            field = Some("subtitle");
        }
        if crate::widgets::text_block(ui, &lang.tr("map-source"), &mut meta.source).changed() {
            field = Some("source");
        }
        // The tag is used once it is whole and the field is left.
        let name = lang.tr("map-language-field");
        let label = ui.label(&name);
        let tag_field = Checked {
            id: egui::Id::unique("sectormap-map-language"),
            name: &name,
            stored: &doc.meta.language,
            width: f32::INFINITY,
            hint: "",
        };
        let (response, tag) = checked(ui, &tag_field, |text| {
            let tag = text.trim();
            if tag.is_empty() || sectormap_core::model::valid_language(tag) {
                Ok(tag.to_owned())
            } else {
                Err(lang.tr("map-language-bad"))
            }
        });
        response.labelled_by(label.id);
        if let Some(tag) = tag.filter(|tag| *tag != doc.meta.language) {
            let changed = MapMeta { language: tag, ..doc.meta.clone() };
            let step = tr!(lang, "step-edit-map", field = "language");
            out.commands.push(Command::edit(Edit::SetMeta(changed), step));
        }
        let texts = [
            ("title", doc.meta.title.as_str()),
            ("subtitle", doc.meta.subtitle.as_str()),
            ("source", doc.meta.source.as_str()),
        ];
        if self.translations(ui, doc, &texts, &mut meta.translations).is_some() {
            field = Some("translation");
        }
        if let Some(field) = field {
            out.commands.push(Command::typing(
                Edit::SetMeta(meta),
                tr!(lang, "step-edit-map", field = field),
                MergeKey::Meta(field),
            ));
        }
        heading(ui, &lang.tr("map-on-this-map"));
        ui.label(tr!(lang, "map-counts", nodes = doc.node_count(), links = doc.link_count()));
        let years = doc.score_years();
        if let (Some(first), Some(last)) = (years.first(), years.last()) {
            ui.label(if first == last {
                tr!(lang, "map-scores-for", year = first.to_string())
            } else {
                tr!(lang, "map-scores-from", first = first.to_string(), last = last.to_string())
            });
        } else {
            ui.label(lang.tr("map-no-scores"));
        }
    }
}
