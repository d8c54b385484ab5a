//! Node kinds, link kinds and which link kinds may join which node kinds.

use serde::{Deserialize, Serialize};

/// What a node stands for on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NodeKind {
    /// A form of VAW or a VAW problem (domestic violence, forced marriage...).
    Issue,
    /// A government department, agency or sector.
    Department,
    /// A department's strategic objective or priority.
    Objective,
    /// A law, treaty article or action plan.
    Commitment,
    /// An NGO, coalition, union or researcher.
    Organisation,
}

impl NodeKind {
    /// Every node kind, in the order legends and menus list them.
    pub const ALL: [NodeKind; 5] = [
        NodeKind::Issue,
        NodeKind::Department,
        NodeKind::Objective,
        NodeKind::Commitment,
        NodeKind::Organisation,
    ];

    /// The name used in files and on the command line (`"department"`).
    pub fn key(self) -> &'static str {
        match self {
            NodeKind::Issue => "issue",
            NodeKind::Department => "department",
            NodeKind::Objective => "objective",
            NodeKind::Commitment => "commitment",
            NodeKind::Organisation => "organisation",
        }
    }

    /// The kind as a noun inside a sentence (`"department"`, `"VAW issue"`).
    pub fn noun(self) -> &'static str {
        match self {
            NodeKind::Issue => "VAW issue",
            NodeKind::Department => "department",
            NodeKind::Objective => "objective",
            NodeKind::Commitment => "commitment",
            NodeKind::Organisation => "organisation",
        }
    }

    /// The name shown to people (`"Department"`).
    pub fn title(self) -> &'static str {
        match self {
            NodeKind::Issue => "VAW issue",
            NodeKind::Department => "Department",
            NodeKind::Objective => "Objective",
            NodeKind::Commitment => "Commitment",
            NodeKind::Organisation => "Organisation",
        }
    }
}

/// How a department engages with VAW work.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Engagement {
    /// Already committed to the work.
    Committed,
    /// Open to it.
    Open,
    /// Resisting it.
    Resistant,
    /// Not known.
    #[default]
    Unknown,
}

impl Engagement {
    /// Every engagement level, in display order.
    pub const ALL: [Engagement; 4] =
        [Engagement::Committed, Engagement::Open, Engagement::Resistant, Engagement::Unknown];

    /// The name used in files (`"committed"`).
    pub fn key(self) -> &'static str {
        match self {
            Engagement::Committed => "committed",
            Engagement::Open => "open",
            Engagement::Resistant => "resistant",
            Engagement::Unknown => "unknown",
        }
    }
}

/// What a link says about its two ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkKind {
    /// Department -> objective: the department pursues this objective.
    Pursues,
    /// Issue -> objective or department: this form of VAW bears on it.
    Relevant,
    /// Commitment -> department: the law or treaty obliges the department.
    Obliges,
    /// Organisation -> department: the organisation works with it.
    Engages,
    /// Any -> any: a looser relation.
    Related,
}

impl LinkKind {
    /// Every link kind, in legend order.
    pub const ALL: [LinkKind; 5] =
        [LinkKind::Pursues, LinkKind::Relevant, LinkKind::Obliges, LinkKind::Engages, LinkKind::Related];

    /// The name used in files (`"relevant"`).
    pub fn key(self) -> &'static str {
        match self {
            LinkKind::Pursues => "pursues",
            LinkKind::Relevant => "relevant",
            LinkKind::Obliges => "obliges",
            LinkKind::Engages => "engages",
            LinkKind::Related => "related",
        }
    }

    /// A short phrase for legends and menus.
    pub fn title(self) -> &'static str {
        match self {
            LinkKind::Pursues => "pursues",
            LinkKind::Relevant => "is relevant to",
            LinkKind::Obliges => "obliges",
            LinkKind::Engages => "engages",
            LinkKind::Related => "related to",
        }
    }

    /// Whether a link of this kind may go from a `from` node to a `to` node.
    pub fn allows(self, from: NodeKind, to: NodeKind) -> bool {
        use NodeKind as N;
        match self {
            LinkKind::Pursues => from == N::Department && to == N::Objective,
            LinkKind::Relevant => from == N::Issue && matches!(to, N::Objective | N::Department),
            LinkKind::Obliges => from == N::Commitment && to == N::Department,
            LinkKind::Engages => from == N::Organisation && to == N::Department,
            LinkKind::Related => true,
        }
    }

    /// `a "pursues" link` / `an "obliges" link`, for messages.
    pub fn with_article(self) -> String {
        let article = if matches!(self, LinkKind::Obliges | LinkKind::Engages) { "an" } else { "a" };
        format!("{article} \"{}\" link", self.key())
    }

    /// What a link of this kind must join, for error messages.
    pub fn rule(self) -> &'static str {
        match self {
            LinkKind::Pursues => "department -> objective",
            LinkKind::Relevant => "issue -> objective or department",
            LinkKind::Obliges => "commitment -> department",
            LinkKind::Engages => "organisation -> department",
            LinkKind::Related => "any -> any",
        }
    }

    /// The link kinds allowed from `from` to `to`, the most specific first.
    ///
    /// The first entry is the sensible default when a user connects two nodes;
    /// `related` is always last and always allowed.
    pub fn allowed_between(from: NodeKind, to: NodeKind) -> Vec<LinkKind> {
        LinkKind::ALL.into_iter().filter(|kind| kind.allows(from, to)).collect()
    }

    /// Whether links of this kind have a direction worth an arrowhead.
    pub fn directed(self) -> bool {
        self != LinkKind::Related
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_pick_the_specific_kind_first() {
        assert_eq!(
            LinkKind::allowed_between(NodeKind::Department, NodeKind::Objective)[0],
            LinkKind::Pursues
        );
        assert_eq!(LinkKind::allowed_between(NodeKind::Issue, NodeKind::Objective)[0], LinkKind::Relevant);
        assert_eq!(LinkKind::allowed_between(NodeKind::Objective, NodeKind::Issue), vec![LinkKind::Related]);
    }
}
