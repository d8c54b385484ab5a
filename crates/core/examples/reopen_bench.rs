//! Reopening and exporting a laid-out map: how long it takes, and proof
//! that nothing is laid out again. For the example map and a generated
//! 3,000-node map, each laid out once and saved, then timed over repeated
//! runs: loading the file, opening it in the editor's session, building
//! the first scene, writing SVG and PNG exports, writing a recovery copy,
//! and the first layout of the map when it had no positions, both as the
//! command line does it and in the editor's session: how long opening
//! takes to return (maps of `editor::WORKER_FROM` nodes or more are laid
//! out on a worker, so the window is not held up) and how long until every
//! node is placed. The tests check what happens; the timings are measured
//! here.
//!
//! `cargo run --release -p sectormap-core --example reopen_bench`

use std::path::Path;
use std::time::{Duration, Instant};

use sectormap_core::editor::{Recovery, Selection, Session, WORKER_FROM};
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

/// Medians of how long opening `unplaced` in the editor's session takes to
/// return, and until its first layout has placed every node, in ms.
fn open_unplaced(unplaced: &Document) -> (f64, f64) {
    let mut opened = Vec::with_capacity(RUNS);
    let mut placed = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let doc = unplaced.clone();
        let start = Instant::now();
        let mut session = Session::new(doc, None);
        opened.push(start.elapsed());
        while session.is_placing() {
            std::thread::sleep(Duration::from_millis(1));
            session.poll(0.0, &Selection::default());
        }
        placed.push(start.elapsed());
    }
    let middle = |mut times: Vec<Duration>| {
        times.sort();
        times[RUNS / 2].as_secs_f64() * 1000.0
    };
    (middle(opened), middle(placed))
}

fn bench(name: &str, unplaced: &Document, dir: &Path) {
    let first_layout = median(|| {
        let mut doc = unplaced.clone();
        pipeline::place(&mut doc, &Scope::Missing, DEFAULT_SEED, &mut |_| {});
    });
    let (open_returns, open_placed) = open_unplaced(unplaced);
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
        "| {name} ({} nodes / {} links, {} KB) | {first_layout:.1} | {open_returns:.1} | {open_placed:.1} | {load:.1} | {reopen:.1} | {scene_ms:.1} | {svg:.1} | {png:.1} | {copy:.1} | {} |",
        doc.node_count(),
        doc.link_count(),
        bytes / 1024,
        if runs == 0 && same { "none, identical" } else { "MOVED" },
    );
}

fn main() {
    let dir = std::env::temp_dir().join(format!("sectormap-reopen-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    println!(
        "Median of {RUNS} runs, milliseconds. Maps of {WORKER_FROM} nodes or more open with their layout on a worker.\n"
    );
    println!(
        "| map | first layout (no positions) | open in editor (no positions): returns | ... all placed | load file | reopen in editor | first scene | SVG export | PNG export 2400 px | recovery copy | layout on reopen, positions |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
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
