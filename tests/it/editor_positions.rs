//! The map stays as the user made it, in the editor: New and Open draw only
//! the new map, text edits move nothing, Re-layout is one undo step, the
//! camera fits the canvas and stays put, and a whole session (build, drag,
//! save, reopen, export) gives back every position it was given.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::collections::BTreeMap;
use std::path::Path;

use egui::{Key, Modifiers};

use crate::common::{click, drag, editor, editor_positions, retype, wait_for_export};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap_app::{SectormapApp, Start};
use sectormap_core::io::{load_path, save_path};
use sectormap_core::pipeline::{self, DEFAULT_SEED, Scope};
use sectormap_core::scene::Element;

/// Ids of the nodes the canvas draws now.
fn drawn_nodes(harness: &mut Harness<'_, SectormapApp>) -> Vec<String> {
    let scene = harness.state_mut().scene_now();
    scene
        .groups
        .iter()
        .filter_map(|g| match &g.element {
            Element::Node(id) => Some(id.to_string()),
            _ => None,
        })
        .collect()
}

/// The template map with every node placed, saved in `dir`.
fn placed_template(dir: &Path) -> std::path::PathBuf {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/multisectoral-template.json");
    let mut doc = load_path(&source).unwrap();
    pipeline::place(&mut doc, &Scope::Missing, DEFAULT_SEED, &mut |_| {});
    let path = dir.join("template.json");
    save_path(&doc, &path).unwrap();
    path
}

fn svg_centres(path: &Path) -> BTreeMap<String, (f64, f64)> {
    let text = std::fs::read_to_string(path).unwrap();
    let svg = roxmltree::Document::parse(&text).unwrap();
    svg.descendants()
        .filter(|n| n.attribute("class") == Some("node"))
        .map(|n| {
            let number = |name| n.attribute(name).unwrap().parse::<f64>().unwrap();
            (n.attribute("data-id").unwrap().to_owned(), (number("data-x"), number("data-y")))
        })
        .collect()
}

fn placed(harness: &Harness<'_, SectormapApp>) -> BTreeMap<String, (f64, f64)> {
    editor_positions(harness).into_iter().filter_map(|(id, p)| Some((id, p?))).collect()
}

#[test]
fn new_right_after_start_draws_only_the_new_map() {
    let mut harness = editor(Start::Example);
    assert!(drawn_nodes(&mut harness).len() > 30);
    let where_home_office_was = harness.get_by_label("Home Office").rect().center();
    click(&mut harness, "File");
    click(&mut harness, "New");
    assert_eq!(harness.state().session().doc().node_count(), 0);
    assert!(drawn_nodes(&mut harness).is_empty(), "the canvas draws nothing of the old map");
    assert!(harness.query_by_label("Home Office").is_none(), "no widget of the old map is left");
    // Clicking where a node was selects nothing, and Delete deletes nothing.
    harness.drag_at(where_home_office_was);
    harness.drop_at(where_home_office_was);
    harness.run();
    assert!(harness.state().work.selection.is_empty());
    harness.key_press(Key::Delete);
    harness.run();
    assert!(harness.state().status.current().is_none_or(|(_, error)| !error));
    // The new map is shown at its natural size, not shrunk to the old one.
    assert_eq!(harness.state().panes.canvas.camera.zoom, 1.0);
}

#[test]
fn open_right_after_start_draws_only_the_opened_map() {
    let dir = tempfile::tempdir().unwrap();
    let path = placed_template(dir.path());
    let expected = placed_from(&path);
    let mut harness = editor(Start::Example);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    retype(&mut harness, "File path", path.to_str().unwrap());
    click(&mut harness, "Open");
    let mut drawn = drawn_nodes(&mut harness);
    drawn.sort();
    assert_eq!(drawn, expected.keys().cloned().collect::<Vec<_>>(), "only the opened map is drawn");
    assert!(harness.query_by_label("Home Office").is_none());
    assert_eq!(placed(&harness), expected, "opening moved nothing");
    assert!(!harness.state().session().is_dirty());
}

fn placed_from(path: &Path) -> BTreeMap<String, (f64, f64)> {
    let doc = load_path(path).unwrap();
    doc.nodes().map(|n| (n.id.clone(), n.position.map(|p| (p.x, p.y)).unwrap())).collect()
}

#[test]
fn editing_a_description_a_score_or_a_caption_moves_nothing() {
    let mut harness = editor(Start::Example);
    let before = placed(&harness);
    let runs = harness.state().session().layout_runs();
    click(&mut harness, "Department for Education and Skills");
    retype(&mut harness, "Description", "Schools and colleges in England");
    retype(&mut harness, "Score for 2006", "2.5");
    // A score is stored when its field is left.
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().session().doc().node("dept-dfes").unwrap().score(2006), Some(2.5));
    click(&mut harness, "Present");
    click(&mut harness, "1. Overview");
    let settings = &mut harness.state_mut().settings;
    settings.show_filters = true;
    settings.side_tab = sectormap_app::app::settings::SideTab::Views;
    harness.run();
    retype(&mut harness, "Caption", "Every department has a part to play");
    assert_eq!(harness.state().session().doc().views[0].caption, "Every department has a part to play");
    assert_eq!(placed(&harness), before, "no node moved");
    assert_eq!(harness.state().session().layout_runs(), runs, "the layout did not run");
}

#[test]
fn relayout_from_the_menu_is_one_step_and_undo_restores_every_position() {
    let mut harness = editor(Start::Example);
    let before = placed(&harness);
    click(&mut harness, "Layout");
    click(&mut harness, "Re-layout all");
    let after = placed(&harness);
    assert_ne!(after, before, "the map was laid out afresh");
    assert!(!harness.state().session().is_gliding(), "the glide has landed");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(placed(&harness), before, "one undo restores every position");
    // What the canvas draws is where the nodes are.
    let scene = harness.state_mut().scene_now();
    for group in &scene.groups {
        if let (Element::Node(id), Some(at)) = (&group.element, group.anchor) {
            let (x, y) = before[&**id];
            assert!((f64::from(at.x) - x).abs() < 0.01 && (f64::from(at.y) - y).abs() < 0.01, "{id}");
        }
    }
}

#[test]
fn f5_presents_from_the_first_view_and_shift_f5_from_the_current_one() {
    let mut harness = editor(Start::Example);
    click(&mut harness, "Present");
    click(&mut harness, "6. Health");
    harness.key_press(Key::F5);
    harness.run();
    assert!(harness.state().present.active);
    assert_eq!(harness.state().present.index, 0, "F5 starts at view 1");
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::SHIFT, Key::F5);
    harness.run();
    assert_eq!(harness.state().present.index, 5, "Shift+F5 starts at the view shown");
}

#[test]
fn the_fitted_map_lies_inside_the_canvas_and_edits_do_not_move_the_camera() {
    let mut harness = editor(Start::Example);
    harness.state_mut().settings.show_filters = true;
    harness.run();
    click(&mut harness, "Fit");
    let state = harness.state_mut();
    let bounds = state.scene_now().bounds;
    let canvas = &state.panes.canvas;
    let shown = canvas.camera.rect_to_screen(canvas.rect, &bounds);
    assert!(
        canvas.rect.expand(1.0).contains_rect(shown),
        "{shown:?} is not inside the canvas {:?}",
        canvas.rect
    );
    let camera = canvas.camera;
    click(&mut harness, "Department for Transport");
    retype(&mut harness, "Label", "Department for Transport and Safe Travel");
    click(&mut harness, "Add VAW issue");
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().panes.canvas.camera, camera, "the camera did not drift");
}

#[test]
fn build_drag_save_reopen_and_export_keep_every_position() {
    let dir = tempfile::tempdir().unwrap();
    let (map, svg) = (dir.path().join("mine.json"), dir.path().join("mine.svg"));
    let mut harness = editor(Start::Empty);
    click(&mut harness, "Add department");
    harness.get_by_label("Rename node").type_text("Department for Transport");
    harness.key_press(Key::Enter);
    harness.run();
    click(&mut harness, "Add VAW issue");
    harness.get_by_label("Rename node").type_text("Harassment on public transport");
    harness.key_press(Key::Enter);
    harness.run();
    // Drag the issue to where it belongs.
    let from = harness.get_by_label("Harassment on public transport").rect().center();
    drag(&mut harness, from, from + egui::vec2(180.0, 120.0));
    let made = placed(&harness);
    assert_eq!(made.len(), 2);
    let issue = harness.state().session().doc().node("issue-1").unwrap().clone();
    assert!(issue.pinned, "a dragged node is pinned where it was dropped");
    // Save, start afresh, reopen.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    retype(&mut harness, "File path", map.to_str().unwrap());
    click(&mut harness, "Save");
    click(&mut harness, "File");
    click(&mut harness, "New");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    retype(&mut harness, "File path", map.to_str().unwrap());
    click(&mut harness, "Open");
    assert_eq!(placed(&harness), made, "every node is where it was left");
    // Export from the editor: the picture has the same positions.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    click(&mut harness, "SVG");
    click(&mut harness, "Export…");
    retype(&mut harness, "File path", svg.to_str().unwrap());
    click(&mut harness, "Export");
    wait_for_export(&mut harness);
    assert_eq!(svg_centres(&svg), made, "the editor's export draws each node where it is");
    // And so does the command line.
    let cli = dir.path().join("cli.svg");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sectormap"))
        .args(["export", map.to_str().unwrap(), "-o", cli.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(svg_centres(&cli), made);
}

#[test]
fn nodes_added_at_the_same_point_land_beside_each_other() {
    let mut harness = editor(Start::Empty);
    for _ in 0..3 {
        click(&mut harness, "Add department");
        harness.key_press(Key::Escape);
        harness.run();
    }
    let scene = harness.state_mut().scene_now();
    let boxes: Vec<_> =
        scene.groups.iter().filter(|g| matches!(g.element, Element::Node(_))).map(|g| g.bounds).collect();
    assert_eq!(boxes.len(), 3);
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            assert!(!a.intersects(b), "{a:?} and {b:?} overlap");
        }
    }
}

#[test]
fn a_node_added_by_double_click_lands_where_clicked_and_the_view_stays() {
    // Frames a sixtieth of a second apart, so two clicks make a double click.
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .with_max_steps(240)
        .build_eframe(|cc| SectormapApp::new(cc, sectormap_app::Launch::headless(Start::Empty)));
    harness.run();
    let camera = harness.state().panes.canvas.camera;
    let canvas = harness.state().panes.canvas.rect;
    let at = canvas.center() + egui::vec2(-150.0, 80.0);
    for _ in 0..2 {
        harness.drag_at(at);
        harness.step();
        harness.drop_at(at);
        harness.step();
    }
    harness.run();
    click(&mut harness, "New department");
    harness.key_press(Key::Escape);
    harness.run();
    let node = harness.state().session().doc().node("department-1").expect("added").clone();
    let p = node.position.expect("placed");
    let want = camera.to_world(canvas, at);
    assert!((p.x as f32 - want.x).abs() < 1.0 && (p.y as f32 - want.y).abs() < 1.0, "{p:?} is not {want:?}");
    assert_eq!(harness.state().panes.canvas.camera, camera, "the view did not move");
}
