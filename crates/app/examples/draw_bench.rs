//! Frame time of the editor canvas, headless. The Scene is built once, as
//! the editor's scene cache does while the map is still; then, for each
//! view (the whole map fitted, 100 % and 400 %), every frame pans the view
//! by two points, turns the Scene into egui shapes and tessellates them, as
//! the canvas does. Prints milliseconds per frame (median, p95, the first
//! frame, which rasterises glyphs and fills caches, the median frame given
//! a new Scene, as while nodes glide, and the median frame while zooming),
//! the vertices drawn, and how long building the Scene takes (once per edit
//! or per frame of a glide, not per frame of a still map).
//!
//! `cargo run --release -p sectormap-app --example draw_bench [-- --nodes 2000,10000,50000]`

use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::{Pos2, Rect, vec2};
use sectormap_app::canvas::cache::DrawCache;
use sectormap_app::canvas::camera::Camera;
use sectormap_app::canvas::draw::{Look, paint_scene};
use sectormap_app::canvas::glyphs::GlyphAtlas;
use sectormap_app::canvas::legible::{self, Legibility};
use sectormap_core::generate::random_map_with_links;
use sectormap_core::model::Document;
use sectormap_core::scene::{self, Element, Scene, View};

const FRAMES: usize = 60;

/// The views measured: fitted, then fixed zooms.
const VIEWS: [Option<f32>; 3] = [None, Some(1.0), Some(4.0)];

fn settled(doc: &Document) -> (Vec<scene::Measured>, scene::Layout) {
    let mut placed = doc.clone();
    sectormap_core::pipeline::place(&mut placed, &sectormap_core::pipeline::Scope::Missing, 1, &mut |_| {});
    (scene::measure_all(&placed), scene::Layout::of(&placed))
}

fn percentile(times: &mut [Duration], p: f64) -> f64 {
    times.sort();
    let i = ((times.len() as f64 - 1.0) * p).round() as usize;
    times[i].as_secs_f64() * 1000.0
}

fn bench(name: &str, doc: &Document) {
    let (measured, positions) = settled(doc);
    let prepared = scene::Prepared::new(doc, &View::default());
    let mut builds: Vec<Duration> = (0..3)
        .map(|_| {
            let start = Instant::now();
            let _ = prepared.build(&measured, &positions);
            start.elapsed()
        })
        .collect();
    let scene = Arc::new(prepared.build(&measured, &positions));
    println!(
        "{name}: {} nodes, {} links, scene built in {:.2} ms",
        doc.node_count(),
        doc.link_count(),
        percentile(&mut builds, 0.5)
    );
    // The editor's semantic zoom, with nothing hovered or selected.
    let none = std::collections::BTreeSet::new();
    let ranks = legible::ranks(&scene, doc, &none, &none);
    let legibility = Legibility::new(legible::EDITOR_MIN_PX, legible::EDITOR_LIFT_PX, ranks);
    for zoom in VIEWS {
        bench_view(&scene, zoom, &legibility);
    }
}

fn bench_view(scene: &Arc<Scene>, zoom: Option<f32>, legibility: &Legibility) {
    let ctx = egui::Context::default();
    sectormap_app::canvas::fonts::install(&ctx);
    let screen = Rect::from_min_size(Pos2::ZERO, vec2(1400.0, 900.0));
    let raw = egui::RawInput { screen_rect: Some(screen), ..Default::default() };
    let mut camera = Camera::fitting(&scene.bounds, screen);
    if let Some(zoom) = zoom {
        camera.zoom = zoom;
    }
    let start_zoom = camera.zoom;
    let mut glyphs = GlyphAtlas::default();
    let mut cache = DrawCache::default();
    // One frame: the scene through the camera, painted and tessellated.
    let mut frame = |scene: &Arc<Scene>, camera: &Camera| {
        let start = Instant::now();
        let mut output = ctx.run_ui(raw.clone(), |ui| {
            let fade = |_: &Element| 1.0;
            let look = Look {
                canvas: screen,
                legend_room: screen,
                camera,
                fade: &fade,
                fade_key: 0,
                skip_links: false,
                moving: true,
                legibility,
            };
            paint_scene(ui.painter(), scene, &look, &mut glyphs, &mut cache);
        });
        // Nothing uploads textures here.
        output.textures_delta.clear();
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        let elapsed = start.elapsed();
        let vertices: usize = primitives
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum();
        (elapsed, vertices)
    };
    let mut times = Vec::with_capacity(FRAMES);
    let mut vertices = 0;
    for _ in 0..FRAMES {
        let (time, count) = frame(scene, &camera);
        times.push(time);
        vertices = count;
        camera.pan(vec2(2.0, 1.0));
    }
    // A new Scene every frame, as while nodes glide or after an edit (the
    // time to build it is not counted here).
    let mut renewed: Vec<Duration> = (0..8)
        .map(|_| {
            let fresh = Arc::new(Scene::clone(scene));
            frame(&fresh, &camera).0
        })
        .collect();
    // Zooming: each frame 2 % closer, as a smooth zoom does (the Scene
    // stays; shapes are scaled, and made again every 25 %).
    let mut zooming: Vec<Duration> = (0..24)
        .map(|_| {
            camera.zoom *= 1.02;
            frame(scene, &camera).0
        })
        .collect();
    let first = times[0].as_secs_f64() * 1000.0;
    let view = zoom
        .map_or_else(|| format!("fitted ({:.0} %)", start_zoom * 100.0), |z| format!("{:.0} %", z * 100.0));
    println!(
        "  {view:<16} frame median {:>6.2} ms  p95 {:>6.2} ms  first {:>6.2} ms  new scene {:>6.2} ms  zooming {:>6.2} ms (max {:>6.2})  {vertices:>7} vertices",
        percentile(&mut times, 0.5),
        percentile(&mut times, 0.95),
        first,
        percentile(&mut renewed, 0.5),
        percentile(&mut zooming, 0.5),
        percentile(&mut zooming, 1.0),
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let sizes: Vec<usize> = match args.iter().position(|a| a == "--nodes") {
        Some(i) => {
            args.get(i + 1).map(|s| s.split(',').filter_map(|n| n.parse().ok()).collect()).unwrap_or_default()
        }
        None => vec![10_000, 50_000],
    };
    match sectormap_core::io::load_str(sectormap_core::io::EXAMPLE_MAP, "uk-evaw.json") {
        Ok(doc) => bench("maps/uk-evaw.json", &doc),
        Err(err) => eprintln!("{err}"),
    }
    for n in sizes {
        bench(&format!("generated {}k/{}k", n / 1000, 3 * n / 1000), &random_map_with_links(n, 3 * n, 1));
    }
}
