//! How long writing every department's brief takes, in PDF, Word and
//! HTML, for the example map and a generated 3,000-node map (laid out
//! first, once), as `sectormap brief MAP --all DIR --format F` does.
//!
//!     cargo run --release -p sectormap-core --example brief_bench
//!
//! Each time is the median of 3 runs of `export::briefs` (every brief
//! worked out from the map, its picture drawn from the one Scene, the
//! document written), without writing the files to disk.

use std::path::Path;
use std::time::{Duration, Instant};

use sectormap_core::export;
use sectormap_core::io::load_path;
use sectormap_core::model::{Document, NodeKind};
use sectormap_core::pipeline::{self, DEFAULT_SEED, Scope};

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn bench(name: &str, mut document: Document) {
    pipeline::place(&mut document, &Scope::Missing, DEFAULT_SEED, &mut |_| {});
    let departments = document.nodes().filter(|n| n.kind == NodeKind::Department).count();
    for format in export::BRIEF_FORMATS {
        let mut times = Vec::new();
        let mut bytes = 0;
        for _ in 0..3 {
            let started = Instant::now();
            match export::briefs(&document, format, "2026-12-02", None) {
                Ok(files) => bytes = files.iter().map(|f| f.exported.bytes.len()).sum::<usize>(),
                Err(err) => {
                    eprintln!("{name}: {err}");
                    return;
                }
            }
            times.push(started.elapsed());
        }
        let total = median(times);
        println!(
            "| {name} ({} nodes, {departments} departments) | {} | {:.0} KB | {:.0} ms | {:.1} ms |",
            document.node_count(),
            format.name(),
            bytes as f64 / 1024.0,
            total.as_secs_f64() * 1000.0,
            total.as_secs_f64() * 1000.0 / departments.max(1) as f64
        );
    }
}

fn main() {
    println!("| map | format | all briefs | time, all (median of 3) | per brief |");
    println!("|---|---|---|---|---|");
    match load_path(Path::new("maps/uk-evaw.json")) {
        Ok(doc) => bench("uk-evaw.json", doc),
        Err(err) => eprintln!("maps/uk-evaw.json: {err}"),
    }
    bench("generated 3k", sectormap_core::generate::random_map(3000, 1));
}
