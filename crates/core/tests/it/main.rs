//! The core's integration tests: one binary, a module per area.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

mod analysis;
mod asks;
mod assess_colour;
mod assess_outputs;
mod assessment_sheets;
mod brief;
mod briefing;
mod common;
mod edit;
mod editor_live;
mod editor_share;
mod edits_touched;
mod export;
mod html;
mod html_browser;
mod i18n;
mod import_properties;
mod import_shapes;
mod import_types;
mod interchange;
mod io_files;
mod layout;
mod layout_large;
mod layout_networks;
mod live;
mod on_disk;
mod palette;
mod peers;
mod positions;
mod print;
mod recognition;
mod render;
mod reply_packs;
mod scene_cache;
mod scripts;
mod share;
mod share_props;
mod sheets;
mod sync_server;
mod tools;
mod translations;
mod unsaved;
mod views;
