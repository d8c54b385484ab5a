//! What one import learns besides the map: the kinds chosen for type names
//! Sectormap does not know (and the names met, with their own spelling
//! and first place), links the file gives no strength for, notes on what
//! was read differently from how the file has it, and the map of what
//! reads cleanly when some rows do not.

use std::collections::{BTreeMap, BTreeSet};

use super::kinds::{NODE_KIND_NAMES, node_kind};
use crate::interchange::problem::Problem;
use crate::model::{Document, NodeKind};

/// Kinds chosen by the user for type names Sectormap does not know, by
/// the name in lower case (`""` stands for "no type given").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KindMap(pub BTreeMap<String, NodeKind>);

impl KindMap {
    /// Maps the type `name` (any case) to `kind`.
    pub fn set(&mut self, name: &str, kind: NodeKind) {
        self.0.insert(name.trim().to_lowercase(), kind);
    }

    /// The kind chosen for type `name` (any case), if any.
    pub fn get(&self, name: &str) -> Option<NodeKind> {
        self.0.get(&name.trim().to_lowercase()).copied()
    }
}

/// A type name an import met that is no Sectormap kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownType {
    /// The name as the file first writes it (empty: no type given).
    pub name: String,
    /// How many elements have it.
    pub count: usize,
    /// Where the first of them is.
    pub place: String,
    /// The kind the user chose for it, if any.
    pub chosen: Option<NodeKind>,
}

/// What one import learns besides the map.
#[derive(Debug, Default)]
pub struct KindLookup {
    choices: KindMap,
    /// Type names that are no kind, chosen or not, by lower-case name.
    pub types: BTreeMap<String, UnknownType>,
    /// Ids of links the file gives no strength for (read as 2): a merge
    /// leaves the map's strength of these as it is.
    pub no_strength: BTreeSet<String>,
    /// What was read differently from how the file has it (a link id
    /// renamed, a value not kept), each said once with its place.
    pub notes: Vec<Problem>,
    /// When the file has problems: the map of what reads without any.
    pub partial: Option<Document>,
}

impl KindLookup {
    /// A lookup with the user's `choices`.
    pub fn new(choices: KindMap) -> Self {
        Self { choices, ..Self::default() }
    }

    /// The kind of type `name` for an element at `place`: a name Sectormap
    /// knows, else the user's choice; `None` when neither. Every name that
    /// is no kind is remembered, with its spelling and first place.
    pub fn kind(&mut self, name: &str, place: &str) -> Option<NodeKind> {
        if let Some(kind) = node_kind(name) {
            return Some(kind);
        }
        let chosen = self.choices.get(name);
        self.types
            .entry(name.trim().to_lowercase())
            .or_insert_with(|| UnknownType {
                name: name.trim().to_owned(),
                count: 0,
                place: place.to_owned(),
                chosen,
            })
            .count += 1;
        chosen
    }

    /// The tag an element of type `name` keeps when its kind was chosen
    /// for that type: the type as the file first spells it (`Charity`);
    /// none for names Sectormap knows or for no type.
    pub fn tag(&self, name: &str) -> Option<String> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        self.types.get(&name.to_lowercase()).filter(|t| t.chosen.is_some()).map(|t| t.name.clone())
    }

    /// The type names met with no kind chosen, in name order.
    pub fn unknown(&self) -> Vec<UnknownType> {
        self.types.values().filter(|t| t.chosen.is_none()).cloned().collect()
    }

    /// One problem per type name with no kind chosen, at its first place:
    /// the elements of that type are reported once, not one by one (and
    /// not again by the links that name them).
    pub fn type_problems(&self) -> Vec<Problem> {
        self.unknown()
            .into_iter()
            .map(|t| {
                let (n, many) = (t.count, t.count != 1);
                let elements = if many { format!("{n} elements") } else { "1 element".to_owned() };
                let message = if t.name.is_empty() {
                    format!(
                        "{elements} {} no type (the first here); choose a kind for {} (--kind \"=KIND\" on the command line), or give each one of {NODE_KIND_NAMES}",
                        if many { "have" } else { "has" },
                        if many { "them" } else { "it" },
                    )
                } else {
                    format!(
                        "unknown type '{}' ({elements}, the first here); choose a kind for it (--kind \"{}=KIND\" on the command line), or use one of {NODE_KIND_NAMES}",
                        t.name, t.name
                    )
                };
                Problem::new(t.place, message)
            })
            .collect()
    }

    /// Adds a note at `place`.
    pub fn note(&mut self, place: impl Into<String>, message: impl Into<String>) {
        self.notes.push(Problem::new(place, message));
    }
}
