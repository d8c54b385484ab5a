//! The `sectormap` program's tests: the command line end to end, and journeys
//! through the editor and the command line together. One binary, a module per area.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

mod assess_cli;
mod brief_cli;
mod cli;
mod cli_analysis;
mod cli_briefing;
mod common;
mod editor_positions;
mod html_cli;
mod import_cli;
mod import_hints;
mod import_journey;
mod interchange_cli;
mod map_language_cli;
mod overwrite_cli;
mod picture_defaults_cli;
mod positions_cli;
mod recovery;
mod share_cli;
#[path = "../../crates/core/tests/it/sync_server.rs"]
mod sync_server;
#[path = "../../crates/core/tests/it/tools.rs"]
mod tools;
mod translations_cli;
