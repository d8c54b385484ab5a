//! Working together on a shared map: how big the device files grow and how
//! long merging takes. For the example map and a generated 3,000-node map,
//! five devices make 10,000 edits between them (moves, renames, words added
//! to descriptions), each recorded as the editor records an edit; then one
//! device merges the other four's files and builds the merged map.
//!
//! `cargo run --release -p sectormap-core --example share_bench`

use std::time::{Duration, Instant};

use sectormap_core::edit::{Edit, Placement};
use sectormap_core::generate::random_map;
use sectormap_core::layout::SplitMix64;
use sectormap_core::model::{Document, Point};
use sectormap_core::pipeline::{self, DEFAULT_SEED, Scope};
use sectormap_core::share::{Device, Replica};

const DEVICES: usize = 5;
const EDITS: usize = 10_000;

/// A number below `n` from `rng`.
fn below(rng: &mut SplitMix64, n: usize) -> usize {
    usize::try_from(rng.next_u64() % n.max(1) as u64).unwrap_or(0)
}

fn edit(doc: &Document, rng: &mut SplitMix64, device: usize, n: usize) -> Document {
    let ids: Vec<&str> = doc.nodes().map(|node| node.id.as_str()).collect();
    let id = ids[below(rng, ids.len())].to_owned();
    let mut next = doc.clone();
    let change = match below(rng, 10) {
        0..=4 => {
            let at = Point::new((below(rng, 4000) as f64) - 2000.0, (below(rng, 3000) as f64) - 1500.0);
            Edit::Place(vec![(id, Placement { position: Some(at), pinned: true })])
        }
        5..=7 => {
            let Some(mut node) = doc.node(&id).cloned() else { return doc.clone() };
            node.label = format!("{} {n}", node.label.split(" · ").next().unwrap_or_default());
            Edit::SetNode(node)
        }
        _ => {
            let Some(mut node) = doc.node(&id).cloned() else { return doc.clone() };
            node.description.push_str(&format!(" Note {n} from device {device}."));
            Edit::SetNode(node)
        }
    };
    if change.apply(&mut next).is_err() {
        return doc.clone();
    }
    next
}

fn run(name: &str, map: &Document) {
    println!(
        "\n{name}: {} nodes, {} links, {} edits from {DEVICES} devices",
        map.node_count(),
        map.link_count(),
        EDITS
    );
    let json = sectormap_core::io::to_json(map).map(|t| t.len()).unwrap_or(0);
    let started = Instant::now();
    let mut first = Replica::new(Device::fresh("device 0"));
    let _ = first.record(&Document::new(), map);
    let shared = started.elapsed();
    let state = first.state();
    println!(
        "  map file {json} bytes; sharing it: {:.0} ms, first device file {} bytes",
        ms(shared),
        state.len()
    );
    let mut devices: Vec<(Replica, Document)> = vec![(first, map.clone())];
    for d in 1..DEVICES {
        let device = Device::fresh(&format!("device {d}"));
        let Ok(replica) = Replica::load(device, &state, "device 0") else { return };
        devices.push((replica, map.clone()));
    }
    let mut rng = SplitMix64::new(7);
    let mut recording = Duration::ZERO;
    for n in 0..EDITS {
        let d = n % DEVICES;
        let (replica, doc) = &mut devices[d];
        let next = edit(doc, &mut rng, d, n);
        let started = Instant::now();
        let _ = replica.record(doc, &next);
        recording += started.elapsed();
        *doc = next;
    }
    println!("  recording an edit: {:.2} ms on average", ms(recording) / EDITS as f64);
    let files: Vec<Vec<u8>> = devices.iter().map(|(r, _)| r.state()).collect();
    let sizes: Vec<String> = files.iter().map(|f| format!("{}", f.len())).collect();
    println!("  device files after the edits: {} bytes", sizes.join(", "));
    let (mut merger, _) = devices.remove(0);
    let started = Instant::now();
    for (i, file) in files.iter().enumerate().skip(1) {
        let _ = merger.apply(file, &format!("device {i}"));
    }
    let applied = started.elapsed();
    let started = Instant::now();
    let merged = merger.document();
    let built = started.elapsed();
    println!(
        "  merging the other {} files: {:.0} ms; building the merged map: {:.0} ms; merged file {} bytes, {} kept values",
        DEVICES - 1,
        ms(applied),
        ms(built),
        merger.state().len(),
        merger.kept().len()
    );
    if let Ok(merged) = merged {
        println!("  merged map: {} nodes, {} revived", merged.document.node_count(), merged.revived.len());
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let example = sectormap_core::io::load_str(sectormap_core::io::EXAMPLE_MAP, "example");
    if let Ok(mut example) = example {
        pipeline::place(&mut example, &Scope::Missing, DEFAULT_SEED, &mut |_| {});
        run("example map", &example);
    }
    let mut large = random_map(3000, 1);
    pipeline::place(&mut large, &Scope::Missing, DEFAULT_SEED, &mut |_| {});
    run("generated map", &large);
}
