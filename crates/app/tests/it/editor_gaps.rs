//! The Gaps panel says something true of the map it is about.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use crate::common::editor;
use egui_kittest::kittest::Queryable;
use sectormap_app::Start;
use sectormap_app::app::settings::SideTab;

#[test]
fn the_gaps_of_an_empty_map_say_the_map_is_empty() {
    let mut harness = editor(Start::Empty);
    let settings = &mut harness.state_mut().settings;
    settings.show_filters = true;
    settings.side_tab = SideTab::Gaps;
    harness.run();
    assert!(
        harness.query_by_label("The map is empty: add departments and forms of VAW to find gaps.").is_some()
    );
    assert!(harness.query_all_by_label_contains("every objective is linked").next().is_none());
}
