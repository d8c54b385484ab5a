//! One open map: the document, where it lives, its history and its layout.

use std::path::{Path, PathBuf};

use super::live::LiveLayout;
use crate::edit::{Edit, History};
use crate::io::{self, LoadError, SaveError};
use crate::model::{Document, ModelError, Point};
use crate::pipeline::DEFAULT_SEED;
use crate::scene::{self, Measured};

/// Maps up to this many nodes are laid out before they are first shown.
pub const SETTLE_AT_OPEN: usize = 2000;

/// An open map and everything that belongs to it alone.
pub struct Session {
    /// The map.
    pub doc: Document,
    /// Where it is saved; `None` until it is saved (untitled).
    pub path: Option<PathBuf>,
    /// Undo and redo.
    pub history: History,
    /// The history state at the last save (or open).
    saved_state: u64,
    /// Node boxes, in id order; rebuilt when the document changes.
    pub measured: Vec<Measured>,
    /// The running layout.
    pub layout: LiveLayout,
    /// Bumped on every change, so views can tell when to rebuild.
    pub revision: u64,
    /// Seed of the current layout.
    pub seed: u64,
}

impl Session {
    /// A session on `doc`, saved at `path` (or untitled).
    pub fn new(doc: Document, path: Option<PathBuf>) -> Self {
        let measured = scene::measure_all(&doc);
        let mut layout = LiveLayout::new(&doc, &measured, DEFAULT_SEED);
        if doc.node_count() <= SETTLE_AT_OPEN {
            // Small maps open already laid out (a fraction of a second), so
            // the first picture is the final one and the view fits it.
            layout.settle_now();
        }
        Self {
            doc,
            path,
            history: History::new(),
            saved_state: 0,
            measured,
            layout,
            revision: 0,
            seed: DEFAULT_SEED,
        }
    }

    /// An empty untitled map.
    pub fn empty() -> Self {
        Self::new(Document::new(), None)
    }

    /// The built-in example, untitled so that Save asks where.
    pub fn example() -> Result<Self, LoadError> {
        Ok(Self::new(io::load_str(io::EXAMPLE_MAP, io::EXAMPLE_NAME)?, None))
    }

    /// Opens the map at `path`.
    pub fn open(path: &Path) -> Result<Self, LoadError> {
        Ok(Self::new(io::load_path(path)?, Some(path.to_path_buf())))
    }

    /// The name shown in the title bar.
    pub fn name(&self) -> String {
        match &self.path {
            Some(path) => path
                .file_name()
                .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned()),
            None => "Untitled".to_owned(),
        }
    }

    /// Whether there are changes since the last save.
    pub fn is_dirty(&self) -> bool {
        self.history.state() != self.saved_state
    }

    /// Applies an edit as one undo step (merged with the previous step of
    /// the same `merge` key while typing).
    pub fn apply(&mut self, edit: Edit, label: &str, merge: Option<&str>) -> Result<(), ModelError> {
        self.history.apply(&mut self.doc, edit, label, merge)?;
        self.changed();
        Ok(())
    }

    /// Undoes the last step; returns its label.
    pub fn undo(&mut self) -> Result<Option<String>, ModelError> {
        let label = self.history.undo(&mut self.doc)?;
        if label.is_some() {
            self.changed();
        }
        Ok(label)
    }

    /// Redoes the last undone step; returns its label.
    pub fn redo(&mut self) -> Result<Option<String>, ModelError> {
        let label = self.history.redo(&mut self.doc)?;
        if label.is_some() {
            self.changed();
        }
        Ok(label)
    }

    fn changed(&mut self) {
        self.measured = scene::measure_all(&self.doc);
        self.layout.update(&self.doc, &self.measured);
        self.revision += 1;
    }

    /// Lays the map out afresh with the next seed.
    pub fn relayout(&mut self) {
        self.seed = self.seed.wrapping_add(1);
        self.layout.relayout(&self.doc, &self.measured, self.seed);
        self.revision += 1;
    }

    /// The document with every node's current layout position stored, as
    /// it is saved and exported. Not an edit: layout is never undone.
    pub fn with_positions(&self) -> Document {
        let mut doc = self.doc.clone();
        let ids: Vec<(String, bool)> = doc.nodes().map(|n| (n.id.clone(), n.pinned)).collect();
        for (id, pinned) in ids {
            if pinned {
                continue;
            }
            if let Some([x, y]) = self.layout.position_of(&id) {
                // Hundredths, as the file stores them, so the saved file and
                // the open map stay equal.
                let round = |v: f32| (f64::from(v) * 100.0).round() / 100.0;
                // The id comes from the document itself, so this cannot fail.
                let _ = doc.set_position(&id, Some(Point::new(round(x), round(y))), false);
            }
        }
        doc
    }

    /// Saves to `path` (atomically, keeping a .bak). On success the map is
    /// clean and lives at `path`; on failure nothing changes and it stays dirty.
    pub fn save_to(&mut self, path: &Path) -> Result<(), SaveError> {
        let doc = self.with_positions();
        io::save_path(&doc, path)?;
        self.doc = doc;
        self.path = Some(path.to_path_buf());
        self.saved_state = self.history.state();
        Ok(())
    }
}
