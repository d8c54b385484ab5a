//! Presenting read from the back of a room, at 1400×900: each view framed
//! on what it focuses on, the "N / M" counter never over the caption, the
//! legend clear of the department a view is about.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use egui::{Key, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap_app::canvas::legend_camera;
use sectormap_app::{Launch, SectormapApp, Start};
use sectormap_core::scene::{Element, Item};

use crate::common::{launch, settle};

/// The editor at `size`, presenting view `index` with the camera settled.
fn presenting(size: egui::Vec2, index: usize) -> Harness<'static, SectormapApp> {
    let mut harness = launch(Launch::headless(Start::Example));
    harness.set_size(size);
    harness.run();
    harness.key_press(Key::F5);
    harness.run();
    for _ in 0..index {
        harness.key_press(Key::PageDown);
        harness.run();
    }
    settle(&mut harness);
    assert_eq!(harness.state().present.index, index);
    harness
}

/// Each node the canvas draws on screen: its id, its rectangle on screen,
/// and the screen sizes of its labels (size × zoom, as the canvas draws).
fn drawn_nodes(harness: &mut Harness<'_, SectormapApp>) -> Vec<(String, Rect, Vec<f32>)> {
    let scene = harness.state_mut().scene_now();
    let canvas = &harness.state().panes.canvas;
    let (camera, rect) = (canvas.camera, canvas.rect);
    scene
        .groups
        .iter()
        .filter_map(|group| match &group.element {
            Element::Node(id) => Some((id, group)),
            _ => None,
        })
        .map(|(id, group)| {
            let sizes = scene.items_of(group).iter().filter_map(|item| match item {
                Item::Text { size, .. } => Some(size * camera.zoom),
                _ => None,
            });
            (id.to_string(), camera.rect_to_screen(rect, &group.bounds), sizes.collect())
        })
        .filter(|(_, screen, _)| screen.intersects(rect))
        .collect()
}

#[test]
fn a_department_view_presented_is_framed_on_what_its_focus_shows() {
    let mut harness = presenting(egui::vec2(1400.0, 900.0), 10);
    let view = harness.state().session().doc().views[10].clone();
    assert_eq!(view.name, "Transport");
    let members = view.focus.as_ref().unwrap().members(harness.state().session().doc());
    let drawn = drawn_nodes(&mut harness);
    let canvas = harness.state().panes.canvas.rect;
    // Every node of the focus is on screen whole...
    for id in &members {
        if let Some((_, rect, _)) = drawn.iter().find(|(drawn, ..)| drawn == id) {
            assert!(canvas.expand(1.0).contains_rect(*rect), "{id} is cut off: {rect:?} in {canvas:?}");
        }
    }
    assert!(drawn.iter().any(|(id, ..)| id == "dept-dft"), "the department is on screen");
    // ...and the focus fills the screen (the nodes around it, faded, show
    // where it lies among the rest).
    let extent = drawn
        .iter()
        .filter(|(id, ..)| members.contains(id))
        .fold(Rect::NOTHING, |acc, (_, rect, _)| acc.union(*rect));
    assert!(
        extent.width() > canvas.width() * 0.6 || extent.height() > canvas.height() * 0.6,
        "the focus is framed, not a corner of a fitted map: {extent:?} in {canvas:?}"
    );
}

#[test]
fn the_counter_is_never_over_the_longest_caption() {
    let doc = sectormap_core::editor::Session::example().unwrap();
    let views = &doc.doc().views;
    let index = (0..views.len()).max_by_key(|&i| views[i].heading().chars().count()).unwrap();
    for size in [egui::vec2(1400.0, 900.0), egui::vec2(800.0, 600.0)] {
        let harness = presenting(size, index);
        let caption = harness.get_by_label(views[index].heading()).rect();
        let counter = harness.get_by_label(&format!("{} / {}", index + 1, views.len())).rect();
        assert!(!caption.intersects(counter), "at {size:?}: caption {caption:?}, counter {counter:?}");
        assert!(counter.right() <= size.x + 0.5, "the counter is on screen: {counter:?}");
    }
}

#[test]
fn the_legend_keeps_clear_of_the_department_a_view_is_about() {
    for size in [egui::vec2(1400.0, 900.0), egui::vec2(800.0, 600.0)] {
        let mut harness = presenting(size, 10);
        let drawn = drawn_nodes(&mut harness);
        let (_, dept, _) =
            drawn.iter().find(|(id, ..)| id == "dept-dft").expect("the department is on screen");
        let scene = harness.state_mut().scene_now();
        let canvas = &harness.state().panes.canvas;
        let legend = scene.groups.iter().find(|g| g.element == Element::Legend).expect("a legend");
        let camera = legend_camera(&canvas.camera, canvas.rect, canvas.legend_room(), &legend.bounds);
        let legend = camera.rect_to_screen(canvas.rect, &legend.bounds);
        assert!(!legend.intersects(*dept), "at {size:?}: legend {legend:?}, department {dept:?}");
    }
}
