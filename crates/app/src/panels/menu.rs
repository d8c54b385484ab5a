//! The menu bar and the toolbar.

use egui::Ui;

use super::export::color_row;
use crate::app::settings::{Settings, SideTab, UiTheme};
use crate::lang::Speak;
use sectormap_core::editor::{CameraCommand, Command, DocCommand, FileCommand, ViewCommand, ViewOptions};
use sectormap_core::i18n::Language;
use sectormap_core::model::NodeKind;
use sectormap_core::tr;

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
    /// Whether the map is live on a sync server.
    pub live: bool,
}

/// Shows the menu bar.
pub fn menu_bar(ui: &mut Ui, state: &mut MenuState<'_>, out: &mut Vec<Command>) {
    let lang = ui.lang();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(lang.tr("menu-file"), |ui| file_menu(ui, state, out));
        ui.menu_button(lang.tr("menu-edit"), |ui| edit_menu(ui, state, out));
        ui.menu_button(lang.tr("menu-view"), |ui| view_menu(ui, state, out));
        ui.menu_button(lang.tr("menu-present"), |ui| present_menu(ui, state, out));
        ui.menu_button(lang.tr("menu-layout"), |ui| layout_menu(ui, state, out));
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
    let lang = ui.lang();
    item(ui, &lang.tr("menu-relayout-all"), "Ctrl+Shift+L", DocCommand::Relayout.into(), out);
    ui.add_enabled_ui(state.selected > 0, |ui| {
        item(ui, &lang.tr("menu-tidy-selection"), "Ctrl+L", DocCommand::Tidy.into(), out);
    });
    ui.separator();
    ui.weak(lang.tr("menu-layout-note"));
}

fn file_menu(ui: &mut Ui, state: &mut MenuState<'_>, out: &mut Vec<Command>) {
    let lang = ui.lang();
    item(ui, &lang.tr("menu-new"), "Ctrl+N", FileCommand::New.into(), out);
    item(ui, &lang.tr("menu-open"), "Ctrl+O", FileCommand::Open.into(), out);
    ui.menu_button(lang.tr("menu-open-recent"), |ui| {
        if state.settings.recent.is_empty() {
            ui.label(lang.tr("menu-no-recent"));
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
    item(ui, &lang.tr("menu-save"), "Ctrl+S", FileCommand::Save.into(), out);
    item(ui, &lang.tr("menu-save-as"), "Ctrl+Shift+S", FileCommand::SaveAs.into(), out);
    item(ui, &lang.tr("menu-export"), "Ctrl+E", FileCommand::Export.into(), out);
    item(ui, &lang.tr("menu-export-briefing"), "", FileCommand::ExportBriefing.into(), out);
    ui.separator();
    item(ui, &lang.tr("menu-import"), "Ctrl+I", FileCommand::Import.into(), out);
    item(ui, &lang.tr("menu-export-data"), "", FileCommand::ExportData.into(), out);
    item(ui, &lang.tr("menu-export-reply-packs"), "", FileCommand::ExportReplyPacks.into(), out);
    item(ui, &lang.tr("menu-export-briefs"), "", FileCommand::ExportBriefs.into(), out);
    item(ui, &lang.tr("menu-export-web"), "", FileCommand::ExportWeb.into(), out);
    ui.separator();
    item(ui, &lang.tr("menu-share"), "", FileCommand::Share.into(), out);
    item(ui, &lang.tr("menu-merge-changes"), "", FileCommand::MergeChanges.into(), out);
    item(ui, &lang.tr("menu-connect-live"), "", FileCommand::ConnectLive.into(), out);
    let live = state.live;
    ui.add_enabled_ui(live, |ui| {
        item(ui, &lang.tr("menu-disconnect-live"), "", FileCommand::DisconnectLive.into(), out)
    });
    ui.separator();
    item(ui, &lang.tr("menu-quit"), "Ctrl+Q", FileCommand::Quit.into(), out);
}

fn edit_menu(ui: &mut Ui, state: &mut MenuState<'_>, out: &mut Vec<Command>) {
    let lang = ui.lang();
    let undo = state.undo.as_ref().map_or(lang.tr("menu-undo"), |l| tr!(lang, "menu-undo-step", step = l));
    ui.add_enabled_ui(state.undo.is_some(), |ui| item(ui, &undo, "Ctrl+Z", DocCommand::Undo.into(), out));
    let redo = state.redo.as_ref().map_or(lang.tr("menu-redo"), |l| tr!(lang, "menu-redo-step", step = l));
    ui.add_enabled_ui(state.redo.is_some(), |ui| {
        item(ui, &redo, "Ctrl+Shift+Z", DocCommand::Redo.into(), out)
    });
    ui.separator();
    item(ui, &lang.tr("menu-delete-selected"), "Del", DocCommand::DeleteSelection.into(), out);
    item(ui, &lang.tr("menu-select-all"), "Ctrl+A", ViewCommand::SelectAll.into(), out);
}

fn view_menu(ui: &mut Ui, state: &mut MenuState<'_>, out: &mut Vec<Command>) {
    let lang = ui.lang();
    item(ui, &lang.tr("menu-zoom-fit"), "F", CameraCommand::Fit.into(), out);
    item(ui, &lang.tr("menu-zoom-in"), "+", CameraCommand::ZoomIn.into(), out);
    item(ui, &lang.tr("menu-zoom-out"), "-", CameraCommand::ZoomOut.into(), out);
    ui.separator();
    let mut legend = !state.view.no_legend;
    if ui.checkbox(&mut legend, lang.tr("menu-legend")).changed() {
        state.view.no_legend = !legend;
    }
    let mut title = !state.view.no_title;
    if ui.checkbox(&mut title, lang.tr("menu-title-source")).changed() {
        state.view.no_title = !title;
    }
    map_language_menu(ui, state);
    ui.separator();
    let focus_on = lang.tr("menu-focus-selected");
    match &state.focus {
        Some(id) => item(ui, &focus_on, ".", ViewCommand::FocusOn(id.clone()).into(), out),
        None => {
            ui.add_enabled_ui(false, |ui| {
                item(ui, &focus_on, ".", ViewCommand::ClearFocus.into(), out);
            });
        }
    }
    let in_focus = state.in_focus;
    let leave = lang.tr("menu-leave-focus");
    ui.add_enabled_ui(in_focus, |ui| item(ui, &leave, "Esc", ViewCommand::ClearFocus.into(), out));
    ui.separator();
    panel_switches(ui, state.settings, lang);
    ui.separator();
    language_menu(ui, state.settings, lang);
}

/// The checkboxes that open and close the panels, and the theme's.
fn panel_switches(ui: &mut Ui, settings: &mut Settings, lang: Language) {
    for tab in SideTab::ALL {
        let open = settings.show_filters && settings.side_tab == tab;
        let mut shown = open;
        if ui.checkbox(&mut shown, tab.menu_item(lang)).changed() {
            settings.show_filters = shown;
            settings.side_tab = tab;
        }
    }
    ui.checkbox(&mut settings.show_report, lang.tr("menu-report-panel"));
    ui.checkbox(&mut settings.show_assess, lang.tr("menu-assess-panel"));
    let mut inspector = !settings.hide_inspector;
    if ui.checkbox(&mut inspector, lang.tr("menu-inspector-panel")).changed() {
        settings.hide_inspector = !inspector;
    }
    let mut dark = settings.theme == UiTheme::Dark;
    if ui.checkbox(&mut dark, lang.tr("menu-dark-theme")).changed() {
        settings.theme = if dark { UiTheme::Dark } else { UiTheme::Light };
    }
}

/// View > Map language: which of the map's languages the canvas, exports
/// and presenting show (texts with no translation stay in the map's own).
fn map_language_menu(ui: &mut Ui, state: &mut MenuState<'_>) {
    let words = ui.lang();
    ui.menu_button(words.tr("menu-map-language"), |ui| {
        for (i, lang) in state.languages.iter().enumerate() {
            let name = sectormap_core::model::language_name(lang);
            let id = if i == 0 { "menu-map-language-own" } else { "menu-map-language-other" };
            let label = tr!(words, id, name = name.as_str(), tag = lang.as_str());
            let chosen = match &state.view.map_language {
                Some(current) => current == lang,
                None => i == 0,
            };
            if ui.radio(chosen, label).clicked() {
                state.view.map_language = (i > 0).then(|| lang.clone());
                ui.close();
            }
        }
        if state.languages.len() < 2 {
            ui.weak(words.tr("menu-map-language-none"));
        }
    });
}

/// View > Language: each language in its own name. The choice is kept in
/// the settings; the app speaks it from the next frame on.
fn language_menu(ui: &mut Ui, settings: &mut Settings, lang: Language) {
    ui.menu_button(lang.tr("menu-language"), |ui| {
        for choice in Language::ALL {
            if ui.radio(lang == choice, choice.native_name()).clicked() {
                settings.language = Some(choice);
                ui.close();
            }
        }
    });
}

fn present_menu(ui: &mut Ui, state: &mut MenuState<'_>, out: &mut Vec<Command>) {
    let lang = ui.lang();
    let first = lang.tr("menu-present-first");
    item(ui, &first, "F5", ViewCommand::Present { from_current: false }.into(), out);
    let current = lang.tr("menu-present-current");
    item(ui, &current, "Shift+F5", ViewCommand::Present { from_current: true }.into(), out);
    item(ui, &lang.tr("menu-save-view"), "", ViewCommand::NewView.into(), out);
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
    let lang = ui.lang();
    ui.scope(|ui| {
        for kind in NodeKind::ALL {
            let text = format!("+ {}", lang.node_kind(kind));
            let button = ui.button(text).on_hover_text(tr!(lang, "toolbar-add-hint", kind = kind.key()));
            let name = tr!(lang, "step-add-node", kind = kind.key());
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if button.clicked() {
                out.push(DocCommand::AddNode { kind, at: None, link_from: None }.into());
            }
        }
        ui.separator();
        ui.toggle_value(state.connect_tool, lang.tr("toolbar-connect"))
            .on_hover_text(lang.tr("toolbar-connect-hint"));
        if ui.button(lang.tr("toolbar-fit")).on_hover_text(lang.tr("toolbar-fit-hint")).clicked() {
            out.push(CameraCommand::Fit.into());
        }
        let tidy = ui.add_enabled(state.selected > 0, egui::Button::new(lang.tr("toolbar-tidy")));
        if tidy.on_hover_text(lang.tr("toolbar-tidy-hint")).clicked() {
            out.push(DocCommand::Tidy.into());
        }
        let relayout = ui.button(lang.tr("toolbar-relayout"));
        if relayout.on_hover_text(lang.tr("toolbar-relayout-hint")).clicked() {
            out.push(DocCommand::Relayout.into());
        }
        ui.separator();
        ui.label(lang.tr("toolbar-colour"));
        color_row(ui, state.view, &state.years);
    });
}
