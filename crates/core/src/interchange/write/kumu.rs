//! The Kumu-style workbook: a map as the sheets `Elements`, `Connections`
//! and `Report card` (plus `Score notes`, `Map`, and the assessment's
//! `Rubric` and `Marks` from `assessment.rs`, which Kumu ignores).
//!
//! Translations and saved views are not written: a map read back from the
//! workbook equals the original with its translations and views cleared.

use std::collections::BTreeSet;

use crate::interchange::sheets::{
    CONNECTION_COLUMNS, CONNECTIONS, ELEMENT_COLUMNS, ELEMENTS, MAP, REPORT_CARD, SCORE_NOTES,
};
use crate::interchange::table::{Cell, OutTable};
use crate::model::{Document, NodeKind};

fn header(names: &[&str]) -> Vec<Cell> {
    names.iter().map(|&n| Cell::from(n)).collect()
}

fn yes(value: bool) -> Cell {
    Cell::from(if value { "yes" } else { "no" })
}

/// The workbook's sheets for `doc`.
pub fn to_tables(doc: &Document) -> Vec<OutTable> {
    let mut tables = vec![elements(doc), connections(doc)];
    tables.extend(report_card(doc));
    let notes: Vec<Vec<Cell>> = doc
        .nodes()
        .flat_map(|node| {
            node.department.scores.iter().filter(|(_, s)| !s.note.is_empty()).map(|(year, score)| {
                vec![
                    Cell::from(node.id.as_str()),
                    Cell::Number(f64::from(*year)),
                    Cell::from(score.note.as_str()),
                ]
            })
        })
        .collect();
    if !notes.is_empty() {
        let mut rows = vec![header(&["ID", "Year", "Note"])];
        rows.extend(notes);
        tables.push(OutTable { name: SCORE_NOTES.to_owned(), rows });
    }
    let meta = &doc.meta;
    let mut rows = vec![header(&["Field", "Value"])];
    for (field, value) in [
        ("Title", &meta.title),
        ("Subtitle", &meta.subtitle),
        ("Source", &meta.source),
        ("Language", &meta.language),
    ] {
        rows.push(vec![Cell::from(field), Cell::from(value.as_str())]);
    }
    tables.push(OutTable { name: MAP.to_owned(), rows });
    tables.extend(super::assessment::assessment_tables(doc));
    tables
}

fn elements(doc: &Document) -> OutTable {
    let fields: BTreeSet<&str> = doc.nodes().flat_map(|n| n.fields.keys().map(String::as_str)).collect();
    let mut head = header(&ELEMENT_COLUMNS);
    head.extend(fields.iter().map(|&f| Cell::from(f)));
    let mut rows = vec![head];
    for node in doc.nodes() {
        let dept = &node.department;
        let is_dept = node.kind == NodeKind::Department;
        let engagement = if is_dept && dept.engagement != crate::model::Engagement::Unknown {
            dept.engagement.key()
        } else {
            ""
        };
        let (x, y) =
            node.position.map_or((Cell::Empty, Cell::Empty), |p| (Cell::Number(p.x), Cell::Number(p.y)));
        let mut row = vec![
            Cell::from(node.label.as_str()),
            Cell::from(node.id.as_str()),
            Cell::from(node.kind.key()),
            Cell::from(node.description.as_str()),
            Cell::from(node.tags.join("|")),
            Cell::from(dept.sector.as_str()),
            Cell::from(dept.jurisdiction.as_str()),
            Cell::from(engagement),
            x,
            y,
            if node.pinned { yes(true) } else { Cell::Empty },
            Cell::from(node.evidence.join("\n")),
        ];
        row.extend(
            fields.iter().map(|&f| node.fields.get(f).map_or(Cell::Empty, |v| Cell::from(v.as_str()))),
        );
        rows.push(row);
    }
    OutTable { name: ELEMENTS.to_owned(), rows }
}

fn connections(doc: &Document) -> OutTable {
    let mut rows = vec![header(&CONNECTION_COLUMNS)];
    for (link, from, to) in doc.links() {
        rows.push(vec![
            Cell::from(from),
            Cell::from(to),
            Cell::from(link.kind.key()),
            Cell::from(if link.kind.directed() { "directed" } else { "undirected" }),
            Cell::from(link.label.as_str()),
            Cell::Number(f64::from(link.strength)),
            link.recognised.as_flag().map_or(Cell::Empty, yes),
            Cell::from(link.id.as_str()),
            Cell::from(link.evidence.join("\n")),
        ]);
    }
    OutTable { name: CONNECTIONS.to_owned(), rows }
}

fn report_card(doc: &Document) -> Option<OutTable> {
    let departments: Vec<_> = doc.nodes().filter(|n| n.kind == NodeKind::Department).collect();
    if departments.is_empty() {
        return None;
    }
    let years: BTreeSet<i32> = departments.iter().flat_map(|n| n.department.scores.keys().copied()).collect();
    let mut head = header(&["ID", "Label"]);
    head.extend(years.iter().map(|y| Cell::from(y.to_string())));
    let mut rows = vec![head];
    for node in departments {
        let mut row = vec![Cell::from(node.id.as_str()), Cell::from(node.label.as_str())];
        row.extend(
            years
                .iter()
                .map(|y| node.department.scores.get(y).map_or(Cell::Empty, |s| Cell::Number(s.value))),
        );
        rows.push(row);
    }
    Some(OutTable { name: REPORT_CARD.to_owned(), rows })
}
