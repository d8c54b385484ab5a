//! Reading a Kumu-style workbook's sheets into a [`Document`].

use super::connections::read_connections;
use super::elements::read_elements;
use super::kumu::{CONNECTIONS, ELEMENTS, MAP, REPORT_CARD, SCORE_NOTES};
use super::names::Names;
use super::problem::Problem;
use super::report::{read_map, read_report_card, read_score_notes};
use super::table::Table;
use crate::model::{Document, Node};

/// The map in `tables` (sheets of a workbook), or every problem in them.
///
/// Sheets whose name holds `(ignore)` are skipped; any other sheet besides
/// Elements, Connections, Report card, Score notes and Map is a problem.
pub fn from_tables(tables: &[Table]) -> Result<Document, Vec<Problem>> {
    let mut problems = Vec::new();
    let find = |name: &str| tables.iter().find(|t| t.name.trim().eq_ignore_ascii_case(name));
    for table in tables {
        let known = [ELEMENTS, CONNECTIONS, REPORT_CARD, SCORE_NOTES, MAP]
            .iter()
            .any(|n| table.name.trim().eq_ignore_ascii_case(n));
        if !known && !table.name.to_lowercase().contains("(ignore)") {
            problems.push(Problem::new(
                table.name.clone(),
                format!(
                    "Sectormap reads the sheets {ELEMENTS}, {CONNECTIONS}, {REPORT_CARD}, {SCORE_NOTES} and {MAP}; \
                     add '(ignore)' to this sheet's name to skip it"
                ),
            ));
        }
    }
    let Some(elements) = find(ELEMENTS) else {
        problems.push(Problem::new("workbook", format!("there is no sheet called '{ELEMENTS}'")));
        return Err(problems);
    };
    let nodes = read_elements(elements, &mut problems);
    let mut doc = from_nodes(nodes, &mut problems);
    let names = Names::of(doc.nodes());
    if let Some(table) = find(CONNECTIONS) {
        read_connections(table, &mut doc, &names, &mut problems);
    }
    if let Some(table) = find(REPORT_CARD) {
        read_report_card(table, &mut doc, &names, &mut problems);
    }
    if let Some(table) = find(SCORE_NOTES) {
        read_score_notes(table, &mut doc, &names, &mut problems);
    }
    if let Some(table) = find(MAP) {
        read_map(table, &mut doc.meta, &mut problems);
    }
    finish(doc, problems)
}

/// A document of `nodes` (ids are already unique).
pub fn from_nodes(nodes: Vec<Node>, problems: &mut Vec<Problem>) -> Document {
    let mut doc = Document::new();
    for node in nodes {
        let id = node.id.clone();
        if let Err(err) = doc.add_node(node) {
            problems.push(Problem::new(format!("element '{id}'"), err.to_string()));
        }
    }
    doc
}

/// `doc` if nothing went wrong and it validates, else every problem.
pub fn finish(doc: Document, mut problems: Vec<Problem>) -> Result<Document, Vec<Problem>> {
    if problems.is_empty() {
        problems.extend(
            doc.validate()
                .into_iter()
                .map(|p| Problem::new(p.place.to_string(), format!("{}: {}", p.field, p.message))),
        );
    }
    if problems.is_empty() { Ok(doc) } else { Err(problems) }
}
