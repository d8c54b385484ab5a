//! Native file dialogs (rfd) on a worker thread, so the window never freezes,
//! with a path field in an egui dialog where no native dialog exists.

use std::path::PathBuf;

use sectormap_core::format::Format;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

/// A dialog that answers `None` this fast was not shown at all (rfd on a
/// Linux desktop without an xdg portal returns at once).
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(400);

/// Set this environment variable to skip native dialogs (tests, kiosks).
pub const NO_NATIVE_ENV: &str = "SECTORMAP_NO_NATIVE_DIALOG";

/// What a file dialog is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Pick a map to open.
    Open,
    /// Pick where to save the map.
    SaveAs,
    /// Pick where to write a picture (PNG, SVG) or the briefing (PDF).
    Export(Format),
    /// Pick where to write the report card: CSV, PNG or SVG.
    Report(Format),
    /// Pick a file to import (workbook, CSV, GraphML, GEXF, Kumu JSON).
    Import,
    /// Pick where to write the map's data in another tool's format.
    Data(Format),
    /// Pick where to write the web page (embeddable or not).
    Web(bool),
    /// Pick the folder to write this round's reply packs into.
    ReplyPacks(i32),
    /// Pick another device's file of a shared map, to merge its changes.
    MergeChanges,
    /// Pick the folder to write every department's brief into.
    Briefs(Format),
    /// Pick where to write this department's brief (its id).
    Brief(String, Format),
}

/// The extensions the import dialog offers.
pub const IMPORT_EXTENSIONS: [&str; 7] = ["xlsx", "ods", "csv", "graphml", "gexf", "json", "xls"];

impl Purpose {
    /// The verb on the dialog's button, in `lang`.
    pub fn verb(&self, lang: sectormap_core::i18n::Language) -> String {
        lang.tr(match self {
            Purpose::Open => "dialog-open",
            Purpose::Import => "import-go",
            Purpose::MergeChanges => "merge-go",
            Purpose::SaveAs => "menu-save",
            Purpose::Export(_)
            | Purpose::Report(_)
            | Purpose::Data(_)
            | Purpose::Web(_)
            | Purpose::ReplyPacks(_)
            | Purpose::Briefs(_)
            | Purpose::Brief(..) => "dialog-export",
        })
    }
}

/// What became of a dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The user chose this path.
    Chosen(Purpose, PathBuf),
    /// No native dialog could be shown: ask in the window instead.
    Fallback(Purpose),
    /// The user closed the dialog without choosing.
    Cancelled(Purpose),
}

/// The native dialog in flight, if any.
#[derive(Default)]
pub struct FileDialogs {
    pending: Option<(Purpose, Receiver<Option<PathBuf>>, Instant)>,
    native_missing: bool,
}

impl FileDialogs {
    /// Stops using native dialogs: every path is asked for in the window.
    pub fn disable_native(&mut self) {
        self.native_missing = true;
    }

    /// Whether a native dialog is open.
    pub fn busy(&self) -> bool {
        self.pending.is_some()
    }

    /// Asks for a path; the answer arrives through [`FileDialogs::poll`].
    pub fn ask(
        &mut self,
        ctx: &egui::Context,
        purpose: Purpose,
        folder: Option<PathBuf>,
        name: &str,
    ) -> Option<Outcome> {
        if self.native_missing || std::env::var_os(NO_NATIVE_ENV).is_some() {
            return Some(Outcome::Fallback(purpose));
        }
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let kind = purpose.clone();
        let name = name.to_owned();
        let map_files = crate::lang::of(&ctx).tr("dialog-map-files");
        let data_files = crate::lang::of(&ctx).tr("import-files");
        let device_files = crate::lang::of(&ctx).tr("merge-files");
        let spawned = std::thread::Builder::new().name("file-dialog".into()).spawn(move || {
            let mut dialog = rfd::FileDialog::new();
            if let Some(folder) = folder {
                dialog = dialog.set_directory(folder);
            }
            let picked = match kind {
                Purpose::Open => dialog.add_filter(map_files, &["json"]).pick_file(),
                Purpose::SaveAs => dialog.add_filter(map_files, &["json"]).set_file_name(name).save_file(),
                Purpose::Export(format)
                | Purpose::Report(format)
                | Purpose::Data(format)
                | Purpose::Brief(_, format) => {
                    // The last part of the extension (`json` of `kumu.json`) is what dialogs filter on.
                    let ext = format.extension().rsplit('.').next().unwrap_or("json");
                    dialog.add_filter(ext.to_uppercase(), &[ext]).set_file_name(name).save_file()
                }
                Purpose::Import => dialog.add_filter(data_files, &IMPORT_EXTENSIONS).pick_file(),
                Purpose::MergeChanges => dialog.add_filter(device_files, &["yjs"]).pick_file(),
                Purpose::Web(_) => {
                    dialog.add_filter("HTML", &["html", "htm"]).set_file_name(name).save_file()
                }
                Purpose::ReplyPacks(_) | Purpose::Briefs(_) => dialog.pick_folder(),
            };
            let _ = tx.send(picked);
            ctx.request_repaint();
        });
        if spawned.is_err() {
            self.native_missing = true;
            return Some(Outcome::Fallback(purpose));
        }
        self.pending = Some((purpose, rx, Instant::now()));
        None
    }

    /// The answer of the native dialog, once there is one.
    pub fn poll(&mut self) -> Option<Outcome> {
        let (purpose, rx, started) = self.pending.as_ref()?;
        let answer = match rx.try_recv() {
            Ok(answer) => answer,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => None,
        };
        let (purpose, quick) = (purpose.clone(), started.elapsed() < NO_DIALOG_WITHIN);
        self.pending = None;
        match answer {
            Some(path) => Some(Outcome::Chosen(purpose, path)),
            None if quick => {
                self.native_missing = true;
                Some(Outcome::Fallback(purpose))
            }
            None => Some(Outcome::Cancelled(purpose)),
        }
    }
}
