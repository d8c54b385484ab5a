//! Validation: every problem in a map at once, each naming its place and field.

use super::document::Document;
use super::kind::{LinkKind, NodeKind};
use super::link::{Link, STRENGTH_RANGE};
use super::node::{MAX_COORDINATE, Node, show_number};
use super::problem::{Place, Problem};
use super::score::{SCORE_RANGE, YEAR_RANGE};
use super::translate::{LINK_FIELDS, NODE_FIELDS, VIEW_FIELDS, check_meta, check_translations};
use super::view::MAX_FOCUS_DEPTH;

/// Problems with one node's own fields (not its links).
pub fn check_node(node: &Node) -> Vec<Problem> {
    let place = || Place::Node(node.id.clone());
    let mut problems = check_translations(&place(), &node.translations, &NODE_FIELDS);
    if node.label.trim().is_empty() {
        problems.push(Problem::new(place(), "label", "the label is empty"));
    }
    if let Some(point) = node.position {
        if !point.is_finite() {
            problems.push(Problem::new(
                place(),
                "position",
                format!("the position ({}, {}) is not a finite number", point.x, point.y),
            ));
        } else if !point.is_on_map() {
            problems.push(Problem::new(
                place(),
                "position",
                format!(
                    "the position ({}, {}) is off the map: each coordinate is from -{MAX_COORDINATE} to {MAX_COORDINATE}",
                    show_number(point.x),
                    show_number(point.y)
                ),
            ));
        }
    } else if node.pinned {
        problems.push(Problem::new(place(), "pinned", "the node is pinned but has no position"));
    }
    if node.fields.keys().any(|key| key.trim().is_empty()) {
        problems.push(Problem::new(place(), "fields", "a field has an empty name"));
    }
    if node.kind != NodeKind::Department {
        if !node.department.is_empty() {
            problems.push(Problem::new(
                place(),
                "kind",
                format!(
                    "only departments have a sector, jurisdiction, engagement or scores, and this node is a {}",
                    node.kind.key()
                ),
            ));
        }
        return problems;
    }
    for (year, score) in &node.department.scores {
        let field = format!("scores.{year}");
        if !YEAR_RANGE.contains(year) {
            problems.push(Problem::new(
                place(),
                field.clone(),
                format!("the year {year} is outside {} to {}", YEAR_RANGE.start(), YEAR_RANGE.end()),
            ));
        }
        if !score.value.is_finite() {
            problems.push(Problem::new(
                place(),
                field,
                format!("the score {} is not a finite number", score.value),
            ));
        } else if !SCORE_RANGE.contains(&score.value) {
            problems.push(Problem::new(
                place(),
                field,
                format!("the score {} is outside 0 to 10", score.value),
            ));
        }
    }
    problems
}

/// Problems with one link's own fields, given the kinds of its ends.
pub fn check_link(link: &Link, from: NodeKind, to: NodeKind) -> Vec<Problem> {
    let place = || Place::Link(link.id.clone());
    let mut problems = check_translations(&place(), &link.translations, &LINK_FIELDS);
    if !link.kind.allows(from, to) {
        problems.push(Problem::new(
            place(),
            "kind",
            format!(
                "{} must go {}, but this one goes {} -> {}",
                link.kind.with_article(),
                link.kind.rule(),
                from.key(),
                to.key()
            ),
        ));
    }
    if link.kind == LinkKind::Relevant && !STRENGTH_RANGE.contains(&link.strength) {
        problems.push(Problem::new(
            place(),
            "strength",
            format!("the strength {} is outside 1 to 3", link.strength),
        ));
    }
    problems
}

impl Document {
    /// Every problem in the document, in id order. Empty means valid.
    pub fn validate(&self) -> Vec<Problem> {
        let mut problems: Vec<Problem> = self.nodes().flat_map(check_node).collect();
        for (link, from, to) in self.links() {
            if let (Some(a), Some(b)) = (self.node(from), self.node(to)) {
                problems.extend(check_link(link, a.kind, b.kind));
            }
        }
        problems.extend(check_views(self));
        problems.extend(check_meta(&self.meta));
        problems
    }
}

/// Problems with the saved views: names empty or used twice, a focus on a
/// node that does not exist or a depth out of range, a bad year or area.
pub fn check_views(doc: &Document) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (index, view) in doc.views.iter().enumerate() {
        if view.name.trim().is_empty() {
            problems.push(Problem::new(Place::ViewAt(index), "name", "the name is empty"));
            continue;
        }
        let place = || Place::View(view.name.clone());
        if !seen.insert(view.name.trim().to_lowercase()) {
            problems.push(Problem::new(
                place(),
                "name",
                "the name is used by another view (names are compared ignoring case)",
            ));
        }
        if let Some(focus) = &view.focus {
            if doc.node(&focus.node).is_none() {
                problems.push(Problem::new(
                    place(),
                    "focus.node",
                    format!("no node has the id \"{}\"", focus.node),
                ));
            }
            if !(1..=MAX_FOCUS_DEPTH).contains(&focus.depth) {
                problems.push(Problem::new(
                    place(),
                    "focus.depth",
                    format!("the depth {} is outside 1 to {MAX_FOCUS_DEPTH}", focus.depth),
                ));
            }
        }
        if let Some(year) = view.year.filter(|y| !YEAR_RANGE.contains(y)) {
            problems.push(Problem::new(
                place(),
                "year",
                format!("the year {year} is outside {} to {}", YEAR_RANGE.start(), YEAR_RANGE.end()),
            ));
        }
        if view.area.is_some_and(|area| !area.is_valid()) {
            problems.push(Problem::new(
                place(),
                "area",
                format!(
                    "the area is empty, not a finite rectangle, or off the map (each edge is from -{MAX_COORDINATE} to {MAX_COORDINATE})"
                ),
            ));
        }
        problems.extend(check_translations(&place(), &view.translations, &VIEW_FIELDS));
    }
    problems
}
