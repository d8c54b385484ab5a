//! Carrying out commands that change the map or the view.

use super::app::SectormapApp;
use super::canvas::Rename;
use super::command::Command;
use super::state::Selection;
use crate::edit::{Edit, Placement};
use crate::model::{Link, LinkKind, Node, NodeKind, Point};
use crate::scene::Pos;

impl SectormapApp {
    /// Carries out one command.
    pub(super) fn run(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Edit { edit, label, merge, select } => {
                self.edit(*edit, &label, merge.as_deref(), select)
            }
            Command::Undo => self.undo_redo(true),
            Command::Redo => self.undo_redo(false),
            Command::AddNode { kind, at, link_from } => self.add_node(kind, at, link_from.as_deref()),
            Command::Connect(from, to) => self.connect(&from, &to),
            Command::DeleteSelection => self.delete_selection(),
            Command::SetPinned(ids, pinned) => self.set_pinned(&ids, pinned),
            Command::Rename(id) => {
                if let Some(node) = self.session.doc.node(&id) {
                    self.canvas.rename =
                        Some(Rename { id: id.clone(), text: node.label.clone(), focused: false });
                    self.selection = Selection::node(&id);
                }
            }
            Command::SelectAll => {
                let (hidden, _) = self.view.hidden_and_dimmed(&self.session.doc, &self.filters);
                self.selection.nodes = self
                    .session
                    .doc
                    .nodes()
                    .map(|n| n.id.clone())
                    .filter(|id| !hidden.contains(id))
                    .collect();
                self.selection.links.clear();
            }
            Command::ZoomFit => {
                let bounds = self.screen_scene().bounds;
                self.canvas.fit(&bounds);
            }
            Command::ZoomIn => self.canvas.zoom_by(1.25),
            Command::ZoomOut => self.canvas.zoom_by(0.8),
            Command::Reveal(id) => {
                if let Some(p) = self.session.layout.position_of(&id) {
                    self.canvas.center_on(p);
                    self.selection = Selection::node(&id);
                }
            }
            Command::ToggleLayout => {
                let paused = self.session.layout.is_paused();
                self.session.layout.set_paused(!paused);
            }
            Command::Relayout => {
                self.session.relayout();
                self.status.info("Laying the map out afresh; pinned nodes stay where they are.");
            }
            other => self.run_view_command(ctx, other),
        }
    }

    /// Applies an edit as one undo step and reports a refusal in the status line.
    pub(super) fn edit(&mut self, edit: Edit, label: &str, merge: Option<&str>, select: Option<Selection>) {
        match self.session.apply(edit, label, merge) {
            Ok(()) => {
                self.status.clear_error();
                if let Some(selection) = select {
                    self.selection = selection;
                }
                self.selection.retain_existing(&self.session.doc);
                self.drop_stale_focus();
            }
            Err(err) => self.status.error(format!("Not done: {err}")),
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        let result = if undo { self.session.undo() } else { self.session.redo() };
        match result {
            Ok(Some(label)) => self.status.info(format!("{} {label}", if undo { "Undid" } else { "Redid" })),
            Ok(None) => self.status.info(if undo { "Nothing to undo" } else { "Nothing to redo" }),
            Err(err) => self.status.error(format!("Could not {}: {err}", if undo { "undo" } else { "redo" })),
        }
        self.selection.retain_existing(&self.session.doc);
        self.drop_stale_focus();
    }

    fn add_node(&mut self, kind: NodeKind, at: Option<Pos>, link_from: Option<&str>) {
        let at = at.unwrap_or_else(|| self.canvas.view_center());
        let id = self.session.doc.fresh_id(kind.key());
        let mut node = Node::new(id.clone(), kind, format!("New {}", kind.noun()));
        node.position = Some(Point::new(f64::from(at.x), f64::from(at.y)));
        self.edit(Edit::AddNode(node), &format!("Add {}", kind.noun()), None, Some(Selection::node(&id)));
        if self.session.doc.node(&id).is_some() {
            if let Some(from) = link_from {
                self.connect(from, &id);
                self.selection = Selection::node(&id);
            }
            self.canvas.rename = Some(Rename { id, text: String::new(), focused: false });
        }
    }

    /// Links two nodes with the kind their kinds call for; a link that only
    /// makes sense the other way round is turned round.
    fn connect(&mut self, from: &str, to: &str) {
        let (Some(a), Some(b)) = (self.session.doc.node(from), self.session.doc.node(to)) else {
            return;
        };
        if from == to {
            self.status.error("A node cannot be linked to itself.");
            return;
        }
        let forward = LinkKind::allowed_between(a.kind, b.kind);
        let backward = LinkKind::allowed_between(b.kind, a.kind);
        let (kind, from, to) = match (forward.first(), backward.first()) {
            (Some(&k), _) if k != LinkKind::Related => (k, from, to),
            (_, Some(&k)) if k != LinkKind::Related => (k, to, from),
            _ => (LinkKind::Related, from, to),
        };
        let duplicate =
            self.session.doc.links_of(from).iter().any(|(l, f, t)| l.kind == kind && *f == from && *t == to);
        if duplicate {
            self.status.error(format!("These two nodes already have a \"{}\" link.", kind.key()));
            return;
        }
        let id = self.session.doc.fresh_id("link");
        let link = Link::new(id.clone(), kind);
        let edit = Edit::AddLink { link, from: from.to_owned(), to: to.to_owned() };
        self.edit(edit, &format!("Add {} link", kind.key()), None, Some(Selection::link(&id)));
        self.canvas.connect_tool = false;
    }

    fn delete_selection(&mut self) {
        if self.selection.is_empty() {
            return;
        }
        let doc = &self.session.doc;
        // Links first (those not removed with their nodes), then nodes.
        let mut edits: Vec<Edit> = self
            .selection
            .links
            .iter()
            .filter(|id| {
                doc.link(id).is_some_and(|(_, f, t)| {
                    !self.selection.nodes.contains(f) && !self.selection.nodes.contains(t)
                })
            })
            .map(|id| Edit::RemoveLink(id.clone()))
            .collect();
        // Saved views focused on a deleted node lose their focus in the same
        // step, so the map stays valid and Undo brings both back.
        if doc.views.iter().any(|v| v.focus.as_ref().is_some_and(|f| self.selection.nodes.contains(&f.node)))
        {
            let mut views = doc.views.clone();
            for view in &mut views {
                if view.focus.as_ref().is_some_and(|f| self.selection.nodes.contains(&f.node)) {
                    view.focus = None;
                }
            }
            edits.push(Edit::SetViews(views));
        }
        edits.extend(self.selection.nodes.iter().map(|id| Edit::RemoveNode(id.clone())));
        let (n, l) = (self.selection.nodes.len(), self.selection.links.len());
        let label = match (n, l) {
            (1, 0) => "Delete node".to_owned(),
            (0, 1) => "Delete link".to_owned(),
            _ => format!("Delete {} items", n + l),
        };
        self.edit(Edit::Batch(edits), &label, None, Some(Selection::default()));
    }

    fn set_pinned(&mut self, ids: &[String], pinned: bool) {
        let moves: Vec<(String, Placement)> = ids
            .iter()
            .filter_map(|id| {
                let [x, y] = self.session.layout.position_of(id)?;
                let position = Some(Point::new(f64::from(x), f64::from(y)));
                Some((id.clone(), Placement { position, pinned }))
            })
            .collect();
        let label = if pinned { "Pin" } else { "Unpin" };
        self.edit(Edit::Place(moves), label, None, None);
    }
}
