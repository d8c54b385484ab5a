//! What a department's brief says, worked out once from the map and shared
//! by the PDF, Word and HTML briefs: why violence against women is its
//! business (its objectives and the forms of VAW bearing on each), what is
//! asked of it, how it scored, the commitments that oblige it, and which
//! nodes its picture shows.

use std::collections::BTreeSet;

use crate::analysis::assess::{ReplyStatus, RoundReport};
use crate::analysis::{Ask, asks_for, for_brief};
use crate::i18n::Language;
use crate::model::assess::{Mark, RoundScore};
use crate::model::{Document, LinkKind, Node, NodeKind, Recognised};

/// A form of VAW bearing on an objective (or on the department itself).
#[derive(Clone, Debug, PartialEq)]
pub struct Bearing {
    /// The form of VAW.
    pub issue: String,
    /// How strongly it bears, 1 to 3.
    pub strength: u8,
    /// Whether the department makes the link itself.
    pub recognised: Recognised,
}

/// One objective and what bears on it (`objective` is `None` for the forms
/// of VAW linked to the department directly).
#[derive(Clone, Debug, PartialEq)]
pub struct Why {
    /// The objective's name.
    pub objective: Option<String>,
    /// The objective in the department's own words, where the map quotes them.
    pub own_words: Option<String>,
    /// The forms of VAW bearing on it, strongest first.
    pub bearings: Vec<Bearing>,
}

/// A year's score and where it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreLine {
    /// The year.
    pub year: i32,
    /// The score, 0 to 10.
    pub value: f64,
    /// Computed from the round's marks (else a headline figure).
    pub computed: bool,
    /// The change from the year before it was scored, if both are.
    pub change: Option<f64>,
}

/// The department's marks in the latest round.
#[derive(Clone, Debug, PartialEq)]
pub struct Marks {
    /// The round.
    pub year: i32,
    /// Whether the round is illustrative.
    pub illustrative: bool,
    /// The computed score.
    pub score: RoundScore,
    /// Each applicable criterion's title and mark (level label, "N/A", or
    /// `None` while not marked).
    pub criteria: Vec<(String, Option<String>)>,
    /// Whether the department has replied.
    pub replied: bool,
}

/// Everything a department's brief says.
#[derive(Clone, Debug, PartialEq)]
pub struct Brief {
    /// The department's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its sector and jurisdiction, as the map has them.
    pub sector: String,
    /// Its jurisdiction.
    pub jurisdiction: String,
    /// The map's title, for the heading's context line.
    pub map_title: String,
    /// The date written on the brief.
    pub date: String,
    /// Why VAW is its business.
    pub why: Vec<Why>,
    /// What is asked of it, most urgent first.
    pub asks: Vec<Ask>,
    /// Its scores, oldest first.
    pub scores: Vec<ScoreLine>,
    /// Its marks in the latest round, if it was assessed.
    pub marks: Option<Marks>,
    /// The commitments that oblige it, with the clause where the map names one.
    pub commitments: Vec<(String, String)>,
    /// The nodes its picture shows.
    pub neighbourhood: BTreeSet<String>,
}

fn label(node: &Node) -> String {
    if node.label.trim().is_empty() { node.id.clone() } else { node.label.clone() }
}

/// The forms of VAW bearing on `target` by relevant links, strongest first.
fn bearings(doc: &Document, target: &str, seen: &mut BTreeSet<String>) -> Vec<Bearing> {
    let mut out: Vec<Bearing> = doc
        .links_of(target)
        .into_iter()
        .filter(|(l, _, to)| l.kind == LinkKind::Relevant && *to == target)
        .filter_map(|(link, from, _)| {
            seen.insert(from.to_owned());
            Some(Bearing {
                issue: label(doc.node(from)?),
                strength: link.strength,
                recognised: link.recognised,
            })
        })
        .collect();
    out.sort_by(|a, b| b.strength.cmp(&a.strength).then_with(|| a.issue.cmp(&b.issue)));
    out
}

impl Brief {
    /// The brief of department `id` of `doc` (the map as shown, in its
    /// language), dated `date`, its own words in `words`.
    pub fn of(doc: &Document, id: &str, date: &str, words: Language) -> Option<Brief> {
        let dept = doc.node(id).filter(|n| n.kind == NodeKind::Department)?;
        let mut neighbourhood = BTreeSet::from([id.to_owned()]);
        let mut why = Vec::new();
        let direct = bearings(doc, id, &mut neighbourhood);
        if !direct.is_empty() {
            why.push(Why { objective: None, own_words: None, bearings: direct });
        }
        let mut commitments = Vec::new();
        for (link, from, to) in doc.links_of(id) {
            let other = if from == id { to } else { from };
            let Some(node) = doc.node(other) else { continue };
            match (link.kind, from == id) {
                (LinkKind::Pursues, true) => {
                    neighbourhood.insert(other.to_owned());
                    let own_words = Some(node.description.trim().to_owned()).filter(|d| !d.is_empty());
                    let bearings = bearings(doc, other, &mut neighbourhood);
                    why.push(Why { objective: Some(label(node)), own_words, bearings });
                }
                (LinkKind::Obliges, false) => {
                    neighbourhood.insert(other.to_owned());
                    commitments.push((label(node), link.label.clone()));
                }
                (LinkKind::Engages, false) => {
                    neighbourhood.insert(other.to_owned());
                }
                _ => {}
            }
        }
        let scored = doc.scores_of(id);
        let mut scores = Vec::new();
        let mut before: Option<f64> = None;
        for (year, score) in &scored {
            let computed = score.source == crate::model::assess::ScoreSource::Computed;
            scores.push(ScoreLine {
                year: *year,
                value: score.value,
                computed,
                change: before.map(|b| score.value - b),
            });
            before = Some(score.value);
        }
        let marks = doc.assessment.latest().and_then(|year| marks_of(doc, year, id, words));
        let asks = for_brief(&asks_for(doc, id, words, None)).into_iter().cloned().collect();
        Some(Brief {
            id: id.to_owned(),
            name: label(dept),
            sector: dept.department.sector.clone(),
            jurisdiction: dept.department.jurisdiction.clone(),
            map_title: doc.meta.title.clone(),
            date: date.to_owned(),
            why,
            asks,
            scores,
            marks,
            commitments,
            neighbourhood,
        })
    }

    /// Whether the map links the department to nothing it could be asked about.
    pub fn is_empty(&self) -> bool {
        self.why.iter().all(|w| w.bearings.is_empty()) && self.asks.is_empty() && self.commitments.is_empty()
    }
}

/// The department's marks in the `year` round, if it applies any criterion.
fn marks_of(doc: &Document, year: i32, id: &str, words: Language) -> Option<Marks> {
    let report = RoundReport::of(doc, year)?;
    let dept = report.department(id)?;
    // Not put any question, or not marked on any yet: not assessed.
    if dept.score.applicable == 0 || dept.cells.iter().all(|c| c.mark.is_none()) {
        return None;
    }
    let criteria = dept
        .cells
        .iter()
        .filter(|c| c.applies)
        .map(|cell| {
            let mark = cell.mark.map(|m| match m {
                Mark::Level(level) => {
                    cell.criterion.levels.get(level).map_or_else(|| level.to_string(), |l| l.label.clone())
                }
                Mark::NotApplicable => words.tr("brief-not-applicable"),
            });
            (cell.criterion.title.clone(), mark)
        })
        .collect();
    Some(Marks {
        year,
        illustrative: report.rubric.illustrative,
        score: dept.score,
        criteria,
        replied: dept.reply == ReplyStatus::Replied,
    })
}
