//! Reading the Rubric sheet: one row per criterion of each round, one
//! `Level N` column per level as `label: description` (the label is what
//! comes before the first colon).

use std::collections::BTreeMap;

use super::kinds;
use super::names::Names;
use super::rubric_cells;
use crate::interchange::assess_sheets::level_number;
use crate::interchange::problem::Problem;
use crate::interchange::table::{Columns, Table};
use crate::model::assess::{Applies, Criterion, Level, Lineage, Rubric};
use crate::model::{Document, Translations, parse_year};

/// A round-level value (source, illustrative) and the cell it came from.
type Given = Option<(String, String)>;

/// Adds the rounds of a Rubric sheet to `doc`; problems go to `problems`.
pub fn read_rubric(table: &Table, doc: &mut Document, problems: &mut Vec<Problem>) {
    let cols = Columns::of(table, problems);
    let (round_col, id_col, title_col) = (cols.get("round"), cols.get("id"), cols.get("title"));
    if round_col.is_none() || title_col.is_none() {
        problems
            .push(Problem::new(table.place(0, 0), "the Rubric sheet needs a 'Round' and a 'Title' column"));
        return;
    }
    let mut levels: Vec<(usize, usize)> = cols
        .names
        .iter()
        .enumerate()
        .filter_map(|(col, name)| level_number(&name.trim().to_lowercase()).map(|n| (n, col)))
        .collect();
    levels.sort_unstable();
    let names = Names::of(doc.nodes());
    let mut rounds: BTreeMap<i32, (Rubric, Given, Given)> = BTreeMap::new();
    let mut lineages: Vec<(i32, String, String)> = Vec::new();
    for row in table.data_rows() {
        let at = |col: Option<usize>| table.place(row, col.unwrap_or(0));
        let text = |col: Option<usize>| table.text(row, col);
        let year = match parse_year(text(round_col)) {
            Ok(year) => year,
            Err(err) => {
                problems.push(Problem::new(
                    at(round_col),
                    format!("'{}' is not a round: {err}", text(round_col)),
                ));
                continue;
            }
        };
        let (rubric, source, illustrative) = rounds.entry(year).or_default();
        let title = text(title_col);
        if title.is_empty() {
            problems.push(Problem::new(at(title_col), "the criterion has no title"));
            continue;
        }
        let id = match text(id_col) {
            "" => kinds::unique(&kinds::slug(title), &|c: &str| rubric.criterion(c).is_some()),
            given => given.to_owned(),
        };
        if rubric.criterion(&id).is_some() {
            problems
                .push(Problem::new(at(id_col), format!("the {year} round already has a criterion '{id}'")));
            continue;
        }
        round_value(&mut *source, text(cols.get("source")), at(cols.get("source")), problems);
        round_value(
            &mut *illustrative,
            text(cols.get("illustrative")),
            at(cols.get("illustrative")),
            problems,
        );
        let mut criterion = Criterion {
            id,
            title: title.to_owned(),
            question: text(cols.get("question")).to_owned(),
            guidance: text(cols.get("guidance")).to_owned(),
            levels: read_levels(table, row, &levels, problems),
            allow_na: false,
            weight: 1.0,
            applies: Applies::All,
            cites: None,
            lineage: Lineage::New,
            translations: Translations::default(),
        };
        rubric_cells::read_fields(
            &rubric_cells::Row { table, row, cols: &cols },
            &names,
            doc,
            &mut criterion,
            problems,
        );
        if let Lineage::Follows(before) | Lineage::NotComparable(before) = &criterion.lineage {
            lineages.push((year, before.clone(), at(cols.get("lineage"))));
        }
        rubric.criteria.push(criterion);
    }
    finish(rounds, lineages, doc, problems);
}

/// Puts the rounds read into `doc`, then checks that every lineage names
/// a criterion of the round before.
fn finish(
    rounds: BTreeMap<i32, (Rubric, Given, Given)>,
    lineages: Vec<(i32, String, String)>,
    doc: &mut Document,
    problems: &mut Vec<Problem>,
) {
    for (year, (mut rubric, source, illustrative)) in rounds {
        rubric.source = source.map(|(value, _)| value).unwrap_or_default();
        if let Some((value, place)) = illustrative {
            match kinds::yes_no(&value) {
                Some(flag) => rubric.illustrative = flag,
                None => problems
                    .push(Problem::new(place, "write yes for an illustrative round, or leave it empty")),
            }
        }
        doc.assessment.rounds.insert(year, rubric);
    }
    for (year, before, place) in lineages {
        let earlier =
            doc.assessment.previous(year).and_then(|y| doc.assessment.rounds.get(&y).map(|r| (y, r)));
        if earlier.is_none_or(|(_, r)| r.criterion(&before).is_none()) {
            let round = earlier.map_or("no round before".to_owned(), |(y, _)| format!("the {y} round"));
            problems.push(Problem::new(place, format!("{round} has no criterion '{before}'")));
        }
    }
}

/// Keeps the first value given for a round; a different one later is a problem.
fn round_value(given: &mut Given, value: &str, place: String, problems: &mut Vec<Problem>) {
    if value.is_empty() {
        return;
    }
    match given {
        None => *given = Some((value.to_owned(), place)),
        Some((first, first_place)) if first != value => problems.push(Problem::new(
            place,
            format!("the round already says something else in {first_place}; give it on one row"),
        )),
        Some(_) => {}
    }
}

/// The levels in `row`'s level columns, lowest first; every level column
/// before a filled one must be filled.
fn read_levels(
    table: &Table,
    row: usize,
    columns: &[(usize, usize)],
    problems: &mut Vec<Problem>,
) -> Vec<Level> {
    let mut levels = Vec::new();
    let mut gap: Option<usize> = None;
    for &(_, col) in columns {
        let cell = table.text(row, Some(col));
        if cell.is_empty() {
            gap.get_or_insert(col);
            continue;
        }
        if let Some(empty) = gap {
            problems.push(Problem::new(
                table.place(row, col),
                format!(
                    "a level follows the empty {}; fill the levels from the lowest, one after another",
                    table.place(row, empty)
                ),
            ));
            return levels;
        }
        let (label, description) = cell.split_once(':').unwrap_or((cell, ""));
        if label.trim().is_empty() {
            problems.push(Problem::new(
                table.place(row, col),
                "the level has no label: write 'label: description'",
            ));
            continue;
        }
        levels.push(Level {
            label: label.trim().to_owned(),
            description: description.trim().to_owned(),
            translations: Translations::default(),
        });
    }
    if levels.is_empty() {
        let col = columns.first().map_or(0, |&(_, c)| c);
        problems.push(Problem::new(
            table.place(row, col),
            "a criterion needs at least one level: fill 'Level 1' with 'label: description'",
        ));
    }
    levels
}
