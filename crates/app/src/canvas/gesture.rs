//! What the pointer (or a field on the canvas) is in the middle of doing.
//! One gesture at a time: starting one ends any other.

use egui::Pos2;

use sectormap_core::scene;

/// Nodes being moved with the pointer.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeDrag {
    /// Map point where the drag started.
    pub start: scene::Pos,
    /// Each moved node and where it started.
    pub origins: Vec<(String, [f32; 2])>,
}

/// An inline rename in progress.
#[derive(Clone, Debug, PartialEq)]
pub struct Rename {
    /// The node.
    pub id: String,
    /// The text typed so far.
    pub text: String,
    /// Whether focus has been given to the field yet.
    pub focused: bool,
}

/// The gesture under way on the canvas.
#[derive(Clone, Debug, PartialEq)]
pub enum Gesture {
    /// Moving nodes: they are drawn where the pointer has them and placed
    /// there, in one undo step, when it lets go.
    Drag(NodeDrag),
    /// Dragging a box on empty canvas to select what it touches.
    BoxSelect {
        /// Screen point where the box started.
        start: Pos2,
        /// Add to the selection rather than replace it.
        additive: bool,
    },
    /// Drawing a link from a node (its handle, or the Connect tool's first click).
    Connect {
        /// The node the link starts at.
        from: String,
    },
    /// Naming a node in a field over it.
    Rename(Rename),
    /// Choosing the kind of a node to add at a map point.
    Pick {
        /// Where the node goes.
        at: scene::Pos,
        /// A node to link the new one from (a link dropped on empty canvas).
        from: Option<String>,
    },
}

impl Gesture {
    /// The node a link is being drawn from, if that is the gesture.
    pub fn connecting(&self) -> Option<&str> {
        match self {
            Gesture::Connect { from } => Some(from),
            _ => None,
        }
    }

    /// Whether nodes are being dragged.
    pub fn is_drag(&self) -> bool {
        matches!(self, Gesture::Drag(_))
    }
}
