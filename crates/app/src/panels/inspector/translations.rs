//! Inspector section for translations: the selected thing's texts in
//! another of the map's languages, each beside the original.

use egui::Ui;

use super::Inspector;
use crate::lang::Speak;
use crate::widgets::heading;
use sectormap_core::model::{Document, Translations, language_name, map_language, valid_language};
use sectormap_core::tr;

impl Inspector {
    /// Edits the translations of `texts` (field, text in the map's
    /// language) into the language chosen here; returns the field changed.
    pub(super) fn translations(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        texts: &[(&'static str, &str)],
        translations: &mut Translations,
    ) -> Option<&'static str> {
        let words = ui.lang();
        heading(ui, &words.tr("translations-heading"));
        let own = map_language(doc).to_owned();
        let mut languages: Vec<String> = doc.languages().into_iter().filter(|l| *l != own).collect();
        if let Some(lang) = self.translate_to.clone().filter(|l| !languages.contains(l)) {
            languages.push(lang);
        }
        if self.translate_to.as_ref().is_none_or(|l| !languages.contains(l) || *l == own) {
            self.translate_to = languages.first().cloned();
        }
        ui.horizontal(|ui| {
            let name = ui.label(words.tr("translations-into"));
            let shown = self.translate_to.as_deref().map_or_else(|| words.tr("translations-none"), describe);
            egui::ComboBox::from_id_salt("inspector-translate-to")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    for lang in &languages {
                        ui.selectable_value(&mut self.translate_to, Some(lang.clone()), describe(lang));
                    }
                })
                .response
                .labelled_by(name.id);
        });
        ui.horizontal(|ui| {
            let field = egui::TextEdit::singleline(&mut self.new_language)
                .hint_text(words.tr("translations-tag-hint"))
                .desired_width(110.0);
            let response = ui.add(field).on_hover_text(words.tr("translations-tag-tooltip"));
            let tag = self.new_language.trim().to_owned();
            let ok = valid_language(&tag) && tag != own;
            let add = ui.add_enabled(ok, egui::Button::new(words.tr("translations-add"))).clicked();
            if add || (ok && response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))) {
                self.translate_to = Some(tag);
                self.new_language.clear();
            }
        });
        let lang = self.translate_to.clone()?;
        ui.weak(tr!(words, "translations-written-in", language = describe(&own).as_str()));
        let mut changed = None;
        for (field, original) in texts {
            if original.trim().is_empty() {
                continue;
            }
            let field_name = words.tr(&format!("translations-field-{field}"));
            let name = ui.label(tr!(
                words,
                "translations-field",
                field = field_name.as_str(),
                language = describe(&lang).as_str()
            ));
            ui.weak(*original);
            let mut text = translations.get(&lang, field).unwrap_or("").to_owned();
            let multiline = *field == "description" || *field == "subtitle" || *field == "source";
            let edit = if multiline {
                egui::TextEdit::multiline(&mut text).desired_rows(2)
            } else {
                egui::TextEdit::singleline(&mut text)
            };
            // Labelled by its heading, so screen readers (and tests) find it by name.
            let response =
                ui.add(edit.desired_width(f32::INFINITY).hint_text(*original)).labelled_by(name.id);
            if response.changed() {
                translations.set(&lang, field, &text);
                changed = Some(*field);
            }
            self.preview.show(ui, &text);
        }
        changed
    }
}

fn describe(lang: &str) -> String {
    let name = language_name(lang);
    if name == lang { lang.to_owned() } else { format!("{name} ({lang})") }
}
