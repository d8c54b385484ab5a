//! A map that did not open, and what can be done about it: a file import
//! reads (a workbook, CSV, GraphML, GEXF, a Kumu blueprint) is offered for
//! import; a broken map with a backup that opens is offered its backup,
//! opened as the map at its own path and unsaved, so that Save repairs it.

use std::path::{Path, PathBuf};

use super::SectormapApp;
use super::dialogs::{Reply, window};
use super::modal::Modal;
use crate::lang::Speak;
use sectormap_core::editor::Session;
use sectormap_core::format::Format;
use sectormap_core::interchange::{Remedy, remedy};
use sectormap_core::io::{LoadError, load_path};
use sectormap_core::tr;

/// What can be done about a map that did not open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Offer {
    /// The file is one import reads, in this format: import it.
    Import(Format),
    /// The map is broken; this backup of it opens.
    Backup(PathBuf),
}

impl SectormapApp {
    /// Shows why the map at `path` could not be opened, and offers what
    /// can be done about it; the open map is untouched.
    pub(super) fn show_load_error(&mut self, path: &Path, err: &LoadError) {
        let lang = self.language();
        let title = match err {
            LoadError::Invalid { origin, problems } => {
                tr!(lang, "error-invalid-map", origin = origin.to_string(), count = problems.len())
            }
            _ => lang.tr("error-not-opened"),
        };
        let lines: Vec<String> = match err {
            LoadError::Invalid { problems, .. } => problems.iter().map(ToString::to_string).collect(),
            other => vec![other.to_string()],
        };
        let offer = match remedy(path, err) {
            Some(Remedy::Import(format)) => Some(Offer::Import(format)),
            // Offered only when the backup itself opens.
            Some(Remedy::Backup(backup)) if load_path(&backup).is_ok() => Some(Offer::Backup(backup)),
            Some(Remedy::Backup(_)) | None => None,
        };
        let status = match &offer {
            Some(Offer::Import(format)) => {
                let file = path.display().to_string();
                tr!(lang, "error-import-instead", file = file, format = format.name())
            }
            _ => err.to_string().lines().next().unwrap_or_default().to_owned(),
        };
        self.status.error(status);
        let modal = match offer {
            // A file import reads is not a broken map: "is this a map
            // file?" would only confuse; the offer says what it is.
            Some(offer @ Offer::Import(_)) => {
                Modal::Unopened { title, lines: Vec::new(), path: path.to_path_buf(), offer }
            }
            Some(offer) => Modal::Unopened { title, lines, path: path.to_path_buf(), offer },
            None => Modal::Error { title, lines },
        };
        self.modals.open(modal);
    }

    /// Opens the backup of the broken map at `path` as that map: at its
    /// path, unsaved, so that saving writes it in place of the broken file
    /// (which the save keeps as the backup).
    pub(super) fn open_backup(&mut self, path: &Path, backup: &Path) {
        match load_path(backup) {
            Ok(doc) => {
                self.settings.remember(path);
                self.replace_session(Session::restored(doc, Some(path.to_path_buf())));
                let file = path.display().to_string();
                self.status.info(tr!(self.language(), "status-backup-opened", file = file));
            }
            Err(err) => self.show_load_error(backup, &err),
        }
    }
}

/// A map that did not open: what failed, why, and what can be done about
/// it, with a button that does it.
pub fn dialog(
    ctx: &egui::Context,
    title: &str,
    lines: &[String],
    path: &Path,
    offer: &Offer,
) -> Option<Reply> {
    let lang = ctx.lang();
    window(
        ctx,
        || Reply::Closed,
        |ui| {
            ui.heading(title);
            egui::ScrollArea::vertical().max_height(240.0).show(ui, |ui| {
                for line in lines {
                    ui.label(line.as_str());
                }
            });
            let file = path.display().to_string();
            let (text, button, reply) = match offer {
                Offer::Import(format) => (
                    tr!(lang, "error-import-instead", file = file, format = format.name()),
                    lang.tr("error-import-button"),
                    Reply::ImportFile(path.to_path_buf()),
                ),
                Offer::Backup(backup) => (
                    tr!(lang, "error-backup", file = file, backup = backup.display().to_string()),
                    lang.tr("error-backup-button"),
                    Reply::OpenBackup { path: path.to_path_buf(), backup: backup.clone() },
                ),
            };
            ui.add_space(6.0);
            ui.label(text);
            ui.add_space(8.0);
            let mut chosen = None;
            ui.horizontal(|ui| {
                if ui.button(button).clicked() {
                    chosen = Some(reply);
                }
                if ui.button(lang.tr("dialog-ok")).clicked() {
                    chosen = Some(Reply::Closed);
                }
            });
            chosen
        },
    )
}
