//! Property: replicas that make random edits and sync in a random order
//! always end with the same map, and every edit to a field no one else
//! touched is in it.

use std::collections::BTreeMap;

use proptest::prelude::*;
use sectormap_core::edit::{Edit, Placement};
use sectormap_core::model::{Document, Point};
use sectormap_core::share::{Device, Replica};

use crate::common::example;

/// Nodes the replicas edit: each replica has its own, so its edits must all survive.
const NODES: [&str; 8] =
    ["dept-cps", "dept-dclg", "dept-dfes", "dept-dft", "dept-dti", "dept-dwp", "dept-fco", "dept-health"];

/// One step of the run.
#[derive(Clone, Debug)]
enum Step {
    /// Replica `who` renames node `node` (of its own) to a label made of `word`.
    Label { who: usize, node: usize, word: u16 },
    /// Replica `who` moves node `node` (of its own).
    Move { who: usize, node: usize, x: i16, y: i16 },
    /// Replica `who` adds words to the description of a node everyone edits.
    Describe { who: usize, word: u16 },
    /// Replica `to` takes in everything `from` has.
    Sync { from: usize, to: usize },
}

fn step(replicas: usize) -> impl Strategy<Value = Step> {
    let who = 0..replicas;
    prop_oneof![
        (who.clone(), 0..2usize, any::<u16>()).prop_map(|(who, node, word)| Step::Label { who, node, word }),
        (who.clone(), 0..2usize, any::<i16>(), any::<i16>()).prop_map(|(who, node, x, y)| Step::Move {
            who,
            node,
            x,
            y
        }),
        (who.clone(), any::<u16>()).prop_map(|(who, word)| Step::Describe { who, word }),
        (who.clone(), who).prop_map(|(from, to)| Step::Sync { from, to }),
    ]
}

/// The node `who`'s `node`-th own node is.
fn own(who: usize, node: usize) -> &'static str {
    NODES[(who * 2 + node) % NODES.len()]
}

fn apply_edit(doc: &Document, edit: Edit) -> Document {
    let mut doc = doc.clone();
    edit.apply(&mut doc).unwrap();
    doc
}

fn run(replicas: usize, steps: &[Step]) {
    let base = example();
    let mut first = Replica::new(Device::fresh("r0"));
    first.record(&Document::new(), &base).unwrap();
    let state = first.state();
    let mut sides: Vec<(Replica, Document)> = vec![(first, base.clone())];
    for r in 1..replicas {
        sides.push((Replica::load(Device::fresh(&format!("r{r}")), &state, "r0").unwrap(), base.clone()));
    }
    // What each replica last set on its own fields: it must be there at the end.
    let mut expected: BTreeMap<(String, &'static str), String> = BTreeMap::new();
    for step in steps {
        match *step {
            Step::Label { who, node, word } => {
                let (replica, doc) = &mut sides[who];
                let id = own(who, node);
                let mut n = doc.node(id).unwrap().clone();
                n.label = format!("Label {word} by r{who}");
                let new = apply_edit(doc, Edit::SetNode(n));
                replica.record(doc, &new).unwrap();
                expected.insert((id.to_owned(), "label"), format!("Label {word} by r{who}"));
                *doc = new;
            }
            Step::Move { who, node, x, y } => {
                let (replica, doc) = &mut sides[who];
                let id = own(who, node);
                let at = Point::new(f64::from(x), f64::from(y));
                let new = apply_edit(
                    doc,
                    Edit::Place(vec![(id.to_owned(), Placement { position: Some(at), pinned: true })]),
                );
                replica.record(doc, &new).unwrap();
                expected.insert((id.to_owned(), "position"), format!("{at:?}"));
                *doc = new;
            }
            Step::Describe { who, word } => {
                let (replica, doc) = &mut sides[who];
                let mut n = doc.node("commit-cedaw").unwrap().clone();
                n.description.push_str(&format!(" w{word}r{who}"));
                let new = apply_edit(doc, Edit::SetNode(n));
                replica.record(doc, &new).unwrap();
                *doc = new;
            }
            Step::Sync { from, to } if from != to => {
                let state = sides[from].0.state();
                let (replica, doc) = &mut sides[to];
                replica.apply(&state, "peer").unwrap();
                *doc = replica.document().unwrap().document;
            }
            Step::Sync { .. } => {}
        }
    }
    // Everyone takes in everyone's, twice (kept records made on the way travel too).
    for _ in 0..2 {
        let states: Vec<Vec<u8>> = sides.iter().map(|(r, _)| r.state()).collect();
        for (replica, _) in &mut sides {
            for state in &states {
                replica.apply(state, "peer").unwrap();
            }
        }
    }
    let docs: Vec<Document> = sides.iter().map(|(r, _)| r.document().unwrap().document).collect();
    for doc in &docs[1..] {
        assert_eq!(doc, &docs[0], "replicas converge");
    }
    for ((id, field), value) in &expected {
        let node = docs[0].node(id).unwrap();
        let got =
            if *field == "label" { node.label.clone() } else { format!("{:?}", node.position.unwrap()) };
        assert_eq!(&got, value, "{id}'s {field}, set by the only replica that edits it, is kept");
    }
    // Every word anyone added to the shared description is in it.
    let description = &docs[0].node("commit-cedaw").unwrap().description;
    for step in steps {
        if let Step::Describe { who, word } = step {
            assert!(description.contains(&format!("w{word}r{who}")), "{description}");
        }
    }
    let kept: Vec<_> = sides.iter().map(|(r, _)| r.kept()).collect();
    assert!(kept.iter().all(|k| k == &kept[0]), "every replica knows the same kept values");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn replicas_syncing_in_any_order_converge_and_keep_every_edit(
        (replicas, steps) in (2..5usize).prop_flat_map(|n| (Just(n), prop::collection::vec(step(n), 1..30)))
    ) {
        run(replicas, &steps);
    }
}
