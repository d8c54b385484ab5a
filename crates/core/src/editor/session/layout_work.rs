//! The layout work of a session: what the layout last saw of the map, the
//! run on a worker thread (if any), how many runs there were, why the last
//! worker failed, and the seed of the next Re-layout.

use crate::edit::Touched;
use crate::editor::job::{Job, Moves, Purpose, WORKER_FROM};
use crate::editor::request::{LayoutRequest, Work};
use crate::model::Document;
use crate::pipeline::{self, DEFAULT_SEED, Scope};
use crate::scene::Measured;

/// Layout runs, done at once on small maps and on a worker on large ones.
pub struct LayoutWork {
    /// The layout's inputs as it last saw them.
    request: LayoutRequest,
    /// The run on a worker thread, if any.
    job: Option<Job>,
    /// Runs since the map was opened.
    runs: u64,
    /// Why the last run on a worker failed, until it is told.
    error: Option<String>,
    /// Seed of the next Re-layout.
    seed: u64,
}

impl LayoutWork {
    /// No work yet, on `doc` whose boxes are `measured`.
    pub fn new(doc: &Document, measured: &[Measured]) -> Self {
        Self {
            request: LayoutRequest::of(doc, measured),
            job: None,
            runs: 0,
            error: None,
            seed: DEFAULT_SEED,
        }
    }

    /// What the layout has to do now that the map is `doc` with boxes
    /// `measured`; they are what it sees from now on.
    pub fn work_for(&mut self, doc: &Document, measured: &[Measured], touched: &Touched) -> Work {
        self.request.advance_touched(doc, measured, touched)
    }

    /// Takes `doc` with boxes `measured` as what the layout has seen (after
    /// layout work, undo or redo: nothing is left to do for it).
    pub fn seen(&mut self, doc: &Document, measured: &[Measured]) {
        self.request = LayoutRequest::of(doc, measured);
    }

    /// Lays out what `scope` frees: the moves at once on a small map; on a
    /// large one the work starts on a worker (in place of any running) and
    /// its moves come from [`LayoutWork::poll`].
    pub fn run(
        &mut self,
        doc: &Document,
        measured: &[Measured],
        scope: Scope,
        purpose: &Purpose,
    ) -> Option<Moves> {
        self.runs += 1;
        // One piece of work at a time; edits wait while it runs (see
        // `Workspace`), so its result always fits the map it was made for.
        self.job = None;
        if doc.node_count() > WORKER_FROM {
            self.job = Some(Job::start(doc, measured, scope, self.seed, purpose.clone()));
            return None;
        }
        Some(pipeline::arrange(doc, measured, &scope, self.seed, &mut |_| {}))
    }

    /// Counts a run made without [`LayoutWork::run`].
    pub fn count_run(&mut self) {
        self.runs += 1;
    }

    /// The worker's result and what it was for, once it is done.
    pub fn poll(&mut self) -> Option<(Purpose, Result<Moves, String>)> {
        let result = self.job.as_ref().and_then(Job::poll)?;
        let job = self.job.take()?;
        Some((job.purpose.clone(), result))
    }

    /// Keeps why the work on the worker failed, to be told once.
    pub fn fail(&mut self, why: String) {
        self.error = Some(why);
    }

    /// Why the last layout work on a worker failed, once.
    pub fn take_error(&mut self) -> Option<String> {
        self.error.take()
    }

    /// Whether nodes are still waiting for their first position.
    pub fn is_placing(&self) -> bool {
        self.job.as_ref().is_some_and(|job| job.purpose == Purpose::Open)
    }

    /// Whether layout work is running on a worker.
    pub fn is_busy(&self) -> bool {
        self.job.is_some()
    }

    /// How far the layout work on the worker has come, 0 to 1.
    pub fn progress(&self) -> f32 {
        self.job.as_ref().map_or(1.0, Job::progress)
    }

    /// How many times the layout has run since the map was opened.
    pub fn runs(&self) -> u64 {
        self.runs
    }

    /// Seed of the next Re-layout.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Makes `seed` the seed of the next Re-layout.
    pub fn set_seed(&mut self, seed: u64) {
        self.seed = seed;
    }
}
