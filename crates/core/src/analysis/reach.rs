//! Which forms of VAW reach which departments: through a relevant link to
//! the department itself or to an objective it pursues.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Document, LinkKind, NodeKind};

/// The relevant links of a map, indexed both ways.
#[derive(Debug, Default)]
pub struct Reach {
    /// Objective id -> issues linked to it.
    objective_issues: BTreeMap<String, BTreeSet<String>>,
    /// Department id -> issues reaching it directly or through its objectives.
    department_issues: BTreeMap<String, BTreeSet<String>>,
    /// Issue id -> departments it reaches.
    issue_departments: BTreeMap<String, BTreeSet<String>>,
    /// Issue id -> nodes it is linked to by relevant links.
    issue_targets: BTreeMap<String, BTreeSet<String>>,
}

impl Reach {
    /// Indexes `doc`.
    pub fn of(doc: &Document) -> Self {
        let mut reach = Reach::default();
        let mut pursuers: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (link, from, to) in doc.links() {
            if link.kind == LinkKind::Pursues {
                pursuers.entry(to).or_default().push(from);
            }
        }
        for (link, from, to) in doc.links() {
            if link.kind != LinkKind::Relevant {
                continue;
            }
            reach.issue_targets.entry(from.to_owned()).or_default().insert(to.to_owned());
            let departments: Vec<&str> = match doc.node(to).map(|n| n.kind) {
                Some(NodeKind::Objective) => {
                    reach.objective_issues.entry(to.to_owned()).or_default().insert(from.to_owned());
                    pursuers.get(to).cloned().unwrap_or_default()
                }
                Some(NodeKind::Department) => vec![to],
                _ => Vec::new(),
            };
            for dept in departments {
                reach.department_issues.entry(dept.to_owned()).or_default().insert(from.to_owned());
                reach.issue_departments.entry(from.to_owned()).or_default().insert(dept.to_owned());
            }
        }
        reach
    }

    /// The issues linked to objective `id`.
    pub fn issues_of_objective(&self, id: &str) -> &BTreeSet<String> {
        self.objective_issues.get(id).unwrap_or(&EMPTY)
    }

    /// The issues reaching department `id` or one of its objectives.
    pub fn issues_of_department(&self, id: &str) -> &BTreeSet<String> {
        self.department_issues.get(id).unwrap_or(&EMPTY)
    }

    /// The departments issue `id` reaches.
    pub fn departments_of_issue(&self, id: &str) -> &BTreeSet<String> {
        self.issue_departments.get(id).unwrap_or(&EMPTY)
    }

    /// The nodes issue `id` is linked to by relevant links.
    pub fn targets_of_issue(&self, id: &str) -> &BTreeSet<String> {
        self.issue_targets.get(id).unwrap_or(&EMPTY)
    }
}

static EMPTY: BTreeSet<String> = BTreeSet::new();
