//! Commands that panels emit during a frame and the app carries out after it.

use std::path::PathBuf;

use super::state::Selection;
use crate::edit::Edit;
use crate::model::NodeKind;
use crate::scene::Pos;

/// Something the user asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Apply an edit as one undo step, then select `select` if given.
    Edit {
        /// The change.
        edit: Box<Edit>,
        /// What it is called in the Edit menu ("Add node").
        label: String,
        /// Merge with the previous step of the same key (typing in a field).
        merge: Option<String>,
        /// What to select afterwards.
        select: Option<Selection>,
    },
    /// Undo the last step.
    Undo,
    /// Redo the last undone step.
    Redo,
    /// Start a new, empty map.
    New,
    /// Open a map (asks for the file).
    Open,
    /// Open this map file.
    OpenPath(PathBuf),
    /// Save (asks where if the map is untitled).
    Save,
    /// Save under a new name.
    SaveAs,
    /// Show the export dialog.
    Export,
    /// Add a node of this kind at this map point (or the middle of the
    /// view), linked from the node `link_from` if given.
    AddNode {
        /// Kind of the new node.
        kind: NodeKind,
        /// Where to put it.
        at: Option<Pos>,
        /// A node to link to the new one.
        link_from: Option<String>,
    },
    /// Link two nodes with the most fitting link kind.
    Connect(String, String),
    /// Delete the selected nodes and links.
    DeleteSelection,
    /// Pin or unpin these nodes where they are now.
    SetPinned(Vec<String>, bool),
    /// Start renaming this node in place.
    Rename(String),
    /// Select every visible node.
    SelectAll,
    /// Show the whole map.
    ZoomFit,
    /// Zoom in by a step.
    ZoomIn,
    /// Zoom out by a step.
    ZoomOut,
    /// Centre the view on this node and select it.
    Reveal(String),
    /// Pause or resume the live layout.
    ToggleLayout,
    /// Lay the map out afresh (pinned nodes stay).
    Relayout,
    /// Quit (asks about unsaved changes).
    Quit,
    /// Show a saved view (by index): its filters, focus, colours and camera.
    ApplyView(usize),
    /// Save what the canvas shows now as a new view.
    NewView,
    /// Replace what a saved view shows (by index) with the canvas as it is now.
    UpdateView(usize),
    /// Select these nodes and move the view to them.
    ShowNodes(Vec<String>),
    /// Focus on this node: its neighbourhood shows, the rest is dimmed.
    FocusOn(String),
    /// Widen (+1) or narrow (-1) the focus by a step of links.
    FocusDepth(i8),
    /// Leave focus mode.
    ClearFocus,
    /// Start presenting the saved views (F5).
    Present,
    /// Write the report card: "csv", "png" or "svg" (asks where).
    ExportReport(&'static str),
}

impl Command {
    /// An edit as its own undo step.
    pub fn edit(edit: Edit, label: impl Into<String>) -> Self {
        Command::Edit { edit: Box::new(edit), label: label.into(), merge: None, select: None }
    }

    /// An edit merged with the previous one of the same `key` (typing in a field).
    pub fn typing(edit: Edit, label: impl Into<String>, key: impl Into<String>) -> Self {
        Command::Edit { edit: Box::new(edit), label: label.into(), merge: Some(key.into()), select: None }
    }

    /// An edit that selects `selection` afterwards.
    pub fn edit_and_select(edit: Edit, label: impl Into<String>, selection: Selection) -> Self {
        Command::Edit { edit: Box::new(edit), label: label.into(), merge: None, select: Some(selection) }
    }
}
