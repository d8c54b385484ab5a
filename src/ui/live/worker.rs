//! The layout of a large map on a worker thread: the window keeps drawing
//! the latest published positions and never waits for the engine.

use std::ops::ControlFlow;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::layout::{self, LayoutInput, Params, Simulation};

/// How long the worker ticks between publishing positions.
const PUBLISH_EVERY: Duration = Duration::from_millis(12);

/// What the window asks of the worker.
pub enum Job {
    /// Lay the graph out from scratch (multilevel), then keep it live.
    Fresh(LayoutInput, u64),
    /// Carry on from the given positions, warmed to this temperature.
    Warm(LayoutInput, f32),
    /// Hold node `i` at a point (it is being dragged).
    Hold(usize, [f32; 2]),
    /// Pause or resume.
    Pause(bool),
}

/// What the worker last published.
#[derive(Clone, Debug, Default)]
pub struct Published {
    /// Node centres, in the document's id order.
    pub positions: Vec<[f32; 2]>,
    /// Bumped at every publication.
    pub version: u64,
    /// Share of the current settling done, 0 to 1.
    pub progress: f32,
    /// Whether the layout is at rest.
    pub settled: bool,
    /// Whether `positions` are a layout (false while the first one is made).
    pub placed: bool,
}

/// The window's handle on the worker thread. Dropping it stops the thread.
pub struct Worker {
    jobs: Sender<Job>,
    shared: Arc<Mutex<Published>>,
}

impl Worker {
    /// Starts a worker laying out `input` from scratch.
    pub fn start(input: LayoutInput, params: Params, seed: u64) -> Self {
        let (jobs, rx) = channel();
        let shared = Arc::new(Mutex::new(Published { positions: starts(&input), ..Published::default() }));
        let out = Arc::clone(&shared);
        let _ = jobs.send(Job::Fresh(input, seed));
        // If the thread cannot start, the map simply stays where it is.
        let _ = std::thread::Builder::new().name("layout".into()).spawn(move || run(&rx, &out, params));
        Self { jobs, shared }
    }

    /// Sends a job; a worker that has stopped is ignored.
    pub fn send(&self, job: Job) {
        let _ = self.jobs.send(job);
    }

    /// A copy of what was last published, unless the worker is publishing
    /// right now (then `None`: the caller keeps what it has).
    pub fn latest(&self, seen: u64) -> Option<Published> {
        let state = self.shared.try_lock().ok()?;
        (state.version != seen).then(|| state.clone())
    }
}

/// Positions the window can show before the first result: the saved ones.
fn starts(input: &LayoutInput) -> Vec<[f32; 2]> {
    input.nodes.iter().map(|node| node.start.unwrap_or([0.0, 0.0])).collect()
}

fn publish(out: &Mutex<Published>, positions: Option<Vec<[f32; 2]>>, progress: f32, settled: bool) {
    if let Ok(mut state) = out.lock() {
        if let Some(positions) = positions {
            state.positions = positions;
            state.placed = true;
        }
        state.version += 1;
        state.progress = progress;
        state.settled = settled;
    }
}

fn positions_of(sim: &Simulation) -> Vec<[f32; 2]> {
    (0..sim.len()).map(|i| sim.position(i)).collect()
}

/// The worker's loop: take jobs, tick, publish; ends when the window's
/// handle is dropped.
fn run(rx: &Receiver<Job>, out: &Mutex<Published>, params: Params) {
    let mut sim: Option<Simulation> = None;
    let mut paused = false;
    let mut pending: Option<Job> = None;
    loop {
        let idle = paused || sim.as_ref().is_none_or(Simulation::is_settled);
        let job = match pending.take() {
            Some(job) => Some(job),
            None if idle => match rx.recv() {
                Ok(job) => Some(job),
                Err(_) => return,
            },
            None => match rx.try_recv() {
                Ok(job) => Some(job),
                Err(TryRecvError::Empty) => None,
                Err(TryRecvError::Disconnected) => return,
            },
        };
        match job {
            Some(Job::Fresh(input, seed)) => match fresh(&input, params, seed, rx, out) {
                Ok(settled) => sim = Some(settled),
                Err(Some(next)) => pending = Some(next),
                Err(None) => return,
            },
            Some(Job::Warm(input, alpha)) => {
                let mut next = Simulation::new(&input, params, 1);
                next.set_alpha(alpha);
                sim = Some(next);
            }
            Some(Job::Hold(i, p)) => {
                if let Some(sim) = sim.as_mut() {
                    sim.place(i, p, true);
                }
            }
            Some(Job::Pause(p)) => paused = p,
            None => {}
        }
        if let (Some(s), false) = (sim.as_mut(), paused) {
            let start = Instant::now();
            while !s.is_settled() && start.elapsed() < PUBLISH_EVERY {
                s.tick();
            }
            let progress = (s.alpha().max(1e-6).ln() / params.alpha_min.ln()).clamp(0.0, 1.0);
            publish(out, Some(positions_of(s)), if s.is_settled() { 1.0 } else { progress }, s.is_settled());
        }
    }
}

/// A full multilevel settling, publishing progress; stops early (handing
/// back the job that interrupted it) when a new layout is asked for.
fn fresh(
    input: &LayoutInput,
    params: Params,
    seed: u64,
    rx: &Receiver<Job>,
    out: &Mutex<Published>,
) -> Result<Simulation, Option<Job>> {
    let expected = layout::expected_ticks(input.nodes.len()).max(1) as f32;
    let mut ticks = 0usize;
    let mut interrupt: Option<Option<Job>> = None;
    let positions = layout::settle(input, params, seed, &mut |_| {
        ticks += 1;
        if !ticks.is_multiple_of(16) {
            return ControlFlow::Continue(());
        }
        publish(out, None, (ticks as f32 / expected).min(0.99), false);
        match rx.try_recv() {
            Ok(job @ (Job::Fresh(..) | Job::Warm(..))) => {
                interrupt = Some(Some(job));
                ControlFlow::Break(())
            }
            // Holds and pauses mean little before there is a layout.
            Ok(_) | Err(TryRecvError::Empty) => ControlFlow::Continue(()),
            Err(TryRecvError::Disconnected) => {
                interrupt = Some(None);
                ControlFlow::Break(())
            }
        }
    });
    let Some(positions) = positions else {
        return Err(interrupt.flatten());
    };
    let mut placed = input.clone();
    for (node, p) in placed.nodes.iter_mut().zip(&positions) {
        node.start = Some(*p);
    }
    let mut sim = Simulation::new(&placed, params, seed);
    sim.run_until_settled(0);
    publish(out, Some(positions), 1.0, true);
    Ok(sim)
}
