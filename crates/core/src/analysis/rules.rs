//! The gap rules, one function each; [`super::gaps::find_gaps`] runs them all.

use std::collections::BTreeMap;

use super::gaps::{Gap, GapKind};
use super::reach::Reach;
use crate::i18n::{Language, short_list};
use crate::model::{Document, LinkKind, Node, NodeKind, Recognised, SectorFamily};
use crate::tr;

/// Where the rules put what they find, and the language they say it in.
pub struct Found<'a> {
    /// The language of the sentences.
    pub lang: Language,
    /// The gaps found so far.
    pub gaps: &'a mut Vec<Gap>,
}

/// A node's label, or its id when it has none.
pub fn name(node: &Node) -> &str {
    if node.label.trim().is_empty() { &node.id } else { node.label.trim() }
}

fn name_of<'a>(doc: &'a Document, id: &'a str) -> &'a str {
    doc.node(id).map_or(id, name)
}

fn of_kind(doc: &Document, kind: NodeKind) -> impl Iterator<Item = &Node> {
    doc.nodes().filter(move |node| node.kind == kind)
}

/// Objectives no VAW issue is linked to.
pub fn unlinked_objectives(doc: &Document, reach: &Reach, found: &mut Found<'_>) {
    let lang = found.lang;
    for objective in of_kind(doc, NodeKind::Objective) {
        if reach.issues_of_objective(&objective.id).is_empty() {
            let owner = doc.owner_of(&objective.id);
            let mut nodes = vec![objective.id.clone()];
            nodes.extend(owner.map(|d| d.id.clone()));
            found.gaps.push(Gap {
                kind: GapKind::UnlinkedObjective,
                nodes,
                links: Vec::new(),
                text: tr!(
                    lang,
                    "gap-unlinked-objective",
                    objective = name(objective),
                    department = owner.map_or("", name),
                    owned = if owner.is_some() { "yes" } else { "no" }
                ),
            });
        }
    }
}

/// Relevant links the department does not make itself, and those nobody
/// has checked yet (each its own rule, so unchecked links never pass for
/// links the department refuses).
pub fn unrecognised_links(doc: &Document, found: &mut Found<'_>) {
    let lang = found.lang;
    for (link, from, to) in doc.links() {
        let (kind, sentence) = match (link.kind, link.recognised) {
            (LinkKind::Relevant, Recognised::No) => (GapKind::UnrecognisedLink, "gap-unrecognised-link"),
            (LinkKind::Relevant, Recognised::Unknown) => (GapKind::UncheckedLink, "gap-unchecked-link"),
            _ => continue,
        };
        let (Some(issue), Some(target)) = (doc.node(from), doc.node(to)) else { continue };
        let (dept, what) = match target.kind {
            NodeKind::Objective => {
                let owner = doc.owner_of(to);
                let what = tr!(
                    lang,
                    "gap-the-objective",
                    objective = name(target),
                    department = owner.map_or("", name),
                    owned = if owner.is_some() { "yes" } else { "no" }
                );
                (owner, what)
            }
            _ => (Some(target), name(target).to_owned()),
        };
        let mut nodes = vec![to.to_owned(), from.to_owned()];
        nodes.extend(dept.filter(|d| d.id != to).map(|d| d.id.clone()));
        found.gaps.push(Gap {
            kind,
            nodes,
            links: vec![link.id.clone()],
            text: tr!(lang, sentence, issue = name(issue), target = what),
        });
    }
}

/// Departments with no VAW link, and those that see only one form of VAW.
pub fn departments(doc: &Document, reach: &Reach, found: &mut Found<'_>) {
    let lang = found.lang;
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
                found.gaps.push(Gap {
                    kind: GapKind::DepartmentWithoutVaw,
                    nodes: vec![dept.id.clone()],
                    links: Vec::new(),
                    text: tr!(lang, "gap-department-without-vaw", department = name(dept), obliged = obliged),
                });
            }
            1 if all_issues.len() > 1 => {
                let only: Vec<&str> = issues.iter().map(|id| name_of(doc, id)).collect();
                let others: Vec<&str> =
                    all_issues.iter().filter(|i| !issues.contains(&i.id)).map(|i| name(i)).collect();
                let mut nodes = vec![dept.id.clone()];
                nodes.extend(issues.iter().cloned());
                found.gaps.push(Gap {
                    kind: GapKind::SingleForm,
                    nodes,
                    links: Vec::new(),
                    text: tr!(
                        lang,
                        "gap-single-form",
                        department = name(dept),
                        only = short_list(lang, &only),
                        others = short_list(lang, &others)
                    ),
                });
            }
            _ => {}
        }
    }
}

/// Forms of VAW linked to nothing, and those reaching only health and justice.
pub fn issues(doc: &Document, reach: &Reach, found: &mut Found<'_>) {
    let lang = found.lang;
    let narrow = [SectorFamily::Health, SectorFamily::Justice];
    for issue in of_kind(doc, NodeKind::Issue) {
        let depts = reach.departments_of_issue(&issue.id);
        if depts.is_empty() && reach.targets_of_issue(&issue.id).is_empty() {
            found.gaps.push(Gap {
                kind: GapKind::UnlinkedIssue,
                nodes: vec![issue.id.clone()],
                links: Vec::new(),
                text: tr!(lang, "gap-unlinked-issue", issue = name(issue)),
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
            (true, true) => "both",
            (true, false) => "health",
            _ => "justice",
        };
        let names: Vec<&str> = depts.iter().map(|id| name_of(doc, id)).collect();
        let mut nodes = vec![issue.id.clone()];
        nodes.extend(depts.iter().cloned());
        found.gaps.push(Gap {
            kind: GapKind::HealthAndJusticeOnly,
            nodes,
            links: Vec::new(),
            text: tr!(
                lang,
                "gap-health-and-justice-only",
                issue = name(issue),
                sectors = sectors,
                departments = short_list(lang, &names)
            ),
        });
    }
}

/// Commitments that oblige no department.
pub fn idle_commitments(doc: &Document, found: &mut Found<'_>) {
    let lang = found.lang;
    for commitment in of_kind(doc, NodeKind::Commitment) {
        let obliges = doc
            .links_of(&commitment.id)
            .into_iter()
            .any(|(link, from, _)| link.kind == LinkKind::Obliges && from == commitment.id);
        if !obliges {
            found.gaps.push(Gap {
                kind: GapKind::IdleCommitment,
                nodes: vec![commitment.id.clone()],
                links: Vec::new(),
                text: tr!(lang, "gap-idle-commitment", commitment = name(commitment)),
            });
        }
    }
}

/// Departments with no score in the latest year scored.
pub fn not_scored(doc: &Document, found: &mut Found<'_>) {
    let lang = found.lang;
    let Some(latest) = doc.latest_year() else { return };
    for dept in of_kind(doc, NodeKind::Department) {
        let scores = doc.scores_of(&dept.id);
        if scores.contains_key(&latest) {
            continue;
        }
        let latest = latest.to_string();
        let text = match scores.iter().next_back() {
            Some((year, score)) => tr!(
                lang,
                "gap-not-scored-before",
                department = name(dept),
                latest = latest,
                score = lang.score(score.value),
                year = year.to_string()
            ),
            None => tr!(lang, "gap-not-scored-never", department = name(dept), latest = latest),
        };
        found.gaps.push(Gap {
            kind: GapKind::NotScored,
            nodes: vec![dept.id.clone()],
            links: Vec::new(),
            text,
        });
    }
}
