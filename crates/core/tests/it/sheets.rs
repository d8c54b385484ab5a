//! Workbooks made in tests, as an advocate's spreadsheet would hold them
//! (the editor's tests use this file too).

use std::path::{Path, PathBuf};

use sectormap_core::interchange::{Cell, OutTable, tables_to_xlsx};

/// A workbook of sheets given as rows of text cells (numbers stay text,
/// which is how many real workbooks hold them).
pub fn workbook(dir: &Path, name: &str, sheets: &[(&str, &[&[&str]])]) -> PathBuf {
    let tables: Vec<OutTable> = sheets
        .iter()
        .map(|(sheet, rows)| OutTable {
            name: (*sheet).to_owned(),
            rows: rows.iter().map(|row| row.iter().map(|&c| Cell::from(c)).collect()).collect(),
        })
        .collect();
    let path = dir.join(name);
    std::fs::write(&path, tables_to_xlsx(&tables).expect("the workbook is written")).expect("saved");
    path
}
