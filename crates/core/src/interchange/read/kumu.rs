//! Reading a Kumu-style workbook's sheets into a [`Document`].

use super::connections::read_connections;
use super::elements::read_elements;
use super::elements_by_name::Registry;
use super::lookup::KindLookup;
use super::matrix::read_relevance;
use super::names::Names;
use super::report::{read_map, read_report_card, read_score_notes};
use super::shape::{Role, role_of};
use crate::interchange::problem::Problem;
use crate::interchange::sheets::{CONNECTIONS, ELEMENTS, MAP, RELEVANCE, REPORT_CARD, SCORE_NOTES};
use crate::interchange::table::Table;
use crate::model::{Document, Node};

/// The map in `tables` (sheets of a workbook, or one CSV file), or every
/// problem in them; type names neither known nor in `kinds`' choices are
/// remembered there for the preview.
///
/// Each sheet's role comes from its name, else its header ([`role_of`]):
/// Elements, Connections, Relevance (a matrix), Report card, Score notes,
/// Map. Sheets named "(ignore)" are skipped; any other sheet is a problem.
/// Without an Elements sheet, a matrix or report card makes the elements
/// it names; with one, every name must be in it.
pub fn from_tables(tables: &[Table], kinds: &mut KindLookup) -> Result<Document, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut by_role: Vec<(Role, &Table)> = Vec::new();
    for table in tables {
        match role_of(table) {
            Role::Ignored => {}
            Role::Unknown => problems.push(Problem::new(
                table.name.clone(),
                format!(
                    "Sectormap cannot tell what this sheet holds; name it {ELEMENTS}, {CONNECTIONS}, {RELEVANCE}, \
                     {REPORT_CARD}, {SCORE_NOTES}, {MAP}, Rubric or Marks, or add '(ignore)' to its name to skip it"
                ),
            )),
            role => {
                if let Some((_, first)) = by_role.iter().find(|(r, _)| *r == role) {
                    problems.push(Problem::new(
                        table.name.clone(),
                        format!("the sheet '{}' is already read as {}; keep one", first.name, role.describe()),
                    ));
                } else {
                    by_role.push((role, table));
                }
            }
        }
    }
    // Elements first, then the sheets that may make elements (matrix,
    // report card), then the connections between them all.
    // With an Elements sheet: in role order (links given in Connections
    // come before the matrix's). Without one, the sheets that make
    // elements (matrix, report card) come before the links between them.
    let late = !by_role.iter().any(|(r, _)| *r == Role::Elements);
    by_role.sort_by_key(|(role, _)| (late && *role == Role::Connections, *role));
    let elements = by_role.iter().find(|(r, _)| *r == Role::Elements).map(|(_, t)| *t);
    if elements.is_none() && !by_role.iter().any(|(r, _)| matches!(r, Role::Relevance | Role::ReportCard)) {
        problems.push(Problem::new(
            "workbook",
            format!("there is no sheet called '{ELEMENTS}', and no relevance matrix or report card to read elements from"),
        ));
        return Err(problems);
    }
    // Elements whose row has a problem (or whose type has no kind yet)
    // are left out, but still known by name: what names them is not
    // reported again, and is left out with them.
    let (nodes, unread) = match elements {
        Some(table) => read_elements(table, kinds, &mut problems),
        None => (Vec::new(), Vec::new()),
    };
    problems.extend(kinds.type_problems());
    let mut doc = from_nodes(nodes, &mut problems);
    let names_of = |doc: &Document| {
        let mut names = Names::of(doc.nodes());
        unread.iter().for_each(|node| names.add(node));
        names
    };
    let mut registry = Registry::new(names_of(&doc), elements.is_none());
    for (role, table) in by_role {
        match role {
            Role::Connections => {
                let names = names_of(&doc);
                read_connections(table, &mut doc, &names, &mut kinds.no_strength, &mut problems);
            }
            Role::Relevance => read_relevance(table, &mut doc, &mut registry, &mut problems),
            Role::ReportCard => read_report_card(table, &mut doc, &mut registry, &mut problems),
            Role::ScoreNotes => read_score_notes(table, &mut doc, &mut registry, &mut problems),
            Role::Map => read_map(table, &mut doc.meta, &mut problems),
            Role::Rubric => super::rubric::read_rubric(table, &mut doc, &mut problems),
            Role::Marks => super::marks::read_marks(table, &mut doc, &mut problems),
            Role::Replies | Role::Pack => problems.push(Problem::new(
                table.name.clone(),
                "this sheet belongs to a reply pack: import the pack into the map it came from",
            )),
            Role::Elements | Role::Ignored | Role::Unknown => {}
        }
    }
    finish(doc, problems, kinds)
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

/// `doc` if nothing went wrong and it validates, else every problem; then
/// `doc`, which holds only what read cleanly, is kept in `kinds` as the
/// partial map for an import that skips the rest.
pub fn finish(
    doc: Document,
    mut problems: Vec<Problem>,
    kinds: &mut KindLookup,
) -> Result<Document, Vec<Problem>> {
    let invalid: Vec<Problem> = doc
        .validate()
        .into_iter()
        .map(|p| Problem::new(p.place.to_string(), format!("{}: {}", p.field, p.message)))
        .collect();
    if problems.is_empty() {
        problems = invalid;
        if problems.is_empty() {
            return Ok(doc);
        }
    } else if invalid.is_empty() {
        kinds.partial = Some(doc);
    }
    Err(problems)
}
