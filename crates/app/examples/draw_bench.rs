//! Frame time of the editor canvas, headless: build the Scene from the
//! nodes' positions, turn it into egui shapes, and tessellate them, as the
//! canvas does every frame. Prints milliseconds per frame (median and p95).
//!
//! `cargo run --release -p sectormap-app --example draw_bench [-- --nodes 2000,10000,50000]`

use std::time::{Duration, Instant};

use egui::{Pos2, Rect, vec2};
use sectormap_app::canvas::camera::Camera;
use sectormap_app::canvas::draw::{Look, paint_scene};
use sectormap_app::canvas::glyphs::GlyphAtlas;
use sectormap_core::generate::random_map_with_links;
use sectormap_core::model::Document;
use sectormap_core::scene::{self, Element, View};

const FRAMES: usize = 60;

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
    for zoomed_in in [false, true] {
        bench_view(name, doc, zoomed_in);
    }
}

fn bench_view(name: &str, doc: &Document, zoomed_in: bool) {
    let (measured, positions) = settled(doc);
    let ctx = egui::Context::default();
    sectormap_app::canvas::fonts::install(&ctx);
    let screen = Rect::from_min_size(Pos2::ZERO, vec2(1400.0, 900.0));
    let raw = egui::RawInput { screen_rect: Some(screen), ..Default::default() };
    // Made once per map and view, as the editor does; each frame then
    // builds the scene from the positions and draws it.
    let prepared = scene::Prepared::new(doc, &View::default());
    let mut camera = Camera::default();
    let mut glyphs = GlyphAtlas::default();
    let mut times = Vec::with_capacity(FRAMES);
    let mut scene_times = Vec::with_capacity(FRAMES);
    let mut vertices = 0;
    for frame in 0..FRAMES + 3 {
        let start = Instant::now();
        let scene = prepared.build(&measured, &positions);
        let built = start.elapsed();
        if frame == 0 {
            camera = Camera::fitting(&scene.bounds, screen);
            if zoomed_in {
                camera.zoom = 1.0;
            }
        }
        let output = ctx.run_ui(raw.clone(), |ui| {
            let fade = |_: &Element| 1.0;
            let look =
                Look { canvas: screen, legend_room: screen, camera: &camera, fade: &fade, skip_links: false };
            paint_scene(ui.painter(), &scene, &look, &mut glyphs);
        });
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        if frame >= 3 {
            times.push(start.elapsed());
            scene_times.push(built);
            vertices = primitives
                .iter()
                .map(|p| match &p.primitive {
                    egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
                    egui::epaint::Primitive::Callback(_) => 0,
                })
                .sum();
        }
    }
    println!(
        "{name:<28} {:>6} nodes {:>6} links  frame median {:>7.2} ms  p95 {:>7.2} ms  (scene {:>6.2} ms)  {vertices} vertices  zoom {:.2}",
        doc.node_count(),
        doc.link_count(),
        percentile(&mut times, 0.5),
        percentile(&mut times, 0.95),
        percentile(&mut scene_times, 0.5),
        camera.zoom,
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let sizes: Vec<usize> = match args.iter().position(|a| a == "--nodes") {
        Some(i) => {
            args.get(i + 1).map(|s| s.split(',').filter_map(|n| n.parse().ok()).collect()).unwrap_or_default()
        }
        None => vec![2000, 10_000, 50_000],
    };
    match sectormap_core::io::load_str(sectormap_core::io::EXAMPLE_MAP, "uk-evaw.json") {
        Ok(doc) => bench("maps/uk-evaw.json", &doc),
        Err(err) => eprintln!("{err}"),
    }
    for n in sizes {
        bench(&format!("generated {}k/{}k", n / 1000, 3 * n / 1000), &random_map_with_links(n, 3 * n, 1));
    }
}
