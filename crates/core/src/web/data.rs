//! What the page's script reads: the map's nodes, links and views as one
//! JSON object, with every sentence already written in the page's language.

use serde::Serialize;

use crate::analysis::assess::RoundReport;
use crate::i18n::Language;
use crate::model::assess::ScoreSource;
use crate::model::{Document, Engagement, Link, Node, NodeKind, Recognised, SavedView};
use crate::tr;

/// A node as the details panel shows it.
#[derive(Debug, Serialize)]
pub struct NodeData {
    /// Its id (the `data-id` of its group in the SVG).
    pub id: String,
    /// Its name (the id when it has no label).
    pub label: String,
    /// Its kind's key (`"department"`).
    pub kind: &'static str,
    /// Its kind as people read it.
    pub kind_name: String,
    /// The sector it belongs to (a department's own, an objective's
    /// department's); empty for none.
    pub sector: String,
    /// Facts under the name: sector, jurisdiction, engagement.
    pub facts: Vec<(String, String)>,
    /// Its description.
    pub description: String,
    /// Its tags.
    pub tags: Vec<String>,
    /// Its free fields, by name.
    pub fields: Vec<(String, String)>,
    /// Its evidence notes and addresses (shown as text, never fetched).
    pub evidence: Vec<String>,
    /// Its scores by year, oldest first, written in the page's language:
    /// the year (saying "illustrative" for an illustrative round's), and
    /// the score, starred where computed from the round's marks.
    pub scores: Vec<(String, String)>,
    /// What the star means, when a score has one; empty otherwise.
    pub scores_note: String,
    /// A department's marks in the latest round, when it was assessed.
    pub assessment: Option<super::assess::MarksData>,
}

/// A link as the details panel lists it.
#[derive(Debug, Serialize)]
pub struct LinkData {
    /// Its id (the `data-id` of its group in the SVG).
    pub id: String,
    /// The node it starts from.
    pub from: String,
    /// The node it goes to.
    pub to: String,
    /// What it says, as a phrase between the two names (`"is relevant to"`).
    pub phrase: String,
    /// Its strength and whether the department makes it, when it has them.
    pub note: String,
    /// Its own label.
    pub label: String,
    /// Its evidence.
    pub evidence: Vec<String>,
}

/// A saved view as a step of the story.
#[derive(Debug, Serialize)]
pub struct ViewData {
    /// Its name.
    pub name: String,
    /// Its caption (its name when it has none).
    pub caption: String,
    /// `View 2 of 8`.
    pub step: String,
    /// Ids of the nodes it hides.
    pub hidden: Vec<String>,
    /// Ids of the nodes it dims.
    pub dimmed: Vec<String>,
    /// The area its camera shows (`x, y, width, height`), if saved.
    pub area: Option<[f64; 4]>,
    /// Index of its colouring in the page's schemes.
    pub scheme: usize,
}

/// Every node, in id order.
pub fn nodes(doc: &Document, lang: Language) -> Vec<NodeData> {
    let round = doc.assessment.latest().and_then(|year| RoundReport::of(doc, year));
    doc.nodes().map(|node| node_data(doc, node, round.as_ref(), lang)).collect()
}

/// A department's scores by year, computed or headline, for the details.
fn scores(doc: &Document, node: &Node, lang: Language) -> (Vec<(String, String)>, String) {
    let scored = doc.scores_of(&node.id);
    let computed = scored.values().any(|s| s.source == ScoreSource::Computed);
    let rows = scored
        .iter()
        .map(|(year, score)| {
            let illustrative = doc.assessment.rounds.get(year).is_some_and(|r| r.illustrative);
            let year = if illustrative {
                format!("{year} ({})", lang.tr("report-illustrative"))
            } else {
                year.to_string()
            };
            let star = if score.source == ScoreSource::Computed { "*" } else { "" };
            (year, format!("{}{star}", lang.score(score.value)))
        })
        .collect();
    let note = if computed {
        tr!(lang, "report-computed-note", formula = crate::analysis::assess::formula(lang))
    } else {
        String::new()
    };
    (rows, note)
}

fn node_data(doc: &Document, node: &Node, round: Option<&RoundReport<'_>>, lang: Language) -> NodeData {
    let dept = &node.department;
    let mut facts = Vec::new();
    if node.kind == NodeKind::Department {
        if !dept.sector.trim().is_empty() {
            facts.push((lang.tr("report-sector"), dept.sector.clone()));
        }
        if !dept.jurisdiction.trim().is_empty() {
            facts.push((lang.tr("web-jurisdiction"), dept.jurisdiction.clone()));
        }
        if dept.engagement != Engagement::Unknown {
            facts.push((lang.tr("web-engagement"), lang.engagement(dept.engagement)));
        }
    }
    if node.kind == NodeKind::Objective
        && let Some(owner) = doc.owner_of(&node.id)
    {
        facts.push((lang.tr("kind-department"), name(owner).to_owned()));
    }
    let (scores, scores_note) = scores(doc, node, lang);
    NodeData {
        id: node.id.clone(),
        label: name(node).to_owned(),
        kind: node.kind.key(),
        kind_name: lang.node_kind(node.kind),
        sector: doc.sector_of(&node.id).unwrap_or_default().to_owned(),
        facts,
        description: node.description.clone(),
        tags: node.tags.clone(),
        fields: node.fields.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        evidence: node.evidence.clone(),
        scores,
        scores_note,
        assessment: round.and_then(|r| super::assess::marks_of(r, &node.id, lang)),
    }
}

/// Every link, in id order.
pub fn links(doc: &Document, lang: Language) -> Vec<LinkData> {
    doc.links()
        .map(|(link, from, to)| LinkData {
            id: link.id.clone(),
            from: from.to_owned(),
            to: to.to_owned(),
            phrase: lang.link_kind(link.kind),
            note: link_note(link, lang),
            label: link.label.clone(),
            evidence: link.evidence.clone(),
        })
        .collect()
}

fn link_note(link: &Link, lang: Language) -> String {
    if !link.has_relevance() {
        return String::new();
    }
    let made = match link.recognised {
        Recognised::Yes => "web-recognised",
        Recognised::No => "web-not-recognised",
        Recognised::Unknown => "web-unchecked",
    };
    tr!(lang, "web-link-note", strength = u32::from(link.strength), made = lang.tr(made))
}

/// The saved views in presentation order; `scheme` gives each view's colouring.
pub fn views(doc: &Document, lang: Language, scheme: impl Fn(&SavedView) -> usize) -> Vec<ViewData> {
    let count = doc.views.len();
    doc.views
        .iter()
        .enumerate()
        .map(|(i, view)| {
            let (hidden, dimmed) = view.hidden_and_dimmed(doc);
            ViewData {
                name: view.name.clone(),
                caption: view.heading().to_owned(),
                step: tr!(lang, "web-step", number = i + 1, count = count),
                hidden: hidden.into_iter().collect(),
                dimmed: dimmed.into_iter().collect(),
                area: view.area.filter(|a| a.is_valid()).map(|a| [a.x0, a.y0, a.x1 - a.x0, a.y1 - a.y0]),
                scheme: scheme(view),
            }
        })
        .collect()
}

/// A node's name: its label, or its id when it has none.
pub fn name(node: &Node) -> &str {
    if node.label.trim().is_empty() { &node.id } else { node.label.trim() }
}
