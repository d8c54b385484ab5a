//! The window around the editor: its title, whether it may close, and
//! which field had keyboard focus in the last frame.

use sectormap_core::editor::Session;

/// What the app keeps about its window between frames.
#[derive(Debug, Default)]
pub struct Window {
    /// The title set last.
    title: String,
    /// The user chose to close the window (after saving, or without).
    pub allow_close: bool,
    /// The widget that had keyboard focus at the end of the last frame.
    last_focus: Option<egui::Id>,
}

impl Window {
    /// The window title as it is now.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Names the map in the title bar, with a star while it has unsaved
    /// changes.
    pub fn update_title(&mut self, ctx: &egui::Context, session: &Session) {
        let dirty = if session.is_dirty() { " *" } else { "" };
        let title = format!("Sectormap - {}{dirty}", session.name());
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// Whether keyboard focus moved since the last frame (then the undo
    /// step being typed is over).
    pub fn focus_moved(&mut self, ctx: &egui::Context) -> bool {
        let focus = ctx.memory(|m| m.focused());
        let moved = focus != self.last_focus;
        self.last_focus = focus;
        moved
    }

    /// Whether a field had keyboard focus in the last frame.
    pub fn had_focus(&self) -> bool {
        self.last_focus.is_some()
    }
}
