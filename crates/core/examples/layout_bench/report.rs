//! Quality figures for an outcome, and the printed table or JSON lines.

use sectormap_core::layout::{count_overlaps, quality};

use crate::Graph;
use crate::engines::Outcome;

/// Stress over every pair of nodes up to this many nodes; sampled above.
const FULL_STRESS_UP_TO: usize = 3_000;
/// BFS sources of the sampled stress.
const STRESS_SOURCES: usize = 200;
/// Crossings are counted exactly up to this many edges, sampled above.
const EXACT_CROSSINGS_UP_TO: usize = 30_000;
/// Edge pairs sampled when crossings are estimated.
const CROSSING_SAMPLES: u64 = 2_000_000;

/// One row of the report.
pub struct Row {
    pub graph: String,
    pub nodes: usize,
    pub edges: usize,
    pub engine: &'static str,
    pub outcome: Outcome,
    pub stress: f64,
    pub full_stress: bool,
    pub crossings: f64,
    pub exact: bool,
    pub cv: f64,
    pub overlaps: usize,
    pub rss_mb: f64,
}

/// Mean length of the edges in a layout.
pub fn mean_edge(edges: &[(u32, u32)], p: &[[f32; 2]]) -> f32 {
    let sum: f64 = edges
        .iter()
        .filter_map(|&(a, b)| {
            let (a, b) = (p.get(a as usize)?, p.get(b as usize)?);
            Some(f64::from((a[0] - b[0]).hypot(a[1] - b[1])))
        })
        .sum();
    (sum / edges.len().max(1) as f64) as f32
}

/// Peak resident memory of this process so far, in MiB.
pub fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// Measures an outcome. Layouts are rescaled so their mean edge length is
/// `unit` (Sectormap's) before overlaps of the real boxes `half` are
/// counted, except on labelled graphs, where every engine had the boxes
/// and overlaps are counted as it left them; the other figures do not
/// depend on scale.
pub fn measure(graph: &Graph, half: &[[f32; 2]], unit: f32, engine: &'static str, outcome: Outcome) -> Row {
    let edges = &graph.edges;
    let n = outcome.positions.len();
    let x: Vec<f32> = outcome.positions.iter().map(|p| p[0]).collect();
    let y: Vec<f32> = outcome.positions.iter().map(|p| p[1]).collect();
    let full_stress = n <= FULL_STRESS_UP_TO;
    let stress = quality::sampled_stress(n, edges, &x, &y, if full_stress { n } else { STRESS_SOURCES }, 7);
    let exact = edges.len() <= EXACT_CROSSINGS_UP_TO;
    let crossings = quality::crossings(edges, &x, &y, if exact { u64::MAX } else { CROSSING_SAMPLES }, 7);
    let cv = quality::edge_length_cv(edges, &x, &y);
    let k = if graph.labelled { 1.0 } else { unit / mean_edge(edges, &outcome.positions).max(1e-6) };
    let (sx, sy): (Vec<f32>, Vec<f32>) = outcome.positions.iter().map(|p| (p[0] * k, p[1] * k)).unzip();
    let hw: Vec<f32> = half.iter().map(|h| h[0]).collect();
    let hh: Vec<f32> = half.iter().map(|h| h[1]).collect();
    let overlaps = count_overlaps(&sx, &sy, &hw, &hh, 0.0);
    Row {
        graph: graph.name.clone(),
        nodes: n,
        edges: edges.len(),
        engine,
        outcome,
        stress,
        full_stress,
        crossings,
        exact,
        cv,
        overlaps,
        rss_mb: peak_rss_mb(),
    }
}

/// Prints the table header.
pub fn header() {
    println!(
        "{:<32} {:<10} {:>9} {:>9} {:>12} {:>6} {:>8} {:>10} {:>11}",
        "graph", "engine", "time s", "stress", "crossings", "cv", "overlaps", "time/ours", "stress/ours"
    );
}

/// Prints one row, as a table line or a JSON object.
pub fn print(row: &Row, ours: Option<&Row>, json: bool) {
    let o = &row.outcome;
    // A peer that did not finish has no time to compare.
    let time_ratio = ours.filter(|_| o.settled).map_or(f64::NAN, |r| o.total_ms / r.outcome.total_ms);
    let stress_ratio = ours.map_or(f64::NAN, |r| row.stress / r.stress);
    if json {
        let value = serde_json::json!({
            "graph": row.graph, "nodes": row.nodes, "edges": row.edges, "engine": row.engine,
            "total_ms": o.total_ms, "settled": o.settled, "stress": row.stress,
            "stress_over_all_pairs": row.full_stress, "crossings": row.crossings,
            "crossings_exact": row.exact, "edge_length_cv": row.cv, "overlaps": row.overlaps,
            "time_vs_sectormap": finite(time_ratio), "stress_vs_sectormap": finite(stress_ratio),
            "peak_rss_mb": finite(row.rss_mb), "note": o.note,
        });
        println!("{value}");
        return;
    }
    let crossings =
        if row.exact { format!("{:.0}", row.crossings) } else { format!("~{:.3e}", row.crossings) };
    println!(
        "{:<32} {:<10} {:>9.3} {:>9.4} {:>12} {:>6.3} {:>8} {:>10} {:>11}{}",
        row.graph,
        row.engine,
        o.total_ms / 1000.0,
        row.stress,
        crossings,
        row.cv,
        row.overlaps,
        ratio(time_ratio),
        ratio(stress_ratio),
        if o.note.is_empty() { String::new() } else { format!("  ({})", o.note) },
    );
}

fn finite(v: f64) -> Option<f64> {
    v.is_finite().then_some(v)
}

fn ratio(v: f64) -> String {
    if v.is_finite() { format!("{v:.2}x") } else { "-".to_owned() }
}
