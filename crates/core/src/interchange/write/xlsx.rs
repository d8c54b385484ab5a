//! Workbooks written: [`OutTable`]s as XLSX sheets (rust_xlsxwriter).

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use crate::interchange::table::{Cell, OutTable};

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
