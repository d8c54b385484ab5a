//! The cells of a Rubric row that say how a criterion is marked and to
//! whom it is put: `Weight`, `N/A allowed`, `Applies to`, `Cites` with
//! `Clause`, and `Lineage`.

use super::kinds;
use super::names::Names;
use crate::interchange::problem::Problem;
use crate::interchange::table::{Columns, Table};
use crate::model::assess::{Applies, Citation, Criterion, Lineage};
use crate::model::{Document, NodeKind, parse_decimal};

/// A row of a sheet, with its header.
pub struct Row<'a> {
    /// The sheet.
    pub table: &'a Table,
    /// The row, from 0.
    pub row: usize,
    /// The sheet's header.
    pub cols: &'a Columns,
}

impl Row<'_> {
    fn text(&self, name: &str) -> &str {
        self.table.text(self.row, self.cols.get(name))
    }

    fn place(&self, name: &str) -> String {
        self.table.place(self.row, self.cols.get(name).unwrap_or(0))
    }
}

/// The weight, N/A allowed, Applies to, Cites (and Clause) and Lineage of
/// the criterion on `row`.
pub fn read_fields(
    row: &Row<'_>,
    names: &Names,
    doc: &Document,
    criterion: &mut Criterion,
    problems: &mut Vec<Problem>,
) {
    let weight = row.text("weight");
    if !weight.is_empty() {
        match parse_decimal(weight) {
            Ok(value) if value > 0.0 && value <= 1000.0 => criterion.weight = value,
            _ => problems.push(Problem::new(
                row.place("weight"),
                format!("the weight '{weight}' is not a number from above 0 to 1000"),
            )),
        }
    }
    match kinds::yes_no(row.text("n/a allowed")) {
        Some(allowed) => criterion.allow_na = allowed,
        None => problems.push(Problem::new(row.place("n/a allowed"), "write yes, or leave it empty for no")),
    }
    match applies(row.text("applies to")) {
        Ok(applies) => criterion.applies = applies,
        Err(message) => problems.push(Problem::new(row.place("applies to"), message)),
    }
    match cites(names, doc, row.text("cites"), row.text("clause")) {
        Ok(cites) => criterion.cites = cites,
        Err(message) => problems.push(Problem::new(row.place("cites"), message)),
    }
    match lineage(row.text("lineage")) {
        Ok(value) => criterion.lineage = value,
        Err(message) => problems.push(Problem::new(row.place("lineage"), message)),
    }
}

fn list(text: &str) -> Vec<String> {
    text.split('|').map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned).collect()
}

/// `sectors: a | b`, `linked to: id | id`, or empty (or `all`) for every department.
fn applies(text: &str) -> Result<Applies, String> {
    let lower = text.to_lowercase();
    if lower.is_empty() || lower == "all" {
        return Ok(Applies::All);
    }
    let (head, rest) = text.split_once(':').unwrap_or((text, ""));
    match head.trim().to_lowercase().as_str() {
        "sectors" | "sector" if !list(rest).is_empty() => Ok(Applies::Sectors(list(rest))),
        "linked to" if !list(rest).is_empty() => Ok(Applies::LinkedTo(list(rest))),
        _ => Err(format!(
            "'{text}' does not say to whom the criterion applies: write 'sectors: health | justice', 'linked to: ID | ID', or leave it empty for every department"
        )),
    }
}

/// The commitment cited (by ID or label) and its clause.
fn cites(names: &Names, doc: &Document, commitment: &str, clause: &str) -> Result<Option<Citation>, String> {
    if commitment.is_empty() {
        return if clause.is_empty() {
            Ok(None)
        } else {
            Err(format!("the clause '{clause}' cites no commitment; name it under 'Cites'"))
        };
    }
    let id = names.resolve(commitment)?;
    match doc.node(&id) {
        Some(node) if node.kind == NodeKind::Commitment => {
            Ok(Some(Citation { commitment: id, clause: clause.to_owned() }))
        }
        _ => Err(format!("'{commitment}' is not a commitment")),
    }
}

/// `follows: ID`, `not comparable: ID`, or empty for a new criterion.
fn lineage(text: &str) -> Result<Lineage, String> {
    if text.is_empty() || text.eq_ignore_ascii_case("new") {
        return Ok(Lineage::New);
    }
    let (head, id) = text.split_once(':').map_or(("", ""), |(h, i)| (h.trim(), i.trim()));
    match head.to_lowercase().as_str() {
        "follows" if !id.is_empty() => Ok(Lineage::Follows(id.to_owned())),
        "not comparable" if !id.is_empty() => Ok(Lineage::NotComparable(id.to_owned())),
        _ => Err(format!(
            "'{text}' is not a lineage: write 'follows: ID' or 'not comparable: ID' (last round's criterion), or leave it empty for a new one"
        )),
    }
}
