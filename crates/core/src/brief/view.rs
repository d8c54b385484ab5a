//! A saved view of a brief's neighbourhood: the department in focus with
//! the rest hidden, as deep as its neighbourhood reaches, and whatever
//! else that depth would bring in hidden by kind, sector or jurisdiction
//! where the map allows, so the view shows what the brief's picture shows.

use std::collections::BTreeSet;

use super::Brief;
use crate::model::{Document, Filters, Focus, MAX_FOCUS_DEPTH, NodeKind, Others, SavedView};

/// A view called `name` of `brief`'s neighbourhood on `doc`: of the focus
/// depths and filters a saved view can hold, the one showing all of the
/// neighbourhood and the fewest other nodes (exactly the neighbourhood
/// whenever the map allows).
pub fn neighbourhood_view(doc: &Document, brief: &Brief, name: String) -> SavedView {
    let wanted = &brief.neighbourhood;
    let mut best: Option<(usize, Focus, Filters)> = None;
    for depth in 1..=MAX_FOCUS_DEPTH {
        let focus = Focus { others: Others::Hide, ..Focus::new(brief.id.clone(), depth) };
        let members = focus.members(doc);
        if !wanted.is_subset(&members) {
            continue;
        }
        for hide in candidates(doc, wanted, &members) {
            let hidden = hide.hidden(doc);
            let shown: BTreeSet<&String> = members.iter().filter(|id| !hidden.contains(*id)).collect();
            if !wanted.iter().all(|id| shown.contains(id)) {
                continue;
            }
            let extra = shown.len() - wanted.len();
            if best.as_ref().is_none_or(|(fewest, _, _)| extra < *fewest) {
                best = Some((extra, focus.clone(), hide));
            }
        }
        if best.as_ref().is_some_and(|(extra, _, _)| *extra == 0) {
            break;
        }
    }
    let (focus, hide) = match best {
        Some((_, focus, hide)) => (focus, hide),
        None => (
            Focus { others: Others::Hide, ..Focus::new(brief.id.clone(), MAX_FOCUS_DEPTH) },
            Filters::default(),
        ),
    };
    SavedView { name, focus: Some(focus), hide, ..SavedView::default() }
}

/// The filters worth trying for a focus whose members are `members`: those
/// hiding every kind, sector and jurisdiction only the others have, then
/// kinds alone, then none.
fn candidates(doc: &Document, wanted: &BTreeSet<String>, members: &BTreeSet<String>) -> [Filters; 3] {
    let department = |id: &str| {
        let node = doc.node(id)?;
        match node.kind {
            NodeKind::Department => Some(node),
            NodeKind::Objective => doc.owner_of(id),
            _ => None,
        }
    };
    let kinds_of = |ids: &mut dyn Iterator<Item = &String>| -> BTreeSet<NodeKind> {
        ids.filter_map(|id| doc.node(id)).map(|n| n.kind).collect()
    };
    let places = |ids: &mut dyn Iterator<Item = &String>| -> (BTreeSet<String>, BTreeSet<String>) {
        let depts: Vec<_> = ids.filter_map(|id| department(id)).collect();
        let sectors = depts.iter().map(|d| d.department.sector.clone()).filter(|s| !s.is_empty()).collect();
        let places =
            depts.iter().map(|d| d.department.jurisdiction.clone()).filter(|j| !j.is_empty()).collect();
        (sectors, places)
    };
    let others: Vec<&String> = members.iter().filter(|id| !wanted.contains(*id)).collect();
    let keep_kinds = kinds_of(&mut wanted.iter());
    let kinds: BTreeSet<NodeKind> =
        kinds_of(&mut others.iter().copied()).into_iter().filter(|k| !keep_kinds.contains(k)).collect();
    let (keep_sectors, keep_places) = places(&mut wanted.iter());
    let (sectors, places) = places(&mut others.iter().copied());
    let all = Filters {
        kinds: kinds.clone(),
        sectors: sectors.difference(&keep_sectors).cloned().collect(),
        jurisdictions: places.difference(&keep_places).cloned().collect(),
    };
    [all, Filters { kinds, ..Filters::default() }, Filters::default()]
}
