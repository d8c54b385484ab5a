//! Workbooks read: XLSX and ODS sheets as [`Table`]s (calamine), streamed
//! within size limits (written in `write/xlsx.rs`).

use std::path::Path;

use calamine::{Data, DataRef, Reader, Sheets, open_workbook_auto};

use crate::interchange::Limits;
use crate::interchange::problem::{ImportError, Problem, cell_name};
use crate::interchange::table::Table;

/// Refuses a file over `limits.max_bytes` before anything is read from it.
pub fn check_size(path: &Path, file: &str, limits: &Limits) -> Result<(), ImportError> {
    let bytes = std::fs::metadata(path)
        .map_err(|err| ImportError::one(file, "file", crate::io::describe_io(&err)))?
        .len();
    if bytes > limits.max_bytes {
        return Err(ImportError::one(
            file,
            "file",
            format!(
                "the file is {:.1} MB; Sectormap reads files of at most {:.1} MB",
                mb(bytes),
                mb(limits.max_bytes)
            ),
        ));
    }
    Ok(())
}

fn mb(bytes: u64) -> f64 {
    // Precision lost above 2^53 bytes does not matter in a message.
    #[allow(clippy::cast_precision_loss)]
    let value = bytes as f64 / 1_000_000.0;
    value
}

/// Every sheet of the workbook at `path` (XLSX, XLSM, XLSB, XLS or ODS).
///
/// Refused before anything is unpacked: a file over `limits.max_bytes`, a
/// ZIP whose parts declare more than `limits.max_unpacked` bytes, and an
/// XLSX sheet declaring more than `limits.max_rows` rows. XLSX cells stream
/// in and reading stops at `limits.max_cells`, whatever the file declares.
pub fn read_workbook(path: &Path, file: &str, limits: &Limits) -> Result<Vec<Table>, ImportError> {
    check_size(path, file, limits)?;
    super::bomb::check_unpacked(path, file, limits)?;
    let mut workbook = open_workbook_auto(path)
        .map_err(|err| ImportError::one(file, "file", format!("not a workbook Sectormap can read: {err}")))?;
    let names = workbook.sheet_names();
    let mut tables = Vec::with_capacity(names.len());
    let mut cells = 0;
    for name in names {
        let table = match &mut workbook {
            Sheets::Xlsx(xlsx) => stream_sheet(xlsx, &name, file, limits, &mut cells)?,
            other => {
                let range = other.worksheet_range(&name).map_err(|err| {
                    ImportError::one(file, name.clone(), format!("cannot read the sheet: {err}"))
                })?;
                let (first_row, first_col) = range.start().unwrap_or((0, 0));
                let (first_row, first_col) = (first_row as usize, first_col as usize);
                check_rows(file, &name, (first_row + range.height()) as u64, limits)?;
                let mut rows = vec![Vec::new(); first_row];
                for row in range.rows() {
                    let mut cells = vec![String::new(); first_col];
                    cells.extend(row.iter().map(text_of));
                    rows.push(cells);
                }
                Table { name: name.clone(), rows }
            }
        };
        tables.push(table);
    }
    Ok(tables)
}

/// One XLSX sheet read cell by cell, counting cells against the limit.
fn stream_sheet<R: std::io::Read + std::io::Seek>(
    xlsx: &mut calamine::Xlsx<R>,
    name: &str,
    file: &str,
    limits: &Limits,
    cells: &mut usize,
) -> Result<Table, ImportError> {
    let cannot =
        |err: calamine::XlsxError| ImportError::one(file, name, format!("cannot read the sheet: {err}"));
    let mut reader = xlsx.worksheet_cells_reader(name).map_err(cannot)?;
    check_rows(file, name, u64::from(reader.dimensions().end.0) + 1, limits)?;
    let mut rows: Vec<Vec<String>> = Vec::new();
    while let Some(cell) = reader.next_cell().map_err(cannot)? {
        let text = text_of_ref(cell.get_value());
        if text.is_empty() {
            continue;
        }
        let (row, col) = cell.get_position();
        let (row, col) = (row as usize, col as usize);
        check_rows(file, name, row as u64 + 1, limits)?;
        if col >= 16_384 {
            return Err(ImportError::one(
                file,
                format!("{name}!{}", cell_name(row, col)),
                "the cell is past the last column a workbook has",
            ));
        }
        // Every cell a row holds counts, the empty ones before this too.
        *cells += 1 + col.saturating_sub(rows.get(row).map_or(0, Vec::len));
        if *cells > limits.max_cells {
            return Err(ImportError::one(
                file,
                name,
                format!(
                    "the workbook has more than {} filled cells; Sectormap reads at most that many",
                    limits.max_cells
                ),
            ));
        }
        if rows.len() <= row {
            rows.resize_with(row + 1, Vec::new);
        }
        let cells_of_row = &mut rows[row];
        if cells_of_row.len() <= col {
            cells_of_row.resize(col + 1, String::new());
        }
        cells_of_row[col] = text;
    }
    Ok(Table { name: name.to_owned(), rows })
}

fn check_rows(file: &str, sheet: &str, rows: u64, limits: &Limits) -> Result<(), ImportError> {
    if rows > limits.max_rows as u64 {
        return Err(ImportError {
            file: file.to_owned(),
            problems: vec![Problem::new(
                sheet,
                format!(
                    "the sheet has {rows} rows; Sectormap reads sheets of at most {} rows",
                    limits.max_rows
                ),
            )],
        });
    }
    Ok(())
}

/// A streamed cell's value as text, as [`text_of`] gives it.
fn text_of_ref(data: &DataRef<'_>) -> String {
    match data {
        DataRef::Empty => String::new(),
        DataRef::String(text) => text.clone(),
        DataRef::SharedString(text) => (*text).to_owned(),
        DataRef::Float(value) => value.to_string(),
        DataRef::Int(value) => value.to_string(),
        DataRef::Bool(value) => if *value { "yes" } else { "no" }.to_owned(),
        other => Data::from(other.clone()).to_string(),
    }
}

/// A cell's value as text: numbers in the shortest form that reads back the same.
fn text_of(data: &Data) -> String {
    match data {
        Data::Empty => String::new(),
        Data::String(text) => text.clone(),
        Data::Float(value) => value.to_string(),
        Data::Int(value) => value.to_string(),
        Data::Bool(value) => if *value { "yes" } else { "no" }.to_owned(),
        other => other.to_string(),
    }
}
