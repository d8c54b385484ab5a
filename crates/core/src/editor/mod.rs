//! The editor's state and behaviour, without a window: the open map and its
//! history ([`Session`]), what belongs to it while it is open
//! ([`Workspace`]: selection, filters, colours, the scene), the commands the
//! interface gives, layout work on a worker thread, the glide after a
//! Re-layout, and crash recovery.
//!
//! Nothing here uses egui, eframe or rfd, so all of it is tested directly;
//! The editor window (`sectormap-app`) draws it and turns input into [`Command`]s.

pub mod command;
pub mod import;
pub mod job;
pub mod motion;
pub mod recovery;
pub mod request;
pub mod revision;
pub mod scene_cache;
pub mod selection;
pub mod session;
pub mod view;
pub mod workspace;

pub use command::{CameraCommand, Command, DocCommand, FileCommand, ViewCommand};
pub use import::{ImportMode, ImportPreview};
pub use job::{Purpose, WORKER_FROM};
pub use recovery::{Orphan, Recovery};
pub use request::{LayoutRequest, Work};
pub use revision::Revision;
pub use selection::Selection;
pub use session::Session;
pub use view::{Filters, ViewOptions};
pub use workspace::{Notice, Outcome, Workspace};
