//! Reading the Connections sheet into links of a document whose nodes are in.

use super::kinds;
use super::names::Names;
use crate::interchange::problem::Problem;
use crate::interchange::table::{Columns, Table};
use crate::model::{Document, Link, LinkKind, Recognised};

/// Adds the links of a Connections sheet to `doc`; problems go to `problems`.
///
/// `From` and `To` name elements by ID or label; `A|B` makes one link per
/// element named. An empty `Type` takes the most specific kind the two
/// ends allow.
pub fn read_connections(
    table: &Table,
    doc: &mut Document,
    names: &Names,
    no_strength: &mut std::collections::BTreeSet<String>,
    problems: &mut Vec<Problem>,
) {
    let cols = Columns::of(table, problems);
    let (from_col, to_col) = (cols.get("from"), cols.get("to"));
    if from_col.is_none() || to_col.is_none() {
        problems.push(Problem::new(table.place(0, 0), "the sheet needs a 'From' and a 'To' column"));
        return;
    }
    let type_col = cols.get("type");
    let (strength_col, recognised_col, id_col) =
        (cols.get("strength"), cols.get("recognised"), cols.get("id"));
    for row in table.data_rows() {
        let at = |col: Option<usize>| table.place(row, col.unwrap_or(0));
        let text = |col: Option<usize>| table.text(row, col);
        let mut ends = |col: Option<usize>| -> Option<Vec<String>> {
            let names_given: Vec<&str> =
                text(col).split('|').map(str::trim).filter(|n| !n.is_empty()).collect();
            if names_given.is_empty() {
                problems.push(Problem::new(at(col), "the connection names no element here"));
                return None;
            }
            let mut ids = Vec::new();
            for name in names_given {
                match names.resolve(name) {
                    Ok(id) => ids.push(id),
                    Err(message) => problems.push(Problem::new(at(col), message)),
                }
            }
            (ids.len() == text(col).split('|').filter(|n| !n.trim().is_empty()).count()).then_some(ids)
        };
        let (sources, targets) = (ends(from_col), ends(to_col));
        let kind_name = text(type_col);
        let kind = if kind_name.is_empty() { None } else { kinds::link_kind(kind_name) };
        if !kind_name.is_empty() && kind.is_none() {
            let known: Vec<&str> = LinkKind::ALL.iter().map(|k| k.key()).collect();
            problems.push(Problem::new(
                at(type_col),
                format!("unknown connection type '{kind_name}'; use one of {}", known.join(", ")),
            ));
        }
        let strength = kinds::strength(text(strength_col));
        if strength.is_none() {
            problems.push(Problem::new(
                at(strength_col),
                format!("the strength '{}' is not 1, 2 or 3", text(strength_col)),
            ));
        }
        // No Recognised column, or an empty cell: nobody has checked yet.
        let recognised = kinds::recognition(text(recognised_col));
        if recognised.is_none() {
            problems.push(Problem::new(
                at(recognised_col),
                format!("'{}' is not yes, no or empty (not checked yet)", text(recognised_col)),
            ));
        }
        let (Some(sources), Some(targets), Some(strength), Some(recognised)) =
            (sources, targets, strength, recognised)
        else {
            continue;
        };
        if (!kind_name.is_empty() && kind.is_none()) || sources.is_empty() || targets.is_empty() {
            continue;
        }
        let pairs: Vec<(&String, &String)> =
            sources.iter().flat_map(|s| targets.iter().map(move |t| (s, t))).collect();
        for (n, (from, to)) in pairs.iter().enumerate() {
            // An end left out (its row has a problem, its type no kind
            // yet) is reported there; its links are left out with it.
            let (Some(a), Some(b)) = (doc.node(from), doc.node(to)) else { continue };
            if from == to {
                problems.push(Problem::new(
                    at(to_col),
                    format!(
                        "the connection goes from '{}' to itself; a link joins two different elements",
                        a.label
                    ),
                ));
                continue;
            }
            let kind = kind.unwrap_or_else(|| {
                LinkKind::allowed_between(a.kind, b.kind).first().copied().unwrap_or(LinkKind::Related)
            });
            let given = text(id_col);
            let base = match (given.is_empty(), pairs.len()) {
                (false, 1) => given.to_owned(),
                (false, _) => format!("{given}-{}", n + 1),
                (true, _) => format!("{}-{from}-{to}", kind.key()),
            };
            let id =
                if given.is_empty() { kinds::unique(&base, &|c: &str| doc.contains_id(c)) } else { base };
            let link = link_of(table, row, &cols, (id, kind), (strength, recognised));
            if text(strength_col).is_empty() {
                no_strength.insert(link.id.clone());
            }
            if let Err(err) = doc.add_link(from, to, link) {
                let col = if matches!(err, crate::model::ModelError::KindNotAllowed { .. }) {
                    type_col
                } else {
                    id_col
                };
                problems.push(Problem::new(at(col), err.to_string()));
            }
        }
    }
}

/// The link a Connections row makes with `id` and `kind`: its label,
/// strength, recognised and evidence.
fn link_of(
    table: &Table,
    row: usize,
    cols: &Columns,
    (id, kind): (String, LinkKind),
    (strength, recognised): (u8, Recognised),
) -> Link {
    let text = |name: &str| table.text(row, cols.get(name));
    let mut link = Link::new(id, kind);
    link.label = text("label").to_owned();
    link.strength = strength;
    link.recognised = recognised;
    link.evidence =
        text("evidence").split('\n').map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned).collect();
    link
}
