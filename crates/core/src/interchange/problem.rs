//! What went wrong with an imported file: every problem, each with its place.

use std::fmt;

/// One problem in an imported file, with the place it is at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where: `Connections!C14` (sheet and cell), `line 12, column 5`, or a
    /// sheet or element name.
    pub place: String,
    /// What is wrong, and what to do about it where we can tell.
    pub message: String,
}

impl Problem {
    /// A problem at `place`.
    pub fn new(place: impl Into<String>, message: impl Into<String>) -> Self {
        Self { place: place.into(), message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// Why a file could not be imported: every problem found in it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct ImportError {
    /// The file, as given.
    pub file: String,
    /// Every problem, in the order found (sheet by sheet, row by row).
    pub problems: Vec<Problem>,
}

impl ImportError {
    /// An error with one problem.
    pub fn one(file: impl Into<String>, place: impl Into<String>, message: impl Into<String>) -> Self {
        Self { file: file.into(), problems: vec![Problem::new(place, message)] }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}: {problem}", self.file)?;
        }
        Ok(())
    }
}

/// Why a map could not be written in another format.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The spreadsheet writer failed.
    #[error("{file}: cannot write the workbook: {message}")]
    Xlsx {
        /// The file, as given.
        file: String,
        /// What the writer said.
        message: String,
    },
    /// Writing XML or the file failed.
    #[error("{file}: cannot write: {message}")]
    Write {
        /// The file, as given.
        file: String,
        /// What went wrong.
        message: String,
    },
}

/// The spreadsheet name of a cell: row and column from 0, e.g. (13, 2) -> `C14`.
pub fn cell_name(row: usize, col: usize) -> String {
    format!("{}{}", column_letters(col), row + 1)
}

/// The letters of a column from 0: 0 -> `A`, 25 -> `Z`, 26 -> `AA`.
pub fn column_letters(col: usize) -> String {
    let mut letters = Vec::new();
    let mut n = col + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(rem).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}
