//! Finding elements by ID or by label, with a suggestion when nothing matches.

use std::collections::BTreeMap;

use crate::interchange::suggest::did_you_mean;
use crate::model::Node;

/// The elements of an import, to look up by ID or label.
#[derive(Debug, Default)]
pub struct Names {
    ids: BTreeMap<String, String>,
    labels: BTreeMap<String, Vec<String>>,
    shown: Vec<String>,
}

impl Names {
    /// An index of `nodes`.
    pub fn of<'a>(nodes: impl IntoIterator<Item = &'a Node>) -> Self {
        let mut names = Self::default();
        for node in nodes {
            names.add(node);
        }
        names
    }

    /// Adds `node` to the index.
    pub fn add(&mut self, node: &Node) {
        self.ids.insert(node.id.clone(), node.id.clone());
        self.labels.entry(node.label.trim().to_lowercase()).or_default().push(node.id.clone());
        self.shown.push(node.label.clone());
    }

    /// Whether some element has `name` as its ID or label (any case).
    pub fn knows(&self, name: &str) -> bool {
        let name = name.trim();
        self.ids.contains_key(name) || self.labels.contains_key(&name.to_lowercase())
    }

    /// The id of the element `name` names: an ID first, else a label
    /// (ignoring case). The error says why not, with a suggestion.
    pub fn resolve(&self, name: &str) -> Result<String, String> {
        let name = name.trim();
        if let Some(id) = self.ids.get(name) {
            return Ok(id.clone());
        }
        match self.labels.get(&name.to_lowercase()).map(Vec::as_slice) {
            Some([id]) => Ok(id.clone()),
            Some(ids) if !ids.is_empty() => Err(format!(
                "{} elements are called '{name}' ({}); name one by its ID",
                ids.len(),
                ids.join(", ")
            )),
            _ => Err(format!(
                "no element called '{name}'{}",
                did_you_mean(name, self.shown.iter().map(String::as_str))
            )),
        }
    }
}
