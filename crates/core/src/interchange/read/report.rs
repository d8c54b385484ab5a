//! Reading the Report card, Score notes and Map sheets.

use super::elements_by_name::Registry;
use super::kinds;
use crate::interchange::problem::Problem;
use crate::interchange::table::{Columns, Table};
use crate::model::{Document, MapMeta, NodeKind, Score, parse_score, parse_year};

/// The department named on `row` of `table` (by its `ID`, else its
/// `Label`); `None` for an element the Elements sheet has but could not
/// read (reported there, and its scores left out with it).
fn department(
    table: &Table,
    row: usize,
    cols: &Columns,
    doc: &mut Document,
    registry: &mut Registry,
) -> Result<Option<String>, Problem> {
    let col = department_column(cols);
    let place = table.place(row, col.unwrap_or(0));
    let id = registry
        .find_or_make(doc, table.text(row, col), NodeKind::Department, &place)
        .map_err(|message| Problem::new(place.clone(), message))?;
    match doc.node(&id) {
        Some(node) if node.kind == NodeKind::Department => Ok(Some(id)),
        Some(node) => Err(Problem::new(
            place,
            format!("'{}' is {}; only departments have scores", node.label, kinds::with_article(node.kind)),
        )),
        None => Ok(None),
    }
}

/// The column naming departments: `ID`, else `Label`, else `Department`.
fn department_column(cols: &Columns) -> Option<usize> {
    cols.get("id").or(cols.get("label")).or(cols.get("department"))
}

/// Sets the scores of a Report card sheet: `ID` (or `Label`, or
/// `Department`), then one column per year, cells 0 to 10.
pub fn read_report_card(
    table: &Table,
    doc: &mut Document,
    registry: &mut Registry,
    problems: &mut Vec<Problem>,
) {
    let cols = Columns::of(table, problems);
    if department_column(&cols).is_none() {
        problems.push(Problem::new(
            table.place(0, 0),
            "the sheet needs an 'ID', a 'Label' or a 'Department' column",
        ));
        return;
    }
    let mut years = Vec::new();
    for (col, name) in cols.names.iter().enumerate() {
        if name.is_empty() || ["id", "label", "department"].contains(&name.to_lowercase().as_str()) {
            continue;
        }
        match parse_year(name) {
            Ok(year) => years.push((col, year)),
            Err(message) => problems.push(Problem::new(
                table.place(0, col),
                format!("the column '{name}' is not a year: {message}"),
            )),
        }
    }
    for row in table.data_rows() {
        let id = match department(table, row, &cols, doc, registry) {
            Ok(Some(id)) => id,
            Ok(None) => continue,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        for &(col, year) in &years {
            let text = table.text(row, Some(col));
            if text.is_empty() {
                continue;
            }
            match parse_score(text) {
                Ok(value) => {
                    if let Err(err) = doc.set_score(&id, year, Some(Score { value, note: String::new() })) {
                        problems.push(Problem::new(table.place(row, col), err.to_string()));
                    }
                }
                Err(message) => {
                    problems.push(Problem::new(
                        table.place(row, col),
                        format!("'{text}' is not a score: {message}"),
                    ));
                }
            }
        }
    }
}

/// Sets the notes of a Score notes sheet (`ID`, `Year`, `Note`) on scores already read.
pub fn read_score_notes(
    table: &Table,
    doc: &mut Document,
    registry: &mut Registry,
    problems: &mut Vec<Problem>,
) {
    let cols = Columns::of(table, problems);
    let (year_col, note_col) = (cols.get("year"), cols.get("note"));
    for row in table.data_rows() {
        let id = match department(table, row, &cols, doc, registry) {
            Ok(Some(id)) => id,
            Ok(None) => continue,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        let year_place = table.place(row, year_col.unwrap_or(0));
        let year = match kinds::number(table.text(row, year_col))
            .map(|y| y.to_string())
            .map(|y| parse_year(&y))
        {
            Some(Ok(year)) => year,
            _ => {
                problems
                    .push(Problem::new(year_place, format!("'{}' is not a year", table.text(row, year_col))));
                continue;
            }
        };
        let score = doc.node(&id).and_then(|n| n.department.scores.get(&year)).cloned();
        let Some(mut score) = score else {
            problems
                .push(Problem::new(year_place, format!("'{id}' has no score for {year} in the Report card")));
            continue;
        };
        score.note = table.text(row, note_col).to_owned();
        if let Err(err) = doc.set_score(&id, year, Some(score)) {
            problems.push(Problem::new(year_place, err.to_string()));
        }
    }
}

/// The title, subtitle, source and language of a Map sheet (`Field`, `Value`).
pub fn read_map(table: &Table, meta: &mut MapMeta, problems: &mut Vec<Problem>) {
    for row in table.data_rows() {
        let value = table.text(row, Some(1)).to_owned();
        match table.text(row, Some(0)).to_lowercase().as_str() {
            "title" => meta.title = value,
            "subtitle" => meta.subtitle = value,
            "source" => meta.source = value,
            "language" => meta.language = value,
            other => problems.push(Problem::new(
                table.place(row, 0),
                format!("unknown field '{other}'; use Title, Subtitle, Source or Language"),
            )),
        }
    }
}
