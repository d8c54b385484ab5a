//! Commands: what panels, menus, keys and the canvas ask for during a frame.
//! The app carries them out after the frame, each group in one exhaustive
//! `match`, so a new command cannot be silently ignored.

use std::path::PathBuf;

use super::selection::Selection;
use crate::edit::{Edit, MergeKey};
use crate::model::NodeKind;
use crate::scene::Pos;

/// Something the user asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A change of the map.
    Doc(DocCommand),
    /// Files: new, open, save, export, quit.
    File(FileCommand),
    /// How the map is shown: saved views, focus, selection, presenting.
    View(ViewCommand),
    /// Where the camera looks.
    Camera(CameraCommand),
}

/// A change of the map (each one undoable).
#[derive(Clone, Debug, PartialEq)]
pub enum DocCommand {
    /// Apply an edit as one undo step, then select `select` if given.
    Edit {
        /// The change.
        edit: Box<Edit>,
        /// What it is called in the Edit menu ("Add node").
        label: String,
        /// Merge with the previous step of the same key (typing in a field).
        merge: Option<MergeKey>,
        /// What to select afterwards.
        select: Option<Selection>,
    },
    /// Undo the last step.
    Undo,
    /// Redo the last undone step.
    Redo,
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
    /// Pin or unpin these nodes where they are.
    SetPinned(Vec<String>, bool),
    /// Lay every unpinned node out afresh (one undo step).
    Relayout,
    /// Lay the selected nodes out again with the rest held still.
    Tidy,
    /// Put back a value that lost to someone's concurrent change (its key
    /// among the kept values of a shared map); not an undo step.
    RestoreKept(String),
}

/// A file command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileCommand {
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
    /// Show the briefing dialog (a PDF of cover, map, views, report card, gaps).
    ExportBriefing,
    /// Show the web page export dialog.
    ExportWeb,
    /// Write the report card as CSV, PNG or SVG (asks where).
    ExportReport(crate::format::Format),
    /// Read a workbook, CSV, GraphML, GEXF or Kumu file (asks which), show
    /// what it holds, then open it as a new map or merge it in.
    Import,
    /// Write the map as a workbook, GraphML, GEXF or Kumu blueprint (asks
    /// which format, then where).
    ExportData,
    /// Write a round's reply packs, one workbook per assessed department
    /// (asks which round, then which folder).
    ExportReplyPacks,
    /// Write every department's brief, one file each (asks which format,
    /// then which folder).
    ExportBriefs,
    /// Write this department's brief (asks which format, then where).
    ExportBrief(String),
    /// File > Share through a folder…: the dialog that shares the map.
    Share,
    /// File > Merge changes from…: pick another device's file to merge.
    MergeChanges,
    /// File > Connect to a sync server…: edit the shared map live.
    ConnectLive,
    /// File > Disconnect: stop editing live.
    DisconnectLive,
    /// Quit (asks about unsaved changes).
    Quit,
}

/// A command about what the canvas shows, not about the map itself.
#[derive(Clone, Debug, PartialEq)]
pub enum ViewCommand {
    /// Select every visible node.
    SelectAll,
    /// Start renaming this node in place.
    Rename(String),
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
    /// Save a view of this department's neighbourhood (as its brief
    /// pictures it), named after it.
    SaveNeighbourhood(String),
    /// Present the saved views: from the first (F5), or from the one shown
    /// now (Shift+F5).
    Present {
        /// Start at the view shown now rather than at the first.
        from_current: bool,
    },
}

/// A camera move.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CameraCommand {
    /// Show the whole map.
    Fit,
    /// Zoom in by a step.
    ZoomIn,
    /// Zoom out by a step.
    ZoomOut,
    /// Centre the view on this node and select it.
    Reveal(String),
}

impl Command {
    /// An edit as its own undo step.
    pub fn edit(edit: Edit, label: impl Into<String>) -> Self {
        Command::Doc(DocCommand::Edit {
            edit: Box::new(edit),
            label: label.into(),
            merge: None,
            select: None,
        })
    }

    /// An edit merged with the previous one of the same `key` (typing in a field).
    pub fn typing(edit: Edit, label: impl Into<String>, key: MergeKey) -> Self {
        Command::Doc(DocCommand::Edit {
            edit: Box::new(edit),
            label: label.into(),
            merge: Some(key),
            select: None,
        })
    }

    /// An edit that selects `selection` afterwards.
    pub fn edit_and_select(edit: Edit, label: impl Into<String>, selection: Selection) -> Self {
        Command::Doc(DocCommand::Edit {
            edit: Box::new(edit),
            label: label.into(),
            merge: None,
            select: Some(selection),
        })
    }
}

impl From<DocCommand> for Command {
    fn from(command: DocCommand) -> Self {
        Command::Doc(command)
    }
}

impl From<FileCommand> for Command {
    fn from(command: FileCommand) -> Self {
        Command::File(command)
    }
}

impl From<ViewCommand> for Command {
    fn from(command: ViewCommand) -> Self {
        Command::View(command)
    }
}

impl From<CameraCommand> for Command {
    fn from(command: CameraCommand) -> Self {
        Command::Camera(command)
    }
}
