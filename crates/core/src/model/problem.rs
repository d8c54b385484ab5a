//! Problems found by validation, each naming the place at fault.

use std::fmt;

use serde::Serialize;

/// Where in a map a problem is.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "place", content = "id", rename_all = "lowercase")]
pub enum Place {
    /// The map as a whole (title, format, version).
    Map,
    /// The node with this id.
    Node(String),
    /// The node at this position in the file's `nodes` list (when its id is unusable).
    NodeAt(usize),
    /// The link with this id.
    Link(String),
    /// The link at this position in the file's `links` list (when its id is unusable).
    LinkAt(usize),
    /// The saved view with this name.
    View(String),
    /// The saved view at this position in the file's `views` list.
    ViewAt(usize),
    /// The assessment round (rubric) of this year.
    Round(i32),
    /// A department's answer to a criterion in a round.
    Answer(i32, String, String),
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Map => write!(f, "map"),
            Place::Node(id) => write!(f, "node \"{id}\""),
            Place::NodeAt(index) => write!(f, "node #{} in the list", index + 1),
            Place::Link(id) => write!(f, "link \"{id}\""),
            Place::LinkAt(index) => write!(f, "link #{} in the list", index + 1),
            Place::View(name) => write!(f, "view \"{name}\""),
            Place::ViewAt(index) => write!(f, "view #{} in the list", index + 1),
            Place::Round(year) => write!(f, "assessment round {year}"),
            Place::Answer(year, department, criterion) => {
                write!(f, "answer of \"{department}\" to \"{criterion}\" in {year}")
            }
        }
    }
}

/// One thing wrong with a map.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Problem {
    /// The node, link or map at fault.
    #[serde(flatten)]
    pub place: Place,
    /// The field at fault, e.g. `scores.2006` or `to`; empty for the whole item.
    pub field: String,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl Problem {
    /// A problem at `place`, in `field`, described by `message`.
    pub fn new(place: Place, field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { place, field: field.into(), message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.place, self.message)
        } else {
            write!(f, "{}, field {}: {}", self.place, self.field, self.message)
        }
    }
}
