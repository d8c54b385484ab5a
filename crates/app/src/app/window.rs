//! The window around the editor: its title, whether it may close, which
//! field had keyboard focus in the last frame, and whether Delete and
//! Backspace belong to the map.

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
    /// A field has had the keyboard since the map was last used (a click on
    /// the canvas, a new selection).
    field_had_keys: bool,
    /// A panel changed the selection this frame (a department's answer
    /// opened): that is not the map being used.
    selected_by_panel: bool,
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

    /// Notes at the end of a frame who has the keyboard: a field, if one
    /// has focus; the map again once `map_used` (the canvas was clicked or
    /// the selection changed) with no field focused.
    pub fn note_keyboard(&mut self, ctx: &egui::Context, map_used: bool) {
        let by_panel = std::mem::take(&mut self.selected_by_panel);
        if ctx.memory(|m| m.focused().is_some()) {
            self.field_had_keys = true;
        } else if map_used && !by_panel {
            self.field_had_keys = false;
        }
    }

    /// Notes that a panel was clicked (a mark chosen, a cell opened):
    /// Delete and Backspace are not for the map until it is used again.
    pub fn panel_used(&mut self) {
        self.field_had_keys = true;
    }

    /// Notes that a panel chose the selection (opening a department's
    /// answer selects it): Delete and Backspace stay with the panel.
    pub fn panel_selected(&mut self) {
        (self.field_had_keys, self.selected_by_panel) = (true, true);
    }

    /// Whether Delete and Backspace act on the map's selection: not from
    /// the moment a field takes the keyboard until the map is used again.
    /// Keys meant for a field (the one just left with Enter, or one that
    /// lost the keyboard without the user asking) never delete a node.
    pub fn keys_for_map(&self) -> bool {
        !self.field_had_keys
    }
}
