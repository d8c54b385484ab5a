//! Sectormap's force layout against fjadra (d3-force) and Graphviz sfdp, on
//! the same graphs, in one run.
//!
//! `cargo run --release --example layout_bench -- [--nodes N --edges M]
//!  [--engines sectormap,fjadra,sfdp] [--json]`
//!
//! Default graphs: seeded random graphs (a random spanning tree plus random
//! extra edges) of 1k/3k, 10k/30k and 100k/300k, and every map in maps/.

mod engines;
mod report;

use std::path::Path;

use sectormap::generate::random_graph;
use sectormap::layout::{LayoutEdge, LayoutInput, LayoutNode, Params};
use sectormap::scene;

/// Half size of the nodes of generated graphs (an 8 x 8 box).
const POINT: f32 = 4.0;
/// fjadra gives up when settling would take longer than this.
const FJADRA_BUDGET_S: f64 = 90.0;

struct Graph {
    name: String,
    input: LayoutInput,
    params: Params,
    edges: Vec<(u32, u32)>,
}

fn generated(n: usize, m: usize) -> Graph {
    let edges = random_graph(n, m, 42);
    let input = LayoutInput {
        nodes: vec![LayoutNode { half: [POINT, POINT], start: None, pinned: false, charge: 1.0 }; n],
        edges: edges
            .iter()
            .map(|&(a, b)| LayoutEdge { source: a, target: b, length: 1.0, strength: 1.0 })
            .collect(),
    };
    let name = format!("random {}k/{}k", n / 1000, m / 1000);
    Graph { name, input, params: Params::for_graphs(), edges }
}

fn maps() -> Vec<Graph> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("maps");
    let mut paths: Vec<_> =
        std::fs::read_dir(&dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    paths.sort();
    paths
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter_map(|path| {
            let doc = sectormap::io::load_path(&path).map_err(|e| eprintln!("{e}")).ok()?;
            let input = scene::layout_input(&doc, &scene::measure_all(&doc));
            let edges = input.edges.iter().map(|e| (e.source, e.target)).collect();
            let name = path.file_name()?.to_string_lossy().into_owned();
            Some(Graph { name, input, params: Params::default(), edges })
        })
        .collect()
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let json = args.iter().any(|a| a == "--json");
    let engines = arg(&args, "--engines").unwrap_or_else(|| "sectormap,fjadra,sfdp".to_owned());
    let engines: Vec<&str> = engines.split(',').map(str::trim).collect();
    let graphs: Vec<Graph> = match (arg(&args, "--nodes"), arg(&args, "--edges")) {
        (Some(n), m) => {
            let n: usize = n.parse().unwrap_or(1000);
            let m: usize = m.and_then(|m| m.parse().ok()).unwrap_or(n * 3);
            vec![generated(n, m)]
        }
        (None, _) => {
            let mut list =
                vec![generated(1_000, 3_000), generated(10_000, 30_000), generated(100_000, 300_000)];
            list.extend(maps());
            list
        }
    };
    if !json {
        report::header();
    }
    for graph in &graphs {
        run(graph, &engines, json);
    }
    if !json {
        println!("peak resident memory of this process: {:.0} MiB", report::peak_rss_mb());
    }
}

fn run(graph: &Graph, engines: &[&str], json: bool) {
    let n = graph.input.nodes.len();
    let half: Vec<[f32; 2]> = graph.input.nodes.iter().map(|node| node.half).collect();
    let ours = engines::sectormap(&graph.input, graph.params);
    let unit = {
        let sum: f32 = graph
            .edges
            .iter()
            .map(|&(a, b)| {
                let (p, q) = (ours.positions[a as usize], ours.positions[b as usize]);
                (p[0] - q[0]).hypot(p[1] - q[1])
            })
            .sum();
        sum / graph.edges.len().max(1) as f32
    };
    let ours = report::measure(&graph.name, &graph.edges, &half, unit, "sectormap", ours);
    if engines.contains(&"sectormap") {
        report::print(&ours, None, json);
    }
    if engines.contains(&"fjadra") {
        let outcome = engines::fjadra(n, &graph.edges, FJADRA_BUDGET_S);
        let row = report::measure(&graph.name, &graph.edges, &half, unit, "fjadra", outcome);
        report::print(&row, Some(&ours), json);
    }
    if engines.contains(&"sfdp") {
        match engines::sfdp(n, &graph.edges) {
            Ok(outcome) => {
                let row = report::measure(&graph.name, &graph.edges, &half, unit, "sfdp", outcome);
                report::print(&row, Some(&ours), json);
            }
            Err(why) => eprintln!("{}: sfdp skipped: {why}", graph.name),
        }
    }
}
