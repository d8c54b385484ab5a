//! Everything about one open map that lives only while it is open: the
//! session, the selection, filters, colouring, focus, and the scene built
//! from them. Opening another map replaces the whole workspace at once, so
//! nothing derived from the old map can outlive it.

use std::sync::Arc;

use super::command::DocCommand;
use super::scene_cache::{Inputs, SceneCache};
use super::selection::Selection;
use super::session::{Session, UndoError};
use super::view::{Filters, ViewOptions};
use crate::edit::{Edit, MergeKey, Placement};
use crate::i18n::Language;
use crate::layout::{self, Params};
use crate::model::{Document, Link, LinkKind, Node, NodeKind, Point};
use crate::scene::{self, Pos, Scene, Theme};
use crate::tr;

/// A message for the status line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Something happened as asked.
    Info(String),
    /// Something was not done, and why.
    Error(String),
}

/// What became of a document command.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// What to tell the user.
    pub notice: Option<Notice>,
    /// A node just added: open its name field.
    pub rename: Option<String>,
}

impl Outcome {
    fn info(text: impl Into<String>) -> Self {
        Self { notice: Some(Notice::Info(text.into())), rename: None }
    }

    fn error(text: impl Into<String>) -> Self {
        Self { notice: Some(Notice::Error(text.into())), rename: None }
    }
}

/// Why an edit has to wait.
fn busy(lang: Language, progress: f32) -> String {
    tr!(lang, "status-busy", percent = format!("{:.0}", progress * 100.0))
}

/// One open map and the state that belongs to it alone.
pub struct Workspace {
    /// The map, its history and its layout work.
    pub session: Session,
    /// Selected nodes and links.
    pub selection: Selection,
    /// What the filter panel hides.
    pub filters: Filters,
    /// Colouring, legend, title and focus.
    pub view: ViewOptions,
    scenes: SceneCache,
}

impl Workspace {
    /// A workspace on `session`, keeping the legend and title switches of
    /// `previous` (the options of the map that was open before).
    pub fn new(session: Session, previous: &ViewOptions) -> Self {
        Self {
            session,
            selection: Selection::default(),
            filters: Filters::default(),
            view: previous.for_new_map(),
            scenes: SceneCache::default(),
        }
    }

    /// Speaks `lang` from now on: messages and undo step names (the map's
    /// own words follow the language it is shown in, [`ViewOptions::words`]).
    pub fn set_language(&mut self, lang: Language) {
        self.session.language = lang;
    }

    /// The language the workspace speaks (the interface's).
    pub fn language(&self) -> Language {
        self.session.language
    }

    /// The scene for the canvas in `theme`, drawn with `options` (the
    /// workspace's own unless given), rebuilt only when something changed.
    pub fn scene(&mut self, theme: Theme, options: Option<&ViewOptions>) -> Arc<Scene> {
        let (doc, measured) = self.session.snapshot();
        let inputs = Inputs {
            doc: &doc,
            revision: self.session.revision(),
            measured: &measured,
            layout: self.session.display(),
            layout_version: self.session.display_version(),
            options: options.unwrap_or(&self.view),
            filters: &self.filters,
            theme,
        };
        self.scenes.get(&inputs)
    }

    /// Whether the canvas's scene is being built on another thread (a large
    /// map's): the scene given meanwhile is the last one built.
    pub fn is_building_scene(&self) -> bool {
        self.scenes.is_building()
    }

    /// Builds the scenes of maps with at least `nodes` nodes on another
    /// thread (while the last one is shown).
    pub fn build_scenes_in_background_from(&mut self, nodes: usize) {
        self.scenes.background_from = nodes;
    }

    /// Picks up finished layout work and moves glides on (time in seconds).
    pub fn poll(&mut self, now: f64) -> bool {
        self.session.poll(now, &self.selection)
    }

    /// Applies an edit as one undo step, then selects `select` if given.
    pub fn edit(
        &mut self,
        edit: Edit,
        label: &str,
        merge: Option<MergeKey>,
        select: Option<Selection>,
    ) -> Result<(), String> {
        if self.session.is_busy() {
            return Err(busy(self.language(), self.session.progress()));
        }
        let before = self.selection.clone();
        let mut after = select.unwrap_or_else(|| before.clone());
        let done = self.session.apply(edit, label, merge, (before, after.clone()));
        match done {
            Ok(()) => {
                after.retain_existing(self.session.doc());
                self.selection = after;
                self.drop_stale_focus();
                Ok(())
            }
            Err(err) => Err(tr!(self.language(), "status-not-done", reason = err.to_string())),
        }
    }

    /// Carries out a document command; `middle` is the map point in the
    /// middle of the view (where nodes are added when no point is given).
    pub fn run(&mut self, command: DocCommand, middle: Pos) -> Outcome {
        if self.session.is_busy() {
            // The layout's result must fit the map it was made for.
            return Outcome::error(busy(self.language(), self.session.progress()));
        }
        let lang = self.language();
        match command {
            DocCommand::Edit { edit, label, merge, select } => {
                match self.edit(*edit, &label, merge, select) {
                    Ok(()) => Outcome::default(),
                    Err(why) => Outcome::error(why),
                }
            }
            DocCommand::Undo => self.undo_redo(true),
            DocCommand::Redo => self.undo_redo(false),
            DocCommand::AddNode { kind, at, link_from } => {
                self.add_node(kind, at.unwrap_or(middle), link_from)
            }
            DocCommand::Connect(from, to) => self.connect(&from, &to),
            DocCommand::DeleteSelection => self.delete_selection(),
            DocCommand::SetPinned(ids, pinned) => self.set_pinned(&ids, pinned),
            DocCommand::Relayout => match self.session.relayout(&self.selection) {
                Some(_) if self.session.is_busy() => Outcome::info(lang.tr("status-relayout-running")),
                Some(seed) => Outcome::info(tr!(lang, "status-relayout-done", seed = seed.to_string())),
                None => Outcome::error(lang.tr("status-all-pinned")),
            },
            DocCommand::Tidy => match self.session.tidy(&self.selection) {
                true if self.session.is_busy() => Outcome::info(lang.tr("status-tidy-running")),
                true => Outcome::info(lang.tr("status-tidy-done")),
                false => Outcome::error(lang.tr("status-tidy-none")),
            },
            DocCommand::RestoreKept(key) => {
                let outcome = match self.session.restore_kept(&key) {
                    Ok(()) => Outcome::info(lang.tr("share-restored")),
                    Err(err) => Outcome::error(err.to_string()),
                };
                self.after_shared();
                outcome
            }
        }
    }

    /// Merges others' changes that arrived in the shared folder, if the map
    /// is shared; returns whether the map changed.
    pub fn pull_shared(&mut self) -> Result<bool, String> {
        let pulled = self.session.pull_shared().map_err(|err| err.to_string());
        self.after_shared();
        pulled
    }

    /// After others' changes came in: the selection and focus keep only
    /// what is still there.
    pub fn after_shared(&mut self) {
        self.selection.retain_existing(self.session.doc());
        self.drop_stale_focus();
    }

    fn undo_redo(&mut self, undo: bool) -> Outcome {
        let lang = self.language();
        let result = if undo { self.session.undo() } else { self.session.redo() };
        let outcome = match result {
            Ok(Some(step)) => {
                self.selection = step.context;
                let id = if undo { "status-undid" } else { "status-redid" };
                Outcome::info(tr!(lang, id, step = step.label))
            }
            Ok(None) => {
                Outcome::info(lang.tr(if undo { "status-nothing-to-undo" } else { "status-nothing-to-redo" }))
            }
            Err(UndoError::Others(_)) => {
                Outcome::error(lang.tr(if undo { "status-undo-others" } else { "status-redo-others" }))
            }
            Err(err) => {
                let id = if undo { "status-undo-failed" } else { "status-redo-failed" };
                Outcome::error(tr!(lang, id, reason = err.to_string()))
            }
        };
        self.selection.retain_existing(self.session.doc());
        self.drop_stale_focus();
        outcome
    }

    fn add_node(&mut self, kind: NodeKind, at: Pos, link_from: Option<String>) -> Outcome {
        let doc = self.session.doc();
        let id = doc.fresh_id(kind.key());
        let lang = self.language();
        let mut node = Node::new(id.clone(), kind, tr!(lang, "new-node-label", kind = kind.key()));
        // Where asked, or beside it if a node is there already.
        let input = scene::layout_input(doc, self.session.measured());
        let params = Params::default();
        let within = input.nodes.iter().fold(None, |b: Option<[f32; 4]>, n| {
            let Some([x, y]) = n.start else { return b };
            let r = [x - n.half[0], y - n.half[1], x + n.half[0], y + n.half[1]];
            Some(b.map_or(r, |b| [b[0].min(r[0]), b[1].min(r[1]), b[2].max(r[2]), b[3].max(r[3])]))
        });
        // Room for a link to show between the new node and its neighbours.
        let spot =
            layout::free_spot(&input, scene::measure(&node).half, [at.x, at.y], params.link_gap, within);
        node.position = Some(Point::from_layout(spot));
        let label = tr!(lang, "step-add-node", kind = kind.key());
        // A node added at the end of a dragged link comes with the link, in
        // one step that selects the node.
        let edit = match link_from.as_deref().map(|from| link_between(doc, from, &id, Some(kind), lang)) {
            Some(Ok((link, _))) => Edit::Batch(vec![Edit::AddNode(node), link]),
            Some(Err(why)) => return Outcome::error(why),
            None => Edit::AddNode(node),
        };
        if let Err(why) = self.edit(edit, &label, None, Some(Selection::node(&id))) {
            return Outcome::error(why);
        }
        Outcome { notice: None, rename: Some(id) }
    }

    /// Links two nodes with the kind their kinds call for.
    fn connect(&mut self, from: &str, to: &str) -> Outcome {
        let lang = self.language();
        let (edit, id) = match link_between(self.session.doc(), from, to, None, lang) {
            Ok(found) => found,
            Err(why) => return Outcome::error(why),
        };
        let label = match &edit {
            Edit::AddLink { link, .. } => tr!(lang, "step-add-link", kind = lang.link_name(link.kind)),
            _ => lang.tr("step-add-any-link"),
        };
        match self.edit(edit, &label, None, Some(Selection::link(&id))) {
            Ok(()) => Outcome::default(),
            Err(why) => Outcome::error(why),
        }
    }

    fn delete_selection(&mut self) -> Outcome {
        if self.selection.is_empty() {
            return Outcome::default();
        }
        let (doc, chosen) = (self.session.doc(), &self.selection);
        // Links first (those not removed with their nodes), then nodes.
        let mut edits: Vec<Edit> = chosen
            .links
            .iter()
            .filter(|id| {
                doc.link(id).is_some_and(|(_, f, t)| !chosen.nodes.contains(f) && !chosen.nodes.contains(t))
            })
            .map(|id| Edit::RemoveLink(id.clone()))
            .collect();
        // Saved views focused on a deleted node lose their focus in the same
        // step, so the map stays valid and Undo brings both back.
        let focused_on_deleted =
            |v: &crate::model::SavedView| v.focus.as_ref().is_some_and(|f| chosen.nodes.contains(&f.node));
        if doc.views.iter().any(focused_on_deleted) {
            let mut views = doc.views.clone();
            for view in views.iter_mut().filter(|v| focused_on_deleted(v)) {
                view.focus = None;
            }
            edits.push(Edit::SetViews(views));
        }
        edits.extend(chosen.nodes.iter().map(|id| Edit::RemoveNode(id.clone())));
        let lang = self.language();
        let label = match (chosen.nodes.len(), chosen.links.len()) {
            (1, 0) => lang.tr("step-delete-node"),
            (0, 1) => lang.tr("step-delete-link"),
            (n, l) => tr!(lang, "step-delete-items", count = n + l),
        };
        match self.edit(Edit::Batch(edits), &label, None, Some(Selection::default())) {
            Ok(()) => Outcome::default(),
            Err(why) => Outcome::error(why),
        }
    }

    fn set_pinned(&mut self, ids: &[String], pinned: bool) -> Outcome {
        let moves: Vec<(String, Placement)> = ids
            .iter()
            .filter_map(|id| {
                let node = self.session.doc().node(id)?;
                Some((id.clone(), Placement { position: node.position, pinned }))
            })
            .collect();
        if moves.is_empty() {
            return Outcome::default();
        }
        let label = self.language().tr(if pinned { "step-pin" } else { "step-unpin" });
        match self.edit(Edit::Place(moves), &label, None, None) {
            Ok(()) => Outcome::default(),
            Err(why) => Outcome::error(why),
        }
    }

    /// Drops a focus on a node that no longer exists (after delete or undo).
    pub fn drop_stale_focus(&mut self) {
        if self.view.focus.as_ref().is_some_and(|f| self.session.doc().node(&f.node).is_none()) {
            self.view.focus = None;
        }
    }
}

/// The link two nodes call for, as an edit, and its id: the kind their
/// kinds call for, turned round when it only makes sense the other way.
/// `to_kind` is the kind of `to` when it is not in the document yet; a
/// refusal is said in `lang`.
fn link_between(
    doc: &Document,
    from: &str,
    to: &str,
    to_kind: Option<NodeKind>,
    lang: Language,
) -> Result<(Edit, String), String> {
    let missing = |id: &str| tr!(lang, "link-no-such-node", id = id);
    let a = doc.node(from).map(|n| n.kind).ok_or_else(|| missing(from))?;
    let b = to_kind.or_else(|| doc.node(to).map(|n| n.kind)).ok_or_else(|| missing(to))?;
    if from == to {
        return Err(lang.tr("link-to-itself"));
    }
    let forward = LinkKind::allowed_between(a, b);
    let backward = LinkKind::allowed_between(b, a);
    let (kind, from, to) = match (forward.first(), backward.first()) {
        (Some(&k), _) if k != LinkKind::Related => (k, from, to),
        (_, Some(&k)) if k != LinkKind::Related => (k, to, from),
        _ => (LinkKind::Related, from, to),
    };
    if doc.links_of(from).iter().any(|(l, f, t)| l.kind == kind && *f == from && *t == to) {
        return Err(tr!(lang, "link-exists", kind = lang.link_name(kind)));
    }
    let id = doc.fresh_id("link");
    let link = Link::new(id.clone(), kind);
    Ok((Edit::AddLink { link, from: from.to_owned(), to: to.to_owned() }, id))
}
