//! Node boxes kept between edits. Measuring a node shapes its label, which
//! for every node of a large map takes far longer than a frame; after an
//! edit only the nodes whose label or kind changed are measured again.

use std::sync::Arc;

use super::nodes::{Measured, measure};
use crate::edit::Touched;
use crate::model::{Document, NodeKind};

/// Every node's box, in id order, with what each was measured from.
#[derive(Clone, Debug, Default)]
pub struct Measures {
    boxes: Arc<Vec<Measured>>,
    /// Node id, kind and label of each box (a box depends on nothing else).
    from: Vec<(String, NodeKind, String)>,
}

impl Measures {
    /// Measures every node of `doc`.
    pub fn of(doc: &Document) -> Self {
        let from: Vec<(String, NodeKind, String)> =
            doc.nodes().map(|node| (node.id.clone(), node.kind, node.label.clone())).collect();
        Self { boxes: Arc::new(doc.nodes().map(measure).collect()), from }
    }

    /// Measures again the nodes of `doc` that are new or whose label or kind
    /// changed; the rest keep their boxes. Returns whether any box changed.
    pub fn update(&mut self, doc: &Document) -> bool {
        let same_nodes = doc.node_count() == self.from.len()
            && doc.nodes().zip(&self.from).all(|(node, (id, _, _))| node.id == *id);
        if same_nodes {
            return self.update_in_place(doc);
        }
        let mut boxes = Vec::with_capacity(doc.node_count());
        let mut from = Vec::with_capacity(doc.node_count());
        let mut old = self.from.iter().zip(self.boxes.iter()).peekable();
        let mut changed = doc.node_count() != self.from.len();
        for node in doc.nodes() {
            // Both in id order: skip the boxes of nodes no longer there.
            while old.next_if(|((id, _, _), _)| id.as_str() < node.id.as_str()).is_some() {}
            let kept = old
                .next_if(|((id, _, _), _)| *id == node.id)
                .filter(|((_, kind, label), _)| *kind == node.kind && *label == node.label);
            match kept {
                Some((_, measured)) => boxes.push(measured.clone()),
                None => {
                    changed = true;
                    boxes.push(measure(node));
                }
            }
            from.push((node.id.clone(), node.kind, node.label.clone()));
        }
        if changed {
            self.boxes = Arc::new(boxes);
            self.from = from;
        }
        changed
    }

    /// As [`Measures::update`], after an edit that `touched` only some
    /// nodes (the boxes were up to date before it): those alone are looked
    /// at, so a label typed on a huge map costs no pass over every node.
    pub fn update_touched(&mut self, doc: &Document, touched: &Touched) -> bool {
        let Touched::Nodes(ids) = touched else { return self.update(doc) };
        if doc.node_count() != self.from.len() {
            return self.update(doc);
        }
        let mut changed = false;
        for id in ids {
            let at = self.from.binary_search_by(|(probe, _, _)| probe.as_str().cmp(id));
            let (Ok(i), Some(node)) = (at, doc.node(id)) else {
                // Not a node the boxes know: look at every node.
                let full = self.update(doc);
                return full || changed;
            };
            changed |= self.remeasure_at(i, node);
        }
        changed
    }

    /// Measures node `node`, box `i`, again if its label or kind changed;
    /// returns whether it did.
    fn remeasure_at(&mut self, i: usize, node: &crate::model::Node) -> bool {
        let Some(from) = self.from.get_mut(i) else { return false };
        if from.1 == node.kind && from.2 == node.label {
            return false;
        }
        *from = (node.id.clone(), node.kind, node.label.clone());
        // Copies the boxes only if a scene being built still holds them.
        if let Some(slot) = Arc::make_mut(&mut self.boxes).get_mut(i) {
            *slot = measure(node);
        }
        true
    }

    /// [`Measures::update`] when `doc` has the same nodes: only changed
    /// boxes are replaced.
    fn update_in_place(&mut self, doc: &Document) -> bool {
        let mut changed = false;
        for (i, node) in doc.nodes().enumerate() {
            changed |= self.remeasure_at(i, node);
        }
        changed
    }

    /// The boxes, in id order.
    pub fn boxes(&self) -> &[Measured] {
        &self.boxes
    }

    /// The boxes, shared (for work on another thread).
    pub fn shared(&self) -> Arc<Vec<Measured>> {
        Arc::clone(&self.boxes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Node;
    use crate::scene::measure_all;

    fn example() -> Document {
        crate::io::load_str(crate::io::EXAMPLE_MAP, "uk-evaw.json").unwrap()
    }

    #[test]
    fn after_any_edit_the_boxes_are_those_measured_afresh() {
        let mut doc = example();
        let mut measures = Measures::of(&doc);
        assert!(!measures.update(&doc), "nothing changed, nothing is measured again");
        let ids: Vec<String> = doc.nodes().map(|n| n.id.clone()).collect();
        // Renamed (longer, so the box grows), retyped, removed, added first and last.
        let mut node = doc.node(&ids[3]).unwrap().clone();
        node.label = "A much longer label than it had, over several lines of text".into();
        doc.remove_node(&ids[3]).unwrap();
        doc.add_node(node).unwrap();
        assert!(measures.update(&doc));
        assert_eq!(measures.boxes(), measure_all(&doc));
        let mut node = doc.node(&ids[5]).unwrap().clone();
        node.kind = if node.kind == NodeKind::Issue { NodeKind::Department } else { NodeKind::Issue };
        doc.remove_node(&ids[5]).unwrap();
        doc.remove_node(&ids[0]).unwrap();
        doc.add_node(node).unwrap();
        assert!(measures.update(&doc));
        assert_eq!(measures.boxes(), measure_all(&doc));
        for id in ["0000-first", "zzzz-last"] {
            let node =
                Node { id: id.into(), label: format!("New {id}"), ..doc.node(&ids[1]).unwrap().clone() };
            doc.add_node(node).unwrap();
        }
        assert!(measures.update(&doc));
        assert_eq!(measures.boxes(), measure_all(&doc));
    }

    #[test]
    fn an_edit_of_some_nodes_measures_those_again_as_a_full_look_would() {
        let mut doc = example();
        let mut measures = Measures::of(&doc);
        let ids: Vec<String> = doc.nodes().map(|n| n.id.clone()).collect();
        let mut renamed = doc.node(&ids[2]).unwrap().clone();
        renamed.label = "Renamed, and long enough to need a second line".into();
        let mut retyped = doc.node(&ids[7]).unwrap().clone();
        retyped.kind = if retyped.kind == NodeKind::Issue { NodeKind::Department } else { NodeKind::Issue };
        let touched = Touched::Nodes([ids[2].clone(), ids[7].clone(), ids[9].clone()].into());
        for node in [renamed, retyped] {
            doc.remove_node(&node.id.clone()).unwrap();
            doc.add_node(node).unwrap();
        }
        assert!(measures.update_touched(&doc, &touched));
        assert_eq!(measures.boxes(), measure_all(&doc));
        assert!(!measures.update_touched(&doc, &touched), "measured already");
        // A node the boxes do not know: every node is looked at.
        let added = Node { id: "zzzz-new".into(), label: "New".into(), ..doc.node(&ids[1]).unwrap().clone() };
        doc.add_node(added).unwrap();
        assert!(measures.update_touched(&doc, &Touched::Nodes(["zzzz-new".to_owned()].into())));
        assert_eq!(measures.boxes(), measure_all(&doc));
    }
}
