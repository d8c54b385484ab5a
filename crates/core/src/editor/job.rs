//! Layout work for the editor: run at once on small maps, on a worker
//! thread on large ones so that the window never waits. Either way it is
//! the one layout function the command line uses ([`pipeline::arrange`]).

use std::ops::ControlFlow;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::model::{Document, Point};
use crate::pipeline::{self, Scope};
use crate::scene::Measured;

/// Maps with more nodes than this are laid out on a worker thread.
pub const WORKER_FROM: usize = 2000;

/// What a layout run is for, which decides what becomes of its result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Placing nodes that had no position when the map was opened: the
    /// result is stored without an undo step (the map was never drawn
    /// without it).
    Open,
    /// Placing nodes that an edit left without a position: part of that
    /// edit's undo step.
    Missing,
    /// Re-layout all: an undo step of its own.
    Relayout,
    /// Tidy selection: an undo step of its own.
    Tidy,
}

/// New positions, by node id, in id order.
pub type Moves = Vec<(String, Point)>;

/// A layout running on a worker thread. Dropping it stops the work.
pub struct Job {
    /// What the result is for.
    pub purpose: Purpose,
    result: Receiver<Moves>,
    progress: Arc<AtomicU32>,
    stop: Arc<AtomicBool>,
}

impl Job {
    /// Lays out what `scope` frees in a copy of `doc` on a worker thread.
    pub fn start(doc: &Document, measured: &[Measured], scope: Scope, seed: u64, purpose: Purpose) -> Self {
        let (tx, result) = channel();
        let progress = Arc::new(AtomicU32::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let (copy, boxes, within) = (doc.clone(), measured.to_vec(), scope.clone());
        let (shared, halt) = (Arc::clone(&progress), Arc::clone(&stop));
        let spawned = std::thread::Builder::new().name("layout".into()).spawn(move || {
            let moves = pipeline::arrange_until(&copy, &boxes, &within, seed, &mut |done| {
                shared.store(done.to_bits(), Ordering::Relaxed);
                if halt.load(Ordering::Relaxed) { ControlFlow::Break(()) } else { ControlFlow::Continue(()) }
            });
            if let Some(moves) = moves {
                // The editor may have gone; then no one wants the result.
                let _ = tx.send(moves);
            }
        });
        if spawned.is_err() {
            // No thread to be had: the work is done here, late but complete.
            let (tx, late) = channel();
            let _ = tx.send(pipeline::arrange(doc, measured, &scope, seed, &mut |_| {}));
            return Self { purpose, result: late, progress, stop };
        }
        Self { purpose, result, progress, stop }
    }

    /// The result, once the work is done; an error if the worker died
    /// without one.
    pub fn poll(&self) -> Option<Result<Moves, String>> {
        match self.result.try_recv() {
            Ok(moves) => Some(Ok(moves)),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                Some(Err("The layout stopped without a result; the map was left as it was.".to_owned()))
            }
        }
    }

    /// How far the work has come, 0 to 1.
    pub fn progress(&self) -> f32 {
        f32::from_bits(self.progress.load(Ordering::Relaxed)).clamp(0.0, 1.0)
    }
}

impl Drop for Job {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}
