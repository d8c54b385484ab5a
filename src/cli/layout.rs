//! `sectormap layout`: write a map with every node's position filled in,
//! for scripted pipelines (lay out once, export many times).

use std::time::Instant;

use anyhow::Result;

use super::args::LayoutArgs;
use super::export::placed;
use super::guard::Output;

/// Runs `sectormap layout`.
pub fn run(args: &LayoutArgs) -> Result<()> {
    let started = Instant::now();
    let output = Output::note(&args.output, args.force);
    let (document, count) = placed(super::load_map(&args.map)?, args.relayout, args.seed);
    output.save(&document)?;
    eprintln!(
        "wrote {} ({} nodes, {count} laid out) in {} ms",
        args.output.display(),
        document.node_count(),
        started.elapsed().as_millis()
    );
    Ok(())
}
