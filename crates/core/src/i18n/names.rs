//! The names of the map's kinds of things, as people read them.

use super::Language;
use crate::model::{ColorBy, Engagement, LinkKind, NodeKind};

impl Language {
    /// A node kind's name as a heading or in a list (`"Department"`).
    pub fn node_kind(self, kind: NodeKind) -> String {
        self.tr(&format!("kind-{}", kind.key()))
    }

    /// A link kind as a short phrase (`"is relevant to"`).
    pub fn link_kind(self, kind: LinkKind) -> String {
        self.tr(&format!("link-{}", kind.key()))
    }

    /// A link kind's name, as in the link kind menu (`"relevant"`).
    pub fn link_name(self, kind: LinkKind) -> String {
        self.tr(&format!("link-name-{}", kind.key()))
    }

    /// What node colours show, as a menu names it (`"Score"`).
    pub fn color_by(self, by: ColorBy) -> String {
        self.tr(&format!("color-by-{}", by.key()))
    }

    /// An engagement level (`"Committed"`).
    pub fn engagement(self, level: Engagement) -> String {
        self.tr(&format!("engagement-{}", level.key()))
    }
}

/// `a`, `a and b`, `a, b and c` in `lang`.
pub fn list(lang: Language, names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => crate::tr!(lang, "list-and", first = init.join(", "), last = *last),
    }
}

/// Like [`list`], but past three names `a, b, c and 2 more`.
pub fn short_list(lang: Language, names: &[&str]) -> String {
    match names.get(..3) {
        Some(first) if names.len() > 3 => {
            crate::tr!(lang, "list-more", first = first.join(", "), count = names.len() - 3)
        }
        _ => list(lang, names),
    }
}
