//! The live layout: the force engine running while the user works, fed from
//! the document and read by the canvas every frame.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::layout::{LayoutInput, Params, Simulation};
use crate::model::Document;
use crate::scene::{self, Measured};

/// The running layout of one document.
pub struct LiveLayout {
    sim: Simulation,
    ids: Vec<String>,
    /// Whether the user paused the animation.
    pub paused: bool,
    seed: u64,
}

impl LiveLayout {
    /// Starts laying out `doc` from its saved positions and `seed`.
    pub fn new(doc: &Document, measured: &[Measured], seed: u64) -> Self {
        let input = scene::layout_input(doc, measured);
        Self {
            sim: Simulation::new(&input, Params::default(), seed),
            ids: doc.nodes().map(|n| n.id.clone()).collect(),
            paused: false,
            seed,
        }
    }

    /// Follows a change of the document: nodes keep their current places,
    /// new nodes start beside a neighbour, and the layout warms up a little.
    pub fn update(&mut self, doc: &Document, measured: &[Measured]) {
        let current: BTreeMap<&str, [f32; 2]> =
            self.ids.iter().enumerate().map(|(i, id)| (id.as_str(), self.sim.position(i))).collect();
        let mut input: LayoutInput = scene::layout_input(doc, measured);
        let mut known = 0;
        for (node, entry) in doc.nodes().zip(input.nodes.iter_mut()) {
            if entry.pinned {
                continue;
            }
            if let Some(&p) = current.get(node.id.as_str()) {
                entry.start = Some(p);
                known += 1;
            }
        }
        let added = input.nodes.len().saturating_sub(known);
        self.sim = Simulation::new(&input, Params::default(), self.seed);
        self.sim.set_alpha(if added > 0 { 0.2 } else { 0.08 });
        self.ids = doc.nodes().map(|n| n.id.clone()).collect();
    }

    /// Lays the map out afresh from a new seed; pinned nodes stay.
    pub fn relayout(&mut self, doc: &Document, measured: &[Measured], seed: u64) {
        self.seed = seed;
        let mut input = scene::layout_input(doc, measured);
        for node in &mut input.nodes {
            if !node.pinned {
                node.start = None;
            }
        }
        self.sim = Simulation::new(&input, Params::default(), seed);
        self.paused = false;
    }

    /// Runs ticks for at most `budget`; returns whether anything moved.
    pub fn step(&mut self, budget: Duration) -> bool {
        if self.paused || self.sim.is_settled() {
            return false;
        }
        let start = Instant::now();
        let mut moved = false;
        while !self.sim.is_settled() && start.elapsed() < budget {
            self.sim.tick();
            moved = true;
        }
        moved
    }

    /// Runs the layout until it settles (tests, and exports of the live view).
    pub fn settle_now(&mut self) {
        self.sim.run_until_settled(crate::layout::MAX_TICKS);
    }

    /// Whether the layout has come to rest.
    pub fn is_settled(&self) -> bool {
        self.sim.is_settled()
    }

    /// How far the current settling has come, 0 to 1.
    pub fn progress(&self) -> f32 {
        if self.sim.is_settled() {
            return 1.0;
        }
        (self.sim.alpha().max(1e-6).ln() / Params::default().alpha_min.ln()).clamp(0.0, 1.0)
    }

    /// Node centres in the document's id order.
    pub fn positions(&self) -> Vec<[f32; 2]> {
        (0..self.sim.len()).map(|i| self.sim.position(i)).collect()
    }

    /// Where node `id` is now.
    pub fn position_of(&self, id: &str) -> Option<[f32; 2]> {
        self.index(id).map(|i| self.sim.position(i))
    }

    /// Holds node `id` at `p` (while dragging) and lets the others follow.
    pub fn hold(&mut self, id: &str, p: [f32; 2]) {
        if let Some(i) = self.index(id) {
            self.sim.place(i, p, true);
        }
    }

    fn index(&self, id: &str) -> Option<usize> {
        self.ids.binary_search_by(|probe| probe.as_str().cmp(id)).ok()
    }
}
