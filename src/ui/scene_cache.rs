//! The scene on screen, rebuilt only when something it shows has changed:
//! the map, the view (colours, filters, theme) or the node positions.

use std::sync::Arc;

use super::state::{Filters, ViewOptions};
use crate::model::Document;
use crate::scene::{Measured, Prepared, Scene, Theme, View};

/// What the cached scene was built from.
#[derive(Clone, PartialEq)]
struct Key {
    revision: u64,
    options: ViewOptions,
    filters: Filters,
    theme: Theme,
}

/// The last scene built for the canvas, and what it was built from.
#[derive(Default)]
pub struct SceneCache {
    prepared: Option<(Key, Prepared)>,
    scene: Option<(u64, Arc<Scene>)>,
}

/// What a scene is built from this frame.
pub struct Inputs<'a> {
    /// The map.
    pub doc: &'a Document,
    /// Its revision (bumped on every edit).
    pub revision: u64,
    /// Node boxes, in id order.
    pub measured: &'a [Measured],
    /// Node centres, in id order.
    pub positions: &'a [[f32; 2]],
    /// Version of `positions` (bumped when they move).
    pub layout_version: u64,
    /// Colouring and legend options.
    pub options: &'a ViewOptions,
    /// What the filter panel hides.
    pub filters: &'a Filters,
    /// Light or dark.
    pub theme: Theme,
}

impl SceneCache {
    /// The scene for `inputs`, reusing what is still valid.
    pub fn get(&mut self, inputs: &Inputs<'_>) -> Arc<Scene> {
        let key = Key {
            revision: inputs.revision,
            options: inputs.options.clone(),
            filters: inputs.filters.clone(),
            theme: inputs.theme,
        };
        let fresh_prep = !matches!(&self.prepared, Some((k, _)) if *k == key);
        if fresh_prep {
            let view: View = inputs.options.scene_view(inputs.theme, inputs.doc, inputs.filters);
            self.prepared = Some((key, Prepared::new(inputs.doc, &view)));
            self.scene = None;
        }
        match (&self.scene, &self.prepared) {
            (Some((version, scene)), _) if *version == inputs.layout_version => Arc::clone(scene),
            (_, Some((_, prepared))) => {
                let scene = Arc::new(prepared.build(inputs.measured, inputs.positions));
                self.scene = Some((inputs.layout_version, Arc::clone(&scene)));
                scene
            }
            (_, None) => {
                Arc::new(Prepared::new(inputs.doc, &View::default()).build(inputs.measured, inputs.positions))
            }
        }
    }
}
