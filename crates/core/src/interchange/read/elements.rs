//! Reading the Elements sheet (or an Elements-shaped CSV) into nodes.

use std::collections::{BTreeMap, BTreeSet};

use super::kinds;
use super::lookup::KindLookup;
use crate::interchange::problem::Problem;
use crate::interchange::table::{Columns, Table};
use crate::model::{Node, NodeKind, Point};

/// Columns with a meaning of their own; every other named column is a free field.
const KNOWN: [&str; 12] = [
    "label",
    "id",
    "type",
    "description",
    "tags",
    "sector",
    "jurisdiction",
    "engagement",
    "x",
    "y",
    "pinned",
    "evidence",
];

/// The nodes of an Elements sheet, in row order, and the elements left
/// out (a row with a problem, a type with no kind yet), known by id and
/// label only; problems go to `problems`. A type whose kind the user
/// chose is kept as a tag, as the sheet spells it.
///
/// Needs a `Label` or an `ID` column. An empty ID is made from the label.
pub fn read_elements(
    table: &Table,
    kinds: &mut KindLookup,
    problems: &mut Vec<Problem>,
) -> (Vec<Node>, Vec<Node>) {
    let cols = Columns::of(table, problems);
    let (label_col, id_col) = (cols.get("label"), cols.get("id"));
    if label_col.is_none() && id_col.is_none() {
        problems.push(Problem::new(
            table.place(0, 0),
            "the sheet needs a 'Label' or an 'ID' column; the first row names the columns",
        ));
        return (Vec::new(), Vec::new());
    }
    let type_col = cols.get("type");
    if type_col.is_none() {
        problems.push(Problem::new(table.place(0, cols.names.len()), "the sheet needs a 'Type' column"));
        return (Vec::new(), Vec::new());
    }
    let free: Vec<(usize, &str)> = cols
        .names
        .iter()
        .enumerate()
        .filter(|(_, name)| !name.is_empty() && !KNOWN.contains(&name.to_lowercase().as_str()))
        .map(|(col, name)| (col, name.as_str()))
        .collect();
    let given: BTreeSet<&str> =
        table.data_rows().map(|r| table.text(r, id_col)).filter(|id| !id.is_empty()).collect();
    let mut used: BTreeMap<String, usize> = BTreeMap::new();
    let (mut nodes, mut unread) = (Vec::new(), Vec::new());
    for row in table.data_rows() {
        let before = problems.len();
        let at = |col: Option<usize>| table.place(row, col.unwrap_or(0));
        let text = |col: Option<usize>| table.text(row, col);
        let (label, id) = (text(label_col), text(id_col));
        let label = if label.is_empty() { id } else { label };
        if label.is_empty() {
            problems
                .push(Problem::new(at(label_col.or(id_col)), "the element has neither a label nor an ID"));
            continue;
        }
        let id = if id.is_empty() {
            kinds::unique(&kinds::slug(label), &|c: &str| given.contains(c) || used.contains_key(c))
        } else {
            id.to_owned()
        };
        if let Some(first) = used.insert(id.clone(), row) {
            problems.push(Problem::new(
                at(id_col.or(label_col)),
                format!("the ID '{id}' is already used on row {}", first + 1),
            ));
            continue;
        }
        let type_name = text(type_col);
        let Some(kind) = kinds.kind(type_name, &at(type_col)) else {
            // Reported once for the type name, after the sheet.
            unread.push(Node::new(id, NodeKind::Organisation, label));
            continue;
        };
        let mut node = Node::new(id, kind, label);
        node.description = text(cols.get("description")).to_owned();
        node.tags = split(text(cols.get("tags")), '|');
        node.evidence = split(text(cols.get("evidence")), '\n');
        for &(col, name) in &free {
            let value = text(Some(col));
            if !value.is_empty() {
                node.fields.insert(name.to_owned(), value.to_owned());
            }
        }
        if let Some(tag) =
            kinds.tag(type_name).filter(|t| !node.tags.iter().any(|k| k.eq_ignore_ascii_case(t)))
        {
            node.tags.push(tag);
        }
        department(table, row, &cols, &mut node, problems);
        position(table, row, &cols, &mut node, problems);
        if problems.len() > before {
            unread.push(node);
        } else {
            nodes.push(node);
        }
    }
    (nodes, unread)
}

fn split(text: &str, separator: char) -> Vec<String> {
    text.split(separator).map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned).collect()
}

fn department(table: &Table, row: usize, cols: &Columns, node: &mut Node, problems: &mut Vec<Problem>) {
    for name in ["sector", "jurisdiction", "engagement"] {
        let col = cols.get(name);
        let value = table.text(row, col);
        if value.is_empty() {
            continue;
        }
        let place = table.place(row, col.unwrap_or(0));
        if node.kind != NodeKind::Department {
            problems.push(Problem::new(
                place,
                format!(
                    "only departments have a {name}, and '{}' is {}",
                    node.label,
                    kinds::with_article(node.kind)
                ),
            ));
            continue;
        }
        match name {
            "sector" => node.department.sector = value.to_owned(),
            "jurisdiction" => node.department.jurisdiction = value.to_owned(),
            _ => match kinds::engagement(value) {
                Some(engagement) => node.department.engagement = engagement,
                None => problems.push(Problem::new(
                    place,
                    format!("unknown engagement '{value}'; use committed, open, resistant or unknown"),
                )),
            },
        }
    }
}

fn position(table: &Table, row: usize, cols: &Columns, node: &mut Node, problems: &mut Vec<Problem>) {
    let (x_col, y_col, pin_col) = (cols.get("x"), cols.get("y"), cols.get("pinned"));
    let mut coordinate = |col: Option<usize>, axis: &str| {
        let text = table.text(row, col);
        if text.is_empty() {
            return None;
        }
        kinds::coordinate(text)
            .map_err(|why| {
                problems.push(Problem::new(
                    table.place(row, col.unwrap_or(0)),
                    format!("the {axis} position '{text}' is {why}"),
                ));
            })
            .ok()
    };
    let (x, y) = (coordinate(x_col, "X"), coordinate(y_col, "Y"));
    let (x_text, y_text) = (table.text(row, x_col), table.text(row, y_col));
    if x_text.is_empty() != y_text.is_empty() {
        let missing = if x_text.is_empty() { x_col } else { y_col };
        problems.push(Problem::new(
            table.place(row, missing.unwrap_or(0)),
            "give both X and Y, or neither (then the element is laid out)",
        ));
    } else if let (Some(x), Some(y)) = (x, y) {
        node.position = Some(Point::new(x, y));
    }
    let pinned = table.text(row, pin_col);
    match kinds::yes_no(pinned) {
        Some(true) if node.position.is_none() => problems.push(Problem::new(
            table.place(row, pin_col.unwrap_or(0)),
            "the element is pinned but has no X and Y",
        )),
        Some(value) => node.pinned = value,
        None => problems.push(Problem::new(
            table.place(row, pin_col.unwrap_or(0)),
            format!("'{pinned}' is not yes or no"),
        )),
    }
}
