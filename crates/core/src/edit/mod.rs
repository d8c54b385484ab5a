//! Editing: commands that carry their own inverse, and an undo/redo history.
//!
//! Every change a user makes goes through an [`Edit`]; the UI never changes a
//! document directly. Positions are part of the document, so moves,
//! Re-layout and Tidy are edits too and can be undone.

mod command;
mod history;
mod merge;
mod touched;

pub use command::{Edit, Placement};
pub use history::{History, Step};
pub use merge::MergeKey;
pub use touched::Touched;
