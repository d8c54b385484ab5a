//! Interface state that belongs to the open map.

use crate::canvas::CanvasState;
use crate::panels::{AssessPanel, ChangesPanel, GapsPanel, Inspector, ReportPanel, Search, ViewsPanel};

/// Interface state that belongs to the open map: the camera and what the
/// pointer is doing, the search box, and what the panels worked out. It is
/// replaced, whole, with the map.
#[derive(Default)]
pub struct Panes {
    /// The canvas (camera, gestures...).
    pub canvas: CanvasState,
    /// The search box.
    pub search: Search,
    /// Text being typed in the inspector.
    pub inspector: Inspector,
    /// The Views panel.
    pub views: ViewsPanel,
    /// The Gaps panel.
    pub gaps: GapsPanel,
    /// The Changes panel (a shared map's).
    pub changes: ChangesPanel,
    /// The report card panel.
    pub report: ReportPanel,
    /// The Assessment panel and the answer open in it.
    pub assess: AssessPanel,
    /// Which panels are folded to leave the canvas room.
    pub folds: crate::panels::fold::Folds,
}
