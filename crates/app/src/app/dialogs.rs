//! Modal dialogs: unsaved changes, a path field where no native file dialog
//! exists, and errors.

use std::path::PathBuf;

use egui::{Id, Key, Modal};

use super::files::Purpose;
use crate::lang::Speak;
use sectormap_core::editor::Orphan;
use sectormap_core::i18n::Language;
use sectormap_core::tr;

/// What to do once the unsaved-changes question is answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Then {
    /// Start a new map.
    New,
    /// Ask for a map to open.
    Open,
    /// Open this map.
    OpenPath(PathBuf),
    /// Close the window.
    Close,
    /// Open the map just imported (kept by the app) as a new map.
    ImportNew,
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

/// A dialog on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    /// "Save changes to NAME?" before doing `Then`.
    Unsaved(Then),
    /// A path typed by hand for `Purpose`, with an error from the last try.
    Path {
        /// What the path is for.
        purpose: Purpose,
        /// The path typed so far.
        text: String,
        /// Why the last try failed, or a question about it.
        error: Option<String>,
        /// Whether the field has been given keyboard focus.
        focused: bool,
        /// The user has been told the file exists; the next try replaces it.
        confirm: bool,
    },
    /// Maps an earlier run left unsaved when it ended: restore or discard.
    Recover(Vec<Orphan>),
    /// An error to acknowledge.
    Error {
        /// What failed.
        title: String,
        /// Why, one entry per line.
        lines: Vec<String>,
    },
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

/// What a dialog asks the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    /// The unsaved-changes question was answered.
    Unsaved(Answer, Then),
    /// A path was typed for a purpose.
    Path(Purpose, PathBuf),
    /// The offer to restore a lost map was answered.
    Recover(Recovered),
    /// The dialog was dismissed.
    Closed,
}

/// Shows `dialog`; returns the reply once the user gives one.
pub fn show(ctx: &egui::Context, dialog: &mut Dialog, name: &str) -> Option<Reply> {
    let mut reply = None;
    let lang = ctx.lang();
    let modal = Modal::new(Id::unique("sectormap-dialog")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        match dialog {
            Dialog::Unsaved(then) => {
                let doing = match then {
                    Then::New => "new",
                    Then::Open | Then::OpenPath(_) | Then::ImportNew => "open",
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
            }
            Dialog::Path { purpose, text, error, focused, confirm } => {
                let title = match purpose {
                    Purpose::Open => lang.tr("dialog-open-title"),
                    Purpose::SaveAs => lang.tr("dialog-save-title"),
                    Purpose::Export(format) => {
                        tr!(lang, "dialog-export-title", format = format.extension().to_uppercase())
                    }
                    Purpose::Report(format) => {
                        tr!(lang, "dialog-report-title", format = format.extension().to_uppercase())
                    }
                    Purpose::Import => lang.tr("import-pick-title"),
                    Purpose::Data(format) => {
                        tr!(lang, "dialog-export-title", format = format.extension().to_uppercase())
                    }
                    Purpose::Web(_) => lang.tr("dialog-web-title"),
                };
                ui.heading(title);
                ui.label(lang.tr("dialog-no-chooser"));
                let label = ui.label(lang.tr("dialog-path"));
                let field =
                    ui.add(egui::TextEdit::singleline(text).desired_width(480.0)).labelled_by(label.id);
                // Asked until the field has it: a dialog opened in the frame
                // another closed may not get focus at the first asking.
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
            }
            Dialog::Recover(orphans) => reply = recover(ui, orphans, lang),
            Dialog::Error { title, lines } => {
                ui.heading(title.as_str());
                egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                    for line in lines.iter() {
                        ui.label(line.as_str());
                    }
                });
                if ui.button(lang.tr("dialog-ok")).clicked() {
                    reply = Some(Reply::Closed);
                }
            }
        }
    });
    if reply.is_none() && modal.should_close() {
        reply = Some(match dialog {
            Dialog::Unsaved(then) => Reply::Unsaved(Answer::Cancel, then.clone()),
            Dialog::Recover(_) => Reply::Recover(Recovered::Later),
            _ => Reply::Closed,
        });
    }
    reply
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

/// The offer to restore maps an earlier run left unsaved, newest first.
fn recover(ui: &mut egui::Ui, orphans: &[Orphan], lang: Language) -> Option<Reply> {
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
