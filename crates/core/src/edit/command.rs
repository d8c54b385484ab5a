//! Edits of a document, each of which returns its own inverse when applied.

use crate::model::assess::{Answer, AnswerKey, Rubric, check_answer};
use crate::model::{AskNote, Document, Link, MapMeta, ModelError, Node, Point, SavedView, Score};

/// Where a node is and whether it is pinned there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    /// The stored position, if any.
    pub position: Option<Point>,
    /// Whether the layout must leave the node there.
    pub pinned: bool,
}

/// One change to a document. Applying an edit returns the edit that undoes it.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Adds a node.
    AddNode(Node),
    /// Removes a node and its links.
    RemoveNode(String),
    /// Adds a link between two nodes.
    AddLink {
        /// The link.
        link: Link,
        /// Id of the start node.
        from: String,
        /// Id of the end node.
        to: String,
    },
    /// Removes a link.
    RemoveLink(String),
    /// Replaces a node's fields (its id names it; its links stay).
    SetNode(Node),
    /// Replaces a link's fields (its id names it; its ends stay).
    SetLink(Link),
    /// Sets (or with `None` removes) one year's score of a department.
    SetScore {
        /// The department's id.
        node: String,
        /// The year.
        year: i32,
        /// The new score, or `None` to remove it.
        score: Option<Score>,
    },
    /// Replaces the map's title, subtitle and source line.
    SetMeta(MapMeta),
    /// Replaces the saved views (adding, renaming, reordering, deleting).
    SetViews(Vec<SavedView>),
    /// Moves, pins or unpins nodes.
    Place(Vec<(String, Placement)>),
    /// Sets (or with `None` removes) a round's rubric.
    SetRound {
        /// The round (year).
        year: i32,
        /// The rubric, or `None` to remove the round.
        rubric: Option<Rubric>,
    },
    /// Sets (or with `None` removes) a department's answer to a criterion.
    SetAnswer {
        /// Which answer.
        key: AnswerKey,
        /// The answer, or `None` to remove it.
        answer: Option<Answer>,
    },
    /// Replaces what people changed about a department's asks (wording,
    /// urgency, order, dropped ones, their own); empty clears it.
    SetAsks {
        /// The department's id.
        department: String,
        /// The notes, in the order the asks are arranged.
        notes: Vec<AskNote>,
    },
    /// Several edits as one step, applied in order.
    Batch(Vec<Edit>),
}

impl Edit {
    /// Applies the edit and returns its inverse. On error the document is
    /// unchanged (a batch is rolled back).
    pub fn apply(self, doc: &mut Document) -> Result<Edit, ModelError> {
        match self {
            Edit::AddNode(node) => {
                check_position(&node.id, node.position)?;
                let id = node.id.clone();
                doc.add_node(node)?;
                Ok(Edit::RemoveNode(id))
            }
            Edit::RemoveNode(id) => {
                let (node, links) = doc.remove_node(&id)?;
                let answers = doc.assessment.take_department(&id);
                let asks = doc.asks.remove(&id);
                let mut restore = vec![Edit::AddNode(node)];
                restore.extend(links.into_iter().map(|ends| Edit::AddLink {
                    link: ends.link,
                    from: ends.from,
                    to: ends.to,
                }));
                restore.extend(
                    answers.into_iter().map(|(key, answer)| Edit::SetAnswer { key, answer: Some(answer) }),
                );
                restore.extend(asks.map(|notes| Edit::SetAsks { department: id.clone(), notes }));
                Ok(Edit::Batch(restore))
            }
            Edit::AddLink { link, from, to } => {
                let id = link.id.clone();
                doc.add_link(&from, &to, link)?;
                Ok(Edit::RemoveLink(id))
            }
            Edit::RemoveLink(id) => {
                let ends = doc.remove_link(&id)?;
                Ok(Edit::AddLink { link: ends.link, from: ends.from, to: ends.to })
            }
            Edit::SetNode(node) => {
                check_position(&node.id, node.position)?;
                Ok(Edit::SetNode(doc.replace_node(node)?))
            }
            Edit::SetLink(link) => Ok(Edit::SetLink(doc.replace_link(link)?)),
            Edit::SetScore { node, year, score } => {
                let old = doc.set_score(&node, year, score)?;
                Ok(Edit::SetScore { node, year, score: old })
            }
            Edit::SetMeta(meta) => Ok(Edit::SetMeta(std::mem::replace(&mut doc.meta, meta))),
            Edit::SetViews(views) => Ok(Edit::SetViews(std::mem::replace(&mut doc.views, views))),
            Edit::Place(moves) => place(doc, moves),
            Edit::SetRound { year, rubric } => {
                let old = match rubric {
                    Some(rubric) => doc.assessment.rounds.insert(year, rubric),
                    None => doc.assessment.rounds.remove(&year),
                };
                Ok(Edit::SetRound { year, rubric: old })
            }
            Edit::SetAnswer { key, answer } => set_answer(doc, key, answer),
            Edit::SetAsks { department, notes } => {
                if doc.node(&department).is_none() {
                    return Err(ModelError::UnknownNode(department));
                }
                let old = if notes.is_empty() {
                    doc.asks.remove(&department)
                } else {
                    doc.asks.insert(department.clone(), notes)
                };
                Ok(Edit::SetAsks { department, notes: old.unwrap_or_default() })
            }
            Edit::Batch(edits) => batch(doc, edits),
        }
    }
}

/// Sets an answer after checking it fits the rubric and the map.
fn set_answer(doc: &mut Document, key: AnswerKey, answer: Option<Answer>) -> Result<Edit, ModelError> {
    if let Some(answer) = &answer
        && let Some(problem) = check_answer(doc, &key, answer).into_iter().next()
    {
        return Err(ModelError::Assessment(problem.to_string()));
    }
    let old = match answer.filter(|a| !a.is_empty()) {
        Some(answer) => doc.assessment.answers.insert(key.clone(), answer),
        None => doc.assessment.answers.remove(&key),
    };
    Ok(Edit::SetAnswer { key, answer: old })
}

fn place(doc: &mut Document, moves: Vec<(String, Placement)>) -> Result<Edit, ModelError> {
    let mut before = Vec::with_capacity(moves.len());
    for (id, placement) in &moves {
        check_position(id, placement.position)?;
        let node = doc.node(id).ok_or_else(|| ModelError::UnknownNode(id.clone()))?;
        before.push((id.clone(), Placement { position: node.position, pinned: node.pinned }));
    }
    for (id, placement) in moves {
        doc.set_position(&id, placement.position, placement.pinned)?;
    }
    // Undo in reverse order so that a node listed twice ends where it began.
    before.reverse();
    Ok(Edit::Place(before))
}

/// Refuses a position off the map (not finite, or beyond
/// [`MAX_COORDINATE`](crate::model::MAX_COORDINATE)): no edit may put a
/// node where no picture can show it.
fn check_position(id: &str, position: Option<Point>) -> Result<(), ModelError> {
    match position {
        Some(p) if !p.is_on_map() => Err(ModelError::OffTheMap { id: id.to_owned(), x: p.x, y: p.y }),
        _ => Ok(()),
    }
}

fn batch(doc: &mut Document, edits: Vec<Edit>) -> Result<Edit, ModelError> {
    let mut inverses = Vec::with_capacity(edits.len());
    for edit in edits {
        match edit.apply(doc) {
            Ok(inverse) => inverses.push(inverse),
            Err(err) => {
                // Roll back what was done, newest first, so the document is unchanged.
                for inverse in inverses.into_iter().rev() {
                    // An inverse of an edit that just succeeded applies cleanly.
                    let _ = inverse.apply(doc);
                }
                return Err(err);
            }
        }
    }
    inverses.reverse();
    Ok(Edit::Batch(inverses))
}
