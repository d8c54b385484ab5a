//! The inspector side panel: every field of the selected node or link, or
//! of the map when nothing is selected. Changes become undoable edits;
//! typing in one field is one undo step.

mod ask_list;
mod asks;
mod department;
mod link;
mod marks;
mod node;
mod translations;

use std::collections::BTreeMap;

use egui::Ui;

use crate::lang::Speak;
use sectormap_core::edit::{Edit, MergeKey};
use sectormap_core::editor::{Command, DocCommand, Revision, Selection};
use sectormap_core::model::{Document, Node};
use sectormap_core::tr;

/// Text typed into fields that is not (yet) in the document: partial or
/// invalid input, kept only while its field has focus.
#[derive(Default)]
pub struct Inspector {
    buffers: BTreeMap<String, String>,
    /// The language the Translations section edits.
    translate_to: Option<String>,
    /// A language tag being typed to add.
    new_language: String,
    /// Text the map shapes (Arabic, Devanagari...), drawn under its field.
    preview: crate::shaped::ShapedPreview,
    /// Second marking is on: a department's marks are not shown.
    pub blind: bool,
    /// The revision of the map shown.
    revision: Option<Revision>,
    /// The selected department's asks, as last listed.
    listed: ask_list::Listed,
}

/// Where inspector sections send their results.
pub struct Out<'a> {
    /// Commands for the app.
    pub commands: &'a mut Vec<Command>,
    /// The selection (links to a link's ends change it).
    pub selection: &'a mut Selection,
}

impl Out<'_> {
    /// Emits a node edit merged per field.
    fn edit_node(&mut self, node: Node, label: &str, merge: MergeKey) {
        self.commands.push(Command::typing(Edit::SetNode(node), label, merge));
    }
}

impl Inspector {
    /// Shows the inspector for the current selection of `doc`, the map at
    /// `revision`.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        (doc, revision): (&Document, Revision),
        selection: &mut Selection,
        commands: &mut Vec<Command>,
    ) {
        self.revision = Some(revision);
        let mut out = Out { commands, selection };
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            let lang = ui.lang();
            let current = out.selection.clone();
            if let Some(node) = current.single_node().and_then(|id| doc.node(id)) {
                ui.heading(lang.node_kind(node.kind));
                self.node(ui, doc, node, &mut out);
            } else if let Some(id) = current.single_link() {
                ui.heading(lang.tr("inspector-link"));
                self.link(ui, doc, id, &mut out);
            } else if current.is_empty() {
                ui.heading(lang.tr("inspector-map"));
                self.map(ui, doc, &mut out);
            } else {
                Self::many(ui, &current, &mut out);
            }
        });
    }

    fn many(ui: &mut Ui, selection: &Selection, out: &mut Out<'_>) {
        let lang = ui.lang();
        ui.heading(lang.tr("inspector-selection"));
        let (nodes, links) = (selection.nodes.len(), selection.links.len());
        ui.label(tr!(lang, "inspector-selected", nodes = nodes, links = links));
        let nodes: Vec<String> = selection.nodes.iter().cloned().collect();
        if !nodes.is_empty() {
            if ui.button(lang.tr("inspector-pin-all")).clicked() {
                out.commands.push(DocCommand::SetPinned(nodes.clone(), true).into());
            }
            if ui.button(lang.tr("inspector-unpin-all")).clicked() {
                out.commands.push(DocCommand::SetPinned(nodes, false).into());
            }
            if ui.button(lang.tr("inspector-tidy")).on_hover_text(lang.tr("inspector-tidy-hint")).clicked() {
                out.commands.push(DocCommand::Tidy.into());
            }
        }
        if ui.button(lang.tr("menu-delete-selected")).clicked() {
            out.commands.push(DocCommand::DeleteSelection.into());
        }
    }

    /// The text being typed under `key`, or `init()` when nothing is.
    fn buffer(&self, key: &str, init: impl FnOnce() -> String) -> String {
        self.buffers.get(key).cloned().unwrap_or_else(init)
    }

    /// Keeps `text` under `key` while its field is in use, forgets it otherwise.
    fn hold(&mut self, key: &str, text: String, keep: bool) {
        if keep {
            self.buffers.insert(key.to_owned(), text);
        } else {
            self.buffers.remove(key);
        }
    }
}
