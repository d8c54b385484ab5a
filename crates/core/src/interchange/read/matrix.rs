//! The relevance matrix: forms of VAW (rows) by departments or objectives
//! (columns); a cell is a strength 1-3, with a mark when the department
//! itself makes the link.
//!
//! ```text
//!        A                  B              C                      D
//!   1    Form of VAW        Home Office    Reduce reoffending     Department for Education
//!   2    Department                        Ministry of Justice                              <- optional
//!   3    Domestic abuse     3✓             2
//!   4    FGM                3                                     1*
//!   5    Trafficking
//! ```
//!
//! Row 2 is optional: when A2 says `Department`, a column with a name there
//! is an objective of that department (linked to it by "pursues"); the
//! other columns are departments. Cells: `1`, `2`, `3`, or `x` (2); a `✓`,
//! `✔`, `*` or `R` after the number (or alone: strength 2) says the
//! department makes the link itself. Rows and columns without any link are
//! kept: in a gap map an unlinked form of VAW is the finding itself.

use super::elements_by_name::Registry;
use crate::interchange::problem::Problem;
use crate::interchange::table::Table;
use crate::model::{Document, Link, LinkKind, NodeKind, Recognised};

/// Marks that say the department itself makes the link.
const MARKS: [char; 6] = ['✓', '✔', '*', 'r', 'R', '√'];
/// Marks that say the department has been checked and does not make it.
const NOT_MARKS: [char; 2] = ['✗', '✘'];

/// A cell's link: strength and whether the department makes it (a ✓ after
/// the number says yes, a ✗ no, no mark that nobody has checked yet);
/// `Ok(None)` for an empty cell.
pub fn parse_cell(text: &str) -> Result<Option<(u8, Recognised)>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let core = text.trim_end_matches(|c: char| MARKS.contains(&c) || c.is_whitespace());
    let not_core = text.trim_end_matches(|c: char| NOT_MARKS.contains(&c) || c.is_whitespace());
    let (core, recognised) = if core.len() != text.len() {
        (core, Recognised::Yes)
    } else if not_core.len() != text.len() {
        (not_core, Recognised::No)
    } else {
        (text, Recognised::Unknown)
    };
    let strength = match core {
        "" | "x" | "X" => 2,
        _ => match super::kinds::number(core).filter(|v| v.fract() == 0.0 && (1.0..=3.0).contains(v)) {
            // 1.0, 2.0 or 3.0 exactly, so the cast is exact.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            Some(v) => v as u8,
            None => {
                return Err(format!(
                    "'{text}' is not a link: write 1, 2 or 3 (how strongly it bears), with ✓ or * when the department makes the link itself, ✗ when it does not"
                ));
            }
        },
    };
    Ok(Some((strength, recognised)))
}

/// Reads a relevance matrix into `doc`: rows and columns name elements in
/// `registry` (made when it may create them), cells become "relevant" links.
pub fn read_relevance(
    table: &Table,
    doc: &mut Document,
    registry: &mut Registry,
    problems: &mut Vec<Problem>,
) {
    let header = table.rows.first().cloned().unwrap_or_default();
    let owners_row = table.rows.get(1).filter(|row| {
        let corner = row.first().map_or(String::new(), |c| c.trim().to_lowercase());
        ["department", "pursued by", "departments"].contains(&corner.as_str())
    });
    let first_data = if owners_row.is_some() { 2 } else { 1 };
    let mut columns: Vec<(usize, String)> = Vec::new();
    for (col, name) in header.iter().enumerate().skip(1) {
        let name = name.trim();
        if name.is_empty() {
            continue;
        }
        let owner = owners_row.and_then(|r| r.get(col)).map_or("", |t| t.trim());
        let place = table.place(0, col);
        let id = if owner.is_empty() {
            registry.find_or_make(doc, name, NodeKind::Department, &place)
        } else {
            let owner_place = table.place(1, col);
            let objective = registry.find_or_make(doc, name, NodeKind::Objective, &place);
            if let (Ok(department), Ok(objective)) =
                (registry.find_or_make(doc, owner, NodeKind::Department, &owner_place), &objective)
            {
                link(doc, &department, objective, LinkKind::Pursues, (2, Recognised::Unknown))
                    .map_err(|message| problems.push(Problem::new(owner_place, message)))
                    .ok();
            }
            objective
        };
        match id {
            Ok(id) => columns.push((col, id)),
            Err(message) => problems.push(Problem::new(place, message)),
        }
    }
    for row in (first_data..table.rows.len()).filter(|&r| table.rows[r].iter().any(|c| !c.trim().is_empty()))
    {
        let name = table.text(row, Some(0));
        let place = table.place(row, 0);
        if name.is_empty() {
            problems.push(Problem::new(place, "the row has links but names no form of VAW in column A"));
            continue;
        }
        let issue = match registry.find_or_make(doc, name, NodeKind::Issue, &place) {
            Ok(id) => id,
            Err(message) => {
                problems.push(Problem::new(place, message));
                continue;
            }
        };
        for (col, target) in &columns {
            let place = table.place(row, *col);
            match parse_cell(table.text(row, Some(*col))) {
                Ok(None) => {}
                Ok(Some(cell)) => {
                    if let Err(message) = link(doc, &issue, target, LinkKind::Relevant, cell) {
                        problems.push(Problem::new(place, message));
                    }
                }
                Err(message) => problems.push(Problem::new(place, message)),
            }
        }
    }
}

/// Adds a link of `kind` from `from` to `to`, unless one of that kind is
/// there already (then it is left as it is when equal, else a problem).
fn link(
    doc: &mut Document,
    from: &str,
    to: &str,
    kind: LinkKind,
    (strength, recognised): (u8, Recognised),
) -> Result<(), String> {
    if doc.node(from).is_none() || doc.node(to).is_none() {
        // An element the Elements sheet has but could not read (reported
        // there): its links are left out with it.
        return Ok(());
    }
    let existing = doc
        .links_of(from)
        .into_iter()
        .find(|(l, a, b)| l.kind == kind && *a == from && *b == to)
        .map(|(l, _, _)| l.clone());
    if let Some(existing) = existing {
        if kind == LinkKind::Pursues || (existing.strength == strength && existing.recognised == recognised) {
            return Ok(());
        }
        return Err(format!(
            "'{from}' and '{to}' are already linked (strength {}{}) elsewhere in the workbook; give the link in one place",
            existing.strength,
            match existing.recognised {
                Recognised::Yes => ", made by the department",
                Recognised::No => ", not made by the department",
                Recognised::Unknown => "",
            }
        ));
    }
    let id = super::kinds::unique(&format!("{}-{from}-{to}", kind.key()), &|c: &str| doc.contains_id(c));
    let mut link = Link::new(id, kind);
    link.strength = strength;
    link.recognised = recognised;
    doc.add_link(from, to, link).map_err(|err| err.to_string())
}
