//! Reopening and exporting a laid-out map: how long it takes, and proof
//! that nothing is laid out again. For the example map and a generated
//! 3,000-node map, each laid out once and saved, then timed over repeated
//! runs: loading the file, opening it in the editor's session, building
//! the first scene, writing SVG and PNG exports, writing a recovery copy,
//! and the first layout of the map when it had no positions.
//!
//! `cargo run --release -p sectormap-core --example reopen_bench`

use std::path::Path;
use std::time::{Duration, Instant};

use sectormap_core::editor::{Recovery, Session};
use sectormap_core::io::{load_path, save_path};
use sectormap_core::model::Document;
use sectormap_core::pipeline::{self, DEFAULT_SEED, Scope};
use sectormap_core::render::{RenderOptions, Size};
use sectormap_core::scene::{self, Layout, View};

const RUNS: usize = 9;

/// Median of `RUNS` timings of `work`, in milliseconds.
fn median(mut work: impl FnMut()) -> f64 {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2].as_secs_f64() * 1000.0
}

fn bench(name: &str, unplaced: &Document, dir: &Path) {
    let first_layout = median(|| {
        let mut doc = unplaced.clone();
        pipeline::place(&mut doc, &Scope::Missing, DEFAULT_SEED, &mut |_| {});
    });
    let mut doc = unplaced.clone();
    pipeline::place(&mut doc, &Scope::Missing, DEFAULT_SEED, &mut |_| {});
    let file = dir.join(format!("{name}.json"));
    let _ = save_path(&doc, &file);
    let bytes = std::fs::metadata(&file).map_or(0, |m| m.len());
    let load = median(|| {
        let _ = load_path(&file);
    });
    let mut runs = 0;
    let mut same = true;
    let reopen = median(|| {
        if let Ok(opened) = Session::open(&file) {
            runs += opened.layout_runs();
            same &= *opened.doc() == doc;
        }
    });
    let measured = scene::measure_all(&doc);
    let layout = Layout::of(&doc);
    let scene_ms = median(|| {
        let _ = scene::build_measured(&doc, &measured, &layout, &View::default());
    });
    let picture = scene::build_measured(&doc, &measured, &layout, &View::default());
    let svg = median(|| {
        let _ = sectormap_core::render::to_svg(&picture, &RenderOptions::default());
    });
    let options = RenderOptions { size: Size::Width(2400), ..RenderOptions::default() };
    let png = median(|| {
        let _ = sectormap_core::render::to_png(&picture, &options);
    });
    let recovery = Recovery::open(&dir.join("recovery")).ok();
    let copy = median(|| {
        if let Some(store) = &recovery {
            let _ = store.write(&doc, Some(&file));
        }
    });
    println!(
        "| {name} ({} nodes / {} links, {} KB) | {first_layout:.1} | {load:.1} | {reopen:.1} | {scene_ms:.1} | {svg:.1} | {png:.1} | {copy:.1} | {} |",
        doc.node_count(),
        doc.link_count(),
        bytes / 1024,
        if runs == 0 && same { "none, identical" } else { "MOVED" },
    );
}

fn main() {
    let dir = std::env::temp_dir().join(format!("sectormap-reopen-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    println!("Median of {RUNS} runs, milliseconds.\n");
    println!(
        "| map | first layout (no positions) | load file | reopen in editor | first scene | SVG export | PNG export 2400 px | recovery copy | layout on reopen, positions |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join("maps/uk-evaw.json");
    match load_path(&example) {
        Ok(doc) => {
            let mut unplaced = doc;
            for id in unplaced.nodes().map(|n| n.id.clone()).collect::<Vec<_>>() {
                let _ = unplaced.set_position(&id, None, false);
            }
            bench("uk-evaw.json", &unplaced, &dir);
        }
        Err(err) => eprintln!("{err}"),
    }
    bench("generated 3k", &sectormap_core::generate::random_map(3000, 1), &dir);
    let _ = std::fs::remove_dir_all(&dir);
}
