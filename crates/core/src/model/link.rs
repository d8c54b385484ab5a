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
    /// Whether the department itself makes the link (relevant links):
    /// unknown until someone has checked.
    pub recognised: Recognised,
    /// The label in other languages.
    pub translations: Translations,
}

impl Link {
    /// A link with the given id and kind, strength 2, not yet checked
    /// for recognition.
    pub fn new(id: impl Into<String>, kind: LinkKind) -> Self {
        Self {
            id: id.into(),
            kind,
            label: String::new(),
            evidence: Vec::new(),
            strength: 2,
            recognised: Recognised::Unknown,
            translations: Translations::default(),
        }
    }

    /// Whether `strength` and `recognised` mean anything for this link.
    pub fn has_relevance(&self) -> bool {
        self.kind == LinkKind::Relevant
    }
}

/// Whether a department itself makes a relevant link, in its own strategy
/// or objectives. Nobody has checked a new link, so it starts unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Recognised {
    /// Nobody has checked yet.
    #[default]
    Unknown,
    /// The department makes the link itself.
    Yes,
    /// The department does not make the link: a gap to raise with it.
    No,
}

impl Recognised {
    /// Every state, in the order menus list them.
    pub const ALL: [Recognised; 3] = [Recognised::Yes, Recognised::No, Recognised::Unknown];

    /// `Some(true)`, `Some(false)` or `None` for unknown, as files hold it.
    pub fn as_flag(self) -> Option<bool> {
        match self {
            Recognised::Unknown => None,
            Recognised::Yes => Some(true),
            Recognised::No => Some(false),
        }
    }

    /// The state a file's `true`, `false` or nothing says.
    pub fn from_flag(flag: Option<bool>) -> Self {
        match flag {
            None => Recognised::Unknown,
            Some(true) => Recognised::Yes,
            Some(false) => Recognised::No,
        }
    }

    /// Whether the department is known to make the link.
    pub fn is_yes(self) -> bool {
        self == Recognised::Yes
    }

    /// The state's name in files and on the command line (`"unknown"`).
    pub fn key(self) -> &'static str {
        match self {
            Recognised::Unknown => "unknown",
            Recognised::Yes => "yes",
            Recognised::No => "no",
        }
    }
}
