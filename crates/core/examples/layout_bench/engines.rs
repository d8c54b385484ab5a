//! The engines under test, each run on the same graph.

use std::io::Write;
use std::process::Command;
use std::time::Instant;

use fjadra::{Center, Link, ManyBody, Node, SimulationBuilder};
use sectormap_core::layout::{self, LayoutInput, Params};

/// What one engine produced.
pub struct Outcome {
    /// Final positions, by node index.
    pub positions: Vec<[f32; 2]>,
    /// Wall time to the final layout, in milliseconds.
    pub total_ms: f64,
    /// Whether the engine reached its own settled state.
    pub settled: bool,
    /// Anything worth saying (skipped, projected...).
    pub note: String,
}

/// Sectormap's engine, laying out every node from scratch.
pub fn sectormap(input: &LayoutInput, params: Params) -> Outcome {
    let start = Instant::now();
    let positions =
        layout::arrange(input, &layout::Scope::All, params, 1, &mut |_| std::ops::ControlFlow::Continue(()))
            .unwrap_or_default();
    let total_ms = start.elapsed().as_secs_f64() * 1000.0;
    Outcome { positions, total_ms, settled: true, note: String::new() }
}

/// fjadra with d3-force's defaults: link, many-body and centre forces, 300 ticks.
/// Gives up (reporting the tick time) when settling would take over `budget_s`.
pub fn fjadra(n: usize, edges: &[(u32, u32)], budget_s: f64) -> Outcome {
    let links: Vec<(usize, usize)> = edges.iter().map(|&(a, b)| (a as usize, b as usize)).collect();
    let start = Instant::now();
    let mut sim = SimulationBuilder::default()
        .build((0..n).map(|_| Node::default()))
        .add_force("link", Link::new(links))
        .add_force("charge", ManyBody::new())
        .add_force("center", Center::new());
    let mut tick_ms = Vec::new();
    let mut note = String::new();
    while !sim.is_finished() {
        let t = Instant::now();
        sim.tick(1);
        tick_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        let elapsed = start.elapsed().as_secs_f64();
        if tick_ms.len() == 5 && elapsed / 5.0 * 300.0 > budget_s {
            note = format!("stopped after 5 ticks: settling would take about {:.0} s", elapsed / 5.0 * 300.0);
            break;
        }
    }
    let settled = sim.is_finished();
    let total_ms = start.elapsed().as_secs_f64() * 1000.0;
    let positions = sim.positions().map(|[x, y]| [x as f32, y as f32]).collect();
    Outcome { positions, total_ms, settled, note }
}

/// Graphviz units per inch (positions come back in inches, as points here).
const POINTS: f32 = 72.0;

/// A Graphviz engine (`neato`, `sfdp`) on a DOT file, as a subprocess;
/// an error when it is not on PATH. With `boxes` (half sizes, in points),
/// each node is a box of that size (`shape=box`, `fixedsize=true`) and
/// overlaps are removed by PRISM (`-Goverlap=prism`).
pub fn graphviz(
    engine: &str,
    n: usize,
    edges: &[(u32, u32)],
    boxes: Option<&[[f32; 2]]>,
) -> Result<Outcome, String> {
    let dir = std::env::temp_dir().join(format!("layout-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let dot = dir.join("graph.dot");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&dot).map_err(|e| e.to_string())?);
    let mut write = || -> std::io::Result<()> {
        writeln!(file, "graph G {{")?;
        match boxes {
            Some(half) => {
                writeln!(file, "node [shape=box, fixedsize=true, label=\"\"];")?;
                for (i, h) in half.iter().enumerate().take(n) {
                    let (w, t) = (2.0 * h[0] / POINTS, 2.0 * h[1] / POINTS);
                    writeln!(file, "{i} [width={w:.4}, height={t:.4}];")?;
                }
            }
            None => {
                for i in 0..n {
                    writeln!(file, "{i};")?;
                }
            }
        }
        for (a, b) in edges {
            writeln!(file, "{a} -- {b};")?;
        }
        writeln!(file, "}}")?;
        file.flush()
    };
    write().map_err(|e| e.to_string())?;
    drop(file);
    let start = Instant::now();
    let mut command = Command::new(engine);
    if boxes.is_some() {
        command.arg("-Goverlap=prism");
    }
    let output = command.arg("-Tplain").arg(&dot).output().map_err(|_| format!("{engine} is not on PATH"))?;
    let total_ms = start.elapsed().as_secs_f64() * 1000.0;
    let _ = std::fs::remove_dir_all(&dir);
    if !output.status.success() {
        return Err(format!("{engine} failed: {}", String::from_utf8_lossy(&output.stderr).trim()));
    }
    let mut positions = vec![[0.0f32; 2]; n];
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let mut parts = line.split_whitespace();
        if parts.next() != Some("node") {
            continue;
        }
        let (Some(id), Some(x), Some(y)) = (parts.next(), parts.next(), parts.next()) else { continue };
        if let (Ok(i), Ok(x), Ok(y)) =
            (id.trim_matches('"').parse::<usize>(), x.parse::<f32>(), y.parse::<f32>())
            && i < n
        {
            positions[i] = [x * POINTS, y * POINTS];
        }
    }
    Ok(Outcome { positions, total_ms, settled: true, note: String::new() })
}
