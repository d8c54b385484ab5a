//! Workbooks made in tests, as an advocate's spreadsheet would hold them.

#![allow(clippy::unwrap_used, dead_code)] // test code: a panic is a failure

use std::path::{Path, PathBuf};

use rust_xlsxwriter::Workbook;

/// A workbook of sheets given as rows of text cells (numbers stay text,
/// which is how many real workbooks hold them).
pub fn workbook(dir: &Path, name: &str, sheets: &[(&str, &[&[&str]])]) -> PathBuf {
    let mut book = Workbook::new();
    for (sheet_name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*sheet_name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if !cell.is_empty() {
                    sheet.write_string(r as u32, c as u16, *cell).unwrap();
                }
            }
        }
    }
    let path = dir.join(name);
    book.save(&path).unwrap();
    path
}
