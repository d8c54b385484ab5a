//! Writes a seeded synthetic map shaped like a national VAW map, for
//! trying Sectormap on large maps.
//!
//! `cargo run --release -p sectormap-core --example gen_map -- NODES OUT.json [SEED]`

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(nodes), Some(out)) = (args.get(1).and_then(|n| n.parse::<usize>().ok()), args.get(2)) else {
        eprintln!("usage: gen_map NODES OUT.json [SEED]");
        return ExitCode::from(2);
    };
    let seed = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(1);
    let doc = sectormap_core::generate::random_map(nodes, seed);
    match sectormap_core::io::save_path(&doc, std::path::Path::new(out)) {
        Ok(()) => {
            eprintln!("wrote {out}: {} nodes, {} links", doc.node_count(), doc.link_count());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}
