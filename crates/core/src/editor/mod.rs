//! The editor's state and behaviour, without a window. Nothing here uses
//! egui, eframe or rfd, so all of it is tested directly; the editor window
//! (`sectormap-app`) draws it and turns input into [`Command`]s.
//!
//! - `session/`: [`Session`], one open map, a façade over its
//!   [`MapFile`](session::MapFile) (document, history, path, revision),
//!   [`LayoutWork`](session::LayoutWork) and
//!   [`Display`](session::Display) (where nodes are drawn);
//! - `workspace.rs`: [`Workspace`], the session with what belongs to it
//!   while it is open (selection, filters, view options, the scene), and
//!   document commands carried out ([`Workspace::run`]);
//! - `command.rs`: [`Command`] and its four groups;
//! - `request.rs`: [`LayoutRequest`], what the layout depends on, and the
//!   [`Work`] an edit leaves it;
//! - `job.rs`: layout on a worker thread for maps over [`WORKER_FROM`]
//!   nodes;
//! - `motion.rs`: the glide after a Re-layout or Tidy;
//! - `scene_cache.rs`: the scene on screen, rebuilt only when what it shows
//!   changed;
//! - `revision.rs`: [`Revision`]s, unique across every map opened;
//! - `selection.rs`, `view.rs`: [`Selection`], and how the map is shown
//!   ([`ViewOptions`], [`Filters`]);
//! - `import.rs`: [`ImportPreview`], a file read for import before
//!   anything changes;
//! - `recovery.rs`: [`Recovery`], crash-recovery copies;
//! - `shared/`: [`SharedMap`](shared::SharedMap), an open map shared with
//!   others: what its Changes panel lists, what merging a device file
//!   would do, and what undo must leave alone.

pub mod command;
pub mod import;
pub mod job;
pub mod motion;
pub mod recovery;
pub mod request;
pub mod revision;
mod scene_build;
pub mod scene_cache;
pub mod selection;
pub mod session;
pub mod shared;
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
