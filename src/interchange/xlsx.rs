//! Workbooks: reading XLSX and ODS sheets as [`Table`]s (calamine) within
//! size limits, and writing [`OutTable`]s as XLSX (rust_xlsxwriter).

use std::path::Path;

use calamine::{Data, Reader, Sheets, open_workbook_auto};
use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::Limits;
use super::problem::{ImportError, Problem};
use super::table::{Cell, OutTable, Table};

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
/// A sheet over `limits.max_rows` rows is refused: for XLSX from the size
/// the sheet declares, before its cells are read.
pub fn read_workbook(path: &Path, file: &str, limits: &Limits) -> Result<Vec<Table>, ImportError> {
    check_size(path, file, limits)?;
    let mut workbook = open_workbook_auto(path)
        .map_err(|err| ImportError::one(file, "file", format!("not a workbook Sectormap can read: {err}")))?;
    let names = workbook.sheet_names();
    let mut tables = Vec::with_capacity(names.len());
    for name in names {
        if let Sheets::Xlsx(xlsx) = &mut workbook
            && let Ok(reader) = xlsx.worksheet_cells_reader(&name)
        {
            let rows = u64::from(reader.dimensions().end.0) + 1;
            check_rows(file, &name, rows, limits)?;
        }
        let range = workbook
            .worksheet_range(&name)
            .map_err(|err| ImportError::one(file, name.clone(), format!("cannot read the sheet: {err}")))?;
        let (first_row, first_col) = range.start().unwrap_or((0, 0));
        let (first_row, first_col) = (first_row as usize, first_col as usize);
        check_rows(file, &name, (first_row + range.height()) as u64, limits)?;
        let mut rows = vec![Vec::new(); first_row];
        for row in range.rows() {
            let mut cells = vec![String::new(); first_col];
            cells.extend(row.iter().map(text_of));
            rows.push(cells);
        }
        tables.push(Table { name, rows });
    }
    Ok(tables)
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

/// The XLSX bytes of `tables`, one sheet each, headers in bold and frozen.
pub fn write_workbook(tables: &[OutTable]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    for table in tables {
        let sheet = workbook.add_worksheet();
        sheet.set_name(&table.name)?;
        for (r, row) in table.rows.iter().enumerate() {
            let r = u32::try_from(r).map_err(|_| XlsxError::RowColumnLimitError)?;
            for (c, cell) in row.iter().enumerate() {
                let c = u16::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)?;
                match cell {
                    Cell::Empty => {}
                    Cell::Text(text) if r == 0 => {
                        sheet.write_string_with_format(r, c, text, &bold)?;
                    }
                    Cell::Text(text) => {
                        sheet.write_string(r, c, text)?;
                    }
                    Cell::Number(value) => {
                        sheet.write_number(r, c, *value)?;
                    }
                }
            }
        }
        sheet.set_freeze_panes(1, 0)?;
    }
    workbook.save_to_buffer()
}
