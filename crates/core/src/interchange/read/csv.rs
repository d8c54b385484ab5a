//! One CSV file in the shape of the Elements sheet: a list of nodes.

use std::path::Path;

use super::xlsx::check_size;
use crate::interchange::Limits;
use crate::interchange::problem::{ImportError, Problem};
use crate::interchange::table::Table;

/// The CSV file at `path` as a table named after the file (for places
/// such as `people.csv!C4`), within `limits`.
pub fn read_csv(path: &Path, file: &str, limits: &Limits) -> Result<Table, ImportError> {
    check_size(path, file, limits)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(path)
        .map_err(|err| ImportError::one(file, "file", err.to_string()))?;
    let name = path.file_name().map_or_else(|| file.to_owned(), |n| n.to_string_lossy().into_owned());
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        if index >= limits.max_rows {
            return Err(ImportError::one(
                file,
                name,
                format!("the file has more than {} rows; Sectormap reads at most that many", limits.max_rows),
            ));
        }
        let record = record.map_err(|err| {
            let line = err.position().map_or(index + 1, |p| usize::try_from(p.line()).unwrap_or(index + 1));
            ImportError {
                file: file.to_owned(),
                problems: vec![Problem::new(format!("{name}!row {line}"), err.to_string())],
            }
        })?;
        let mut cells: Vec<String> = record.iter().map(str::to_owned).collect();
        if index == 0
            && let Some(first) = cells.first_mut()
        {
            *first = first.trim_start_matches('\u{feff}').to_owned();
        }
        rows.push(cells);
    }
    Ok(Table { name, rows })
}
