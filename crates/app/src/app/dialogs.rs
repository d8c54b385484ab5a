//! The plain modal dialogs, each drawn from its own state: unsaved
//! changes, the offer to restore lost changes, and errors (the path field
//! is in `prompt.rs`, a map that did not open in `unopened.rs`); and the
//! replies every dialog gives.

use std::path::PathBuf;

use egui::{Id, Modal, Ui};

use super::files::Purpose;
use crate::lang::Speak;
use sectormap_core::editor::{ImportPreview, Orphan};
use sectormap_core::i18n::Language;
use sectormap_core::model::{Document, NodeKind};
use sectormap_core::tr;

/// What to do once the unsaved-changes question is answered.
#[derive(Clone, Debug, PartialEq)]
pub enum Then {
    /// Start a new map.
    New,
    /// Ask for a map to open.
    Open,
    /// Open this map.
    OpenPath(PathBuf),
    /// Close the window.
    Close,
    /// Open this map, just imported, as a new map.
    ImportNew(Box<Document>),
    /// Share the map (just saved) as this name.
    Share(String),
}

/// The answer to "Save changes?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Save first, then go on.
    Save,
    /// Throw the changes away and go on.
    Discard,
    /// Do nothing.
    Cancel,
}

/// The answer to the offer to restore a map an earlier run lost.
#[derive(Clone, Debug, PartialEq)]
pub enum Recovered {
    /// Open this copy (its changes are unsaved until saved).
    Restore(Orphan),
    /// Delete this copy.
    Discard(Orphan),
    /// Keep the copies and ask again at the next start.
    Later,
}

/// What a dialog asks the app to do once it has closed.
#[derive(Debug)]
pub enum Reply {
    /// The unsaved-changes question was answered.
    Unsaved(Answer, Then),
    /// A path was typed for a purpose.
    Path(Purpose, PathBuf),
    /// The offer to restore a lost map was answered.
    Recover(Recovered),
    /// An export dialog's go: ask where to write, for this purpose.
    Ask(Purpose),
    /// Import as the preview says.
    Import(Box<ImportPreview>),
    /// A kind was chosen in the import preview for a type name of this
    /// file (the preview stays open): remember it for the next import.
    KindChosen {
        /// The file being imported.
        path: PathBuf,
        /// The type name, as the file spells it.
        name: String,
        /// The kind chosen.
        kind: NodeKind,
    },
    /// Show the import preview of this file (it did not open as a map).
    ImportFile(PathBuf),
    /// Open the backup of the broken map at `path` as that map, unsaved.
    OpenBackup {
        /// The broken map.
        path: PathBuf,
        /// Its backup.
        backup: PathBuf,
    },
    /// The dialog on the map's file changed on disk was answered.
    Disk(super::disk_dialog::DiskAnswer),
    /// Share the map (or join it, shared already) as this name.
    Share {
        /// The name others will see.
        name: String,
        /// The map is shared already: join it.
        join: bool,
    },
    /// Merge the device file at `path`; the map, not shared yet, is shared
    /// first (as `name`, when this device had none).
    Merge {
        /// The device file.
        path: PathBuf,
        /// The name others will see, when it was asked.
        name: Option<String>,
    },
    /// Connect to a sync server as the form says (sharing the map first if
    /// it is not shared yet).
    Connect(Box<super::live::ConnectForm>),
    /// A path prompt, an error or the unsaved-changes question was
    /// dismissed.
    Closed,
}

/// Shows one of the plain dialogs in egui's modal window; `on_close` is the
/// reply when it is dismissed (Escape, or a click beside it).
pub(super) fn window(
    ctx: &egui::Context,
    on_close: impl FnOnce() -> Reply,
    add: impl FnOnce(&mut Ui) -> Option<Reply>,
) -> Option<Reply> {
    let mut reply = None;
    let modal = Modal::new(Id::unique("sectormap-dialog")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        reply = add(ui);
    });
    if reply.is_none() && modal.should_close() {
        reply = Some(on_close());
    }
    reply
}

/// "Save changes to `name`?" before doing `then`.
pub fn unsaved(ctx: &egui::Context, then: &Then, name: &str) -> Option<Reply> {
    let lang = ctx.lang();
    let cancel = || Reply::Unsaved(Answer::Cancel, then.clone());
    window(ctx, cancel, |ui| {
        let mut reply = None;
        let doing = match then {
            Then::New => "new",
            Then::Open | Then::OpenPath(_) | Then::ImportNew(_) => "open",
            Then::Close | Then::Share(_) => "close",
        };
        ui.heading(lang.tr("dialog-unsaved"));
        ui.label(tr!(lang, "dialog-unsaved-question", name = name, doing = doing));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(lang.tr("menu-save")).clicked() {
                reply = Some(Reply::Unsaved(Answer::Save, then.clone()));
            }
            if ui.button(lang.tr("dialog-discard")).clicked() {
                reply = Some(Reply::Unsaved(Answer::Discard, then.clone()));
            }
            if ui.button(lang.tr("cancel")).clicked() {
                reply = Some(Reply::Unsaved(Answer::Cancel, then.clone()));
            }
        });
        reply
    })
}

/// The offer to restore maps an earlier run left unsaved.
pub fn recover(ctx: &egui::Context, orphans: &[Orphan]) -> Option<Reply> {
    let lang = ctx.lang();
    window(ctx, || Reply::Recover(Recovered::Later), |ui| recover_list(ui, orphans, lang))
}

/// An error to acknowledge: what failed, and why, one entry per line.
pub fn error(ctx: &egui::Context, title: &str, lines: &[String]) -> Option<Reply> {
    let lang = ctx.lang();
    window(
        ctx,
        || Reply::Closed,
        |ui| {
            ui.heading(title);
            egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                for line in lines {
                    ui.label(line.as_str());
                }
            });
            ui.button(lang.tr("dialog-ok")).clicked().then_some(Reply::Closed)
        },
    )
}

/// The maps an earlier run left unsaved, newest first, each to restore
/// or discard.
fn recover_list(ui: &mut egui::Ui, orphans: &[Orphan], lang: Language) -> Option<Reply> {
    let mut reply = None;
    ui.heading(lang.tr("recover-title"));
    ui.label(lang.tr("recover-text"));
    ui.add_space(6.0);
    for orphan in orphans {
        ui.group(|ui| {
            let title = if orphan.title.is_empty() { String::new() } else { format!(" ({})", orphan.title) };
            ui.strong(format!("{}{title}", orphan.name()));
            ui.label(tr!(lang, "recover-kept", when = orphan.when_in(lang)));
            ui.horizontal(|ui| {
                if ui.button(lang.tr("recover-restore")).clicked() {
                    reply = Some(Reply::Recover(Recovered::Restore(orphan.clone())));
                }
                if ui.button(lang.tr("dialog-discard")).clicked() {
                    reply = Some(Reply::Recover(Recovered::Discard(orphan.clone())));
                }
            });
        });
    }
    ui.add_space(6.0);
    if ui.button(lang.tr("recover-later")).clicked() {
        reply = Some(Reply::Recover(Recovered::Later));
    }
    reply
}
