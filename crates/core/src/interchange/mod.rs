//! Data in and out: Kumu-style workbooks (XLSX, ODS), CSV, GraphML (Gephi,
//! yEd), GEXF 1.3 (Gephi) and Kumu's JSON blueprint, read into and written
//! from a [`Document`].
//!
//! No egui here. Imports never panic on bad input: they return the map or
//! every problem found, each naming the file and the sheet and cell
//! (`Connections!C14`) or line and column it is at.
//!
//! The code is in rooms by direction: `read/` (files to a map: workbook
//! and CSV sheets, GraphML, GEXF, Kumu blueprints, within [`Limits`]) and
//! `write/` (a map to those formats, and workbook templates). What both
//! use is here: [`Problem`]s and errors (`problem.rs`), sheets as
//! [`Table`]s and [`OutTable`]s (`table.rs`), the workbook's sheet and
//! column names (`sheets.rs`), the XML element tree and attribute writer
//! (`xml.rs`), the node and link attributes GraphML and GEXF share
//! (`props.rs`), the assessment's and reply packs' sheets and columns
//! (`assess_sheets.rs`) and "did you mean" suggestions (`suggest.rs`).
//! Merging an imported map into an open one (`merge.rs`) is neither, nor
//! is what to do with a file that does not open as a map (`remedy.rs`:
//! import it, or open its backup). Everything
//! public is re-exported here: callers name `interchange::...` only.

mod assess_sheets;
mod merge;
mod problem;
mod props;
mod read;
mod remedy;
mod sheets;
mod suggest;
mod table;
mod write;
mod xml;

use std::path::Path;

pub use assess_sheets::{MARK_COLUMNS, REPLY_COLUMNS, RUBRIC_COLUMNS, agree};
pub use merge::{Change, MergePlan, plan_merge, plan_merge_with};
pub use problem::{ExportError, ImportError, Problem, cell_name};
pub use read::gexf::{from_gexf, from_gexf_with};
pub use read::graphml::{from_graphml, from_graphml_with};
pub use read::kinds::node_kind;
pub use read::kumu::from_tables;
pub use read::kumu_json::{from_blueprint, is_blueprint};
pub use read::lookup::{KindLookup, KindMap, UnknownType};
pub use read::marks::parse_mark;
pub use read::matrix::parse_cell;
pub use read::replies::{PackReply, ReplyPlan, SkippedRow, is_reply_pack, plan_replies};
pub use read::shape::{Role, SheetShape, role_of};
pub use read::source::{Converted, Shape, Source, read_source};
pub use remedy::{Remedy, a_file_of, remedy};
pub use sheets::{CONNECTION_COLUMNS, ELEMENT_COLUMNS};
pub use suggest::{closest, edit_distance};
pub use table::{Cell, OutTable, Table};
pub use write::gexf::{GEXF_NS, VIZ_NS, to_gexf};
pub use write::graphml::{GRAPHML_NS, YWORKS_NS, to_graphml};
pub use write::kumu::to_tables;
pub use write::kumu_json::to_blueprint;
pub use write::reply_pack::{
    ReplyPackError, assessed_departments, evidence_text, pack_file_name, reply_pack_tables, rounds_in_words,
};
pub use write::template::{TemplateShape, template};

/// The XLSX bytes of `department`'s reply pack for the `year` round (see
/// [`reply_pack_tables`]), formatted to be filled in.
pub fn reply_pack_xlsx(doc: &Document, year: i32, department: &str) -> Result<Vec<u8>, ReplyPackError> {
    let tables = reply_pack_tables(doc, year, department)?;
    write::pack_xlsx::write_pack(&tables)
        .map_err(|err| ReplyPackError::Xlsx { department: department.to_owned(), message: err.to_string() })
}

/// The XLSX bytes of `tables` (one sheet each, headers bold and frozen).
pub fn tables_to_xlsx(tables: &[OutTable]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    write::xlsx::write_workbook(tables)
}

use crate::model::Document;

/// Most a file to import may weigh and most rows a sheet may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest file read, in bytes.
    pub max_bytes: u64,
    /// Most rows in one sheet (or CSV file).
    pub max_rows: usize,
    /// Most bytes the parts of a workbook (a ZIP file) may unpack to, as
    /// the archive declares them, before anything is unpacked.
    pub max_unpacked: u64,
    /// Most cells with something in them, over all sheets of an XLSX
    /// workbook, counted as they stream in.
    pub max_cells: usize,
}

impl Default for Limits {
    /// 50 MB on disk, 200,000 rows a sheet, 400 MB unpacked, 4 million cells.
    fn default() -> Self {
        Self { max_bytes: 50_000_000, max_rows: 200_000, max_unpacked: 400_000_000, max_cells: 4_000_000 }
    }
}

pub use crate::format::Format;

/// Reads the map in the file at `path` (format by extension) within the
/// default [`Limits`], with no kinds chosen for unknown type names.
pub fn import_path(path: &Path) -> Result<Document, ImportError> {
    import_path_with(path, &Limits::default(), &KindMap::default())
}

/// Reads the map in the file at `path` within `limits`, reading unknown
/// type names as `choices` says.
pub fn import_path_with(path: &Path, limits: &Limits, choices: &KindMap) -> Result<Document, ImportError> {
    let source = read_source(path, limits)?;
    source
        .convert(choices)
        .result
        .map_err(|problems| ImportError { file: path.display().to_string(), problems })
}

/// What the CSV files beside an elements CSV are called after its name
/// (`map-connections.csv`...), in the order written.
pub const CSV_SHEETS: [&str; 3] = ["connections", "report-card", "score-notes"];

/// The sheets of `doc`'s workbook as CSV files, `(suffix, bytes)`: the
/// Elements first (suffix empty), then those of [`CSV_SHEETS`] the map has
/// rows for (a CSV file holds one sheet; each reads back as that sheet).
pub fn to_csv_files(doc: &Document) -> Result<Vec<(String, Vec<u8>)>, ::csv::Error> {
    let mut out = Vec::new();
    for table in to_tables(doc) {
        let suffix = match table.name.as_str() {
            sheets::ELEMENTS => "",
            sheets::CONNECTIONS => "connections",
            sheets::REPORT_CARD => "report-card",
            sheets::SCORE_NOTES => "score-notes",
            _ => continue,
        };
        if !suffix.is_empty() && table.rows.len() < 2 {
            continue;
        }
        let mut writer = ::csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
        for row in &table.rows {
            writer.write_record(row.iter().map(|cell| match cell {
                Cell::Empty => String::new(),
                Cell::Text(text) => text.clone(),
                Cell::Number(value) => value.to_string(),
            }))?;
        }
        let bytes = writer.into_inner().map_err(|err| ::csv::Error::from(err.into_error()))?;
        out.push((suffix.to_owned(), bytes));
    }
    Ok(out)
}

/// The bytes of `doc` written as `format` (for CSV: the Elements sheet;
/// see [`to_csv_files`] for the connections too).
pub fn export_bytes(doc: &Document, format: Format, file: &str) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Csv => to_csv_files(doc)
            .map(|files| files.into_iter().next().map(|(_, bytes)| bytes).unwrap_or_default())
            .map_err(|err| ExportError::Write { file: file.to_owned(), message: err.to_string() }),
        Format::Workbook => {
            to_xlsx(doc).map_err(|err| ExportError::Xlsx { file: file.to_owned(), message: err.to_string() })
        }
        Format::GraphMl => to_graphml(doc).map(String::into_bytes).map_err(|err| write_error(file, &err)),
        Format::Gexf => to_gexf(doc).map(String::into_bytes).map_err(|err| write_error(file, &err)),
        Format::Kumu => serde_json::to_string_pretty(&to_blueprint(doc))
            .map(String::into_bytes)
            .map_err(|err| ExportError::Write { file: file.to_owned(), message: err.to_string() }),
        Format::Map => crate::io::to_json(doc)
            .map(String::into_bytes)
            .map_err(|err| ExportError::Write { file: file.to_owned(), message: err.to_string() }),
        Format::Png | Format::Svg | Format::Pdf | Format::Docx | Format::Html => Err(ExportError::Write {
            file: file.to_owned(),
            message: format!("a map's data is not written as {}", format.describe()),
        }),
    }
}

fn write_error(file: &str, err: &std::io::Error) -> ExportError {
    ExportError::Write { file: file.to_owned(), message: err.to_string() }
}

/// The Kumu-style XLSX workbook of `doc` (see [`to_tables`]).
pub fn to_xlsx(doc: &Document) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    write::xlsx::write_workbook(&to_tables(doc))
}

/// `doc` without what the other formats do not carry: translations, saved
/// views and the assessment (the workbook carries the assessment, less
/// the translations of criteria; GraphML, GEXF, Kumu JSON and CSV do not).
pub fn without_translations(doc: &Document) -> Document {
    let mut out = doc.clone();
    out.views.clear();
    out.assessment = crate::model::assess::Assessment::default();
    out.meta.translations = crate::model::Translations::default();
    let nodes: Vec<_> = out.nodes().cloned().collect();
    for mut node in nodes {
        node.translations = crate::model::Translations::default();
        let _ = out.replace_node(node);
    }
    let links: Vec<_> = out.links().map(|(l, _, _)| l.clone()).collect();
    for mut link in links {
        link.translations = crate::model::Translations::default();
        let _ = out.replace_link(link);
    }
    out
}
