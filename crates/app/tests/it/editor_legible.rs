//! Legible at every size: a map fitted into a laptop's window shows the
//! labels that matter at a size a person can read, not shrunk with the
//! rest; what is hovered or selected is always readable; small windows fold
//! their side panels so the canvas keeps the room; presenting draws no node
//! label under 18 points.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap_app::canvas::legible::{EDITOR_MIN_PX, PRESENTING_PX};
use sectormap_app::{Launch, SectormapApp, Start};
use sectormap_core::model::NodeKind;
use sectormap_core::scene::{Element, Item};

use crate::common::{launch, settle};

/// The example map in a window of `size`, fitted, its frames run.
fn example(size: egui::Vec2) -> Harness<'static, SectormapApp> {
    let mut harness = launch(Launch::headless(Start::Example));
    harness.set_size(size);
    settle(&mut harness);
    harness
}

/// Each node label drawn in the last frame: the node's id and the text's
/// size on screen, in points.
fn labels(harness: &mut Harness<'_, SectormapApp>) -> Vec<(String, f32)> {
    let scene = harness.state_mut().scene_now();
    let drawn = harness.state().panes.canvas.drawn.labels().to_vec();
    drawn
        .into_iter()
        .filter_map(|(k, px)| match &scene.groups.get(k as usize)?.element {
            Element::Node(id) => Some((id.to_string(), px)),
            _ => None,
        })
        .collect()
}

/// The largest label each node on screen would have at the camera's zoom
/// without semantic zoom, with the node's kind.
fn on_screen(harness: &mut Harness<'_, SectormapApp>) -> Vec<(String, NodeKind, f32)> {
    let scene = harness.state_mut().scene_now();
    let state = harness.state();
    let (camera, canvas) = (state.panes.canvas.camera, state.panes.canvas.rect);
    let doc = state.session().doc();
    scene
        .groups
        .iter()
        .filter_map(|group| match &group.element {
            Element::Node(id) if camera.rect_to_screen(canvas, &group.bounds).intersects(canvas) => {
                let size = scene.items_of(group).iter().fold(0.0f32, |most, item| match item {
                    Item::Text { size, .. } => most.max(*size),
                    _ => most,
                });
                Some((id.to_string(), doc.node(id)?.kind, size * camera.zoom))
            }
            _ => None,
        })
        .collect()
}

/// Each node on the canvas: its id, where it is drawn (lifted or not) and
/// its box in the scene, both on screen.
fn node_boxes(harness: &mut Harness<'_, SectormapApp>) -> Vec<(String, egui::Rect, egui::Rect)> {
    let scene = harness.state_mut().scene_now();
    let canvas = &harness.state().panes.canvas;
    let on_screen = |r: &sectormap_core::scene::Rect| canvas.camera.rect_to_screen(canvas.rect, r);
    scene
        .groups
        .iter()
        .enumerate()
        .filter_map(|(k, g)| match &g.element {
            Element::Node(id) => {
                Some((id.to_string(), on_screen(&canvas.node_bounds(k, g)), on_screen(&g.bounds)))
            }
            _ => None,
        })
        .collect()
}

/// Where node `id` is drawn and its box in the scene, on screen.
fn node_box(harness: &mut Harness<'_, SectormapApp>, id: &str) -> (egui::Rect, egui::Rect) {
    let (_, lifted, plain) = node_boxes(harness).into_iter().find(|(n, ..)| n == id).unwrap();
    (lifted, plain)
}

#[test]
fn a_laptop_window_shows_every_department_and_form_of_vaw_legibly() {
    let mut harness = example(egui::vec2(1280.0, 800.0));
    let nodes = on_screen(&mut harness);
    let natural = nodes.iter().map(|(_, _, px)| *px).fold(f32::MAX, f32::min);
    assert!(natural < EDITOR_MIN_PX, "fitted, labels would be {natural:.1} px: too small to read");
    let drawn = labels(&mut harness);
    for (id, px) in &drawn {
        assert!(*px >= EDITOR_MIN_PX - 0.01, "{id}'s label is drawn at {px:.1} px");
    }
    // Labels that matter are lifted wherever they cover no other (at a
    // smaller legible size, or shifted over their own box, where that
    // makes room): in a laptop's window, nearly all of them.
    let matter: Vec<&String> = nodes
        .iter()
        .filter(|(_, k, _)| matches!(k, NodeKind::Department | NodeKind::Issue))
        .map(|(id, ..)| id)
        .collect();
    let readable = matter.iter().filter(|id| drawn.iter().any(|(drawn, _)| drawn == **id)).count();
    assert!(readable * 8 >= matter.len() * 7, "{readable} of {} readable", matter.len());
}

#[test]
fn what_is_selected_is_readable_and_a_lifted_label_is_what_a_click_picks() {
    let mut harness = example(egui::vec2(1280.0, 800.0));
    let objective = on_screen(&mut harness)
        .into_iter()
        .find(|(_, kind, _)| *kind == NodeKind::Objective)
        .map(|(id, ..)| id)
        .unwrap();
    assert!(!labels(&mut harness).iter().any(|(id, _)| *id == objective), "unselected, it is simplified");
    let label = harness.state().session().doc().node(&objective).unwrap().label.clone();
    harness.get_by_label(&label).click();
    harness.run();
    assert!(harness.state().work.selection.nodes.contains(&objective));
    let drawn = labels(&mut harness);
    let px = drawn.iter().find(|(id, _)| *id == objective).map(|(_, px)| *px);
    assert!(px.is_some_and(|px| px >= EDITOR_MIN_PX), "the selected objective is readable: {px:?}");
    // The node is drawn larger: a click on its enlarged box, outside the
    // scene's box, still picks it.
    let (lifted, plain) = node_box(&mut harness, &objective);
    let scene = harness.state_mut().scene_now();
    let canvas = &harness.state().panes.canvas;
    assert!(lifted.width() > plain.width() * 1.2, "lifted {lifted:?}, scene {plain:?}");
    assert_eq!(canvas.node_at(&scene, egui::pos2(lifted.left() + 3.0, lifted.center().y)), Some(objective));
}

#[test]
fn a_label_shifted_to_make_room_stays_under_the_pointer_when_hovered() {
    let mut harness = example(egui::vec2(1280.0, 800.0));
    // A node whose lifted label sits off its centre (over its own box) to
    // keep off another.
    let (id, lifted, plain) = node_boxes(&mut harness)
        .into_iter()
        .find(|(_, lifted, plain)| {
            lifted.width() > plain.width() * 1.2 && (lifted.center() - plain.center()).length() > 3.0
        })
        .expect("a label is shifted to make room");
    assert!(lifted.contains_rect(plain), "a shifted label still covers its own node");
    // The pointer on the part of the label farthest from the node's centre.
    let away = lifted.center() + (lifted.center() - plain.center()).normalized() * (lifted.height() * 0.4);
    harness.hover_at(away);
    for _ in 0..4 {
        harness.step();
    }
    let (now, _) = node_box(&mut harness, &id);
    let scene = harness.state_mut().scene_now();
    let canvas = &harness.state().panes.canvas;
    assert_eq!(now, lifted, "hovered, {id}'s label stays where it was");
    assert_eq!(canvas.node_at(&scene, away), Some(id));
}

#[test]
fn at_a_readable_zoom_the_screen_draws_every_label_as_the_export_does() {
    let mut harness = example(egui::vec2(1400.0, 900.0));
    let zoom = harness.state().panes.canvas.camera.zoom;
    harness.state_mut().panes.canvas.zoom_by(1.0 / zoom);
    harness.run();
    let nodes = on_screen(&mut harness);
    assert!(nodes.iter().all(|(_, _, px)| *px >= EDITOR_MIN_PX));
    let drawn = labels(&mut harness);
    for (id, _, px) in &nodes {
        let sizes: Vec<f32> = drawn.iter().filter(|(d, _)| d == id).map(|(_, s)| *s).collect();
        assert!(sizes.iter().any(|s| (s - px).abs() < 0.01), "{id}: drawn at {sizes:?}, scene says {px}");
    }
    let scene = harness.state_mut().scene_now();
    let canvas = &harness.state().panes.canvas;
    assert!(scene.groups.iter().enumerate().all(|(k, g)| canvas.node_bounds(k, g) == g.bounds));
}

#[test]
fn a_small_window_folds_its_panels_and_a_drawer_opens_over_the_canvas() {
    let mut harness = example(egui::vec2(800.0, 600.0));
    let canvas = harness.state().panes.canvas.rect;
    assert!(canvas.width() >= 700.0, "the canvas keeps the room: {canvas:?}");
    assert!(harness.state().panes.folds.inspector, "the inspector is folded");
    // The inspector opens over the map; the map stays where it was.
    let camera = harness.state().panes.canvas.camera;
    harness.get_by_label("Inspector (folded: the window is narrow)").click();
    settle(&mut harness);
    assert!(harness.query_by_label("Fold this panel away").is_some());
    assert_eq!(harness.state().panes.canvas.rect, canvas);
    assert_eq!(harness.state().panes.canvas.camera, camera);
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Fold this panel away").is_none());
    // A large window brings the panels back.
    harness.set_size(egui::vec2(1400.0, 900.0));
    settle(&mut harness);
    assert!(!harness.state().panes.folds.inspector, "the inspector is back");
}

#[test]
fn presenting_draws_no_node_label_under_18_points() {
    let mut harness = example(egui::vec2(1400.0, 900.0));
    harness.key_press(Key::F5);
    let views = harness.state().session().doc().views.len();
    for index in 0..views {
        settle(&mut harness);
        assert_eq!(harness.state().present.index, index);
        let drawn = labels(&mut harness);
        assert!(drawn.len() >= 4, "view {index}: {} labels drawn", drawn.len());
        for (id, px) in &drawn {
            assert!(*px >= PRESENTING_PX - 0.01, "view {index}: {id} drawn at {px:.1} px");
        }
        // What a view is about is among what can be read.
        let doc = harness.state().session().doc();
        if let Some(focus) = &doc.views[index].focus {
            assert!(drawn.iter().any(|(id, _)| *id == focus.node), "view {index}: {} unreadable", focus.node);
        }
        harness.key_press(Key::PageDown);
    }
}
