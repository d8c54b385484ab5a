//! Building a scene, here or on another thread. The thread gets the map,
//! its boxes and the layout shared or copied, so the editor can go on
//! drawing the last scene meanwhile.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use super::scene_cache::{Inputs, Key};
use crate::model::Document;
use crate::scene::{Layout, Measured, Prepared, Scene, View};

/// Everything one scene is built from, owned.
pub(super) struct Order {
    key: Key,
    /// The map prepared for `key` already, with its own boxes if it is
    /// shown in another language.
    prepared: Option<(Prepared, Option<Vec<Measured>>)>,
    doc: Arc<Document>,
    measured: Arc<Vec<Measured>>,
    layout: Layout,
    layout_version: u64,
}

/// A scene built, with what it was built from (kept for the next one).
pub(super) struct Built {
    pub key: Key,
    pub prepared: Prepared,
    pub measured: Option<Vec<Measured>>,
    pub layout_version: u64,
    pub scene: Scene,
}

impl Order {
    /// The order for `inputs`, drawn as `key` says, reusing `prepared`.
    pub fn new(key: Key, prepared: Option<(Prepared, Option<Vec<Measured>>)>, inputs: &Inputs<'_>) -> Self {
        Self {
            key,
            prepared,
            doc: Arc::clone(inputs.doc),
            measured: Arc::clone(inputs.measured),
            layout: inputs.layout.clone(),
            layout_version: inputs.layout_version,
        }
    }

    /// Builds the scene (preparing the map first if needed).
    pub fn build(self) -> Built {
        let Self { key, prepared, doc, measured, layout, layout_version } = self;
        let (prepared, own) = prepared.unwrap_or_else(|| {
            let view: View = key.options.scene_view(key.theme, &doc, &key.filters);
            match key.options.localized(&doc) {
                Some((localized, measured)) => (Prepared::new(&localized, &view), Some(measured)),
                None => (Prepared::new(&doc, &view), None),
            }
        });
        // Let go of the map before building: an edit made meanwhile then
        // changes it in place rather than copying it.
        drop(doc);
        let scene = prepared.build(own.as_deref().unwrap_or(&measured), &layout);
        Built { key, prepared, measured: own, layout_version, scene }
    }
}

/// A scene being built on another thread.
pub(super) struct Build {
    done: Receiver<(Built, u64)>,
}

impl Build {
    /// Starts building `order` on another thread, tagged `asked`; `None` if
    /// no thread could be started.
    pub fn start(order: Order, asked: u64) -> Option<Self> {
        let (send, done) = mpsc::channel();
        let spawned = std::thread::Builder::new().name("scene".into()).spawn(move || {
            // The editor may have closed the map meanwhile: then nobody waits.
            let _ = send.send((order.build(), asked));
        });
        spawned.ok().map(|_| Self { done })
    }

    /// `None` while building; then the scene and its tag, or `Some(None)`
    /// if the thread ended without one.
    pub fn poll(&self) -> Option<Option<(Built, u64)>> {
        match self.done.try_recv() {
            Ok(built) => Some(Some(built)),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(None),
        }
    }
}
