//! Links between nodes.

use super::kind::LinkKind;
use super::translate::Translations;

/// Weakest and strongest strength of a relevant link.
pub const STRENGTH_RANGE: std::ops::RangeInclusive<u8> = 1..=3;

/// A link from one node to another. Its ends live in the document's graph.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    /// Stable id, unique among the document's nodes and links.
    pub id: String,
    /// What the link says.
    pub kind: LinkKind,
    /// Optional text drawn along the link; may be empty.
    pub label: String,
    /// Evidence: source notes or addresses.
    pub evidence: Vec<String>,
    /// How strongly the issue bears on the objective, 1 to 3 (relevant links).
    pub strength: u8,
    /// Whether the department itself makes the link (relevant links).
    pub recognised: bool,
    /// The label in other languages.
    pub translations: Translations,
}

impl Link {
    /// A link with the given id and kind, strength 2 and not recognised.
    pub fn new(id: impl Into<String>, kind: LinkKind) -> Self {
        Self {
            id: id.into(),
            kind,
            label: String::new(),
            evidence: Vec::new(),
            strength: 2,
            recognised: false,
            translations: Translations::default(),
        }
    }

    /// Whether `strength` and `recognised` mean anything for this link.
    pub fn has_relevance(&self) -> bool {
        self.kind == LinkKind::Relevant
    }
}
