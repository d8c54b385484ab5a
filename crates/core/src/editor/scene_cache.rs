//! The scene on screen, rebuilt only when something it shows has changed:
//! the map (its revision), the view (colours, filters, theme) or where the
//! nodes are drawn. A large map's scene takes longer than a frame to
//! build, so it is built on another thread while the last one is shown
//! (see [`super::scene_build`]).

use std::sync::Arc;

use super::revision::Revision;
use super::scene_build::{Build, Built, Order};
use super::view::{Filters, ViewOptions};
use crate::model::Document;
use crate::scene::{Layout, Measured, Prepared, Scene, Theme};

/// Maps with at least this many nodes have their scene built on another
/// thread whenever one is already on screen.
pub const BACKGROUND_FROM: usize = 5_000;

/// What a scene is built from, apart from where the nodes are.
#[derive(Clone, PartialEq)]
pub(super) struct Key {
    pub revision: Revision,
    pub options: ViewOptions,
    pub filters: Filters,
    pub theme: Theme,
}

/// The last scene built for the canvas, and what it was built from.
pub struct SceneCache {
    /// The prepared scene, and the boxes measured for it when the map is
    /// shown in another language (its texts, so its boxes, differ).
    prepared: Option<(Key, Prepared, Option<Vec<Measured>>)>,
    /// The scene, what it was built from (with the layout's version) and
    /// when it was asked for (a later one always wins).
    scene: Option<(Key, u64, u64, Arc<Scene>)>,
    /// A scene being built on another thread.
    job: Option<Build>,
    /// Counts the scenes asked for.
    asked: u64,
    /// Maps with at least this many nodes have their scene built on
    /// another thread ([`BACKGROUND_FROM`]).
    pub background_from: usize,
}

impl Default for SceneCache {
    fn default() -> Self {
        Self { prepared: None, scene: None, job: None, asked: 0, background_from: BACKGROUND_FROM }
    }
}

/// What a scene is built from this frame.
pub struct Inputs<'a> {
    /// The map.
    pub doc: &'a Arc<Document>,
    /// Its revision (new after every edit, unique across maps).
    pub revision: Revision,
    /// Node boxes, in id order.
    pub measured: &'a Arc<Vec<Measured>>,
    /// Where the nodes are drawn.
    pub layout: &'a Layout,
    /// Version of `layout` (bumped when it changes).
    pub layout_version: u64,
    /// Colouring and legend options.
    pub options: &'a ViewOptions,
    /// What the filter panel hides.
    pub filters: &'a Filters,
    /// Light, dark or high contrast.
    pub theme: Theme,
}

impl SceneCache {
    /// The scene for `inputs`, reusing what is still valid. On a large map
    /// whose scene changed, the last scene until the new one is built.
    pub fn get(&mut self, inputs: &Inputs<'_>) -> Arc<Scene> {
        self.collect();
        let key = Key {
            revision: inputs.revision,
            options: inputs.options.clone(),
            filters: inputs.filters.clone(),
            theme: inputs.theme,
        };
        if let Some((k, version, _, scene)) = &self.scene
            && *k == key
            && *version == inputs.layout_version
        {
            return Arc::clone(scene);
        }
        if let Some((_, _, _, last)) = &self.scene
            && inputs.doc.node_count() >= self.background_from
        {
            let last = Arc::clone(last);
            if self.job.is_none() {
                self.start(key, inputs);
            }
            return last;
        }
        self.asked += 1;
        let prepared = match self.prepared.take() {
            Some(current) if current.0 == key => Some((current.1, current.2)),
            _ => None,
        };
        let built = Order::new(key, prepared, inputs).build();
        self.keep(built, self.asked)
    }

    /// Whether a scene is being built on another thread (the one returned
    /// is then not the latest: ask again soon).
    pub fn is_building(&self) -> bool {
        self.job.is_some()
    }

    /// Starts building the scene for `inputs` on another thread.
    fn start(&mut self, key: Key, inputs: &Inputs<'_>) {
        self.asked += 1;
        let prepared = match self.prepared.take() {
            Some(current) if current.0 == key => Some((current.1, current.2)),
            other => {
                self.prepared = other;
                None
            }
        };
        self.job = Build::start(Order::new(key, prepared, inputs), self.asked);
        if self.job.is_none() {
            // No thread to build on: build here from now on.
            self.background_from = usize::MAX;
        }
    }

    /// Takes the scene built on another thread, if it is ready.
    fn collect(&mut self) {
        let Some(job) = &self.job else { return };
        match job.poll() {
            None => {}
            Some(Some((built, asked))) => {
                self.job = None;
                if self.scene.as_ref().is_none_or(|(_, _, at, _)| *at < asked) {
                    self.keep(built, asked);
                }
            }
            Some(None) => self.job = None,
        }
    }

    /// Keeps what `built` holds; returns its scene.
    fn keep(&mut self, built: Built, asked: u64) -> Arc<Scene> {
        let scene = Arc::new(built.scene);
        self.prepared = Some((built.key.clone(), built.prepared, built.measured));
        self.scene = Some((built.key, built.layout_version, asked, Arc::clone(&scene)));
        scene
    }
}
