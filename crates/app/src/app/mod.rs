//! The editor application: panels around the canvas, run once per frame,
//! and the commands they give carried out after them.
//!
//! [`SectormapApp`] is made of parts that own their state:
//! - [`Workspace`] (the open map) and [`Panes`] (`panes.rs`: its interface
//!   state), the [`Settings`] kept between runs (`settings.rs`), the
//!   [`Status`] line (`status.rs`) and the [`Presenter`];
//! - [`ModalHost`] (`modal.rs`): the one [`Modal`] open, each kind of
//!   dialog drawn from its own state (`dialogs.rs`, `prompt.rs` and the
//!   export and import dialogs in `panels`);
//! - [`Background`] (`background.rs`): the native file dialog and the
//!   export written on a worker;
//! - `recovery::Keeper`: the crash-recovery copy;
//! - `persist::LayoutKeeper`: saving the window's layout soon after it
//!   changes;
//! - [`Window`] (`window.rs`): title, closing, keyboard focus.
//!
//! `frame.rs` runs one frame: input, background work, the panels, the
//! modal, then the commands given.
//!
//! How each command is carried out:
//! - `run.rs`: the one `match` over the four [`Command`] groups, and the
//!   document and camera groups (document commands go to
//!   [`Workspace::run`]);
//! - `file.rs`: the file group (new, open, save, the export dialogs, quit)
//!   and what happens once a file dialog gives a path;
//! - `export.rs`: every export as one `Export` request, made and written
//!   on a worker by `sectormap_core::export`; `briefing.rs`: the
//!   briefing's request;
//! - `views.rs`: the view group: saved views, focus, presenting;
//! - `reply.rs`: showing the modal, and what it asks for once it closes;
//! - `import.rs`: importing other tools' files, as a new map or a merge;
//! - `replies.rs`: reply packs written, and a filled one read back as
//!   replies;
//! - `input.rs`: keyboard shortcuts and dropped files;
//! - `unopened.rs`: a map that did not open, and what can be done about
//!   it (import the file, open the backup);
//! - `recovery.rs`: crash-recovery copies and the offer to restore one;
//! - `disk.rs`, `disk_dialog.rs`: the map's file changed on disk by
//!   someone else, and the offer to merge their version in;
//! - `sharing.rs`, `share_dialog.rs`, `merge_changes.rs`: a map shared
//!   with others through a folder: joining, sharing, others' changes
//!   merged as they arrive, a device file sent by email merged;
//! - `live.rs`: a shared map edited live through a sync server (File >
//!   Connect to a sync server…, Disconnect);
//! - `files.rs`, `prompt.rs`: native file dialogs, and the path typed in
//!   the window where there is none;
//! - `scene.rs`: the scene the canvas shows and its theme.

mod background;
mod briefing;
mod briefs;
mod dialogs;
mod disk;
mod disk_dialog;
mod export;
mod file;
mod files;
mod frame;
mod import;
mod input;
mod live;
mod merge_changes;
mod modal;
mod panes;
mod persist;
mod prompt;
mod recovery;
mod replies;
mod reply;
mod run;
mod scene;
pub mod settings;
mod share_dialog;
mod sharing;
pub mod status;
mod unopened;
mod views;
mod window;

use std::path::PathBuf;

pub use self::background::Background;
pub use self::dialogs::{Answer, Recovered, Reply, Then};
pub use self::files::{FileDialogs, NO_NATIVE_ENV, Outcome, Purpose};
pub use self::modal::{Modal, ModalHost};
pub use self::panes::Panes;
pub use self::prompt::PathPrompt;
use self::settings::{STORAGE_KEY, Settings};
pub use self::share_dialog::{MergeForm, NameField, ShareForm};
use self::status::Status;
pub use self::window::Window;
use super::Launch;
use super::present::Presenter;
use sectormap_core::editor::{Command, Recovery, Selection, Session, Workspace};
use sectormap_core::i18n::Language;

/// What the editor opens at start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Start {
    /// The built-in example map, untitled.
    Example,
    /// A map file.
    File(PathBuf),
    /// An empty map.
    Empty,
}

/// The Sectormap editor.
pub struct SectormapApp {
    /// The open map and what belongs to it alone (selection, filters,
    /// colours, scene).
    pub work: Workspace,
    /// The interface state of the open map.
    pub panes: Panes,
    /// Settings kept between runs.
    pub settings: Settings,
    /// The status line.
    pub status: Status,
    /// Presentation mode.
    pub present: Presenter,
    /// The dialog open, if any.
    pub(crate) modals: ModalHost,
    /// The native file dialog and the export under way.
    pub(crate) background: Background,
    /// The crash-recovery copy.
    recovery: recovery::Keeper,
    /// When the window's layout is next saved.
    layout: persist::LayoutKeeper,
    /// Title, closing and keyboard focus.
    window: Window,
    /// Looking for changes to the map's file made by someone else.
    disk: disk::DiskWatch,
    /// This device's identity, and looking at a shared map's folder.
    sharing: sharing::Sharing,
    /// What the user asked for this frame, carried out after it.
    pub(crate) commands: Vec<Command>,
}

impl SectormapApp {
    /// Builds the app as `launch` says, restoring settings from eframe
    /// storage if any, and offers to restore a map an earlier run lost.
    pub fn new(cc: &eframe::CreationContext<'_>, launch: Launch) -> Self {
        super::canvas::fonts::install(&cc.egui_ctx);
        let mut settings: Settings =
            cc.storage.and_then(|s| eframe::get_value(s, STORAGE_KEY)).unwrap_or_default();
        let lang = launch.language.or(settings.language).unwrap_or_else(Language::from_system);
        settings.language = Some(lang);
        let mut app = Self::with_session(Session::empty(), settings);
        super::lang::set(&cc.egui_ctx, lang);
        if !launch.native_dialogs {
            app.background.files.disable_native();
        }
        app.sharing.identity = launch.identity_dir.clone();
        app.open_start(&launch.start);
        if let Some(dir) = &launch.data_dir {
            app.start_recovery(dir);
        }
        app
    }

    /// An app around `session` (used by tests and by [`SectormapApp::new`]).
    pub fn with_session(session: Session, settings: Settings) -> Self {
        let mut work = Workspace::new(session, &Default::default());
        work.set_language(settings.language.unwrap_or_default());
        Self {
            work,
            panes: Panes::default(),
            settings,
            status: Status::default(),
            present: Presenter::default(),
            modals: ModalHost::default(),
            background: Background::default(),
            recovery: recovery::Keeper::default(),
            layout: persist::LayoutKeeper::default(),
            window: Window::default(),
            disk: disk::DiskWatch::default(),
            sharing: sharing::Sharing::default(),
            commands: Vec::new(),
        }
    }

    fn open_start(&mut self, start: &Start) {
        let opened = match start {
            Start::Example => Session::example(),
            Start::File(path) => Session::open(path),
            Start::Empty => Ok(Session::empty()),
        };
        match opened {
            Ok(session) => {
                if let Start::File(path) = start {
                    self.settings.remember(path);
                }
                self.replace_session(session);
            }
            Err(err) => {
                let path = match start {
                    Start::File(path) => path.clone(),
                    Start::Example | Start::Empty => PathBuf::from(sectormap_core::io::EXAMPLE_NAME),
                };
                self.show_load_error(&path, &err);
            }
        }
    }

    /// Puts `session` in place of the open map. Everything derived from the
    /// old map (selection, filters, focus, scene, camera, search, panel
    /// caches, recovery copy) goes with it, here and nowhere else. A map
    /// shared through a folder beside it joins it.
    pub(crate) fn replace_session(&mut self, session: Session) {
        self.recovery.forget(&mut self.work.session);
        self.work = Workspace::new(session, &self.work.view);
        self.work.set_language(self.language());
        self.panes = Panes::default();
        self.join_shared();
    }

    /// The interface language.
    pub fn language(&self) -> Language {
        self.settings.language.unwrap_or_default()
    }

    /// Speaks `lang` from now on (menus, panels, legend, messages), and
    /// remembers it for the next start.
    pub fn set_language(&mut self, ctx: &egui::Context, lang: Language) {
        self.settings.language = Some(lang);
        self.work.set_language(lang);
        super::lang::set(ctx, lang);
    }

    /// The open map's session.
    pub fn session(&self) -> &Session {
        &self.work.session
    }

    /// The recovery copy of this run, if recovery is on.
    pub fn recovery(&self) -> Option<&Recovery> {
        self.recovery.store()
    }

    /// Asks for paths in the window instead of native dialogs (tests, kiosks).
    pub fn without_native_dialogs(mut self) -> Self {
        self.background.files.disable_native();
        self
    }

    /// The window title as it is now.
    pub fn title(&self) -> &str {
        self.window.title()
    }

    /// A panel was clicked: Delete and Backspace stay away from the map's
    /// selection until the map is used again (as after typing in a field).
    pub(crate) fn keys_to_panel(&mut self) {
        self.window.panel_used();
    }

    /// A panel selects `selection` (the department whose answer it opened):
    /// Delete and Backspace stay with the panel.
    pub(crate) fn select_from_panel(&mut self, selection: Selection) {
        self.work.selection = selection;
        self.window.panel_selected();
    }

    /// The dialog on screen, if any.
    pub fn modal(&self) -> Option<&Modal> {
        self.modals.current()
    }
}
