//! Editing: commands that carry their own inverse, and an undo/redo history.
//!
//! Every change a user makes goes through an [`Edit`]; the UI never changes a
//! document directly. Layout movement is not an edit and never enters history.

mod command;
mod history;

pub use command::{Edit, Placement};
pub use history::History;
