//! A reply pack's sheets written as a workbook a department can fill
//! without breaking it: wide, wrapped columns; the Reply sheet protected
//! (no password) except the three columns to fill, with a yes/no list in
//! `Agree (yes/no)`; the Pack sheet hidden.

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, Format, FormatAlign, ProtectionOptions, Workbook,
    Worksheet, XlsxError,
};

use crate::interchange::assess_sheets::{AGREE_COLUMN, PACK, READ_ME, REPLY};
use crate::interchange::table::{Cell, OutTable};

/// Widths of the Reply sheet's columns, in characters.
const REPLY_WIDTHS: [f64; 8] = [14.0, 26.0, 48.0, 40.0, 52.0, 14.0, 48.0, 48.0];

/// The XLSX bytes of a reply pack's `tables` (Read me, Reply, Pack).
pub fn write_pack(tables: &[OutTable]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    for table in tables {
        let sheet = workbook.add_worksheet();
        sheet.set_name(&table.name)?;
        match table.name.as_str() {
            REPLY => reply(sheet, table)?,
            READ_ME => read_me(sheet, table)?,
            PACK => {
                write_cells(sheet, table, &Format::new(), &Format::new().set_bold())?;
                sheet.set_column_width(0, 24)?;
                sheet.set_column_width(1, 40)?;
                sheet.set_hidden(true);
            }
            _ => write_cells(sheet, table, &Format::new(), &Format::new().set_bold())?,
        }
    }
    workbook.save_to_buffer()
}

fn index(r: usize, c: usize) -> Result<(u32, u16), XlsxError> {
    Ok((
        u32::try_from(r).map_err(|_| XlsxError::RowColumnLimitError)?,
        u16::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)?,
    ))
}

/// Writes every cell of `table`, the first row in `head`, the rest in `body`.
fn write_cells(
    sheet: &mut Worksheet,
    table: &OutTable,
    body: &Format,
    head: &Format,
) -> Result<(), XlsxError> {
    for (r, row) in table.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (rr, cc) = index(r, c)?;
            let format = if r == 0 { head } else { body };
            match cell {
                Cell::Empty => {}
                Cell::Text(text) => {
                    sheet.write_string_with_format(rr, cc, text, format)?;
                }
                Cell::Number(value) => {
                    sheet.write_number_with_format(rr, cc, *value, format)?;
                }
            }
        }
    }
    Ok(())
}

fn read_me(sheet: &mut Worksheet, table: &OutTable) -> Result<(), XlsxError> {
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    write_cells(sheet, table, &wrap, &Format::new().set_bold().set_font_size(14))?;
    sheet.set_column_width(0, 110)?;
    sheet.set_column_width(1, 60)?;
    // The rows naming the department, round and deadline: their field bold.
    let bold = Format::new().set_bold();
    for (r, row) in table.rows.iter().enumerate().skip(1) {
        if let (Some(Cell::Text(field)), 2) = (row.first(), row.len()) {
            let (rr, _) = index(r, 0)?;
            sheet.write_string_with_format(rr, 0, field, &bold)?;
        }
    }
    Ok(())
}

fn reply(sheet: &mut Worksheet, table: &OutTable) -> Result<(), XlsxError> {
    let body = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let head = Format::new().set_bold().set_text_wrap().set_background_color(Color::RGB(0x00DD_E6F0));
    write_cells(sheet, table, &body, &head)?;
    let fill = body.clone().set_unlocked().set_background_color(Color::RGB(0x00FF_F8DC));
    let rows = table.rows.len();
    for r in 1..rows {
        for c in AGREE_COLUMN..AGREE_COLUMN + 3 {
            let (rr, cc) = index(r, c)?;
            let text = table.rows[r].get(c).and_then(|cell| match cell {
                Cell::Text(text) => Some(text.as_str()),
                _ => None,
            });
            match text {
                Some(text) => sheet.write_string_with_format(rr, cc, text, &fill)?,
                None => sheet.write_blank(rr, cc, &fill)?,
            };
        }
    }
    for (c, width) in REPLY_WIDTHS.iter().enumerate() {
        let (_, cc) = index(0, c)?;
        sheet.set_column_width(cc, *width)?;
    }
    if rows > 1 {
        let (last, agree) = index(rows - 1, AGREE_COLUMN)?;
        let yes_no = DataValidation::new()
            .allow_list_strings(&["yes", "no"])?
            .set_error_style(DataValidationErrorStyle::Warning)
            .set_input_title("Do you agree with our mark?")?
            .set_input_message("yes or no")?;
        sheet.add_data_validation(1, agree, last, agree, &yes_no)?;
    }
    sheet.set_freeze_panes(1, 2)?;
    let options =
        ProtectionOptions { format_columns: true, format_rows: true, ..ProtectionOptions::default() };
    sheet.protect_with_options(&options);
    Ok(())
}
