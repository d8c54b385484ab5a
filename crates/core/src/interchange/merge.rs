//! Merging an imported map into an open one: elements matched by ID, then
//! by label and kind (Kumu's rules), with what will be added, changed and
//! left alone shown before anything changes, and applied as one edit.
//!
//! A merge never takes anything away: an empty cell leaves the map's value
//! as it is (a second import must not wipe columns), tags and evidence are
//! added to, and nodes already on the map keep their positions.

use std::collections::{BTreeMap, BTreeSet};

use super::problem::Problem;
use super::read::kinds;
use crate::edit::Edit;
use crate::model::{Document, Engagement, Link, MapMeta, Node, Recognised};

/// One element or link the merge changes, with the fields it changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The id in the open map.
    pub id: String,
    /// Its label (for a link: `from -> to`).
    pub label: String,
    /// The fields that change (`description`, `score 2024`...).
    pub fields: Vec<String>,
}

/// What merging a file into the map will do, and the one edit that does it.
#[derive(Clone, Debug, Default)]
pub struct MergePlan {
    /// Elements the map gains, by id, with their labels.
    pub added_nodes: Vec<(String, String)>,
    /// Elements already on the map whose fields change.
    pub changed_nodes: Vec<Change>,
    /// Elements matched that change nothing.
    pub unchanged_nodes: usize,
    /// Links the map gains, by id.
    pub added_links: Vec<String>,
    /// Links already on the map whose fields change.
    pub changed_links: Vec<Change>,
    /// Links matched that change nothing.
    pub unchanged_links: usize,
    /// The title, subtitle, source or language fields that change.
    pub meta_fields: Vec<String>,
    /// What the merge leaves out, and why (a kind that differs, a label
    /// that names several elements).
    pub problems: Vec<Problem>,
    edits: Vec<Edit>,
}

impl MergePlan {
    /// Whether the merge changes nothing.
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
    }

    /// The merge as one edit (a batch), to apply and undo as one step.
    pub fn edit(&self) -> Edit {
        Edit::Batch(self.edits.clone())
    }
}

/// Plans merging `incoming` into `map`.
pub fn plan_merge(map: &Document, incoming: &Document) -> MergePlan {
    plan_merge_with(map, incoming, &BTreeSet::new())
}

/// Plans merging `incoming` into `map`, where the links in `no_strength`
/// (ids in `incoming`) came with no strength, so keep the map's.
pub fn plan_merge_with(map: &Document, incoming: &Document, no_strength: &BTreeSet<String>) -> MergePlan {
    let mut plan = MergePlan::default();
    let mut by_label: BTreeMap<(String, &str), Vec<&str>> = BTreeMap::new();
    for node in map.nodes() {
        by_label.entry((node.label.trim().to_lowercase(), node.kind.key())).or_default().push(&node.id);
    }
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    // Ids the merge gives out, so new nodes and links never share one.
    let mut used: BTreeSet<String> = BTreeSet::new();
    // Map nodes as merged so far: two rows of the file may match one node.
    let mut merged: BTreeMap<String, (Node, Vec<String>)> = BTreeMap::new();
    let mut added = Vec::new();
    for node in incoming.nodes() {
        let label_key = (node.label.trim().to_lowercase(), node.kind.key());
        let matched = match map.node(&node.id) {
            Some(old) if old.kind == node.kind => Some(old),
            Some(old) => {
                plan.problems.push(Problem::new(
                    format!("element '{}'", node.id),
                    format!(
                        "is a {} in the file but a {} on the map; left as it is, with its links",
                        node.kind.key(),
                        old.kind.key()
                    ),
                ));
                continue;
            }
            None => match by_label.get(&label_key).map(Vec::as_slice) {
                Some([id]) => map.node(id),
                Some(several) if !several.is_empty() => {
                    plan.problems.push(Problem::new(
                        format!("element '{}'", node.id),
                        format!(
                            "{} elements on the map are called '{}' ({}); give the ID of one (left out, with its links)",
                            several.len(),
                            node.label,
                            several.join(", ")
                        ),
                    ));
                    continue;
                }
                _ => None,
            },
        };
        match matched {
            Some(old) => {
                ids.insert(node.id.clone(), old.id.clone());
                let (so_far, fields) =
                    merged.entry(old.id.clone()).or_insert_with(|| (old.clone(), Vec::new()));
                let (next, more) = merge_node(so_far, node);
                *so_far = next;
                for field in more {
                    if !fields.contains(&field) {
                        fields.push(field);
                    }
                }
            }
            None => {
                let busy = |c: &str| map.contains_id(c) || used.contains(c) || incoming.contains_id(c);
                let id = if map.contains_id(&node.id) || used.contains(&node.id) {
                    kinds::unique(&node.id, &busy)
                } else {
                    node.id.clone()
                };
                used.insert(id.clone());
                ids.insert(node.id.clone(), id.clone());
                let mut new = node.clone();
                new.id.clone_from(&id);
                plan.added_nodes.push((id, new.label.clone()));
                added.push(Edit::AddNode(new));
            }
        }
    }
    for (id, (node, fields)) in merged {
        if fields.is_empty() {
            plan.unchanged_nodes += 1;
        } else {
            plan.changed_nodes.push(Change { id, label: node.label.clone(), fields });
            plan.edits.push(Edit::SetNode(node));
        }
    }
    let changes = std::mem::take(&mut plan.edits);
    plan.edits = added;
    plan.edits.extend(changes);
    merge_links(map, incoming, &ids, &mut used, no_strength, &mut plan);
    merge_meta(&map.meta, &incoming.meta, &mut plan);
    plan
}

fn set_text(field: &str, old: &mut String, new: &str, fields: &mut Vec<String>) {
    if !new.trim().is_empty() && old != new {
        new.clone_into(old);
        fields.push(field.to_owned());
    }
}

fn add_all(field: &str, old: &mut Vec<String>, new: &[String], fields: &mut Vec<String>) {
    let before = old.len();
    for item in new {
        if !old.contains(item) {
            old.push(item.clone());
        }
    }
    if old.len() != before {
        fields.push(field.to_owned());
    }
}

/// `old` with what `new` adds or changes, and the names of those fields.
fn merge_node(old: &Node, new: &Node) -> (Node, Vec<String>) {
    let mut out = old.clone();
    let mut fields = Vec::new();
    set_text("label", &mut out.label, &new.label, &mut fields);
    set_text("description", &mut out.description, &new.description, &mut fields);
    add_all("tags", &mut out.tags, &new.tags, &mut fields);
    add_all("evidence", &mut out.evidence, &new.evidence, &mut fields);
    for (name, value) in &new.fields {
        let slot = out.fields.entry(name.clone()).or_default();
        set_text(name, slot, value, &mut fields);
    }
    out.fields.retain(|_, v| !v.is_empty());
    let (dept, new_dept) = (&mut out.department, &new.department);
    set_text("sector", &mut dept.sector, &new_dept.sector, &mut fields);
    set_text("jurisdiction", &mut dept.jurisdiction, &new_dept.jurisdiction, &mut fields);
    if new_dept.engagement != Engagement::Unknown && dept.engagement != new_dept.engagement {
        dept.engagement = new_dept.engagement;
        fields.push("engagement".to_owned());
    }
    for (year, score) in &new_dept.scores {
        let old_score = dept.scores.get(year);
        let note = if score.note.is_empty() {
            old_score.map(|s| s.note.clone()).unwrap_or_default()
        } else {
            score.note.clone()
        };
        let value = crate::model::Score { value: score.value, note };
        if old_score != Some(&value) {
            dept.scores.insert(*year, value);
            fields.push(format!("score {year}"));
        }
    }
    if out.position.is_none() && new.position.is_some() {
        out.position = new.position;
        fields.push("position".to_owned());
    }
    (out, fields)
}

fn merge_links(
    map: &Document,
    incoming: &Document,
    ids: &BTreeMap<String, String>,
    used: &mut BTreeSet<String>,
    no_strength: &BTreeSet<String>,
    plan: &mut MergePlan,
) {
    for (link, from, to) in incoming.links() {
        let (Some(from), Some(to)) = (ids.get(from), ids.get(to)) else {
            plan.problems.push(Problem::new(
                format!("link '{}'", link.id),
                format!("from '{from}' to '{to}': an end is left out of the merge, so the link is too"),
            ));
            continue;
        };
        let matched = match map.link(&link.id) {
            Some((old, a, b)) if a == from && b == to => Some(old),
            _ => map
                .links_of(from)
                .into_iter()
                .find(|(old, a, b)| a == from && b == to && old.kind == link.kind)
                .map(|(old, _, _)| old),
        };
        if let Some(old) = matched {
            let (merged, fields) = merge_link(old, link, !no_strength.contains(&link.id));
            if fields.is_empty() {
                plan.unchanged_links += 1;
            } else {
                plan.changed_links.push(Change {
                    id: old.id.clone(),
                    label: format!("{from} -> {to}"),
                    fields,
                });
                plan.edits.push(Edit::SetLink(merged));
            }
            continue;
        }
        let busy = |c: &str| map.contains_id(c) || used.contains(c);
        let id = if busy(&link.id) { kinds::unique(&link.id, &busy) } else { link.id.clone() };
        used.insert(id.clone());
        let mut new = link.clone();
        new.id.clone_from(&id);
        plan.added_links.push(id);
        plan.edits.push(Edit::AddLink { link: new, from: from.clone(), to: to.clone() });
    }
}

fn merge_link(old: &Link, new: &Link, strength_given: bool) -> (Link, Vec<String>) {
    let mut out = old.clone();
    let mut fields = Vec::new();
    set_text("label", &mut out.label, &new.label, &mut fields);
    add_all("evidence", &mut out.evidence, &new.evidence, &mut fields);
    if strength_given && out.strength != new.strength {
        out.strength = new.strength;
        fields.push("strength".to_owned());
    }
    // What the file does not say (unknown) never wipes what the map knows.
    if new.recognised != Recognised::Unknown && out.recognised != new.recognised {
        out.recognised = new.recognised;
        fields.push("recognised".to_owned());
    }
    (out, fields)
}

fn merge_meta(old: &MapMeta, new: &MapMeta, plan: &mut MergePlan) {
    let mut meta = old.clone();
    let mut fields = Vec::new();
    set_text("title", &mut meta.title, &new.title, &mut fields);
    set_text("subtitle", &mut meta.subtitle, &new.subtitle, &mut fields);
    set_text("source", &mut meta.source, &new.source, &mut fields);
    set_text("language", &mut meta.language, &new.language, &mut fields);
    if !fields.is_empty() {
        plan.meta_fields = fields;
        plan.edits.push(Edit::SetMeta(meta));
    }
}
