//! The path typed by hand where no native file dialog exists (tests,
//! kiosks, desktops without a file chooser): the field, and the checks
//! made before the path is used.

use std::path::PathBuf;

use egui::Key;

use super::dialogs::{Reply, window};
use super::files::Purpose;
use crate::lang::Speak;
use sectormap_core::i18n::Language;
use sectormap_core::tr;

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

/// Shows the field for a path typed by hand.
pub fn show(ctx: &egui::Context, prompt: &mut PathPrompt) -> Option<Reply> {
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
                Purpose::Export(format) | Purpose::Data(format) => {
                    tr!(lang, "dialog-export-title", format = format.extension().to_uppercase())
                }
                Purpose::Report(format) => {
                    tr!(lang, "dialog-report-title", format = format.extension().to_uppercase())
                }
                Purpose::Import => lang.tr("import-pick-title"),
                Purpose::MergeChanges => lang.tr("merge-pick-title"),
                Purpose::Web(_) => lang.tr("dialog-web-title"),
                Purpose::ReplyPacks(year) => tr!(lang, "reply-packs-folder-title", year = year.to_string()),
                Purpose::Briefs(format) => {
                    tr!(lang, "briefs-folder-title", format = format.extension().to_uppercase())
                }
                Purpose::Brief(_, format) => {
                    tr!(lang, "dialog-export-title", format = format.extension().to_uppercase())
                }
            };
            ui.heading(title);
            ui.label(lang.tr("dialog-no-chooser"));
            let label = ui.label(lang.tr("dialog-path"));
            let id = egui::Id::unique("sectormap-path-field");
            let edit = egui::TextEdit::singleline(text).id(id).desired_width(480.0);
            let field = ui.add(edit).labelled_by(label.id);
            // Asked until the field has had it for a frame: a dialog opened in
            // the frame another closed may not keep it at the first asking.
            if !*focused {
                field.request_focus();
                name_selected(ui.ctx(), id, text);
                *focused = ui.memory(|m| m.had_focus_last_frame(id));
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

/// Selects the file's name in the path field `id` holding `text` (not its
/// folder or extension), so what is typed replaces the name; an empty
/// field gets the cursor.
fn name_selected(ctx: &egui::Context, id: egui::Id, text: &str) {
    let chars: Vec<char> = text.chars().collect();
    let start = chars.iter().rposition(|&c| std::path::is_separator(c)).map_or(0, |i| i + 1);
    let end = chars.iter().rposition(|&c| c == '.').filter(|&dot| dot > start).unwrap_or(chars.len());
    let mut state = egui::text_edit::TextEditState::load(ctx, id).unwrap_or_default();
    let range = egui::text::CCursorRange::two(egui::text::CCursor::new(start), egui::text::CCursor::new(end));
    state.cursor.set_char_range(Some(range));
    state.store(ctx, id);
}

/// Whether a typed path can be used for `purpose`; otherwise why not, and
/// whether asking again would replace an existing file.
fn check_path(
    purpose: &Purpose,
    path: &std::path::Path,
    confirmed: bool,
    lang: Language,
) -> Result<(), (String, bool)> {
    if matches!(purpose, Purpose::Open | Purpose::Import | Purpose::MergeChanges) {
        return Ok(());
    }
    let shown = path.display().to_string();
    if let Purpose::ReplyPacks(_) | Purpose::Briefs(_) = purpose {
        let is_file = if let Purpose::Briefs(_) = purpose { "briefs-is-file" } else { "reply-packs-is-file" };
        // A folder, there or to be made in one that is.
        return match path.parent() {
            _ if path.is_file() => Err((tr!(lang, is_file, path = shown), false)),
            Some(folder) if !folder.as_os_str().is_empty() && !folder.is_dir() => {
                Err((tr!(lang, "dialog-no-folder", folder = folder.display().to_string()), false))
            }
            _ => Ok(()),
        };
    }
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
