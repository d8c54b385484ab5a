//! The scene on screen, rebuilt only when something it shows has changed:
//! the map (its revision), the view (colours, filters, theme) or where the
//! nodes are drawn.

use std::sync::Arc;

use super::revision::Revision;
use super::view::{Filters, ViewOptions};
use crate::model::Document;
use crate::scene::{Layout, Measured, Prepared, Scene, Theme, View};

/// What the cached scene was built from.
#[derive(Clone, PartialEq)]
struct Key {
    revision: Revision,
    options: ViewOptions,
    filters: Filters,
    theme: Theme,
}

/// The last scene built for the canvas, and what it was built from.
#[derive(Default)]
pub struct SceneCache {
    /// The prepared scene, and the boxes measured for it when the map is
    /// shown in another language (its texts, so its boxes, differ).
    prepared: Option<(Key, Prepared, Option<Vec<Measured>>)>,
    scene: Option<(u64, Arc<Scene>)>,
}

/// What a scene is built from this frame.
pub struct Inputs<'a> {
    /// The map.
    pub doc: &'a Document,
    /// Its revision (new after every edit, unique across maps).
    pub revision: Revision,
    /// Node boxes, in id order.
    pub measured: &'a [Measured],
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
    /// The scene for `inputs`, reusing what is still valid.
    pub fn get(&mut self, inputs: &Inputs<'_>) -> Arc<Scene> {
        let key = Key {
            revision: inputs.revision,
            options: inputs.options.clone(),
            filters: inputs.filters.clone(),
            theme: inputs.theme,
        };
        let fresh = !matches!(&self.prepared, Some((k, _, _)) if *k == key);
        if fresh {
            self.scene = None;
        }
        let (_, prepared, own_measured) = match &mut self.prepared {
            Some(current) if !fresh => current,
            slot => {
                let view: View = inputs.options.scene_view(inputs.theme, inputs.doc, inputs.filters);
                match inputs.options.localized(inputs.doc) {
                    Some((localized, measured)) => {
                        slot.insert((key, Prepared::new(&localized, &view), Some(measured)))
                    }
                    None => slot.insert((key, Prepared::new(inputs.doc, &view), None)),
                }
            }
        };
        if let Some((version, scene)) = &self.scene
            && *version == inputs.layout_version
        {
            return Arc::clone(scene);
        }
        let measured = own_measured.as_deref().unwrap_or(inputs.measured);
        let scene = Arc::new(prepared.build(measured, inputs.layout));
        self.scene = Some((inputs.layout_version, Arc::clone(&scene)));
        scene
    }
}
