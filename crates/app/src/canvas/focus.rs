//! What the user is looking at, for semantic zoom: the hovered and selected
//! nodes and the node a focus is on, and the nodes next to them, whose
//! labels stay legible before any other's.

use std::collections::BTreeSet;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use super::CanvasState;
use super::legible::{Legibility, ranks};
use sectormap_core::editor::Workspace;
use sectormap_core::scene::{Element, Scene};

impl CanvasState {
    /// Ranks the scene's labels again when the scene, the hovered or
    /// selected nodes, the focus or the label sizes change.
    pub(super) fn update_legibility(&mut self, work: &Workspace, scene: &Arc<Scene>) {
        let hovered = match &self.hover {
            Some(Element::Node(id)) => Some(id.to_string()),
            _ => None,
        };
        let mut hasher = DefaultHasher::new();
        (Arc::as_ptr(scene) as usize, &hovered, &work.selection.nodes).hash(&mut hasher);
        (work.view.focus.as_ref().map(|f| (&f.node, f.depth)), self.label_px.map(f32::to_bits))
            .hash(&mut hasher);
        let key = hasher.finish();
        if self.legibility.0 == key {
            return;
        }
        let doc = work.session.doc();
        let mut focus: BTreeSet<String> = work.selection.nodes.iter().cloned().collect();
        focus.extend(hovered);
        let mut near = BTreeSet::new();
        for id in &focus {
            for (_, from, to) in doc.links_of(id) {
                near.insert(from.to_owned());
                near.insert(to.to_owned());
            }
        }
        if let Some(view_focus) = &work.view.focus {
            focus.insert(view_focus.node.clone());
            near.extend(view_focus.members(doc));
        }
        let [min_px, lift_px] = self.label_px;
        self.legibility = (key, Legibility::new(min_px, lift_px, ranks(scene, doc, &focus, &near)));
    }
}
