//! The canvas keeps the shapes it made between frames and moves them as
//! the view pans: what it shows must be what drawing afresh shows.

use std::cell::RefCell;
use std::sync::Arc;

use egui::{Pos2, Rect, vec2};
use egui_kittest::Harness;
use sectormap_app::canvas::cache::DrawCache;
use sectormap_app::canvas::camera::Camera;
use sectormap_app::canvas::draw::{Fade, Look, color, paint_scene};
use sectormap_app::canvas::glyphs::GlyphAtlas;
use sectormap_core::generate::random_map_with_links;
use sectormap_core::model::Document;
use sectormap_core::scene::{self, Element, Scene, View};

fn scene_of(mut doc: Document) -> Arc<Scene> {
    sectormap_core::pipeline::place(&mut doc, &sectormap_core::pipeline::Scope::Missing, 1, &mut |_| {});
    let prepared = scene::Prepared::new(&doc, &View::default());
    Arc::new(prepared.build(&scene::measure_all(&doc), &scene::Layout::of(&doc)))
}

/// Draws `scene` through each camera in turn (and whether the view is
/// moving), one frame each, with one cache; returns the last picture.
fn drawn(scene: &Arc<Scene>, cameras: &[(Camera, bool)]) -> image::RgbaImage {
    drawn_waiting(scene, cameras, DrawCache::default()).0
}

/// As [`drawn`], with `cache`: the picture once no shapes are being made
/// elsewhere, and whether some were after the last camera's frame.
fn drawn_waiting(
    scene: &Arc<Scene>,
    cameras: &[(Camera, bool)],
    cache: DrawCache,
) -> (image::RgbaImage, bool) {
    let state = RefCell::new((GlyphAtlas::default(), cache, cameras[0]));
    let mut harness = Harness::builder().with_size(vec2(900.0, 600.0)).wgpu().build_ui(|ui| {
        let canvas = ui.max_rect();
        let painter = ui.painter_at(canvas);
        painter.rect_filled(canvas, 0.0, color(scene.background, 1.0));
        let fade: Fade = Arc::new(|_: &Element| 1.0);
        let (glyphs, cache, (camera, moving)) = &mut *state.borrow_mut();
        let look = Look {
            canvas,
            legend_room: canvas,
            camera,
            fade: &fade,
            fade_key: 0,
            skip_links: false,
            moving: *moving,
            legibility: &sectormap_app::canvas::legible::Legibility::exact(),
        };
        paint_scene(&painter, scene, &look, glyphs, cache);
    });
    for camera in cameras {
        state.borrow_mut().2 = *camera;
        // One frame: a moving view asks for another, to be drawn exactly.
        harness.step();
    }
    let was_busy = state.borrow().1.is_busy();
    let start = std::time::Instant::now();
    while state.borrow().1.is_busy() {
        assert!(start.elapsed().as_secs() < 30, "the shapes were never made");
        std::thread::sleep(std::time::Duration::from_millis(2));
        harness.step();
    }
    (harness.render().unwrap(), was_busy)
}

/// Pixels whose colour differs by more than a shade.
fn differing(a: &image::RgbaImage, b: &image::RgbaImage) -> usize {
    a.pixels().zip(b.pixels()).filter(|(p, q)| p.0.iter().zip(q.0).any(|(x, y)| x.abs_diff(y) > 24)).count()
}

fn pans_as_drawn_afresh(scene: &Arc<Scene>, zoom: f32) {
    let screen = Rect::from_min_size(Pos2::ZERO, vec2(900.0, 600.0));
    let mut start = Camera::fitting(&scene.bounds, screen);
    start.zoom = zoom;
    let mut panned = start;
    panned.pan(vec2(-83.0, 41.0));
    let kept = drawn(scene, &[(start, false), (panned, false)]);
    let afresh = drawn(scene, &[(panned, false)]);
    let off = differing(&kept, &afresh);
    // Anti-aliasing may differ by a shade where a moved shape's edge falls.
    assert!(off * 1000 < (kept.width() * kept.height()) as usize, "{off} pixels differ at zoom {zoom}");
}

#[test]
fn panning_the_example_map_shows_what_drawing_it_afresh_shows() {
    if !crate::editor::has_vulkan() {
        return;
    }
    let doc = sectormap_core::io::load_str(sectormap_core::io::EXAMPLE_MAP, "uk-evaw.json").unwrap();
    let scene = scene_of(doc);
    for zoom in [0.5, 1.0, 2.5] {
        pans_as_drawn_afresh(&scene, zoom);
    }
}

#[test]
fn panning_a_big_map_shows_what_drawing_it_afresh_shows() {
    if !crate::editor::has_vulkan() {
        return;
    }
    let scene = scene_of(random_map_with_links(3000, 9000, 1));
    for zoom in [0.05, 0.4, 1.5] {
        pans_as_drawn_afresh(&scene, zoom);
    }
}

#[test]
fn a_big_map_zoomed_is_drawn_exactly_once_the_view_stops() {
    if !crate::editor::has_vulkan() {
        return;
    }
    let scene = scene_of(random_map_with_links(3000, 9000, 1));
    let screen = Rect::from_min_size(Pos2::ZERO, vec2(900.0, 600.0));
    let start = Camera::fitting(&scene.bounds, screen);
    let mut zoomed = start;
    zoomed.zoom_at(screen, Pos2::new(300.0, 200.0), 1.15);
    // While zooming, shapes made for the last zoom are scaled; when the
    // view stops, they are made for its zoom.
    let stopped = drawn(&scene, &[(start, false), (zoomed, true), (zoomed, false)]);
    let afresh = drawn(&scene, &[(zoomed, false)]);
    let off = differing(&stopped, &afresh);
    assert!(off * 1000 < (stopped.width() * stopped.height()) as usize, "{off} pixels differ");
    let scaled = drawn(&scene, &[(start, false), (zoomed, true)]);
    assert!(differing(&scaled, &afresh) > off, "the moving frame was scaled, not made again");
}

/// Zooms the big test map twice closer in one frame (`moving` or not),
/// drawn with `cache`; asserts the shapes for the new zoom were made on
/// another thread and that, once they are, the picture is what drawing
/// the zoom afresh shows.
fn zoomed_elsewhere(cache: DrawCache, moving: bool) {
    let scene = scene_of(random_map_with_links(3000, 9000, 1));
    let screen = Rect::from_min_size(Pos2::ZERO, vec2(900.0, 600.0));
    let start = Camera::fitting(&scene.bounds, screen);
    let mut zoomed = start;
    zoomed.zoom_at(screen, Pos2::new(300.0, 200.0), 2.0);
    let (picture, was_busy) = drawn_waiting(&scene, &[(start, false), (zoomed, moving)], cache);
    assert!(was_busy, "the new zoom's shapes were made in the frame, not elsewhere");
    let afresh = drawn(&scene, &[(zoomed, false)]);
    let off = differing(&picture, &afresh);
    assert!(off * 1000 < (picture.width() * picture.height()) as usize, "{off} pixels differ once made");
}

#[test]
fn a_huge_map_zoomed_keeps_its_last_shapes_until_the_new_ones_are_made_elsewhere() {
    if !crate::editor::has_vulkan() {
        return;
    }
    // As if the map were huge: shapes for a new zoom are made on another
    // thread, and the frame shows the last ones meanwhile.
    let mut elsewhere = DrawCache::default();
    elsewhere.background_from = 0;
    zoomed_elsewhere(elsewhere, false);
}

#[test]
fn a_big_map_zoomed_far_while_moving_never_waits_for_its_new_shapes() {
    if !crate::editor::has_vulkan() {
        return;
    }
    // 12,000 groups: below the size whose shapes are always made elsewhere,
    // but the view moves.
    zoomed_elsewhere(DrawCache::default(), true);
}
