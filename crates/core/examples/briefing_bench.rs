//! How big the PDF briefing pack is and how long it takes to make, for the
//! example map and a generated 3,000-node map (laid out first, once).
//!
//!     cargo run --release -p sectormap-core --example briefing_bench
//!
//! Times are the median of 5 runs of `briefing::to_pdf` (pages composed,
//! fonts subset and embedded, PDF written), on a map whose nodes all have
//! positions, as `sectormap briefing` does after loading.

use std::path::Path;
use std::time::{Duration, Instant};

use sectormap_core::briefing::{self, Options};
use sectormap_core::io::load_path;
use sectormap_core::model::Document;
use sectormap_core::pipeline::{self, DEFAULT_SEED, Scope};

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn bench(name: &str, mut document: Document) {
    pipeline::place(&mut document, &Scope::Missing, DEFAULT_SEED, &mut |_| {});
    let options = Options { date: "2026-03-08".to_owned(), ..Options::default() };
    let pages = match briefing::pages(&document, &options) {
        Ok(pages) => pages.len(),
        Err(err) => {
            eprintln!("{name}: {err}");
            return;
        }
    };
    let mut times = Vec::new();
    let mut size = 0;
    for _ in 0..5 {
        let started = Instant::now();
        match briefing::to_pdf(&document, &options) {
            Ok(bytes) => size = bytes.len(),
            Err(err) => {
                eprintln!("{name}: {err}");
                return;
            }
        }
        times.push(started.elapsed());
    }
    println!(
        "| {name} ({} nodes / {} links, {} views) | {pages} | {:.0} KB | {:.0} ms |",
        document.node_count(),
        document.link_count(),
        document.views.len(),
        size as f64 / 1024.0,
        median(times).as_secs_f64() * 1000.0
    );
}

fn main() {
    println!("| map | pages | PDF size | time (median of 5) |");
    println!("|---|---|---|---|");
    match load_path(Path::new("maps/uk-evaw.json")) {
        Ok(doc) => bench("uk-evaw.json", doc),
        Err(err) => eprintln!("maps/uk-evaw.json: {err}"),
    }
    bench("generated 3k", sectormap_core::generate::random_map(3000, 1));
}
