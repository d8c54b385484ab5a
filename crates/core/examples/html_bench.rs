//! The web page: how big it is and how long it takes to make, for the
//! example map and a generated 3,000-node map (each laid out once first,
//! not timed). Times are the median of several runs of `web::page` (the
//! whole page: scenes, SVG, data, report card, gaps) and of writing it.
//!
//! `cargo run --release -p sectormap-core --example html_bench`

use std::path::Path;
use std::time::{Duration, Instant};

use sectormap_core::i18n::Language;
use sectormap_core::io::load_path;
use sectormap_core::model::Document;
use sectormap_core::pipeline::{self, DEFAULT_SEED, Scope};
use sectormap_core::web::{PageOptions, page};

const RUNS: usize = 7;

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

/// The size of the part of `html` between `start` and the next `end`.
fn part(html: &str, start: &str, end: &str) -> usize {
    html.find(start).map_or(0, |at| html[at..].find(end).unwrap_or(0))
}

fn bench(name: &str, mut doc: Document, dir: &Path) {
    pipeline::place(&mut doc, &Scope::Missing, DEFAULT_SEED, &mut |_| {});
    for embed in [false, true] {
        let options = PageOptions { embed, words: Language::En };
        let Ok(html) = page(&doc, &options) else {
            eprintln!("{name}: no page");
            return;
        };
        let make = median(|| {
            let _ = page(&doc, &options);
        });
        let file = dir.join("page.html");
        let write = median(|| {
            let _ = pipeline::write_file(&file, html.as_bytes());
        });
        println!(
            "| {name} ({} nodes, {} links, {} views) | {} | {} KB | {} KB | {} KB | {make:.1} | {write:.1} |",
            doc.node_count(),
            doc.link_count(),
            doc.views.len(),
            if embed { "embed" } else { "full" },
            html.len() / 1024,
            part(&html, "<svg", "</svg>") / 1024,
            part(&html, "<script type=\"application/json\"", "</script>") / 1024,
        );
    }
}

fn main() {
    let dir = std::env::temp_dir().join(format!("sectormap-html-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    println!("Median of {RUNS} runs, milliseconds; sizes without fonts (the page embeds none).\n");
    println!("| map | page | size | of it SVG | of it data | make page | write file |");
    println!("|---|---|---|---|---|---|---|");
    match load_path(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join("maps/uk-evaw.json")) {
        Ok(doc) => bench("uk-evaw.json", doc, &dir),
        Err(err) => eprintln!("{err}"),
    }
    bench("generated 3k", sectormap_core::generate::random_map(3000, 1), &dir);
    let _ = std::fs::remove_dir_all(&dir);
}
