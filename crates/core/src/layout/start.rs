//! Where nodes start: given positions, next to a placed neighbour, beside
//! the drawing, or at seeded random spots.

use std::collections::VecDeque;

use super::params::LayoutInput;
use super::rng::SplitMix64;

/// Start positions for every node of `input`.
///
/// Nodes with a start position keep it. When some nodes are placed, the
/// others are placed outwards from them along the links (each beside the
/// neighbour it was reached from), so adding nodes to a laid-out map
/// disturbs it little; nodes no link connects to anything placed go in
/// rows beside the drawing rather than on top of it. With nothing placed,
/// nodes are scattered uniformly over a square sized for their number.
pub fn start_positions(input: &LayoutInput, spacing: f32, rng: &mut SplitMix64) -> (Vec<f32>, Vec<f32>) {
    let n = input.nodes.len();
    let mut x = vec![0.0f32; n];
    let mut y = vec![0.0f32; n];
    let mut placed = vec![false; n];
    let mut queue = VecDeque::new();
    for (i, node) in input.nodes.iter().enumerate() {
        if let Some([sx, sy]) = node.start.filter(|[a, b]| a.is_finite() && b.is_finite()) {
            x[i] = sx;
            y[i] = sy;
            placed[i] = true;
            queue.push_back(i);
        }
    }
    if queue.is_empty() {
        let side = (n as f32).sqrt() * spacing * 2.5;
        for i in 0..n {
            x[i] = rng.next_signed() * side * 0.5;
            y[i] = rng.next_signed() * side * 0.5;
        }
        return (x, y);
    }
    if queue.len() == n {
        return (x, y);
    }
    let bounds = Bounds::of(input, &x, &y, &placed);
    let neighbours = neighbour_lists(input);
    while let Some(j) = queue.pop_front() {
        for &i in &neighbours[j] {
            let i = i as usize;
            if placed[i] {
                continue;
            }
            let angle = rng.next_signed() * std::f32::consts::PI;
            let r = spacing + input.nodes[j].half[0] + input.nodes[i].half[0];
            x[i] = x[j] + angle.cos() * r;
            y[i] = y[j] + angle.sin() * r;
            placed[i] = true;
            queue.push_back(i);
        }
    }
    // Nodes linked to nothing placed: in rows to the right of the drawing.
    let rest: Vec<usize> = (0..n).filter(|&i| !placed[i]).collect();
    let per_row = ((rest.len() as f32).sqrt().ceil() as usize).max(1);
    let cell =
        input.nodes.iter().map(|node| node.half[0].max(node.half[1])).fold(0.0f32, f32::max) * 2.0 + spacing;
    for (k, &i) in rest.iter().enumerate() {
        x[i] = bounds.x1 + spacing * 2.0 + cell * (k % per_row) as f32 + cell * 0.5;
        y[i] = bounds.y0 + cell * (k / per_row) as f32 + cell * 0.5;
    }
    (x, y)
}

/// For each node, the nodes linked to it, in link order.
fn neighbour_lists(input: &LayoutInput) -> Vec<Vec<u32>> {
    let n = input.nodes.len();
    let mut neighbours = vec![Vec::new(); n];
    for edge in &input.edges {
        let (s, t) = (edge.source as usize, edge.target as usize);
        if s < n && t < n && s != t {
            neighbours[s].push(edge.target);
            neighbours[t].push(edge.source);
        }
    }
    neighbours
}

/// The box around the placed nodes.
struct Bounds {
    x1: f32,
    y0: f32,
}

impl Bounds {
    fn of(input: &LayoutInput, x: &[f32], y: &[f32], placed: &[bool]) -> Self {
        let mut bounds = Bounds { x1: f32::MIN, y0: f32::MAX };
        for i in (0..x.len()).filter(|&i| placed[i]) {
            bounds.x1 = bounds.x1.max(x[i] + input.nodes[i].half[0]);
            bounds.y0 = bounds.y0.min(y[i] - input.nodes[i].half[1]);
        }
        bounds
    }
}
