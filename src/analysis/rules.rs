//! The gap rules, one function each; [`super::gaps::find_gaps`] runs them all.

use std::collections::BTreeMap;

use super::gaps::{Gap, GapKind};
use super::reach::Reach;
use crate::model::{Document, LinkKind, Node, NodeKind, SectorFamily, format_score};

/// A node's label, or its id when it has none.
pub fn name(node: &Node) -> &str {
    if node.label.trim().is_empty() { &node.id } else { node.label.trim() }
}

fn name_of<'a>(doc: &'a Document, id: &'a str) -> &'a str {
    doc.node(id).map_or(id, name)
}

/// `a`, `a and b`, `a, b and c`, `a, b, c and 2 more`.
fn list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] if init.len() <= 2 => format!("{} and {last}", init.join(", ")),
        _ => format!("{} and {} more", names[..3].join(", "), names.len() - 3),
    }
}

fn of_kind(doc: &Document, kind: NodeKind) -> impl Iterator<Item = &Node> {
    doc.nodes().filter(move |node| node.kind == kind)
}

/// Objectives no VAW issue is linked to.
pub fn unlinked_objectives(doc: &Document, reach: &Reach, gaps: &mut Vec<Gap>) {
    for objective in of_kind(doc, NodeKind::Objective) {
        if reach.issues_of_objective(&objective.id).is_empty() {
            let owner = doc.owner_of(&objective.id);
            let whose = owner.map(|d| format!(" ({})", name(d))).unwrap_or_default();
            let mut nodes = vec![objective.id.clone()];
            nodes.extend(owner.map(|d| d.id.clone()));
            gaps.push(Gap {
                kind: GapKind::UnlinkedObjective,
                nodes,
                links: Vec::new(),
                text: format!(
                    "The objective \"{}\"{whose} is linked to no form of violence against women, \
                     so nothing shows how pursuing it could help end VAW.",
                    name(objective)
                ),
            });
        }
    }
}

/// Relevant links the department does not make itself.
pub fn unrecognised_links(doc: &Document, gaps: &mut Vec<Gap>) {
    for (link, from, to) in doc.links() {
        if link.kind != LinkKind::Relevant || link.recognised {
            continue;
        }
        let (Some(issue), Some(target)) = (doc.node(from), doc.node(to)) else { continue };
        let (dept, what) = match target.kind {
            NodeKind::Objective => {
                let owner = doc.owner_of(to);
                let whose = owner.map(|d| format!(" ({})", name(d))).unwrap_or_default();
                (owner, format!("the objective \"{}\"{whose}", name(target)))
            }
            _ => (Some(target), name(target).to_owned()),
        };
        let mut nodes = vec![to.to_owned(), from.to_owned()];
        nodes.extend(dept.filter(|d| d.id != to).map(|d| d.id.clone()));
        gaps.push(Gap {
            kind: GapKind::UnrecognisedLink,
            nodes,
            links: vec![link.id.clone()],
            text: format!(
                "{} bears on {what}, but the department does not make that link itself.",
                name(issue)
            ),
        });
    }
}

/// Departments with no VAW link, and those that see only one form of VAW.
pub fn departments(doc: &Document, reach: &Reach, gaps: &mut Vec<Gap>) {
    let all_issues: Vec<&Node> = of_kind(doc, NodeKind::Issue).collect();
    for dept in of_kind(doc, NodeKind::Department) {
        let issues = reach.issues_of_department(&dept.id);
        match issues.len() {
            0 => {
                let obliged = doc
                    .links_of(&dept.id)
                    .into_iter()
                    .filter(|(link, _, to)| link.kind == LinkKind::Obliges && *to == dept.id)
                    .count();
                let despite = match obliged {
                    0 => String::new(),
                    1 => ", although a commitment on the map obliges it".to_owned(),
                    n => format!(", although {n} commitments on the map oblige it"),
                };
                gaps.push(Gap {
                    kind: GapKind::DepartmentWithoutVaw,
                    nodes: vec![dept.id.clone()],
                    links: Vec::new(),
                    text: format!(
                        "{} has no link to any form of violence against women: neither the department \
                         nor any of its objectives is linked to a VAW issue{despite}.",
                        name(dept)
                    ),
                });
            }
            1 if all_issues.len() > 1 => {
                let only: Vec<&str> = issues.iter().map(|id| name_of(doc, id)).collect();
                let others: Vec<&str> =
                    all_issues.iter().filter(|i| !issues.contains(&i.id)).map(|i| name(i)).collect();
                let mut nodes = vec![dept.id.clone()];
                nodes.extend(issues.iter().cloned());
                gaps.push(Gap {
                    kind: GapKind::SingleForm,
                    nodes,
                    links: Vec::new(),
                    text: format!(
                        "{}'s links to VAW touch only {}; other forms of violence against women \
                         such as {} do not reach its work.",
                        name(dept),
                        list(&only),
                        list(&others)
                    ),
                });
            }
            _ => {}
        }
    }
}

/// Forms of VAW linked to nothing, and those reaching only health and justice.
pub fn issues(doc: &Document, reach: &Reach, gaps: &mut Vec<Gap>) {
    let narrow = [SectorFamily::Health, SectorFamily::Justice];
    for issue in of_kind(doc, NodeKind::Issue) {
        let depts = reach.departments_of_issue(&issue.id);
        if depts.is_empty() && reach.targets_of_issue(&issue.id).is_empty() {
            gaps.push(Gap {
                kind: GapKind::UnlinkedIssue,
                nodes: vec![issue.id.clone()],
                links: Vec::new(),
                text: format!(
                    "{} is linked to no department or objective: no part of government is shown \
                     to be responsible for it.",
                    name(issue)
                ),
            });
            continue;
        }
        let families: BTreeMap<SectorFamily, Vec<&str>> =
            depts.iter().fold(BTreeMap::new(), |mut acc, id| {
                let sector = doc.node(id).map_or("", |d| d.department.sector.as_str());
                if let Some(family) = SectorFamily::of(sector) {
                    acc.entry(family).or_insert_with(Vec::new).push(name_of(doc, id));
                }
                acc
            });
        let all_narrow = depts.iter().all(|id| {
            let sector = doc.node(id).map_or("", |d| d.department.sector.as_str());
            SectorFamily::of(sector).is_some_and(|f| narrow.contains(&f))
        });
        if depts.is_empty() || !all_narrow {
            continue;
        }
        let sectors = match (families.contains_key(&narrow[0]), families.contains_key(&narrow[1])) {
            (true, true) => "the health and justice sectors",
            (true, false) => "the health sector",
            _ => "the justice sector",
        };
        let names: Vec<&str> = depts.iter().map(|id| name_of(doc, id)).collect();
        let mut nodes = vec![issue.id.clone()];
        nodes.extend(depts.iter().cloned());
        gaps.push(Gap {
            kind: GapKind::HealthAndJusticeOnly,
            nodes,
            links: Vec::new(),
            text: format!(
                "{} reaches only {sectors} ({}): no education, welfare, labour, transport or foreign \
                 affairs department is linked to it.",
                name(issue),
                list(&names)
            ),
        });
    }
}

/// Commitments that oblige no department.
pub fn idle_commitments(doc: &Document, gaps: &mut Vec<Gap>) {
    for commitment in of_kind(doc, NodeKind::Commitment) {
        let obliges = doc
            .links_of(&commitment.id)
            .into_iter()
            .any(|(link, from, _)| link.kind == LinkKind::Obliges && from == commitment.id);
        if !obliges {
            gaps.push(Gap {
                kind: GapKind::IdleCommitment,
                nodes: vec![commitment.id.clone()],
                links: Vec::new(),
                text: format!(
                    "{} obliges no department on this map, so no one is shown to be answerable for it.",
                    name(commitment)
                ),
            });
        }
    }
}

/// Departments with no score in the latest year scored.
pub fn not_scored(doc: &Document, gaps: &mut Vec<Gap>) {
    let Some(latest) = doc.latest_year() else { return };
    for dept in of_kind(doc, NodeKind::Department) {
        let scores = &dept.department.scores;
        if scores.contains_key(&latest) {
            continue;
        }
        let before = match scores.iter().next_back() {
            Some((year, score)) => format!(" It was last scored {}/10 in {year}.", format_score(score.value)),
            None => " It has never been scored.".to_owned(),
        };
        gaps.push(Gap {
            kind: GapKind::NotScored,
            nodes: vec![dept.id.clone()],
            links: Vec::new(),
            text: format!("{} has no score for {latest}, the latest year scored.{before}", name(dept)),
        });
    }
}
