//! A real social network laid out as an imported stakeholder map: no two
//! boxes overlap, few links cross, and the two factions stay apart.

use sectormap_core::generate::network::{network_map, parse_network};
use sectormap_core::layout::{count_overlaps, quality};
use sectormap_core::pipeline::{self, Scope};
use sectormap_core::scene;

/// Zachary's karate club, as the layout benchmark bundles it.
const KARATE: &str = include_str!("../../examples/layout_bench/networks/karate.txt");
/// Knuth's Les Misérables, as the layout benchmark bundles it.
const LES_MIS: &str = include_str!("../../examples/layout_bench/networks/lesmis.txt");

#[test]
fn the_karate_club_comes_out_untangled_with_its_factions_apart() {
    let network = parse_network(KARATE).unwrap();
    let doc = network_map(&network, "Zachary karate club");
    let measured = scene::measure_all(&doc);
    let placed = pipeline::arrange(&doc, &measured, &Scope::All, pipeline::DEFAULT_SEED, &mut |_| {});
    assert_eq!(placed.len(), 34);
    let (x, y): (Vec<f32>, Vec<f32>) = placed.iter().map(|(_, p)| (p.x as f32, p.y as f32)).unzip();
    let (hw, hh): (Vec<f32>, Vec<f32>) = measured.iter().map(|m| (m.half[0], m.half[1])).unzip();
    assert_eq!(count_overlaps(&x, &y, &hw, &hh, 0.0), 0, "boxes overlap");
    // Graphviz with the same boxes: neato 90 crossings, sfdp 78; Sectormap 65.
    let crossings = quality::crossings(&network.edges, &x, &y, u64::MAX, 1);
    assert!(crossings <= 78.0, "{crossings} crossings");
    // Members of one faction sit nearer each other than members of the two.
    let (mut same, mut apart) = ((0.0f32, 0usize), (0.0f32, 0usize));
    for i in 0..34 {
        for j in i + 1..34 {
            let d = (x[i] - x[j]).hypot(y[i] - y[j]);
            let pick = if network.groups[i] == network.groups[j] { &mut same } else { &mut apart };
            *pick = (pick.0 + d, pick.1 + 1);
        }
    }
    let ratio = (same.0 / same.1 as f32) / (apart.0 / apart.1 as f32);
    assert!(ratio < 0.8, "within a faction / between factions: {ratio}");
}

#[test]
fn les_miserables_has_fewer_crossings_than_graphviz_gives_it() {
    let network = parse_network(LES_MIS).unwrap();
    let doc = network_map(&network, "Les Miserables");
    let measured = scene::measure_all(&doc);
    let placed = pipeline::arrange(&doc, &measured, &Scope::All, pipeline::DEFAULT_SEED, &mut |_| {});
    let (x, y): (Vec<f32>, Vec<f32>) = placed.iter().map(|(_, p)| (p.x as f32, p.y as f32)).unzip();
    let (hw, hh): (Vec<f32>, Vec<f32>) = measured.iter().map(|m| (m.half[0], m.half[1])).unzip();
    assert_eq!(count_overlaps(&x, &y, &hw, &hh, 0.0), 0, "boxes overlap");
    // Graphviz with the same boxes: neato 1,079 crossings, sfdp 761; Sectormap 747.
    let crossings = quality::crossings(&network.edges, &x, &y, u64::MAX, 1);
    assert!(crossings <= 761.0, "{crossings} crossings");
}
