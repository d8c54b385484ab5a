//! The editor's integration tests (egui_kittest): one binary, a module per area.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

mod canvas_draw;
mod common;
mod editor;
mod editor_asks;
mod editor_assess;
mod editor_assess_journey;
mod editor_assess_map;
mod editor_assess_walkthrough;

mod editor_briefing;
mod editor_briefs;
mod editor_conflict;
mod editor_fields;
mod editor_gaps;
mod editor_i18n;
mod editor_import;
mod editor_input;
mod editor_languages;
mod editor_legible;
mod editor_links;
mod editor_live;
mod editor_map_text;
mod editor_map_words;
mod editor_modals;
mod editor_present;
mod editor_present_room;
mod editor_replies;
mod editor_share;
mod editor_share_changes;
mod editor_unopened;
mod editor_web;
mod editor_window;
#[path = "../../../core/tests/it/sheets.rs"]
mod sheets;
#[path = "../../../core/tests/it/sync_server.rs"]
mod sync_server;
#[path = "../../../core/tests/it/tools.rs"]
mod tools;
