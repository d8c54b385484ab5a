//! The menu bar and the toolbar.

use egui::Ui;

use super::export::color_row;
use crate::editor::{CameraCommand, Command, DocCommand, FileCommand, ViewCommand, ViewOptions};
use crate::model::NodeKind;
use crate::ui::app::settings::{Settings, SideTab, UiTheme};

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
    /// How many nodes are selected (Tidy needs some).
    pub selected: usize,
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
    /// The map's languages, its own first.
    pub languages: Vec<String>,
}

/// Shows the menu bar.
pub fn menu_bar(ui: &mut Ui, state: &mut MenuState<'_>, out: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu(ui, state, out));
        ui.menu_button("Edit", |ui| edit_menu(ui, state, out));
        ui.menu_button("View", |ui| view_menu(ui, state, out));
        ui.menu_button("Present", |ui| present_menu(ui, state, out));
        ui.menu_button("Layout", |ui| layout_menu(ui, state, out));
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

fn layout_menu(ui: &mut Ui, state: &MenuState<'_>, out: &mut Vec<Command>) {
    item(ui, "Re-layout all", "Ctrl+Shift+L", DocCommand::Relayout.into(), out);
    ui.add_enabled_ui(state.selected > 0, |ui| {
        item(ui, "Tidy selection", "Ctrl+L", DocCommand::Tidy.into(), out);
    });
    ui.separator();
    ui.weak("Nodes stay where you put them; pinned nodes never move.");
}

fn file_menu(ui: &mut Ui, state: &mut MenuState<'_>, out: &mut Vec<Command>) {
    item(ui, "New", "Ctrl+N", FileCommand::New.into(), out);
    item(ui, "Open…", "Ctrl+O", FileCommand::Open.into(), out);
    ui.menu_button("Open recent", |ui| {
        if state.settings.recent.is_empty() {
            ui.label("No recent maps");
        }
        for path in state.settings.recent.clone() {
            let name = path
                .file_name()
                .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
            if ui.button(name).on_hover_text(path.display().to_string()).clicked() {
                out.push(FileCommand::OpenPath(path).into());
                ui.close();
            }
        }
    });
    ui.separator();
    item(ui, "Save", "Ctrl+S", FileCommand::Save.into(), out);
    item(ui, "Save as…", "Ctrl+Shift+S", FileCommand::SaveAs.into(), out);
    item(ui, "Export…", "Ctrl+E", FileCommand::Export.into(), out);
    ui.separator();
    item(ui, "Quit", "Ctrl+Q", FileCommand::Quit.into(), out);
}

fn edit_menu(ui: &mut Ui, state: &mut MenuState<'_>, out: &mut Vec<Command>) {
    let undo = state.undo.as_ref().map_or("Undo".to_owned(), |l| format!("Undo {l}"));
    ui.add_enabled_ui(state.undo.is_some(), |ui| item(ui, &undo, "Ctrl+Z", DocCommand::Undo.into(), out));
    let redo = state.redo.as_ref().map_or("Redo".to_owned(), |l| format!("Redo {l}"));
    ui.add_enabled_ui(state.redo.is_some(), |ui| {
        item(ui, &redo, "Ctrl+Shift+Z", DocCommand::Redo.into(), out)
    });
    ui.separator();
    item(ui, "Delete selected", "Del", DocCommand::DeleteSelection.into(), out);
    item(ui, "Select all", "Ctrl+A", ViewCommand::SelectAll.into(), out);
}

fn view_menu(ui: &mut Ui, state: &mut MenuState<'_>, out: &mut Vec<Command>) {
    item(ui, "Zoom to fit", "F", CameraCommand::Fit.into(), out);
    item(ui, "Zoom in", "+", CameraCommand::ZoomIn.into(), out);
    item(ui, "Zoom out", "-", CameraCommand::ZoomOut.into(), out);
    ui.separator();
    let mut legend = !state.view.no_legend;
    if ui.checkbox(&mut legend, "Legend").changed() {
        state.view.no_legend = !legend;
    }
    let mut title = !state.view.no_title;
    if ui.checkbox(&mut title, "Title and source").changed() {
        state.view.no_title = !title;
    }
    map_language_menu(ui, state);
    ui.separator();
    match &state.focus {
        Some(id) => item(ui, "Focus on selected node", ".", ViewCommand::FocusOn(id.clone()).into(), out),
        None => {
            ui.add_enabled_ui(false, |ui| {
                item(ui, "Focus on selected node", ".", ViewCommand::ClearFocus.into(), out);
            });
        }
    }
    let in_focus = state.in_focus;
    ui.add_enabled_ui(in_focus, |ui| item(ui, "Leave focus", "Esc", ViewCommand::ClearFocus.into(), out));
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

/// View > Map language: which of the map's languages the canvas, exports
/// and presenting show (texts with no translation stay in the map's own).
fn map_language_menu(ui: &mut Ui, state: &mut MenuState<'_>) {
    ui.menu_button("Map language", |ui| {
        for (i, lang) in state.languages.iter().enumerate() {
            let name = crate::model::language_name(lang);
            let label =
                if i == 0 { format!("{name} ({lang}, the map's own)") } else { format!("{name} ({lang})") };
            let chosen = match &state.view.language {
                Some(current) => current == lang,
                None => i == 0,
            };
            if ui.radio(chosen, label).clicked() {
                state.view.language = (i > 0).then(|| lang.clone());
                ui.close();
            }
        }
        if state.languages.len() < 2 {
            ui.weak("Add translations in the inspector to show the map in another language.");
        }
    });
}

fn present_menu(ui: &mut Ui, state: &mut MenuState<'_>, out: &mut Vec<Command>) {
    item(ui, "Present from the first view", "F5", ViewCommand::Present { from_current: false }.into(), out);
    item(
        ui,
        "Present from the current view",
        "Shift+F5",
        ViewCommand::Present { from_current: true }.into(),
        out,
    );
    item(ui, "Save canvas as new view", "", ViewCommand::NewView.into(), out);
    if !state.views.is_empty() {
        ui.separator();
    }
    for (index, name) in state.views.iter().enumerate() {
        if ui.button(format!("{}. {name}", index + 1)).clicked() {
            out.push(ViewCommand::ApplyView(index).into());
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
                out.push(DocCommand::AddNode { kind, at: None, link_from: None }.into());
            }
        }
        ui.separator();
        ui.toggle_value(state.connect_tool, "Connect")
            .on_hover_text("Click a node, then another, to link them");
        if ui.button("Fit").on_hover_text("Zoom to fit (F)").clicked() {
            out.push(CameraCommand::Fit.into());
        }
        let tidy = ui.add_enabled(state.selected > 0, egui::Button::new("Tidy"));
        if tidy.on_hover_text("Lay out the selected nodes again; the rest stay (Ctrl+L)").clicked() {
            out.push(DocCommand::Tidy.into());
        }
        let relayout = ui.button("Re-layout");
        if relayout
            .on_hover_text("Lay out every unpinned node afresh; undo takes it back (Ctrl+Shift+L)")
            .clicked()
        {
            out.push(DocCommand::Relayout.into());
        }
        ui.separator();
        ui.label("Colour:");
        color_row(ui, state.view, &state.years);
    });
}
