//! Data in and out: Kumu-style workbooks (XLSX, ODS), CSV, GraphML (Gephi,
//! yEd) and GEXF 1.3 (Gephi), read into and written from a [`Document`].
//!
//! No egui here. Imports never panic on bad input: they return the map or
//! every problem found, each naming the file and the sheet and cell
//! (`Connections!C14`) or line and column it is at.

mod connections;
mod csv;
mod elements;
mod gexf;
mod gexf_read;
mod graph;
mod graphml;
mod graphml_read;
mod kinds;
mod kumu;
mod kumu_read;
mod names;
mod problem;
mod props;
mod report;
mod suggest;
mod table;
mod xlsx;
mod xml;

use std::path::Path;

pub use gexf::{GEXF_NS, VIZ_NS, to_gexf};
pub use gexf_read::from_gexf;
pub use graphml::{GRAPHML_NS, YWORKS_NS, to_graphml};
pub use graphml_read::from_graphml;
pub use kinds::node_kind;
pub use kumu::{CONNECTION_COLUMNS, ELEMENT_COLUMNS, to_tables};
pub use kumu_read::from_tables;
pub use problem::{ExportError, ImportError, Problem, cell_name};
pub use suggest::{closest, edit_distance};
pub use table::{Cell, OutTable, Table};

use crate::model::Document;

/// Most a file to import may weigh and most rows a sheet may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest file read, in bytes.
    pub max_bytes: u64,
    /// Most rows in one sheet (or CSV file).
    pub max_rows: usize,
}

impl Default for Limits {
    /// 50 MB and 200,000 rows.
    fn default() -> Self {
        Self { max_bytes: 50_000_000, max_rows: 200_000 }
    }
}

/// A file format for maps besides Sectormap's own JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A Kumu-style workbook (`.xlsx`, `.xlsm`, `.xls`, `.xlsb`, `.ods`); written as XLSX.
    Workbook,
    /// One CSV file of elements (import only).
    Csv,
    /// GraphML with yEd graphics (`.graphml`).
    GraphMl,
    /// GEXF 1.3 (`.gexf`).
    Gexf,
    /// Sectormap's JSON map file (`.json`).
    Json,
}

impl Format {
    /// The format a path's extension names (any case).
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => Format::Workbook,
            "csv" => Format::Csv,
            "graphml" => Format::GraphMl,
            "gexf" => Format::Gexf,
            "json" => Format::Json,
            _ => return None,
        })
    }
}

/// Reads the map in the file at `path` (format by extension) within the default [`Limits`].
pub fn import_path(path: &Path) -> Result<Document, ImportError> {
    import_path_with(path, &Limits::default())
}

/// Reads the map in the file at `path` within `limits`.
pub fn import_path_with(path: &Path, limits: &Limits) -> Result<Document, ImportError> {
    let file = path.display().to_string();
    let wrap = |problems| ImportError { file: file.clone(), problems };
    match Format::from_path(path) {
        Some(Format::Workbook) => from_tables(&xlsx::read_workbook(path, &file, limits)?).map_err(wrap),
        Some(Format::Csv) => {
            let table = csv::read_csv(path, &file, limits)?;
            let mut problems = Vec::new();
            let nodes = elements::read_elements(&table, &mut problems);
            let doc = kumu_read::from_nodes(nodes, &mut problems);
            kumu_read::finish(doc, problems).map_err(wrap)
        }
        Some(Format::GraphMl) => from_graphml(&read_text(path, &file, limits)?).map_err(wrap),
        Some(Format::Gexf) => from_gexf(&read_text(path, &file, limits)?).map_err(wrap),
        Some(Format::Json) => {
            crate::io::load_path(path).map_err(|err| ImportError::one(file.clone(), "file", err.to_string()))
        }
        None => Err(ImportError::one(
            file.clone(),
            "file",
            "cannot tell the format from the extension: use .xlsx, .ods, .csv, .graphml, .gexf or .json",
        )),
    }
}

fn read_text(path: &Path, file: &str, limits: &Limits) -> Result<String, ImportError> {
    xlsx::check_size(path, file, limits)?;
    std::fs::read_to_string(path).map_err(|err| ImportError::one(file, "file", crate::io::describe_io(&err)))
}

/// The bytes of `doc` written as `format` (not CSV, which is import only).
pub fn export_bytes(doc: &Document, format: Format, file: &str) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Workbook | Format::Csv => {
            to_xlsx(doc).map_err(|err| ExportError::Xlsx { file: file.to_owned(), message: err.to_string() })
        }
        Format::GraphMl => to_graphml(doc).map(String::into_bytes).map_err(|err| write_error(file, &err)),
        Format::Gexf => to_gexf(doc).map(String::into_bytes).map_err(|err| write_error(file, &err)),
        Format::Json => crate::io::to_json(doc)
            .map(String::into_bytes)
            .map_err(|err| ExportError::Write { file: file.to_owned(), message: err.to_string() }),
    }
}

fn write_error(file: &str, err: &std::io::Error) -> ExportError {
    ExportError::Write { file: file.to_owned(), message: err.to_string() }
}

/// The Kumu-style XLSX workbook of `doc` (see [`to_tables`]).
pub fn to_xlsx(doc: &Document) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    xlsx::write_workbook(&to_tables(doc))
}

/// `doc` without what the other formats do not carry: translations and saved views.
pub fn without_translations(doc: &Document) -> Document {
    let mut out = doc.clone();
    out.views.clear();
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
