//! The dialogs of sharing a map: File > Share through a folder… (the name
//! others will see, what sharing does, Share or Cancel; also asked when a
//! shared map is opened for the first time), and the preview of File >
//! Merge changes from… (what another device's file would add, change and
//! remove, then Merge or Cancel).

use egui::{Id, Key, Ui};

use super::dialogs::{Reply, window};
use crate::lang::Speak;
use crate::map_text::MapText;
use crate::widgets;
use sectormap_core::editor::shared::{ChangePreview, Thing};
use sectormap_core::i18n::Language;
use sectormap_core::tr;

/// Most things the merge preview lists of each kind; the rest are counted.
const LISTED: usize = 200;

/// The name field of a sharing dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameField {
    /// The name typed so far.
    pub name: String,
    /// Whether the field has had the keyboard.
    pub focused: bool,
}

impl NameField {
    /// A field holding `name`.
    pub fn new(name: String) -> Self {
        Self { name, focused: false }
    }

    /// Shows the field, with the keyboard until it has had it; returns
    /// whether Enter was pressed in it.
    pub(super) fn show(&mut self, ui: &mut Ui) -> bool {
        let lang = ui.lang();
        let label = ui.label(lang.tr("share-name"));
        let id = Id::unique("sectormap-share-name");
        let edit = egui::TextEdit::singleline(&mut self.name).id(id).desired_width(360.0);
        let field = ui.add(edit).labelled_by(label.id);
        if !self.focused {
            field.request_focus();
            self.focused = ui.memory(|m| m.had_focus_last_frame(id));
        }
        ui.weak(lang.tr("share-name-hint"));
        field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter))
    }

    /// The name to use, if one was typed.
    pub(super) fn chosen(&self) -> Option<String> {
        Some(self.name.trim().to_owned()).filter(|n| !n.is_empty())
    }
}

/// File > Share through a folder…, or joining a map others shared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareForm {
    /// The name others will see.
    pub field: NameField,
    /// The map is shared already (opened for the first time): join it.
    pub join: bool,
    /// The map's file name, for the folder's name.
    pub map: String,
}

/// Shows the share dialog.
pub fn share(ctx: &egui::Context, form: &mut ShareForm) -> Option<Reply> {
    let lang = ctx.lang();
    window(
        ctx,
        || Reply::Closed,
        |ui| {
            let folder = format!("{}.shared", form.map);
            if form.join {
                ui.heading(tr!(lang, "share-join-title", map = form.map.as_str()));
                ui.label(tr!(lang, "share-join-text", folder = folder.as_str()));
            } else {
                ui.heading(lang.tr("share-title"));
                ui.label(tr!(lang, "share-text", folder = folder.as_str()));
                ui.add_space(4.0);
                ui.label(lang.tr("share-email-text"));
            }
            ui.add_space(8.0);
            let enter = form.field.show(ui);
            ui.add_space(8.0);
            let verb = lang.tr(if form.join { "share-join" } else { "share-go" });
            let name = form.field.chosen();
            match widgets::go_or_cancel(ui, &verb, name.is_some()) {
                Some(true) => name.map(|name| Reply::Share { name, join: form.join }),
                Some(false) => Some(Reply::Closed),
                None if enter => name.map(|name| Reply::Share { name, join: form.join }),
                None => None,
            }
        },
    )
}

/// File > Merge changes from…: what the file would do, and the name to
/// share with when the map is not shared yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergeForm {
    /// What merging the file would do.
    pub preview: ChangePreview,
    /// The name others will see, asked when this device has none yet.
    pub field: Option<NameField>,
}

/// Shows the merge preview.
pub fn merge(ctx: &egui::Context, form: &mut MergeForm) -> Option<Reply> {
    let lang = ctx.lang();
    window(
        ctx,
        || Reply::Closed,
        |ui| {
            let preview = &form.preview;
            let file = preview.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            ui.heading(tr!(lang, "merge-title", file = file.as_str()));
            if !preview.from.is_empty() {
                ui.label(tr!(lang, "merge-from", names = preview.from.join(", ")));
            }
            ui.add_space(4.0);
            if preview.is_empty() {
                ui.label(lang.tr("merge-nothing"));
            } else {
                summary(ui, preview, lang);
            }
            if preview.shares {
                ui.add_space(6.0);
                ui.label(lang.tr("merge-shares"));
            }
            if let Some(field) = &mut form.field {
                ui.add_space(6.0);
                field.show(ui);
            }
            ui.add_space(8.0);
            let name = form.field.as_ref().map(NameField::chosen);
            // Sharing from their file is worth doing even when it brings nothing new.
            let ready = (preview.shares || !preview.is_empty()) && name.as_ref().is_none_or(Option::is_some);
            let verb = lang.tr(if preview.shares { "merge-share-go" } else { "merge-go" });
            match widgets::go_or_cancel(ui, &verb, ready) {
                Some(true) => Some(Reply::Merge { path: preview.path.clone(), name: name.flatten() }),
                Some(false) => Some(Reply::Closed),
                None => None,
            }
        },
    )
}

/// The counts, then each thing added (+), changed (±) and removed (−).
fn summary(ui: &mut Ui, preview: &ChangePreview, lang: Language) {
    ui.label(tr!(
        lang,
        "merge-counts",
        added = preview.added.len(),
        changed = preview.changed.len(),
        removed = preview.removed.len()
    ));
    if preview.conflicts > 0 {
        ui.label(tr!(lang, "merge-conflicts", count = preview.conflicts));
    }
    egui::ScrollArea::vertical().max_height(260.0).id_salt("merge-preview").show(ui, |ui| {
        for (sign, things) in [("+", &preview.added), ("±", &preview.changed), ("−", &preview.removed)] {
            for thing in things.iter().take(LISTED) {
                ui.add(MapText::new(&line(sign, thing, lang)).ltr());
            }
            if things.len() > LISTED {
                ui.weak(tr!(lang, "changes-more", count = things.len() - LISTED));
            }
        }
    });
}

/// One thing of the preview: `± Home Office (dept-home-office): label, position`.
fn line(sign: &str, thing: &Thing, lang: Language) -> String {
    let fields: Vec<String> =
        thing.fields.iter().map(|f| crate::panels::changes::field_name(f, lang)).collect();
    let name = match thing.kind {
        "map" => lang.tr("changes-the-map"),
        _ if thing.label == thing.id => thing.id.clone(),
        _ => format!("{} ({})", thing.label, thing.id),
    };
    if fields.is_empty() { format!("{sign} {name}") } else { format!("{sign} {name}: {}", fields.join(", ")) }
}
