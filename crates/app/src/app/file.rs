//! Carrying out file commands: new, open, save, export, quit, with the
//! unsaved-changes question and the file dialogs in between.

use std::path::{Path, PathBuf};

use super::SectormapApp;
use super::dialogs::Then;
use super::files::{Outcome, Purpose};
use super::modal::{ExportDialog, Modal};
use super::prompt::PathPrompt;
use sectormap_core::editor::session::Saved;
use sectormap_core::editor::{FileCommand, Session};
use sectormap_core::export::{Content, Export, PictureSize};
use sectormap_core::format::Format;
use sectormap_core::tr;

impl SectormapApp {
    /// Carries out a file command.
    pub(super) fn run_file(&mut self, ctx: &egui::Context, command: FileCommand) {
        match command {
            FileCommand::New => self.unless_dirty(ctx, Then::New),
            FileCommand::Open => self.unless_dirty(ctx, Then::Open),
            FileCommand::OpenPath(path) => self.unless_dirty(ctx, Then::OpenPath(path)),
            FileCommand::Save => match self.work.session.path().map(Path::to_path_buf) {
                Some(path) => {
                    self.save_as(&path);
                }
                None => self.ask(ctx, Purpose::SaveAs),
            },
            FileCommand::SaveAs => self.ask(ctx, Purpose::SaveAs),
            FileCommand::Export => self.modals.offer(ExportDialog::Picture),
            FileCommand::ExportBriefing => self.modals.offer(ExportDialog::Briefing),
            FileCommand::ExportWeb => self.modals.offer(ExportDialog::Web),
            FileCommand::ExportReport(ext) => self.ask(ctx, Purpose::Report(ext)),
            FileCommand::Import => self.ask(ctx, Purpose::Import),
            FileCommand::ExportData => self.modals.offer(ExportDialog::Data),
            FileCommand::ExportReplyPacks => {
                let latest = self.work.session.doc().assessment.latest().unwrap_or_default();
                if !matches!(self.modals.current(), Some(Modal::ReplyPacks(_))) {
                    self.modals.open(Modal::ReplyPacks(latest));
                }
            }
            FileCommand::ExportBriefs => self.modals.offer_briefs(None),
            FileCommand::ExportBrief(id) => self.modals.offer_briefs(Some(id)),
            FileCommand::Share => self.offer_share(),
            FileCommand::MergeChanges => self.offer_merge(ctx),
            FileCommand::ConnectLive => self.offer_connect(),
            FileCommand::DisconnectLive => self.disconnect_live(),
            FileCommand::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
        }
    }

    /// Does `then` now, or first asks about unsaved changes.
    pub(super) fn unless_dirty(&mut self, ctx: &egui::Context, then: Then) {
        if self.work.session.is_dirty() {
            self.modals.open(Modal::Unsaved(then));
        } else {
            self.proceed(ctx, then);
        }
    }

    /// Does `then`, the unsaved changes answered for.
    pub(super) fn proceed(&mut self, ctx: &egui::Context, then: Then) {
        match then {
            Then::New => {
                self.replace_session(Session::empty());
                self.status.info(self.language().tr("status-new-map"));
            }
            Then::Open => self.ask(ctx, Purpose::Open),
            Then::OpenPath(path) => self.open_path(&path),
            Then::ImportNew(doc) => self.open_imported(*doc),
            Then::Close => {
                self.window.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Then::Share(name) => self.share_map(ctx, &name, false),
        }
    }

    fn open_path(&mut self, path: &Path) {
        match Session::open(path) {
            Ok(session) => {
                self.settings.remember(path);
                self.replace_session(session);
                self.status.info(tr!(self.language(), "status-opened", path = path.display().to_string()));
            }
            Err(err) => self.show_load_error(path, &err),
        }
    }

    /// Saves to `path`; returns whether it worked. A failure leaves the map dirty.
    pub(super) fn save_as(&mut self, path: &Path) -> bool {
        let path = if path.extension().is_none() { path.with_extension("json") } else { path.to_path_buf() };
        match self.work.session.save_to(&path) {
            Ok(Saved::ChangedOnDisk) => {
                // Someone else's version is not replaced: the user chooses.
                self.offer_disk_version();
                self.background.after_save = None;
                false
            }
            Ok(Saved::Written) => {
                self.settings.remember(&path);
                self.recovery.forget(&mut self.work.session);
                self.status.info(tr!(self.language(), "status-saved", path = path.display().to_string()));
                // Saved beside a shared folder: from now on it is that shared map.
                self.join_shared();
                true
            }
            Err(err) => {
                self.status.error(err.to_string());
                self.modals.open(Modal::Error {
                    title: self.language().tr("error-not-saved"),
                    lines: vec![err.to_string()],
                });
                self.background.after_save = None;
                false
            }
        }
    }

    /// Asks where (or which file) for `purpose`: in a native dialog, or
    /// in the window where there is none.
    pub(super) fn ask(&mut self, ctx: &egui::Context, purpose: Purpose) {
        let (folder, name) = self.suggestion(&purpose);
        if let Some(outcome) = self.background.files.ask(ctx, purpose, folder, &name) {
            self.outcome(ctx, outcome);
        }
    }

    /// Folder and file name to offer for `purpose`.
    fn suggestion(&self, purpose: &Purpose) -> (Option<PathBuf>, String) {
        let current = self.work.session.path().map(Path::to_path_buf);
        let folder = current.as_ref().and_then(|p| p.parent().map(Path::to_path_buf));
        let stem = current
            .as_ref()
            .and_then(|p| p.file_stem())
            .map_or(self.language().tr("file-stem-map"), |s| s.to_string_lossy().into_owned());
        match purpose {
            Purpose::Open | Purpose::Import => (folder, String::new()),
            Purpose::MergeChanges => (folder, String::new()),
            Purpose::Data(format) => {
                (self.settings.export.folder.clone().or(folder), format!("{stem}.{}", format.extension()))
            }
            Purpose::SaveAs => (folder, format!("{stem}.json")),
            Purpose::Export(format) => {
                (self.settings.export.folder.clone().or(folder), format!("{stem}.{}", format.extension()))
            }
            Purpose::Web(_) => (self.settings.export.folder.clone().or(folder), format!("{stem}.html")),
            Purpose::Report(format) => {
                let name = tr!(self.language(), "file-report-card", stem = stem, ext = format.extension());
                (self.settings.export.folder.clone().or(folder), name)
            }
            Purpose::ReplyPacks(year) => {
                let name = tr!(self.language(), "file-reply-packs", year = year.to_string());
                (self.settings.export.folder.clone().or(folder), name)
            }
            Purpose::Briefs(_) => {
                (self.settings.export.folder.clone().or(folder), self.language().tr("file-briefs"))
            }
            Purpose::Brief(id, format) => {
                (self.settings.export.folder.clone().or(folder), Self::brief_file_name(id, *format))
            }
        }
    }

    /// Acts on what became of a file dialog.
    pub(super) fn outcome(&mut self, ctx: &egui::Context, outcome: Outcome) {
        match outcome {
            Outcome::Chosen(purpose, path) => self.chosen(ctx, &purpose, &path),
            // What was to follow a save does not happen without the save.
            Outcome::Cancelled(_) => self.background.after_save = None,
            Outcome::Fallback(purpose) => {
                let (folder, name) = self.suggestion(&purpose);
                let text = match (&purpose, folder) {
                    (Purpose::Open | Purpose::Import | Purpose::MergeChanges, _) => String::new(),
                    (_, Some(folder)) => folder.join(name).display().to_string(),
                    (_, None) => std::env::current_dir()
                        .map(|d| d.join(&name))
                        .unwrap_or_else(|_| PathBuf::from(&name))
                        .display()
                        .to_string(),
                };
                self.modals.open(Modal::Path(PathPrompt::new(purpose, text)));
            }
        }
    }

    /// Goes on with the path chosen for `purpose`.
    pub(super) fn chosen(&mut self, ctx: &egui::Context, purpose: &Purpose, path: &Path) {
        match purpose {
            Purpose::Open => self.open_path(path),
            Purpose::SaveAs => {
                if self.save_as(path)
                    && let Some(then) = self.background.after_save.take()
                {
                    self.proceed(ctx, then);
                }
            }
            Purpose::Export(Format::Pdf) => self.start_briefing(ctx, path),
            Purpose::Export(_) => self.start_export(ctx, path),
            Purpose::Web(embed) => {
                let request = self.request(Content::WebPage { embed: *embed }, Format::Html);
                self.start_job(ctx, request, path);
            }
            Purpose::Report(format) => {
                // The command line's chart size: the same chart from both.
                let mut size = PictureSize::default();
                size.options.background = self.settings.export.background;
                let request = self.request(Content::ReportCard { size }, *format);
                self.start_job(ctx, request, path);
            }
            Purpose::Import => self.read_import(path),
            Purpose::MergeChanges => self.preview_merge(path),
            Purpose::ReplyPacks(year) => self.start_reply_packs(ctx, *year, path),
            Purpose::Briefs(format) => self.start_briefs(ctx, *format, path),
            Purpose::Brief(id, format) => self.start_brief(ctx, id, *format, path),
            Purpose::Data(format) => {
                let request = Export { content: Content::Data, format: *format, language: None };
                self.start_job(ctx, request, path);
            }
        }
    }
}
