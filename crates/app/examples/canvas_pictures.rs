//! Pictures of the canvas drawing a generated map, fitted and at 100 % and
//! 400 %, drawn with wgpu as the editor draws it, to see what culling,
//! level of detail and thinning leave on screen:
//!
//!     cargo run -p sectormap-app --example canvas_pictures [DIR [NODES]]
//!
//! writes `canvas-NODES-fitted.png`, `canvas-NODES-100.png` and
//! `canvas-NODES-400.png` into DIR (default `/tmp`), 10,000 nodes by
//! default. Needs a Vulkan driver (Mesa's lavapipe is enough).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use egui::{Pos2, Rect, vec2};
use egui_kittest::Harness;
use sectormap_app::canvas::cache::DrawCache;
use sectormap_app::canvas::camera::Camera;
use sectormap_app::canvas::draw::{Fade, Look, color, paint_scene};
use sectormap_app::canvas::glyphs::GlyphAtlas;
use sectormap_app::canvas::legible::{self, Legibility};
use sectormap_core::generate::random_map_with_links;
use sectormap_core::scene::{self, Element, Scene, View};

/// The scene of a generated map of `nodes` nodes, laid out, and the
/// editor's semantic zoom for it (nothing hovered or selected).
fn scene_of(nodes: usize) -> (Arc<Scene>, Legibility) {
    let mut doc = random_map_with_links(nodes, 3 * nodes, 1);
    sectormap_core::pipeline::place(&mut doc, &sectormap_core::pipeline::Scope::Missing, 1, &mut |_| {});
    let prepared = scene::Prepared::new(&doc, &View::default());
    let scene = Arc::new(prepared.build(&scene::measure_all(&doc), &scene::Layout::of(&doc)));
    let none = std::collections::BTreeSet::new();
    let ranks = legible::ranks(&scene, &doc, &none, &none);
    (scene, Legibility::new(legible::EDITOR_MIN_PX, legible::EDITOR_LIFT_PX, ranks))
}

/// Draws `scene` through `camera` in a 1400 by 900 window and saves it.
fn picture(
    (scene, legibility): &(Arc<Scene>, Legibility),
    zoom: Option<f32>,
    out: &Path,
) -> Result<(), String> {
    let screen = Rect::from_min_size(Pos2::ZERO, vec2(1400.0, 900.0));
    let mut camera = Camera::fitting(&scene.bounds, screen);
    if let Some(zoom) = zoom {
        camera.zoom = zoom;
    }
    let (mut glyphs, mut cache) = (GlyphAtlas::default(), DrawCache::default());
    let mut harness = Harness::builder().with_size(screen.size()).wgpu().build_ui(|ui| {
        let canvas = ui.max_rect();
        let painter = ui.painter_at(canvas);
        painter.rect_filled(canvas, 0.0, color(scene.background, 1.0));
        let fade: Fade = Arc::new(|_: &Element| 1.0);
        let look = Look {
            canvas,
            legend_room: canvas,
            camera: &camera,
            fade: &fade,
            fade_key: 0,
            skip_links: false,
            moving: false,
            legibility,
        };
        paint_scene(&painter, scene, &look, &mut glyphs, &mut cache);
    });
    harness.run();
    let image = harness.render()?;
    image.save(out).map_err(|e| format!("{}: {e}", out.display()))?;
    println!("wrote {}", out.display());
    Ok(())
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let dir = args.next().map_or_else(|| PathBuf::from("/tmp"), PathBuf::from);
    let nodes = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let scene = scene_of(nodes);
    for (name, zoom) in [("fitted", None), ("100", Some(1.0)), ("400", Some(4.0))] {
        if let Err(err) = picture(&scene, zoom, &dir.join(format!("canvas-{nodes}-{name}.png"))) {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
