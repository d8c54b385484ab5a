//! A sheet read as text: the shape every spreadsheet and CSV import shares.

use std::collections::BTreeMap;

use super::problem::{Problem, cell_name};

/// One sheet (or CSV file) as rows of text cells; the first row is the header.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// The sheet's name, used in every problem's place.
    pub name: String,
    /// Rows from the sheet's first row, cells from column A, as text
    /// (numbers in Rust's shortest form that reads back the same).
    pub rows: Vec<Vec<String>>,
}

/// A cell to write: text, a number, a yes/no or nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing in the cell.
    Empty,
    /// Text.
    Text(String),
    /// A number.
    Number(f64),
}

impl From<&str> for Cell {
    fn from(text: &str) -> Self {
        if text.is_empty() { Cell::Empty } else { Cell::Text(text.to_owned()) }
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Self {
        if text.is_empty() { Cell::Empty } else { Cell::Text(text) }
    }
}

/// A sheet to write: a name and rows of cells, the first row the header.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OutTable {
    /// The sheet's name.
    pub name: String,
    /// Rows of cells, the header first.
    pub rows: Vec<Vec<Cell>>,
}

/// The header of a table: column numbers by lower-case name.
#[derive(Clone, Debug, Default)]
pub struct Columns {
    by_name: BTreeMap<String, usize>,
    /// Header names as written, by column.
    pub names: Vec<String>,
}

impl Columns {
    /// Reads the header row of `table`; a name used twice is a problem.
    pub fn of(table: &Table, problems: &mut Vec<Problem>) -> Self {
        let names: Vec<String> = table
            .rows
            .first()
            .map(|row| row.iter().map(|c| c.trim().to_owned()).collect())
            .unwrap_or_default();
        let mut by_name = BTreeMap::new();
        for (col, name) in names.iter().enumerate() {
            if name.is_empty() {
                continue;
            }
            if by_name.insert(name.to_lowercase(), col).is_some() {
                problems.push(Problem::new(
                    table.place(0, col),
                    format!("the column '{name}' appears twice; keep one"),
                ));
            }
        }
        Self { by_name, names }
    }

    /// The column named `name` (any case), if the header has it.
    pub fn get(&self, name: &str) -> Option<usize> {
        self.by_name.get(&name.to_lowercase()).copied()
    }
}

impl Table {
    /// `Sheet!C14` for row and column from 0.
    pub fn place(&self, row: usize, col: usize) -> String {
        format!("{}!{}", self.name, cell_name(row, col))
    }

    /// The trimmed text of a cell; empty when the row is short or the column absent.
    pub fn text(&self, row: usize, col: Option<usize>) -> &str {
        col.and_then(|c| self.rows.get(row).and_then(|r| r.get(c))).map_or("", |t| t.trim())
    }

    /// The data rows (after the header) that have something in them, by row index.
    pub fn data_rows(&self) -> impl Iterator<Item = usize> + '_ {
        (1..self.rows.len()).filter(|&r| self.rows[r].iter().any(|c| !c.trim().is_empty()))
    }
}
