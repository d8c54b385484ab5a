//! Keyboard shortcuts, dropped files and the window's close button.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::app::SectormapApp;
use super::command::Command;
use super::dialogs::{Dialog, Then};

/// A shortcut and the command it gives.
type Shortcut = (Modifiers, Key, fn() -> Command);

/// Shortcuts that work even while typing in a field.
const COMMAND_KEYS: [Shortcut; 10] = [
    (Modifiers::COMMAND, Key::N, || Command::New),
    (Modifiers::COMMAND, Key::O, || Command::Open),
    (Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S, || Command::SaveAs),
    (Modifiers::COMMAND, Key::S, || Command::Save),
    (Modifiers::COMMAND, Key::E, || Command::Export),
    (Modifiers::COMMAND, Key::Q, || Command::Quit),
    (Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z, || Command::Redo),
    (Modifiers::COMMAND, Key::Z, || Command::Undo),
    (Modifiers::COMMAND, Key::Y, || Command::Redo),
    (Modifiers::COMMAND, Key::A, || Command::SelectAll),
];

impl SectormapApp {
    /// Turns keys, dropped files and close requests into commands.
    pub(super) fn handle_input(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close && self.session.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::Unsaved(Then::Close));
        }
        let dropped: Vec<std::path::PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.commands.push(Command::OpenPath(path));
        }
        if self.dialog.is_some() || self.export_open {
            return;
        }
        let typing = ctx.egui_wants_keyboard_input();
        ctx.input_mut(|i| {
            for (modifiers, key, command) in COMMAND_KEYS {
                // Undo, redo and select-all belong to a text field while it has focus.
                let text_owns = typing && matches!(key, Key::Z | Key::Y | Key::A);
                if !text_owns && i.consume_shortcut(&KeyboardShortcut::new(modifiers, key)) {
                    self.commands.push(command());
                }
            }
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::F)) {
                self.search.focus = true;
            }
            if i.consume_key(Modifiers::NONE, Key::F5) {
                self.commands.push(Command::Present);
            }
        });
        if typing {
            return;
        }
        ctx.input_mut(|i| {
            let plain = |i: &mut egui::InputState, key| i.consume_key(Modifiers::NONE, key);
            if plain(i, Key::Delete) || plain(i, Key::Backspace) {
                self.commands.push(Command::DeleteSelection);
            }
            if plain(i, Key::F) {
                self.commands.push(Command::ZoomFit);
            }
            if plain(i, Key::F2)
                && let Some(id) = self.selection.single_node()
            {
                self.commands.push(Command::Rename(id.to_owned()));
            }
            if plain(i, Key::Period)
                && let Some(id) = self.selection.single_node()
            {
                self.commands.push(Command::FocusOn(id.to_owned()));
            }
            // In focus mode + and - widen and narrow the focus; otherwise they zoom.
            let focusing = self.view.focus.is_some();
            if plain(i, Key::Plus) || plain(i, Key::Equals) || i.consume_key(Modifiers::SHIFT, Key::Equals) {
                self.commands.push(if focusing { Command::FocusDepth(1) } else { Command::ZoomIn });
            }
            if plain(i, Key::Minus) {
                self.commands.push(if focusing { Command::FocusDepth(-1) } else { Command::ZoomOut });
            }
            if plain(i, Key::Space) {
                self.commands.push(Command::ToggleLayout);
            }
        });
        // Escape first closes what is open (a menu, the picker, the Connect
        // tool); only then does it clear the selection. It is not consumed,
        // so menus and popups see it too.
        // (egui drops focus on Escape before this runs, so a field that had
        // focus last frame means the Escape was for that field.)
        let was_typing = self.last_focus.is_some() || self.canvas.rename.is_some();
        if ctx.input(|i| i.key_pressed(Key::Escape)) && !was_typing && !egui::Popup::is_any_open(ctx) {
            if self.canvas.connect_tool || self.canvas.picker.is_some() || self.canvas.connect_from.is_some()
            {
                self.canvas.connect_tool = false;
                self.canvas.connect_from = None;
                self.canvas.picker = None;
            } else if self.selection.is_empty() && self.view.focus.is_some() {
                self.commands.push(Command::ClearFocus);
            } else {
                self.selection = super::state::Selection::default();
            }
        }
    }
}
