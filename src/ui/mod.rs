//! The desktop editor (eframe/egui). The only part of Sectormap that uses
//! egui, eframe or rfd; it draws the same Scene the exports draw.

mod actions;
mod actions_file;
mod actions_views;
mod app;
pub mod batch;
pub mod camera;
pub mod canvas;
pub mod command;
pub mod dialogs;
pub mod draw;
pub mod export;
pub mod files;
pub mod filters;
pub mod fonts;
pub mod gaps_panel;
mod input;
pub mod inspector;
pub mod live;
pub mod menu;
pub mod present;
mod present_ui;
pub mod report_panel;
pub mod scene_cache;
pub mod search;
pub mod session;
pub mod settings;
mod side;
pub mod state;
pub mod status;
pub mod views_panel;

pub use app::{SectormapApp, Start};

/// Opens the editor window and runs it until it is closed.
pub fn run(start: Start) -> Result<(), String> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Sectormap")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([640.0, 420.0])
            .with_drag_and_drop(true),
        ..eframe::NativeOptions::default()
    };
    eframe::run_native("Sectormap", options, Box::new(move |cc| Ok(Box::new(SectormapApp::new(cc, start)))))
        .map_err(|err| format!("cannot open the editor window: {err}"))
}
