//! The menu bar and the toolbar.

use egui::Ui;

use super::command::Command;
use super::export::color_row;
use super::settings::{Settings, SideTab, UiTheme};
use super::state::ViewOptions;
use crate::model::NodeKind;

/// What the menus show and change besides emitting commands.
pub struct MenuState<'a> {
    /// Remembered settings (theme, recent files, panels).
    pub settings: &'a mut Settings,
    /// Colour options.
    pub view: &'a mut ViewOptions,
    /// Label of the step Undo would take back.
    pub undo: Option<String>,
    /// Label of the step Redo would redo.
    pub redo: Option<String>,
    /// Whether the layout is paused.
    pub paused: bool,
    /// Whether the Connect tool is on.
    pub connect_tool: &'a mut bool,
    /// Years with scores.
    pub years: Vec<i32>,
    /// Names of the saved views, in order.
    pub views: Vec<String>,
    /// The node focus mode would focus on (the one selected).
    pub focus: Option<String>,
    /// Whether a node is in focus now.
    pub in_focus: bool,
}

/// Shows the menu bar.
pub fn menu_bar(ui: &mut Ui, state: &mut MenuState<'_>, out: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu(ui, state, out));
        ui.menu_button("Edit", |ui| edit_menu(ui, state, out));
        ui.menu_button("View", |ui| view_menu(ui, state, out));
        ui.menu_button("Present", |ui| present_menu(ui, state, out));
        ui.menu_button("Layout", |ui| {
            let pause = if state.paused { "Resume layout" } else { "Pause layout" };
            item(ui, pause, "Space", Command::ToggleLayout, out);
            item(ui, "Re-layout", "", Command::Relayout, out);
        });
    });
}

/// A menu entry with its shortcut shown; pushes `command` when clicked.
fn item(ui: &mut Ui, text: &str, shortcut: &str, command: Command, out: &mut Vec<Command>) {
    let button = ui.add(egui::Button::new(text).shortcut_text(shortcut));
    // Named by its text alone; the shortcut is announced as a shortcut.
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, ui.is_enabled(), text));
    if !shortcut.is_empty() {
        ui.ctx().accesskit_node_builder(button.id, |node| node.set_keyboard_shortcut(shortcut));
    }
    if button.clicked() {
        out.push(command);
        ui.close();
    }
}

fn file_menu(ui: &mut Ui, state: &mut MenuState<'_>, out: &mut Vec<Command>) {
    item(ui, "New", "Ctrl+N", Command::New, out);
    item(ui, "Open…", "Ctrl+O", Command::Open, out);
    ui.menu_button("Open recent", |ui| {
        if state.settings.recent.is_empty() {
            ui.label("No recent maps");
        }
        for path in state.settings.recent.clone() {
            let name = path
                .file_name()
                .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
            if ui.button(name).on_hover_text(path.display().to_string()).clicked() {
                out.push(Command::OpenPath(path));
                ui.close();
            }
        }
    });
    ui.separator();
    item(ui, "Save", "Ctrl+S", Command::Save, out);
    item(ui, "Save as…", "Ctrl+Shift+S", Command::SaveAs, out);
    item(ui, "Export…", "Ctrl+E", Command::Export, out);
    ui.separator();
    item(ui, "Quit", "Ctrl+Q", Command::Quit, out);
}

fn edit_menu(ui: &mut Ui, state: &mut MenuState<'_>, out: &mut Vec<Command>) {
    let undo = state.undo.as_ref().map_or("Undo".to_owned(), |l| format!("Undo {l}"));
    ui.add_enabled_ui(state.undo.is_some(), |ui| item(ui, &undo, "Ctrl+Z", Command::Undo, out));
    let redo = state.redo.as_ref().map_or("Redo".to_owned(), |l| format!("Redo {l}"));
    ui.add_enabled_ui(state.redo.is_some(), |ui| item(ui, &redo, "Ctrl+Shift+Z", Command::Redo, out));
    ui.separator();
    item(ui, "Delete selected", "Del", Command::DeleteSelection, out);
    item(ui, "Select all", "Ctrl+A", Command::SelectAll, out);
}

fn view_menu(ui: &mut Ui, state: &mut MenuState<'_>, out: &mut Vec<Command>) {
    item(ui, "Zoom to fit", "F", Command::ZoomFit, out);
    item(ui, "Zoom in", "+", Command::ZoomIn, out);
    item(ui, "Zoom out", "-", Command::ZoomOut, out);
    ui.separator();
    let mut legend = !state.view.no_legend;
    if ui.checkbox(&mut legend, "Legend").changed() {
        state.view.no_legend = !legend;
    }
    let mut title = !state.view.no_title;
    if ui.checkbox(&mut title, "Title and source").changed() {
        state.view.no_title = !title;
    }
    ui.separator();
    match &state.focus {
        Some(id) => item(ui, "Focus on selected node", ".", Command::FocusOn(id.clone()), out),
        None => {
            ui.add_enabled_ui(false, |ui| item(ui, "Focus on selected node", ".", Command::ClearFocus, out));
        }
    }
    let in_focus = state.in_focus;
    ui.add_enabled_ui(in_focus, |ui| item(ui, "Leave focus", "Esc", Command::ClearFocus, out));
    ui.separator();
    for tab in SideTab::ALL {
        let open = state.settings.show_filters && state.settings.side_tab == tab;
        let mut shown = open;
        if ui.checkbox(&mut shown, format!("{} panel", tab.title())).changed() {
            state.settings.show_filters = shown;
            state.settings.side_tab = tab;
        }
    }
    ui.checkbox(&mut state.settings.show_report, "Report card panel");
    let mut inspector = !state.settings.hide_inspector;
    if ui.checkbox(&mut inspector, "Inspector panel").changed() {
        state.settings.hide_inspector = !inspector;
    }
    let mut dark = state.settings.theme == UiTheme::Dark;
    if ui.checkbox(&mut dark, "Dark theme").changed() {
        state.settings.theme = if dark { UiTheme::Dark } else { UiTheme::Light };
    }
}

fn present_menu(ui: &mut Ui, state: &mut MenuState<'_>, out: &mut Vec<Command>) {
    item(ui, "Present views", "F5", Command::Present, out);
    item(ui, "Save canvas as new view", "", Command::NewView, out);
    if !state.views.is_empty() {
        ui.separator();
    }
    for (index, name) in state.views.iter().enumerate() {
        if ui.button(format!("{}. {name}", index + 1)).clicked() {
            out.push(Command::ApplyView(index));
            ui.close();
        }
    }
}

/// Shows the toolbar: add buttons, tools, layout controls and colouring.
pub fn toolbar(ui: &mut Ui, state: &mut MenuState<'_>, out: &mut Vec<Command>) {
    ui.scope(|ui| {
        for kind in NodeKind::ALL {
            let text = format!("+ {}", kind.title());
            let button =
                ui.button(text).on_hover_text(format!("Add a new {} in the middle of the view", kind.noun()));
            let name = format!("Add {}", kind.noun());
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if button.clicked() {
                out.push(Command::AddNode { kind, at: None, link_from: None });
            }
        }
        ui.separator();
        ui.toggle_value(state.connect_tool, "Connect")
            .on_hover_text("Click a node, then another, to link them");
        if ui.button("Fit").on_hover_text("Zoom to fit (F)").clicked() {
            out.push(Command::ZoomFit);
        }
        let pause = if state.paused { "Resume" } else { "Pause" };
        if ui.button(pause).on_hover_text("Pause or resume the live layout (Space)").clicked() {
            out.push(Command::ToggleLayout);
        }
        if ui.button("Re-layout").on_hover_text("Lay the map out afresh; pinned nodes stay").clicked() {
            out.push(Command::Relayout);
        }
        ui.separator();
        ui.label("Colour:");
        color_row(ui, state.view, &state.years);
    });
}
