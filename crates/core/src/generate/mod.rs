//! Seeded synthetic maps and graphs for benchmarks and stress tests, and
//! graph families with a known best drawing.

pub mod families;
pub mod network;
pub mod vaw;

use crate::layout::SplitMix64;
use crate::model::{Document, Link, LinkKind, Node, NodeKind, Recognised, Score};

/// A connected random graph: a random spanning tree on `n` nodes plus
/// random extra edges up to `m` in all (no self-loops; duplicates are skipped).
pub fn random_graph(n: usize, m: usize, seed: u64) -> Vec<(u32, u32)> {
    let mut rng = SplitMix64::new(seed);
    let mut edges = Vec::with_capacity(m.max(n.saturating_sub(1)));
    for i in 1..n {
        let parent = (rng.next_u64() % i as u64) as u32;
        edges.push((parent, i as u32));
    }
    let mut seen: std::collections::HashSet<(u32, u32)> = edges.iter().copied().collect();
    let mut attempts = 0usize;
    while edges.len() < m && n > 1 && attempts < m * 4 {
        attempts += 1;
        let a = (rng.next_u64() % n as u64) as u32;
        let b = (rng.next_u64() % n as u64) as u32;
        let key = (a.min(b), a.max(b));
        if a != b && seen.insert(key) {
            edges.push((a, b));
        }
    }
    edges
}

/// A map shaped like a national VAW map, with about `nodes` nodes: a few
/// issues and commitments, departments in sectors and jurisdictions, three
/// or four objectives per department, and relevant links from issues to
/// objectives. Deterministic for a seed.
pub fn random_map(nodes: usize, seed: u64) -> Document {
    const SECTORS: [&str; 7] =
        ["health", "justice", "education", "social welfare", "labour", "transport", "foreign affairs"];
    const PLACES: [&str; 4] = ["England", "Scotland", "Wales", "Northern Ireland"];
    let mut rng = SplitMix64::new(seed);
    let mut doc = Document::new();
    doc.meta.title = format!("Generated map of {nodes} nodes");
    let issues = (nodes / 40).clamp(3, 60);
    let commitments = (nodes / 100).clamp(1, 20);
    // Each department brings three or four objectives: 4.5 nodes on average.
    let departments = (nodes.saturating_sub(issues + commitments) * 2 / 9).max(1);
    let mut objectives: Vec<(String, usize)> = Vec::new();
    for i in 0..issues {
        let _ =
            doc.add_node(Node::new(format!("issue-{i}"), NodeKind::Issue, format!("Form of violence {i}")));
    }
    for c in 0..commitments {
        let _ =
            doc.add_node(Node::new(format!("commit-{c}"), NodeKind::Commitment, format!("Commitment {c}")));
    }
    for d in 0..departments {
        let mut dept = Node::new(
            format!("dept-{d}"),
            NodeKind::Department,
            format!("Department {d} of {}", SECTORS[d % SECTORS.len()]),
        );
        dept.department.sector = SECTORS[d % SECTORS.len()].to_owned();
        dept.department.jurisdiction = PLACES[(rng.next_u64() % 4) as usize].to_owned();
        if rng.next_f32() < 0.3 {
            let value = f64::from((rng.next_u64() % 11) as u32);
            dept.department.scores.insert(2024, Score { value, note: String::new() });
        }
        let _ = doc.add_node(dept);
        let _ = doc.add_link(
            &format!("commit-{}", d % commitments),
            &format!("dept-{d}"),
            Link::new(format!("obl-{d}"), LinkKind::Obliges),
        );
        for o in 0..3 + (rng.next_u64() % 2) as usize {
            let id = format!("obj-{d}-{o}");
            let _ = doc.add_node(Node::new(
                id.clone(),
                NodeKind::Objective,
                format!("Objective {o} of department {d}"),
            ));
            let _ =
                doc.add_link(&format!("dept-{d}"), &id, Link::new(format!("pur-{d}-{o}"), LinkKind::Pursues));
            objectives.push((id, d));
        }
    }
    for (k, (objective, dept)) in objectives.iter().enumerate() {
        // Most objectives touch the form of violence their department works
        // on most; some touch another, as on real maps.
        let issue =
            if rng.next_f32() < 0.8 { dept % issues } else { (rng.next_u64() % issues as u64) as usize };
        let mut link = Link::new(format!("rel-{k}"), LinkKind::Relevant);
        link.strength = 1 + (rng.next_u64() % 3) as u8;
        link.recognised = if rng.next_f32() < 0.4 { Recognised::Yes } else { Recognised::No };
        let _ = doc.add_link(&format!("issue-{issue}"), objective, link);
    }
    doc
}

/// [`random_map`] with "related" links added between random nodes until
/// the map has `links` links (for drawing benchmarks at a set density).
pub fn random_map_with_links(nodes: usize, links: usize, seed: u64) -> Document {
    let mut doc = random_map(nodes, seed);
    let ids: Vec<String> = doc.nodes().map(|n| n.id.clone()).collect();
    let mut rng = SplitMix64::new(seed ^ 0x11E);
    let mut k = 0usize;
    while doc.link_count() < links && ids.len() > 1 && k < links * 4 {
        let a = &ids[(rng.next_u64() % ids.len() as u64) as usize];
        let b = &ids[(rng.next_u64() % ids.len() as u64) as usize];
        k += 1;
        if a != b {
            let _ = doc.add_link(a, b, Link::new(format!("extra-{k}"), LinkKind::Related));
        }
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graphs_are_connected_and_sized() {
        let edges = random_graph(100, 300, 7);
        assert_eq!(edges.len(), 300);
        assert!(edges.iter().all(|&(a, b)| a != b && a < 100 && b < 100));
        let map = random_map(500, 3);
        assert!((450..=550).contains(&map.node_count()), "{}", map.node_count());
        assert!(map.validate().is_empty());
    }
}
