//! Elements named by a matrix or report card: found by ID or label, or made
//! when the workbook has no Elements sheet to list them.

use std::collections::BTreeMap;

use super::kinds;
use super::names::Names;
use crate::model::{Document, Node, NodeKind};

/// Finds elements by name and, when allowed, makes the ones not there.
#[derive(Debug)]
pub struct Registry {
    names: Names,
    create: bool,
    /// How many elements of each kind were made, for the preview.
    pub made: BTreeMap<NodeKind, usize>,
}

impl Registry {
    /// A registry of the elements `names` knows; `create` lets it make
    /// missing ones (a workbook without an Elements sheet names its
    /// elements only here).
    pub fn new(names: Names, create: bool) -> Self {
        Self { names, create, made: BTreeMap::new() }
    }

    /// The id of the element called `name`, or a new element of `kind` with
    /// that label when there is none and the registry may make it. The
    /// error says why not, with a suggestion.
    pub fn find_or_make(
        &mut self,
        doc: &mut Document,
        name: &str,
        kind: NodeKind,
        place: &str,
    ) -> Result<String, String> {
        let name = name.trim();
        let lookup = if self.create && !self.names.knows(name) {
            Err(String::new())
        } else {
            self.names.resolve(name)
        };
        match lookup {
            Ok(id) => Ok(id),
            Err(message) if !self.create || self.names.knows(name) => Err(message),
            Err(_) => {
                let id = kinds::unique(&kinds::slug(name), &|c: &str| doc.contains_id(c));
                let node = Node::new(id.clone(), kind, name);
                doc.add_node(node.clone()).map_err(|err| format!("{place}: {err}"))?;
                self.names.add(&node);
                *self.made.entry(kind).or_default() += 1;
                Ok(id)
            }
        }
    }
}
