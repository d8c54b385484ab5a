//! Pictures of graph families as Sectormap's layout engine draws them
//! (dots for nodes, lines for links), for the README.
//!
//! `cargo run --release -p sectormap-core --example draw_family -- grid|tree|mesh|cycle OUT.png [WIDTH]`

use std::fmt::Write as _;
use std::ops::ControlFlow;
use std::process::ExitCode;

use resvg::{tiny_skia, usvg};
use sectormap_core::generate::families;
use sectormap_core::layout::{self, LayoutEdge, LayoutInput, LayoutNode, Params, Scope};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(which), Some(out)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: draw_family grid|tree|mesh|cycle OUT.png [WIDTH]");
        return ExitCode::from(2);
    };
    let width: u32 = args.get(3).and_then(|w| w.parse().ok()).unwrap_or(1200);
    let (n, edges) = match which.as_str() {
        "grid" => families::grid(100, 100),
        "tree" => families::binary_tree(10),
        "mesh" => families::mesh(40, 40),
        "cycle" => families::cycle(1000),
        other => {
            eprintln!("no family called {other}");
            return ExitCode::from(2);
        }
    };
    let input = LayoutInput {
        nodes: vec![LayoutNode { half: [4.0, 4.0], start: None, pinned: false }; n],
        edges: edges.iter().map(|&(source, target)| LayoutEdge { source, target, length: 1.0 }).collect(),
    };
    let started = std::time::Instant::now();
    let Some(p) =
        layout::arrange(&input, &Scope::All, Params::for_graphs(), 1, &mut |_| ControlFlow::Continue(()))
    else {
        return ExitCode::FAILURE;
    };
    eprintln!("{which}: {n} nodes laid out in {} ms", started.elapsed().as_millis());
    let (x0, x1) = p.iter().fold((f32::MAX, f32::MIN), |(a, b), q| (a.min(q[0]), b.max(q[0])));
    let (y0, y1) = p.iter().fold((f32::MAX, f32::MIN), |(a, b), q| (a.min(q[1]), b.max(q[1])));
    let pad = 20.0;
    let (w, h) = (x1 - x0 + 2.0 * pad, y1 - y0 + 2.0 * pad);
    let mut svg = format!(
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='{} {} {w} {h}'><rect x='{}' y='{}' width='{w}' height='{h}' fill='white'/><g stroke='#1f4e89' stroke-width='{}'>",
        x0 - pad,
        y0 - pad,
        x0 - pad,
        y0 - pad,
        (w / width as f32).max(0.6),
    );
    for &(a, b) in &edges {
        let (a, b) = (p[a as usize], p[b as usize]);
        let _ = write!(svg, "<line x1='{}' y1='{}' x2='{}' y2='{}'/>", a[0], a[1], b[0], b[1]);
    }
    svg.push_str("</g><g fill='#a3245e'>");
    for q in &p {
        let _ =
            write!(svg, "<circle cx='{}' cy='{}' r='{}'/>", q[0], q[1], (w / width as f32 * 1.5).max(2.0));
    }
    svg.push_str("</g></svg>");
    let Ok(tree) = usvg::Tree::from_str(&svg, &usvg::Options::default()) else { return ExitCode::FAILURE };
    let height = (width as f32 * h / w).round() as u32;
    let Some(mut pixmap) = tiny_skia::Pixmap::new(width, height.max(1)) else { return ExitCode::FAILURE };
    let scale = width as f32 / tree.size().width();
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    match pixmap.save_png(out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("{out}: {err}");
            ExitCode::FAILURE
        }
    }
}
