//! The plain modal dialogs, each drawn from its own state: unsaved
//! changes, a path field where no native file dialog exists, the offer to
//! restore lost changes, and errors; and the replies every dialog gives.

use std::path::PathBuf;

use egui::{Id, Key, Modal, Ui};

use super::files::Purpose;
use crate::lang::Speak;
use sectormap_core::editor::{ImportPreview, Orphan};
use sectormap_core::i18n::Language;
use sectormap_core::model::Document;
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

/// A path typed by hand where no native file dialog exists.
#[derive(Clone, Debug, PartialEq)]
pub struct PathPrompt {
    /// What the path is for.
    pub purpose: Purpose,
    /// The path typed so far.
    pub text: String,
    /// Why the last try failed, or a question about it.
    pub error: Option<String>,
    /// Whether the field has been given keyboard focus.
    pub focused: bool,
    /// The user has been told the file exists; the next try replaces it.
    pub confirm: bool,
}

impl PathPrompt {
    /// A prompt for `purpose` with `text` filled in.
    pub fn new(purpose: Purpose, text: String) -> Self {
        Self { purpose, text, error: None, focused: false, confirm: false }
    }
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
    /// A path prompt, an error or the unsaved-changes question was
    /// dismissed.
    Closed,
}

/// Shows one of the plain dialogs in egui's modal window; `on_close` is the
/// reply when it is dismissed (Escape, or a click beside it).
fn window(
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
            Then::Close => "close",
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

/// The field for a path typed by hand.
pub fn path(ctx: &egui::Context, prompt: &mut PathPrompt) -> Option<Reply> {
    let lang = ctx.lang();
    window(
        ctx,
        || Reply::Closed,
        |ui| {
            let mut reply = None;
            let PathPrompt { purpose, text, error, focused, confirm } = prompt;
            let title = match purpose {
                Purpose::Open => lang.tr("dialog-open-title"),
                Purpose::SaveAs => lang.tr("dialog-save-title"),
                Purpose::Export(ext) => tr!(lang, "dialog-export-title", format = ext.to_uppercase()),
                Purpose::Report(ext) => tr!(lang, "dialog-report-title", format = ext.to_uppercase()),
                Purpose::Import => lang.tr("import-pick-title"),
                Purpose::Data(format) => tr!(
                    lang,
                    "dialog-export-title",
                    format = super::files::data_extension(*format).to_uppercase()
                ),
                Purpose::Web(_) => lang.tr("dialog-web-title"),
            };
            ui.heading(title);
            ui.label(lang.tr("dialog-no-chooser"));
            let label = ui.label(lang.tr("dialog-path"));
            let field = ui.add(egui::TextEdit::singleline(text).desired_width(480.0)).labelled_by(label.id);
            // Asked until the field has it: a dialog opened in the frame another
            // closed may not get focus at the first asking.
            if !*focused {
                field.request_focus();
                *focused = field.has_focus();
            }
            if field.changed() {
                *confirm = false;
                *error = None;
            }
            if let Some(error) = error {
                ui.colored_label(egui::Color32::from_rgb(0xC6, 0x28, 0x28), error.as_str());
            }
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            ui.horizontal(|ui| {
                let verb = if *confirm { lang.tr("dialog-replace") } else { purpose.verb(lang) };
                if (ui.button(verb).clicked() || enter) && !text.trim().is_empty() {
                    let path = expand(text.trim());
                    match check_path(purpose, &path, *confirm, lang) {
                        Ok(()) => reply = Some(Reply::Path(purpose.clone(), path)),
                        Err((why, ask)) => {
                            *error = Some(why);
                            *confirm = ask;
                        }
                    }
                }
                if ui.button(lang.tr("cancel")).clicked() {
                    reply = Some(Reply::Closed);
                }
            });
            reply
        },
    )
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

/// Whether a typed path can be used for `purpose`; otherwise why not, and
/// whether asking again would replace an existing file.
fn check_path(
    purpose: &Purpose,
    path: &std::path::Path,
    confirmed: bool,
    lang: Language,
) -> Result<(), (String, bool)> {
    if matches!(purpose, Purpose::Open | Purpose::Import) {
        return Ok(());
    }
    let shown = path.display().to_string();
    if path.is_dir() {
        return Err((tr!(lang, "dialog-is-folder", path = shown), false));
    }
    match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() && !folder.is_dir() => {
            Err((tr!(lang, "dialog-no-folder", folder = folder.display().to_string()), false))
        }
        _ if path.exists() && !confirmed => {
            let backup = if *purpose == Purpose::SaveAs { "yes" } else { "no" };
            Err((tr!(lang, "dialog-exists", path = shown, backup = backup), true))
        }
        _ => Ok(()),
    }
}

/// A typed path with a leading `~` expanded to the home folder.
fn expand(text: &str) -> PathBuf {
    match (text.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(text),
    }
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
