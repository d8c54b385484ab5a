//! The import preview without a window: the file read once, what it holds,
//! the kinds the user chose for unknown type names, and what importing it
//! as a new map or merging it into the open map will do; for a
//! department's reply pack, what its replies will do to the open map.

use std::path::{Path, PathBuf};

use crate::interchange::{
    self, Converted, ImportError, KindMap, Limits, MergePlan, Problem, ReplyPlan, Shape, Source,
};
use crate::model::{Document, NodeKind};

/// Where the imported map goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// It becomes a new, untitled map.
    NewMap,
    /// It is merged into the open map as one undo step.
    Merge,
}

/// A file read for import, before anything changes.
#[derive(Clone, Debug)]
pub struct ImportPreview {
    /// The file.
    pub path: PathBuf,
    /// What it holds.
    pub shape: Shape,
    source: Source,
    /// Kinds chosen for type names Sectormap does not know.
    pub choices: KindMap,
    /// The file as a map with those choices, or its problems.
    pub converted: Converted,
    /// New map or merge.
    pub mode: ImportMode,
    /// What a merge into the open map would do (when the file reads, or
    /// when what reads is imported without the rest).
    pub plan: Option<MergePlan>,
    /// Import what reads and skip the rows with problems (the user said so).
    pub skip: bool,
    /// For a department's reply pack: what its replies do to the open map,
    /// or every problem (a pack never becomes a map of its own).
    pub replies: Option<Result<ReplyPlan, Vec<Problem>>>,
}

impl ImportPreview {
    /// Reads `path` (within the default limits) for import next to `map`.
    pub fn read(path: &Path, map: &Document) -> Result<Self, ImportError> {
        Self::read_with(path, map, KindMap::default())
    }

    /// Reads `path` for import next to `map`, with the kinds chosen for
    /// type names when this file was imported before.
    pub fn read_with(path: &Path, map: &Document, choices: KindMap) -> Result<Self, ImportError> {
        let source = interchange::read_source(path, &Limits::default())?;
        let converted = source.convert(&choices);
        let replies = source.reply_pack().map(|tables| interchange::plan_replies(map, tables));
        let mut preview = Self {
            path: path.to_path_buf(),
            shape: source.shape(),
            source,
            choices,
            converted,
            mode: ImportMode::NewMap,
            plan: None,
            skip: false,
            replies,
        };
        preview.replan(map);
        Ok(preview)
    }

    /// Reads type `name` as `kind` from now on, and reads the file again.
    pub fn choose(&mut self, name: &str, kind: NodeKind, map: &Document) {
        self.choices.set(name, kind);
        self.converted = self.source.convert(&self.choices);
        self.replan(map);
    }

    /// The kind chosen for type `name`, if any.
    pub fn chosen(&self, name: &str) -> Option<NodeKind> {
        self.choices.get(name)
    }

    /// Imports what reads and skips the rows with problems (`skip`), or not.
    pub fn set_skip(&mut self, skip: bool, map: &Document) {
        self.skip = skip;
        self.replan(map);
    }

    fn replan(&mut self, map: &Document) {
        let plan =
            self.document().map(|doc| interchange::plan_merge_with(map, doc, &self.converted.no_strength));
        self.plan = plan;
    }

    /// The replies of a reply pack that reads without a problem.
    pub fn reply_plan(&self) -> Option<&ReplyPlan> {
        self.replies.as_ref().and_then(|r| r.as_ref().ok())
    }

    /// The map to import: the file's, when it has no problem left; or,
    /// when the user said to skip them, what reads without them.
    pub fn document(&self) -> Option<&Document> {
        match &self.converted.result {
            Ok(doc) => Some(doc),
            Err(_) if self.skip => self.converted.skippable(),
            Err(_) => None,
        }
    }

    /// What the file's problems leave to import when they are skipped:
    /// elements, links and the problems skipped; `None` when nothing reads
    /// or nothing is wrong.
    pub fn skippable(&self) -> Option<(usize, usize, usize)> {
        let problems = self.converted.result.as_ref().err()?;
        let doc = self.converted.skippable()?;
        Some((doc.node_count(), doc.link_count(), problems.len()))
    }

    /// Whether importing can go ahead in the chosen mode: the file reads
    /// and holds elements, or, for a merge, the merge changes something;
    /// for a reply pack, its replies read and change something.
    pub fn ready(&self) -> bool {
        if let Some(replies) = &self.replies {
            return replies.as_ref().is_ok_and(|plan| !plan.is_empty());
        }
        match self.mode {
            // An empty map from a file is a mistake more often than a wish.
            ImportMode::NewMap => self.document().is_some_and(|doc| doc.node_count() > 0),
            ImportMode::Merge => self.plan.as_ref().is_some_and(|plan| !plan.is_empty()),
        }
    }

    /// The file's name, for titles and undo labels.
    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map_or_else(|| self.path.display().to_string(), |n| n.to_string_lossy().into_owned())
    }
}
