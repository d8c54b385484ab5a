//! The modal host: the one dialog open at a time. Each kind of dialog is a
//! variant of [`Modal`] that owns that dialog's state while it is open; the
//! host remembers what the export dialogs chose between openings. While a
//! modal is open, no shortcut reaches the map behind it (`input.rs`).

use std::mem;

use super::dialogs::{self, Reply, Then};
use super::files::Purpose;
use super::prompt::{self, PathPrompt};
use super::settings::ExportPrefs;
use super::share_dialog::{self, MergeForm, ShareForm};
use super::unopened::{self, Offer};
use crate::panels::briefing::{self, BriefingPrefs};
use crate::panels::briefs;
use crate::panels::data::{self, DataReply};
use crate::panels::export::{self, ExportReply};
use crate::panels::import::{self, ImportReply};
use crate::panels::reply_pack;
use crate::panels::web;
use sectormap_core::editor::{ImportPreview, Orphan, ViewOptions};
use sectormap_core::format::Format;
use sectormap_core::model::Document;
use sectormap_core::scene::Rect;

/// A dialog on screen, with its state. At most one is open at a time.
#[derive(Clone, Debug)]
pub enum Modal {
    /// "Save changes to NAME?" before doing `Then`.
    Unsaved(Then),
    /// A path typed by hand where no native file dialog exists.
    Path(PathPrompt),
    /// Maps an earlier run left unsaved when it ended: restore or discard.
    Recover(Vec<Orphan>),
    /// An error to acknowledge.
    Error {
        /// What failed.
        title: String,
        /// Why, one entry per line.
        lines: Vec<String>,
    },
    /// A map that did not open, with what can be done about it.
    Unopened {
        /// What failed.
        title: String,
        /// Why, one entry per line.
        lines: Vec<String>,
        /// The file that did not open.
        path: std::path::PathBuf,
        /// What can be done: import it, or open its backup.
        offer: Offer,
    },
    /// File > Export…: its choices are the export settings and the view's
    /// colours, kept outside the dialog.
    Export,
    /// File > Export briefing…: the parts, views and paper chosen.
    Briefing(BriefingPrefs),
    /// File > Export web page…: whether the page is for embedding.
    Web {
        /// The page is for embedding in another page.
        embed: bool,
    },
    /// What importing a file will do, with the kinds chosen so far.
    Import(Box<ImportPreview>),
    /// The map's file changed on disk since it was opened or last saved:
    /// merge their version in, reload it, or save as a new file.
    ChangedOnDisk(Box<super::disk_dialog::DiskOffer>),
    /// File > Export data…: the format chosen.
    Data(Format),
    /// Something done, to acknowledge (sharing's folder, ...).
    Info {
        /// What was done.
        title: String,
        /// About it, one entry per line.
        lines: Vec<String>,
    },
    /// File > Share through a folder…, or joining a map others shared.
    Share(ShareForm),
    /// File > Merge changes from…: what merging the file would do.
    MergeChanges(Box<MergeForm>),
    /// File > Connect to a sync server…: the server, document and token.
    Connect(Box<super::live::ConnectForm>),
    /// File > Export reply packs…: the round chosen.
    ReplyPacks(i32),
    /// File > Export briefs… (every department's) or a department's
    /// Export brief…: the format chosen.
    Briefs {
        /// The department's id, for its brief alone.
        department: Option<String>,
        /// PDF, Word or HTML.
        format: Format,
    },
}

/// The export dialogs that File commands open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportDialog {
    /// File > Export… (a picture).
    Picture,
    /// File > Export briefing…
    Briefing,
    /// File > Export web page…
    Web,
    /// File > Export data…
    Data,
}

/// What the modals are shown over: the parts of the editor they read or
/// change while open.
pub struct Behind<'a> {
    /// The open map's name.
    pub name: String,
    /// The open map.
    pub doc: &'a Document,
    /// The picture export's options.
    pub export: &'a mut ExportPrefs,
    /// The view's colours.
    pub view: &'a mut ViewOptions,
    /// The areas of the whole map and of the current view, for the pixel
    /// size the picture export dialog shows; needed only while it is open
    /// (see [`ModalHost::wants_areas`]).
    pub areas: Option<[Rect; 2]>,
}

/// How the modal shown this frame ends, if it does.
enum End {
    /// With a reply for the app.
    With(Reply),
    /// With nothing more to do.
    Quietly,
    /// With the import it previewed.
    Importing,
    /// Not: the modal stays open, and the app hears this.
    Stay(Reply),
}

/// The open modal, and what the export dialogs remember between openings.
#[derive(Debug)]
pub struct ModalHost {
    open: Option<Modal>,
    briefing: BriefingPrefs,
    data_format: Format,
    brief_format: Format,
}

impl Default for ModalHost {
    fn default() -> Self {
        Self {
            open: None,
            briefing: BriefingPrefs::default(),
            data_format: Format::Workbook,
            brief_format: Format::Pdf,
        }
    }
}

impl ModalHost {
    /// Whether a modal is open.
    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// The modal open now, if any.
    pub fn current(&self) -> Option<&Modal> {
        self.open.as_ref()
    }

    /// Opens `modal` in place of the one open, if any.
    pub fn open(&mut self, modal: Modal) {
        if let Some(old) = self.open.replace(modal) {
            self.remember(&old);
        }
    }

    /// Opens an export dialog with what it chose last time, unless one of
    /// its kind is open already (that one keeps its state).
    pub fn offer(&mut self, dialog: ExportDialog) {
        let modal = match dialog {
            ExportDialog::Picture => Modal::Export,
            ExportDialog::Briefing => Modal::Briefing(self.briefing.clone()),
            ExportDialog::Web => Modal::Web { embed: false },
            ExportDialog::Data => Modal::Data(self.data_format),
        };
        let same = |open: &Modal| mem::discriminant(open) == mem::discriminant(&modal);
        if !self.open.as_ref().is_some_and(same) {
            self.open(modal);
        }
    }

    /// Opens the briefs dialog for `department`'s brief, or every
    /// department's, in the format chosen last time.
    pub fn offer_briefs(&mut self, department: Option<String>) {
        let format = match &self.open {
            Some(Modal::Briefs { format, .. }) => *format,
            _ => self.brief_format,
        };
        self.open(Modal::Briefs { department, format });
    }

    /// Whether the modal open needs [`Behind::areas`].
    pub fn wants_areas(&self) -> bool {
        matches!(self.open, Some(Modal::Export))
    }

    /// The briefing's parts, views and paper, as last chosen.
    pub fn briefing(&self) -> &BriefingPrefs {
        &self.briefing
    }

    /// Keeps what an export dialog chose for the next time it opens.
    fn remember(&mut self, modal: &Modal) {
        match modal {
            Modal::Briefing(prefs) => self.briefing = prefs.clone(),
            Modal::Data(format) => self.data_format = *format,
            Modal::Briefs { format, .. } => self.brief_format = *format,
            _ => {}
        }
    }

    /// Shows the open modal, if any. Returns the reply once the user gives
    /// one; the modal has closed by then, so the reply may open another.
    pub fn show(&mut self, ctx: &egui::Context, behind: Behind<'_>) -> Option<Reply> {
        let end = match self.open.as_mut()? {
            Modal::Unsaved(then) => dialogs::unsaved(ctx, then, &behind.name).map(End::With),
            Modal::Path(path) => prompt::show(ctx, path).map(End::With),
            Modal::Recover(orphans) => dialogs::recover(ctx, orphans).map(End::With),
            Modal::Error { title, lines } | Modal::Info { title, lines } => {
                dialogs::error(ctx, title, lines).map(End::With)
            }
            Modal::Share(form) => share_dialog::share(ctx, form).map(End::With),
            Modal::MergeChanges(form) => share_dialog::merge(ctx, form).map(End::With),
            Modal::Connect(form) => super::live::dialog(ctx, form).map(End::With),
            Modal::ChangedOnDisk(offer) => super::disk_dialog::show(ctx, offer).map(End::With),
            Modal::Unopened { title, lines, path, offer } => {
                unopened::dialog(ctx, title, lines, path, offer).map(End::With)
            }
            Modal::Export => {
                let years: Vec<i32> = behind.doc.score_years().into_iter().collect();
                let areas = behind.areas.unwrap_or_default();
                let reply = export::dialog(ctx, behind.export, behind.view, &years, areas);
                let format = if behind.export.svg { Format::Svg } else { Format::Png };
                reply.map(|reply| ask_or_cancel(reply, Purpose::Export(format)))
            }
            Modal::Briefing(prefs) => {
                let views: Vec<String> = behind.doc.views.iter().map(|v| v.name.clone()).collect();
                let reply = briefing::dialog(ctx, prefs, &views);
                reply.map(|reply| ask_or_cancel(reply, Purpose::Export(Format::Pdf)))
            }
            Modal::Web { embed } => {
                web::dialog(ctx, embed).map(|reply| ask_or_cancel(reply, Purpose::Web(*embed)))
            }
            Modal::Data(format) => data::data_dialog(ctx, format).map(|reply| match reply {
                DataReply::Export => End::With(Reply::Ask(Purpose::Data(*format))),
                DataReply::Cancel => End::Quietly,
            }),
            Modal::ReplyPacks(year) => reply_pack::dialog(ctx, year, behind.doc)
                .map(|reply| ask_or_cancel(reply, Purpose::ReplyPacks(*year))),
            Modal::Briefs { department, format } => {
                let reply = briefs::dialog(ctx, department.as_deref(), format, behind.doc);
                let purpose = match department {
                    Some(id) => Purpose::Brief(id.clone(), *format),
                    None => Purpose::Briefs(*format),
                };
                reply.map(|reply| ask_or_cancel(reply, purpose))
            }
            Modal::Import(preview) => match import::preview(ctx, preview) {
                Some(ImportReply::Choose(name, kind)) => {
                    preview.choose(&name, kind, behind.doc);
                    Some(End::Stay(Reply::KindChosen { path: preview.path.clone(), name, kind }))
                }
                Some(ImportReply::Skip(skip)) => {
                    preview.set_skip(skip, behind.doc);
                    None
                }
                Some(ImportReply::Import) => Some(End::Importing),
                Some(ImportReply::Cancel) => Some(End::Quietly),
                None => None,
            },
        }?;
        if let End::Stay(reply) = end {
            return Some(reply);
        }
        let closed = self.open.take();
        if let Some(modal) = &closed {
            self.remember(modal);
        }
        match (end, closed) {
            (End::With(reply), _) => Some(reply),
            (End::Importing, Some(Modal::Import(preview))) => Some(Reply::Import(preview)),
            (End::Quietly | End::Importing | End::Stay(_), _) => None,
        }
    }
}

/// An export dialog's go (ask where to write for `purpose`) or cancel.
fn ask_or_cancel(reply: ExportReply, purpose: Purpose) -> End {
    match reply {
        ExportReply::Export => End::With(Reply::Ask(purpose)),
        ExportReply::Cancel => End::Quietly,
    }
}
