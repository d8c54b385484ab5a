//! Frame time of the editor canvas, headless. The Scene is built once, as
//! the editor's scene cache does while the map is still; then, for each
//! view (the whole map fitted, 100 % and 400 %), every frame pans the view
//! by two points, turns the Scene into egui shapes and tessellates them, as
//! the canvas does. Prints milliseconds per frame (median, p95, the first
//! frame, which rasterises glyphs and fills caches, the frame given a new
//! Scene, as while nodes glide, and the frame while zooming, with how long
//! after the view stops it is drawn exactly), the vertices drawn, and how
//! long preparing and building the Scene take.
//!
//! Then an edit, as the editor makes it (a node renamed, through the
//! workspace and its scene cache): the frame right after it, and how long
//! until the edit is on screen. On a large map the Scene and the shapes are
//! made on other threads meanwhile, and frames show the last ones.
//!
//! `cargo run --release -p sectormap-app --example draw_bench [-- --nodes 2000,10000,50000]`

use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::{Pos2, Rect, vec2};
use sectormap_app::canvas::cache::DrawCache;
use sectormap_app::canvas::camera::Camera;
use sectormap_app::canvas::draw::{Fade, Look, paint_scene};
use sectormap_app::canvas::glyphs::GlyphAtlas;
use sectormap_app::canvas::legible::{self, Legibility};
use sectormap_core::edit::Edit;
use sectormap_core::editor::{Session, ViewOptions, Workspace};
use sectormap_core::generate::random_map_with_links;
use sectormap_core::model::Document;
use sectormap_core::scene::{self, Element, Scene, Theme, View};

const FRAMES: usize = 60;

/// The views measured: fitted, then fixed zooms.
const VIEWS: [Option<f32>; 3] = [None, Some(1.0), Some(4.0)];

fn placed(doc: &Document) -> Document {
    let mut placed = doc.clone();
    sectormap_core::pipeline::place(&mut placed, &sectormap_core::pipeline::Scope::Missing, 1, &mut |_| {});
    placed
}

fn percentile(times: &mut [Duration], p: f64) -> f64 {
    times.sort();
    let i = ((times.len() as f64 - 1.0) * p).round() as usize;
    times[i].as_secs_f64() * 1000.0
}

fn ms(time: Duration) -> f64 {
    time.as_secs_f64() * 1000.0
}

/// Draws frames of a 1400x900 canvas headless, as the editor does.
struct Drawer {
    ctx: egui::Context,
    screen: Rect,
    glyphs: GlyphAtlas,
    cache: DrawCache,
    legibility: Legibility,
}

impl Drawer {
    fn new(legibility: Legibility) -> Self {
        let ctx = egui::Context::default();
        sectormap_app::canvas::fonts::install(&ctx);
        let screen = Rect::from_min_size(Pos2::ZERO, vec2(1400.0, 900.0));
        Self { ctx, screen, glyphs: GlyphAtlas::default(), cache: DrawCache::default(), legibility }
    }

    /// One frame: the scene through the camera, painted and tessellated.
    /// Its time, the vertices drawn, and whether shapes are still being
    /// made elsewhere.
    fn frame(&mut self, scene: &Arc<Scene>, camera: &Camera) -> (Duration, usize, bool) {
        let start = Instant::now();
        let raw = egui::RawInput { screen_rect: Some(self.screen), ..Default::default() };
        let (screen, legibility, glyphs, cache) =
            (self.screen, &self.legibility, &mut self.glyphs, &mut self.cache);
        let mut output = self.ctx.run_ui(raw, |ui| {
            let fade: Fade = Arc::new(|_: &Element| 1.0);
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
            paint_scene(ui.painter(), scene, &look, glyphs, cache);
        });
        // Nothing uploads textures here.
        output.textures_delta.clear();
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        let elapsed = start.elapsed();
        let vertices: usize = primitives
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum();
        (elapsed, vertices, self.cache.is_busy())
    }
}

fn bench(name: &str, doc: &Document) {
    let doc = placed(doc);
    let (measured, positions) = (scene::measure_all(&doc), scene::Layout::of(&doc));
    let start = Instant::now();
    let prepared = scene::Prepared::new(&doc, &View::default());
    let preparing = ms(start.elapsed());
    let mut builds: Vec<Duration> = (0..3)
        .map(|_| {
            let start = Instant::now();
            let _ = prepared.build(&measured, &positions);
            start.elapsed()
        })
        .collect();
    let scene = Arc::new(prepared.build(&measured, &positions));
    println!(
        "{name}: {} nodes, {} links, scene prepared in {preparing:.2} ms and built in {:.2} ms",
        doc.node_count(),
        doc.link_count(),
        percentile(&mut builds, 0.5)
    );
    // The editor's semantic zoom, with nothing hovered or selected.
    let none = std::collections::BTreeSet::new();
    let ranks = legible::ranks(&scene, &doc, &none, &none);
    let legibility = Legibility::new(legible::EDITOR_MIN_PX, legible::EDITOR_LIFT_PX, ranks);
    for zoom in VIEWS {
        bench_view(&scene, zoom, &legibility);
    }
    bench_edit(doc, legibility);
}

fn bench_view(scene: &Arc<Scene>, zoom: Option<f32>, legibility: &Legibility) {
    let mut drawer = Drawer::new(legibility.clone());
    let mut camera = Camera::fitting(&scene.bounds, drawer.screen);
    if let Some(zoom) = zoom {
        camera.zoom = zoom;
    }
    let start_zoom = camera.zoom;
    let mut times = Vec::with_capacity(FRAMES);
    let mut vertices = 0;
    for _ in 0..FRAMES {
        let (time, count, _) = drawer.frame(scene, &camera);
        times.push(time);
        vertices = count;
        camera.pan(vec2(2.0, 1.0));
    }
    // A new Scene every frame, as while nodes glide or after an edit (the
    // time to build it is not counted here).
    let mut renewed: Vec<Duration> = (0..8)
        .map(|_| {
            let fresh = Arc::new(Scene::clone(scene));
            drawer.frame(&fresh, &camera).0
        })
        .collect();
    // Zooming: each frame 2 % closer, as a smooth zoom does (the Scene
    // stays; shapes are scaled, and made again every 25 %).
    let mut zooming: Vec<Duration> = (0..24)
        .map(|_| {
            camera.zoom *= 1.02;
            drawer.frame(scene, &camera).0
        })
        .collect();
    // The view stops: frames go on until the shapes made for the last zoom
    // (on another thread, on a huge map) are on screen.
    let stop = Instant::now();
    while drawer.frame(scene, &camera).2 {
        std::thread::sleep(Duration::from_micros(500));
    }
    let sharp = ms(stop.elapsed());
    let first = ms(times[0]);
    let view = zoom
        .map_or_else(|| format!("fitted ({:.0} %)", start_zoom * 100.0), |z| format!("{:.0} %", z * 100.0));
    println!(
        "  {view:<16} frame median {:>6.2} ms  p95 {:>6.2} ms  first {:>6.2} ms  new scene {:>6.2} ms (max {:>6.2})  zooming {:>6.2} ms (max {:>6.2}, sharp after {sharp:>6.2})  {vertices:>7} vertices",
        percentile(&mut times, 0.5),
        percentile(&mut times, 0.95),
        first,
        percentile(&mut renewed, 0.5),
        percentile(&mut renewed, 1.0),
        percentile(&mut zooming, 0.5),
        percentile(&mut zooming, 1.0),
    );
}

/// A node renamed through the workspace, at 100 %: the frame right after
/// the edit, and how long until it is on screen (median of 5 edits).
fn bench_edit(doc: Document, legibility: Legibility) {
    let Some(id) = doc.nodes().next().map(|node| node.id.clone()) else { return };
    let mut work = Workspace::new(Session::new(doc, None), &ViewOptions::default());
    let mut drawer = Drawer::new(legibility);
    let scene = work.scene(Theme::Light, None);
    let mut camera = Camera::fitting(&scene.bounds, drawer.screen);
    camera.zoom = 1.0;
    drawer.frame(&scene, &camera);
    let (mut firsts, mut shown) = (Vec::new(), Vec::new());
    for n in 0..5 {
        let Some(mut node) = work.session.doc().node(&id).cloned() else { return };
        node.label = format!("Renamed {n}");
        let start = Instant::now();
        if let Err(err) = work.edit(Edit::SetNode(node), "Rename", None, None) {
            eprintln!("{err}");
            return;
        }
        let scene = work.scene(Theme::Light, None);
        let (_, _, mut busy) = drawer.frame(&scene, &camera);
        firsts.push(start.elapsed());
        while busy || work.is_building_scene() {
            std::thread::sleep(Duration::from_micros(500));
            busy = drawer.frame(&work.scene(Theme::Light, None), &camera).2;
        }
        shown.push(start.elapsed());
    }
    println!(
        "  edit at 100 %    first frame {:>6.2} ms (max {:>6.2})  on screen after {:>6.2} ms",
        percentile(&mut firsts, 0.5),
        percentile(&mut firsts, 1.0),
        percentile(&mut shown, 0.5),
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
