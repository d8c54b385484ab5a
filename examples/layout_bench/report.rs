//! Quality figures for an outcome, and the printed table or JSON lines.

use sectormap::layout::{count_overlaps, quality};

use crate::engines::Outcome;

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
    pub crossings: f64,
    pub exact: bool,
    pub cv: f64,
    pub overlaps: usize,
    pub rss_mb: f64,
}

fn percentile(values: &[f64], p: f64) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

fn mean_edge(edges: &[(u32, u32)], p: &[[f32; 2]]) -> f32 {
    let sum: f64 = edges
        .iter()
        .map(|&(a, b)| {
            let (a, b) = (p[a as usize], p[b as usize]);
            f64::from((a[0] - b[0]).hypot(a[1] - b[1]))
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
/// `unit` before overlaps of the boxes `half` are counted (other figures do
/// not depend on scale).
pub fn measure(
    graph: &str,
    edges: &[(u32, u32)],
    half: &[[f32; 2]],
    unit: f32,
    engine: &'static str,
    outcome: Outcome,
) -> Row {
    let n = outcome.positions.len();
    let x: Vec<f32> = outcome.positions.iter().map(|p| p[0]).collect();
    let y: Vec<f32> = outcome.positions.iter().map(|p| p[1]).collect();
    let stress = quality::sampled_stress(n, edges, &x, &y, 100, 7);
    let exact = edges.len() <= EXACT_CROSSINGS_UP_TO;
    let crossings = quality::crossings(edges, &x, &y, if exact { u64::MAX } else { CROSSING_SAMPLES }, 7);
    let cv = quality::edge_length_cv(edges, &x, &y);
    let k = unit / mean_edge(edges, &outcome.positions).max(1e-6);
    let (sx, sy): (Vec<f32>, Vec<f32>) = outcome.positions.iter().map(|p| (p[0] * k, p[1] * k)).unzip();
    let hw: Vec<f32> = half.iter().map(|h| h[0]).collect();
    let hh: Vec<f32> = half.iter().map(|h| h[1]).collect();
    let overlaps = count_overlaps(&sx, &sy, &hw, &hh, 0.0);
    Row {
        graph: graph.to_owned(),
        nodes: n,
        edges: edges.len(),
        engine,
        outcome,
        stress,
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
        "{:<28} {:<10} {:>9} {:>9} {:>7} {:>9} {:>8} {:>11} {:>6} {:>8} {:>9} {:>9}",
        "graph",
        "engine",
        "tick ms",
        "tick p95",
        "ticks",
        "total s",
        "stress",
        "crossings",
        "cv",
        "overlaps",
        "time/ours",
        "tick/ours"
    );
}

/// Prints one row, as a table line or a JSON object.
pub fn print(row: &Row, ours: Option<&Row>, json: bool) {
    let o = &row.outcome;
    let (median, p95) = (percentile(&o.tick_ms, 0.5), percentile(&o.tick_ms, 0.95));
    // A peer that did not finish has no settle time to compare.
    let time_ratio = ours.filter(|_| o.settled).map_or(f64::NAN, |r| o.total_ms / r.outcome.total_ms);
    let tick_ratio = ours.map_or(f64::NAN, |r| median / percentile(&r.outcome.tick_ms, 0.5));
    if json {
        let value = serde_json::json!({
            "graph": row.graph, "nodes": row.nodes, "edges": row.edges, "engine": row.engine,
            "tick_ms_median": finite(median), "tick_ms_p95": finite(p95), "ticks": o.ticks,
            "total_ms": o.total_ms, "settled": o.settled, "stress": row.stress, "crossings": row.crossings,
            "crossings_exact": row.exact, "edge_length_cv": row.cv, "overlaps": row.overlaps,
            "time_vs_sectormap": finite(time_ratio), "tick_vs_sectormap": finite(tick_ratio),
            "peak_rss_mb": finite(row.rss_mb), "note": o.note,
        });
        println!("{value}");
        return;
    }
    let crossings =
        if row.exact { format!("{:.0}", row.crossings) } else { format!("~{:.3e}", row.crossings) };
    println!(
        "{:<28} {:<10} {:>9.2} {:>9.2} {:>7} {:>9.3} {:>8.4} {:>11} {:>6.3} {:>8} {:>9} {:>9}{}",
        row.graph,
        row.engine,
        median,
        p95,
        o.ticks,
        o.total_ms / 1000.0,
        row.stress,
        crossings,
        row.cv,
        row.overlaps,
        ratio(time_ratio),
        ratio(tick_ratio),
        if o.note.is_empty() { String::new() } else { format!("  ({})", o.note) },
    );
}

fn finite(v: f64) -> Option<f64> {
    v.is_finite().then_some(v)
}

fn ratio(v: f64) -> String {
    if v.is_finite() { format!("{v:.2}x") } else { "-".to_owned() }
}
