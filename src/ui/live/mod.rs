//! The live layout: the force engine running while the user works, fed from
//! the document and read by the canvas every frame. Maps of up to
//! [`WORKER_FROM`] nodes tick on the window's thread between frames; larger
//! ones run on a worker thread whose latest positions the window reads.

mod worker;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use self::worker::{Job, Worker};
use crate::layout::{LayoutInput, MAX_TICKS, Params, Simulation};
use crate::model::Document;
use crate::scene::{self, Measured};

/// Maps with more nodes than this are laid out on a worker thread.
pub const WORKER_FROM: usize = 2000;

enum Engine {
    /// Ticks on the window's thread.
    Local(Box<Simulation>),
    /// Ticks on a worker; `seen` is the last publication read; `placed`
    /// says whether the positions are a layout yet (not a pile at the origin).
    Worker { worker: Worker, progress: f32, settled: bool, seen: u64, placed: bool },
}

/// The running layout of one document.
pub struct LiveLayout {
    engine: Engine,
    ids: Vec<String>,
    /// Latest positions, in the document's id order.
    positions: Vec<[f32; 2]>,
    paused: bool,
    seed: u64,
    version: u64,
}

impl LiveLayout {
    /// Starts laying out `doc` from its saved positions and `seed`.
    pub fn new(doc: &Document, measured: &[Measured], seed: u64) -> Self {
        let input = scene::layout_input(doc, measured);
        let params = Params::for_map(input.nodes.len());
        let engine = if input.nodes.len() > WORKER_FROM {
            Engine::Worker {
                worker: Worker::start(input.clone(), params, seed),
                progress: 0.0,
                settled: false,
                seen: 0,
                placed: input.nodes.iter().all(|n| n.start.is_some()),
            }
        } else {
            Engine::Local(Box::new(Simulation::new(&input, params, seed)))
        };
        let mut live = Self {
            engine,
            ids: doc.nodes().map(|n| n.id.clone()).collect(),
            positions: Vec::new(),
            paused: false,
            seed,
            version: 0,
        };
        live.positions = match &live.engine {
            Engine::Local(sim) => (0..sim.len()).map(|i| sim.position(i)).collect(),
            Engine::Worker { .. } => input.nodes.iter().map(|n| n.start.unwrap_or([0.0, 0.0])).collect(),
        };
        live
    }

    /// Follows a change of the document: nodes keep their current places,
    /// new nodes start beside a neighbour, and the layout warms up a little.
    pub fn update(&mut self, doc: &Document, measured: &[Measured]) {
        let current: BTreeMap<&str, [f32; 2]> =
            self.ids.iter().zip(&self.positions).map(|(id, p)| (id.as_str(), *p)).collect();
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
        let alpha = if input.nodes.len() > known { 0.2 } else { 0.08 };
        self.ids = doc.nodes().map(|n| n.id.clone()).collect();
        self.restart(
            input,
            |input, params, seed| {
                let mut sim = Simulation::new(input, params, seed);
                sim.set_alpha(alpha);
                sim
            },
            |input| Job::Warm(input, alpha),
        );
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
        self.ids = doc.nodes().map(|n| n.id.clone()).collect();
        self.set_paused(false);
        self.restart(input, Simulation::new, |input| Job::Fresh(input, seed));
    }

    /// Hands a new input to the engine, building a local simulation with
    /// `local` or sending the worker `job`.
    fn restart(
        &mut self,
        input: LayoutInput,
        local: impl FnOnce(&LayoutInput, Params, u64) -> Simulation,
        job: impl FnOnce(LayoutInput) -> Job,
    ) {
        let params = Params::for_map(input.nodes.len());
        let starts: Vec<[f32; 2]> = input.nodes.iter().map(|n| n.start.unwrap_or([0.0, 0.0])).collect();
        match &mut self.engine {
            Engine::Local(sim) => {
                **sim = local(&input, params, self.seed);
                self.positions = (0..sim.len()).map(|i| sim.position(i)).collect();
            }
            Engine::Worker { worker, settled, placed, .. } => {
                *settled = false;
                *placed = input.nodes.iter().all(|n| n.start.is_some());
                worker.send(job(input));
                self.positions = starts;
            }
        }
        self.version += 1;
    }

    /// Advances the layout: ticks for at most `budget` on this thread, or
    /// picks up the worker's latest positions. Returns whether anything moved.
    pub fn step(&mut self, budget: Duration) -> bool {
        let moved = match &mut self.engine {
            Engine::Local(sim) => {
                if self.paused || sim.is_settled() {
                    return false;
                }
                let start = Instant::now();
                while !sim.is_settled() && start.elapsed() < budget {
                    sim.tick();
                }
                self.positions.clear();
                self.positions.extend((0..sim.len()).map(|i| sim.position(i)));
                true
            }
            Engine::Worker { worker, progress, settled, seen, placed } => match worker.latest(*seen) {
                Some(state) => {
                    *seen = state.version;
                    *progress = state.progress;
                    *settled = state.settled;
                    if state.positions.len() == self.ids.len() && state.placed {
                        self.positions = state.positions;
                        *placed = true;
                    }
                    true
                }
                None => false,
            },
        };
        if moved {
            self.version += 1;
        }
        moved
    }

    /// Runs the layout until it settles (tests, and small maps at opening).
    pub fn settle_now(&mut self) {
        if let Engine::Local(sim) = &mut self.engine {
            sim.run_until_settled(MAX_TICKS);
            self.positions.clear();
            self.positions.extend((0..sim.len()).map(|i| sim.position(i)));
            self.version += 1;
            return;
        }
        while !self.is_settled() {
            std::thread::sleep(Duration::from_millis(5));
            self.step(Duration::ZERO);
        }
    }

    /// Whether the layout has come to rest.
    pub fn is_settled(&self) -> bool {
        match &self.engine {
            Engine::Local(sim) => sim.is_settled(),
            Engine::Worker { settled, .. } => *settled,
        }
    }

    /// Whether the positions are a layout yet. A large map laid out from
    /// scratch has none until the worker's first result; until then there
    /// is nothing worth drawing but the progress.
    pub fn has_layout(&self) -> bool {
        match &self.engine {
            Engine::Local(_) => true,
            Engine::Worker { placed, .. } => *placed,
        }
    }

    /// Whether the user paused the layout.
    pub fn is_paused(&self) -> bool {
        self.paused
    }

    /// Pauses or resumes the layout.
    pub fn set_paused(&mut self, paused: bool) {
        self.paused = paused;
        if let Engine::Worker { worker, .. } = &self.engine {
            worker.send(Job::Pause(paused));
        }
    }

    /// How far the current settling has come, 0 to 1.
    pub fn progress(&self) -> f32 {
        match &self.engine {
            Engine::Local(sim) if !sim.is_settled() => {
                (sim.alpha().max(1e-6).ln() / Params::default().alpha_min.ln()).clamp(0.0, 1.0)
            }
            Engine::Local(_) => 1.0,
            Engine::Worker { progress, .. } => *progress,
        }
    }

    /// Bumped whenever positions change (for caching what is drawn).
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Node centres in the document's id order.
    pub fn positions(&self) -> &[[f32; 2]] {
        &self.positions
    }

    /// Where node `id` is now.
    pub fn position_of(&self, id: &str) -> Option<[f32; 2]> {
        self.index(id).and_then(|i| self.positions.get(i).copied())
    }

    /// Holds node `id` at `p` (while dragging) and lets the others follow.
    pub fn hold(&mut self, id: &str, p: [f32; 2]) {
        let Some(i) = self.index(id) else { return };
        match &mut self.engine {
            Engine::Local(sim) => sim.place(i, p, true),
            Engine::Worker { worker, settled, .. } => {
                *settled = false;
                worker.send(Job::Hold(i, p));
            }
        }
        if let Some(slot) = self.positions.get_mut(i) {
            *slot = p;
            self.version += 1;
        }
    }

    fn index(&self, id: &str) -> Option<usize> {
        self.ids.binary_search_by(|probe| probe.as_str().cmp(id)).ok()
    }
}
