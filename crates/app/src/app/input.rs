//! Keyboard shortcuts, dropped files and the window's close button.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::SectormapApp;
use super::dialogs::Then;
use super::modal::Modal;
use sectormap_core::editor::{CameraCommand, Command, DocCommand, FileCommand, Selection, ViewCommand};

/// A shortcut and the command it gives.
type Shortcut = (Modifiers, Key, fn() -> Command);

/// Shortcuts that work even while typing in a field.
const COMMAND_KEYS: [Shortcut; 13] = [
    (Modifiers::COMMAND, Key::N, || FileCommand::New.into()),
    (Modifiers::COMMAND, Key::O, || FileCommand::Open.into()),
    (Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S, || FileCommand::SaveAs.into()),
    (Modifiers::COMMAND, Key::S, || FileCommand::Save.into()),
    (Modifiers::COMMAND, Key::E, || FileCommand::Export.into()),
    (Modifiers::COMMAND, Key::I, || FileCommand::Import.into()),
    (Modifiers::COMMAND, Key::Q, || FileCommand::Quit.into()),
    (Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z, || DocCommand::Redo.into()),
    (Modifiers::COMMAND, Key::Z, || DocCommand::Undo.into()),
    (Modifiers::COMMAND, Key::Y, || DocCommand::Redo.into()),
    (Modifiers::COMMAND, Key::A, || ViewCommand::SelectAll.into()),
    (Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::L, || DocCommand::Relayout.into()),
    (Modifiers::COMMAND, Key::L, || DocCommand::Tidy.into()),
];

impl SectormapApp {
    /// Turns keys, dropped files and close requests into commands.
    pub(super) fn handle_input(&mut self, ctx: &egui::Context) {
        let closing = ctx.input(|i| i.viewport().close_requested());
        if closing && !self.window.allow_close && self.work.session.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modals.open(Modal::Unsaved(Then::Close));
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
            self.commands.push(FileCommand::OpenPath(path).into());
        }
        // Keys belong to the dialog open, if any: none reaches the map behind it.
        if self.modals.is_open() {
            return;
        }
        let typing = ctx.egui_wants_keyboard_input();
        ctx.input_mut(|i| {
            for (modifiers, key, command) in COMMAND_KEYS {
                // Undo, redo and select-all belong to a text field while it has focus.
                let text_owns = typing && matches!(key, Key::Z | Key::Y | Key::A | Key::L);
                if !text_owns && i.consume_shortcut(&KeyboardShortcut::new(modifiers, key)) {
                    self.commands.push(command());
                }
            }
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::F)) {
                self.panes.search.focus = true;
            }
            // F5 presents from the first view, Shift+F5 from the one shown
            // now, as presentation software does.
            if i.consume_key(Modifiers::SHIFT, Key::F5) {
                self.commands.push(ViewCommand::Present { from_current: true }.into());
            }
            if i.consume_key(Modifiers::NONE, Key::F5) {
                self.commands.push(ViewCommand::Present { from_current: false }.into());
            }
        });
        if typing {
            return;
        }
        let for_map = self.window.keys_for_map();
        ctx.input_mut(|i| {
            let plain = |i: &mut egui::InputState, key| i.consume_key(Modifiers::NONE, key);
            let selected = self.work.selection.single_node().map(str::to_owned);
            let out = &mut self.commands;
            if for_map && (plain(i, Key::Delete) || plain(i, Key::Backspace)) {
                out.push(DocCommand::DeleteSelection.into());
            }
            if plain(i, Key::F) {
                out.push(CameraCommand::Fit.into());
            }
            if let Some(id) = selected.clone().filter(|_| plain(i, Key::F2)) {
                out.push(ViewCommand::Rename(id).into());
            }
            if let Some(id) = selected.filter(|_| plain(i, Key::Period)) {
                out.push(ViewCommand::FocusOn(id).into());
            }
            // In focus mode + and - widen and narrow the focus; otherwise they zoom.
            let focusing = self.work.view.focus.is_some();
            if plain(i, Key::Plus) || plain(i, Key::Equals) || i.consume_key(Modifiers::SHIFT, Key::Equals) {
                out.push(if focusing {
                    ViewCommand::FocusDepth(1).into()
                } else {
                    CameraCommand::ZoomIn.into()
                });
            }
            if plain(i, Key::Minus) {
                out.push(if focusing {
                    ViewCommand::FocusDepth(-1).into()
                } else {
                    CameraCommand::ZoomOut.into()
                });
            }
        });
        // Escape first closes what is open (a menu, the picker, the Connect
        // tool); only then does it clear the selection. It is not consumed,
        // so menus and popups see it too.
        // (egui drops focus on Escape before this runs, so a field that had
        // focus last frame means the Escape was for that field.)
        let canvas = &mut self.panes.canvas;
        let was_typing = self.window.had_focus() || canvas.renaming().is_some();
        if ctx.input(|i| i.key_pressed(Key::Escape)) && !was_typing && !egui::Popup::is_any_open(ctx) {
            if canvas.cancel_tools() {
                // Escape closed a tool.
            } else if self.work.selection.is_empty() && self.work.view.focus.is_some() {
                self.commands.push(ViewCommand::ClearFocus.into());
            } else {
                self.work.selection = Selection::default();
            }
        }
    }
}
