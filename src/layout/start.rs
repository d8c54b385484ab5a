//! Where nodes start: given positions, next to a placed neighbour, or at
//! seeded random spots.

use super::params::LayoutInput;
use super::rng::SplitMix64;

/// Start positions for every node of `input`.
///
/// Nodes with a start position keep it. When some nodes are placed, an
/// unplaced node starts next to its first placed neighbour, so adding a node
/// to a laid-out map disturbs it little. The rest are scattered uniformly
/// over a square sized for the number of nodes.
pub fn start_positions(input: &LayoutInput, spacing: f32, rng: &mut SplitMix64) -> (Vec<f32>, Vec<f32>) {
    let n = input.nodes.len();
    let mut x = vec![0.0f32; n];
    let mut y = vec![0.0f32; n];
    let mut placed = vec![false; n];
    let (mut sum_x, mut sum_y, mut count) = (0.0f64, 0.0f64, 0usize);
    for (i, node) in input.nodes.iter().enumerate() {
        if let Some([sx, sy]) = node.start.filter(|[a, b]| a.is_finite() && b.is_finite()) {
            x[i] = sx;
            y[i] = sy;
            placed[i] = true;
            sum_x += f64::from(sx);
            sum_y += f64::from(sy);
            count += 1;
        }
    }
    let (cx, cy) =
        if count > 0 { ((sum_x / count as f64) as f32, (sum_y / count as f64) as f32) } else { (0.0, 0.0) };
    let mut neighbours: Vec<Vec<u32>> = Vec::new();
    if count > 0 && count < n {
        neighbours = vec![Vec::new(); n];
        for edge in &input.edges {
            let (s, t) = (edge.source as usize, edge.target as usize);
            if s < n && t < n {
                neighbours[s].push(edge.target);
                neighbours[t].push(edge.source);
            }
        }
    }
    let side = (n as f32).sqrt() * spacing * 2.5;
    for i in 0..n {
        if placed[i] {
            continue;
        }
        let near = neighbours.get(i).and_then(|list| list.iter().map(|&j| j as usize).find(|&j| placed[j]));
        let (jx, jy) = (rng.next_signed(), rng.next_signed());
        if let Some(j) = near {
            let r = spacing + input.nodes[j].half[0] + input.nodes[i].half[0];
            x[i] = x[j] + jx * r;
            y[i] = y[j] + jy * r;
        } else {
            x[i] = cx + jx * side * 0.5;
            y[i] = cy + jy * side * 0.5;
        }
        placed[i] = true;
    }
    (x, y)
}
