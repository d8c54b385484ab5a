//! Gap analysis: where the map shows that VAW is not yet treated as every
//! department's business. Each gap says why in a sentence an advocate can
//! paste into a briefing.

use std::collections::BTreeMap;

use super::reach::Reach;
use super::rules;
use crate::i18n::Language;
use crate::model::Document;

/// The rules, in the order gaps are listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GapKind {
    /// An objective no VAW issue is linked to.
    UnlinkedObjective,
    /// A relevant link the department does not make itself.
    UnrecognisedLink,
    /// A relevant link nobody has checked yet: does the department make it?
    UncheckedLink,
    /// A department neither it nor its objectives linked to any VAW issue.
    DepartmentWithoutVaw,
    /// A department whose links touch only one form of VAW.
    SingleForm,
    /// A form of VAW that reaches only health and justice departments.
    HealthAndJusticeOnly,
    /// A form of VAW linked to no department or objective at all.
    UnlinkedIssue,
    /// A commitment that obliges no department.
    IdleCommitment,
    /// A department with no score in the latest year scored.
    NotScored,
}

impl GapKind {
    /// Every rule, in listing order.
    pub const ALL: [GapKind; 9] = [
        GapKind::UnlinkedObjective,
        GapKind::UnrecognisedLink,
        GapKind::UncheckedLink,
        GapKind::DepartmentWithoutVaw,
        GapKind::SingleForm,
        GapKind::HealthAndJusticeOnly,
        GapKind::UnlinkedIssue,
        GapKind::IdleCommitment,
        GapKind::NotScored,
    ];

    /// The rule's name in JSON output (`"unrecognised-link"`).
    pub fn key(self) -> &'static str {
        match self {
            GapKind::UnlinkedObjective => "unlinked-objective",
            GapKind::UnrecognisedLink => "unrecognised-link",
            GapKind::UncheckedLink => "unchecked-link",
            GapKind::DepartmentWithoutVaw => "department-without-vaw",
            GapKind::SingleForm => "single-form",
            GapKind::HealthAndJusticeOnly => "health-and-justice-only",
            GapKind::UnlinkedIssue => "unlinked-issue",
            GapKind::IdleCommitment => "idle-commitment",
            GapKind::NotScored => "not-scored",
        }
    }

    /// A heading for the rule's gaps, in `lang`.
    pub fn title(self, lang: Language) -> String {
        lang.tr(&format!("gap-title-{}", self.key()))
    }
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Gap {
    /// Which rule found it.
    pub kind: GapKind,
    /// The nodes it is about (the first is the one to look at).
    pub nodes: Vec<String>,
    /// The links it is about.
    pub links: Vec<String>,
    /// Why it is a gap, as a sentence for a briefing (in the language asked for).
    pub text: String,
}

/// Every gap on the map, by rule and then by id, each said in `lang`.
pub fn find_gaps(doc: &Document, lang: Language) -> Vec<Gap> {
    let reach = Reach::of(doc);
    let mut gaps = Vec::new();
    let found = &mut rules::Found { lang, gaps: &mut gaps };
    rules::unlinked_objectives(doc, &reach, found);
    rules::unrecognised_links(doc, found);
    rules::departments(doc, &reach, found);
    rules::issues(doc, &reach, found);
    rules::idle_commitments(doc, found);
    rules::not_scored(doc, found);
    gaps.sort();
    gaps
}

/// What to say when [`find_gaps`] finds nothing, in `lang`: that every rule
/// is met, or, on a map with no department and no form of VAW (an empty
/// one), that there is nothing yet to find gaps between.
pub fn no_gaps(doc: &Document, lang: Language) -> String {
    use crate::model::NodeKind;
    if doc.node_count() == 0 {
        return lang.tr("gaps-empty-map");
    }
    let checked = doc.nodes().any(|n| matches!(n.kind, NodeKind::Department | NodeKind::Issue));
    lang.tr(if checked { "gaps-none" } else { "gaps-nothing-to-check" })
}

/// How many gaps each rule found, for summaries.
pub fn count_by_kind(gaps: &[Gap]) -> BTreeMap<GapKind, usize> {
    let mut counts = BTreeMap::new();
    for gap in gaps {
        *counts.entry(gap.kind).or_insert(0) += 1;
    }
    counts
}
