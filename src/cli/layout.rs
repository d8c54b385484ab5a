//! `sectormap layout`: write a map with every node's position filled in,
//! for scripted pipelines (lay out once, export many times).

use std::time::Instant;

use anyhow::Result;

use super::args::LayoutArgs;
use super::export::placed;
use crate::io::{load_path, save_path};

/// Runs `sectormap layout`.
pub fn run(args: &LayoutArgs) -> Result<()> {
    let started = Instant::now();
    let before = load_path(&args.map)?;
    let missing = before.nodes().filter(|node| node.position.is_none()).count();
    let document = placed(before, args.relayout, args.seed);
    save_path(&document, &args.output)?;
    let placed = if args.relayout { document.nodes().filter(|node| !node.pinned).count() } else { missing };
    eprintln!(
        "wrote {} ({} nodes, {placed} laid out) in {} ms",
        args.output.display(),
        document.node_count(),
        started.elapsed().as_millis()
    );
    Ok(())
}
