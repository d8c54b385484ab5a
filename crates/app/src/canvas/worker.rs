//! Making a huge map's shapes on another thread. Making them for a new
//! zoom or a new Scene can take longer than a frame; meanwhile the canvas
//! keeps showing the shapes it has, scaled and moved to the view, and
//! swaps in the new ones when they are ready.

use std::collections::BTreeMap;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, Weak};

use egui::Rect;

use super::camera::Camera;
use super::draw::{Fade, Look};
use super::index::SceneIndex;
use super::legible::{Legibility, Lifted};
use super::make::{Key, Made, make};
use sectormap_core::scene::Scene;

/// A [`Look`] that owns what it refers to, so it can go to another thread.
struct Order {
    canvas: Rect,
    legend_room: Rect,
    camera: Camera,
    fade: Fade,
    fade_key: u64,
    skip_links: bool,
    moving: bool,
    legibility: Legibility,
}

impl Order {
    fn of(look: &Look<'_>) -> Self {
        Self {
            canvas: look.canvas,
            legend_room: look.legend_room,
            camera: *look.camera,
            fade: Arc::clone(look.fade),
            fade_key: look.fade_key,
            skip_links: look.skip_links,
            moving: look.moving,
            legibility: look.legibility.clone(),
        }
    }

    fn look(&self) -> Look<'_> {
        Look {
            canvas: self.canvas,
            legend_room: self.legend_room,
            camera: &self.camera,
            fade: &self.fade,
            fade_key: self.fade_key,
            skip_links: self.skip_links,
            moving: self.moving,
            legibility: &self.legibility,
        }
    }
}

/// What a job frees before it starts (shapes and an index no longer shown).
pub(super) type Garbage = Box<dyn Send>;

/// Shapes being made on another thread.
pub(super) struct Job {
    /// The Scene they are made from.
    scene: Weak<Scene>,
    done: Receiver<(Made, Option<SceneIndex>)>,
}

/// What a [`Job`] has come to.
pub(super) enum Outcome {
    /// Still making.
    Busy,
    /// Made, with the Scene's index (to keep for the next job).
    Made(Box<Made>, Option<SceneIndex>),
    /// The thread ended without a result.
    Lost,
}

impl Job {
    /// Starts making the shapes of `scene` for `look` (with `index`, the
    /// Scene's index if one was made, and the nodes lifted last time),
    /// after freeing `garbage`;
    /// `None` if no thread could be started (the index is then made again
    /// when needed).
    pub fn start(
        scene: &Arc<Scene>,
        index: Option<SceneIndex>,
        look: &Look<'_>,
        key: Key,
        previous: BTreeMap<u32, Lifted>,
        garbage: Option<Garbage>,
    ) -> Option<Self> {
        let (send, done) = mpsc::channel();
        let order = Order::of(look);
        let shared = Arc::clone(scene);
        let spawned = std::thread::Builder::new().name("canvas shapes".into()).spawn(move || {
            drop(garbage);
            let mut index = index;
            let made = make(&shared, &mut index, &order.look(), key, &previous);
            // The canvas may have gone meanwhile: then nobody waits.
            let _ = send.send((made, index));
        });
        spawned.ok().map(|_| Self { scene: Arc::downgrade(scene), done })
    }

    /// Whether the shapes are made from `scene`.
    pub fn is_for(&self, scene: &Arc<Scene>) -> bool {
        Weak::as_ptr(&self.scene) == Arc::as_ptr(scene)
    }

    /// Takes the shapes if they are ready.
    pub fn poll(&self) -> Outcome {
        match self.done.try_recv() {
            Ok((made, index)) => Outcome::Made(Box::new(made), index),
            Err(TryRecvError::Empty) => Outcome::Busy,
            Err(TryRecvError::Disconnected) => Outcome::Lost,
        }
    }
}
