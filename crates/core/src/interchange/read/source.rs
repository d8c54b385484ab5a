//! An imported file read but not yet made into a map: what the preview
//! shows (its shape, the type names to choose kinds for) and what it turns
//! into once the user has chosen.

use std::path::Path;

use serde_json::Value;

use super::lookup::{KindLookup, KindMap, UnknownType};
use super::shape::{SheetShape, sheets_of};
use super::{csv, gexf, graphml, kumu, kumu_json, replies, xlsx};
use crate::interchange::problem::{ImportError, Problem};
use crate::interchange::table::Table;
use crate::interchange::{Format, Limits};
use crate::model::Document;

/// A file's content, parsed as far as its format goes.
#[derive(Clone, Debug)]
pub enum Source {
    /// Sheets of a workbook, or one CSV file as a sheet (`csv` says which).
    Tables {
        /// The sheets.
        tables: Vec<Table>,
        /// Whether the file is CSV.
        csv: bool,
    },
    /// GraphML text.
    GraphMl(String),
    /// GEXF text.
    Gexf(String),
    /// A Kumu JSON blueprint.
    Blueprint(Value),
    /// A Sectormap map file.
    Map(Box<Document>),
}

/// What a file holds, in words the preview and the CLI show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shape {
    /// The format the file was read as.
    pub format: Format,
    /// For workbooks and CSV: each sheet and what it is read as.
    pub sheets: Vec<SheetShape>,
}

/// A file turned into a map with the kinds chosen so far.
#[derive(Clone, Debug)]
pub struct Converted {
    /// The map, or every problem in the file.
    pub result: Result<Document, Vec<Problem>>,
    /// Type names that are no Sectormap kind and have no choice yet.
    pub unknown: Vec<UnknownType>,
    /// Every type name that is no Sectormap kind, chosen or not, as the
    /// file spells it, with its count and first place.
    pub types: Vec<UnknownType>,
    /// Links the file gives no strength for (see [`crate::interchange::plan_merge_with`]).
    pub no_strength: std::collections::BTreeSet<String>,
    /// What was read differently from how the file has it (a link id
    /// renamed, a value that is not kept), each with its place.
    pub notes: Vec<Problem>,
    /// When the file has problems: the map of what reads without any
    /// (rows and elements with a problem left out, with their links), for
    /// an import that skips them when the user says so.
    pub partial: Option<Document>,
}

impl Converted {
    /// The partial map, when there is one and it holds any element.
    pub fn skippable(&self) -> Option<&Document> {
        self.partial.as_ref().filter(|doc| doc.node_count() > 0)
    }
}

/// Reads the file at `path` within `limits` (format by extension; a
/// `.json` file is a Sectormap map or a Kumu blueprint, told by content).
pub fn read_source(path: &Path, limits: &Limits) -> Result<Source, ImportError> {
    let file = path.display().to_string();
    match Format::from_path(path) {
        Some(Format::Workbook) => {
            Ok(Source::Tables { tables: xlsx::read_workbook(path, &file, limits)?, csv: false })
        }
        Some(Format::Csv) => {
            let mut tables = vec![csv::read_csv(path, &file, limits)?];
            // `sectormap convert` writes the other sheets beside the
            // elements as NAME-connections.csv...; read them when there.
            let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            for sheet in crate::interchange::CSV_SHEETS {
                let beside = path.with_file_name(format!("{stem}-{sheet}.csv"));
                if !crate::interchange::CSV_SHEETS.iter().any(|s| stem.ends_with(&format!("-{s}")))
                    && beside.is_file()
                {
                    tables.push(csv::read_csv(&beside, &beside.display().to_string(), limits)?);
                }
            }
            Ok(Source::Tables { tables, csv: true })
        }
        Some(Format::GraphMl) => Ok(Source::GraphMl(read_text(path, &file, limits)?)),
        Some(Format::Gexf) => Ok(Source::Gexf(read_text(path, &file, limits)?)),
        Some(Format::Map | Format::Kumu) => {
            let text = read_text(path, &file, limits)?;
            let value: Value = serde_json::from_str(&text).map_err(|err| {
                ImportError::one(
                    &file,
                    format!("line {}, column {}", err.line(), err.column()),
                    err.to_string(),
                )
            })?;
            if kumu_json::is_blueprint(&value) {
                return Ok(Source::Blueprint(value));
            }
            crate::io::load_str(&text, &file)
                .map(|doc| Source::Map(Box::new(doc)))
                .map_err(|err| ImportError::one(&file, "file", err.to_string()))
        }
        Some(other @ (Format::Png | Format::Svg | Format::Pdf | Format::Docx | Format::Html)) => {
            Err(ImportError::one(
                file,
                "file",
                format!(
                    "a {} holds no map to import: use .xlsx, .ods, .csv, .graphml, .gexf or .json",
                    other.describe()
                ),
            ))
        }
        None => Err(ImportError::one(
            file,
            "file",
            "cannot tell the format from the extension: use .xlsx, .ods, .csv, .graphml, .gexf or .json",
        )),
    }
}

fn read_text(path: &Path, file: &str, limits: &Limits) -> Result<String, ImportError> {
    xlsx::check_size(path, file, limits)?;
    let bytes =
        std::fs::read(path).map_err(|err| ImportError::one(file, "file", crate::io::describe_io(&err)))?;
    String::from_utf8(bytes).map_err(|err| {
        ImportError::one(
            file,
            format!("byte {}", err.utf8_error().valid_up_to()),
            "the file is not UTF-8 text",
        )
    })
}

impl Source {
    /// What the file holds.
    pub fn shape(&self) -> Shape {
        match self {
            Source::Tables { tables, csv } => {
                Shape { format: if *csv { Format::Csv } else { Format::Workbook }, sheets: sheets_of(tables) }
            }
            Source::GraphMl(_) => Shape { format: Format::GraphMl, sheets: Vec::new() },
            Source::Gexf(_) => Shape { format: Format::Gexf, sheets: Vec::new() },
            Source::Blueprint(_) => Shape { format: Format::Kumu, sheets: Vec::new() },
            Source::Map(_) => Shape { format: Format::Map, sheets: Vec::new() },
        }
    }

    /// The sheets of a department's reply pack, when the file is one (a
    /// workbook with a Reply or Pack sheet): it goes into the map it came
    /// from ([`plan_replies`](super::replies::plan_replies)), never into a
    /// map of its own.
    pub fn reply_pack(&self) -> Option<&[Table]> {
        match self {
            Source::Tables { tables, csv: false } if replies::is_reply_pack(tables) => Some(tables),
            _ => None,
        }
    }

    /// The map, with type names read as `choices` says where Sectormap
    /// does not know them.
    pub fn convert(&self, choices: &KindMap) -> Converted {
        let mut kinds = KindLookup::new(choices.clone());
        let result = match self {
            Source::Tables { tables, .. } if replies::is_reply_pack(tables) => Err(vec![Problem::new(
                "workbook",
                "this workbook is a department's reply pack: import it into the map it came from \
                 (sectormap import PACK.xlsx --into MAP -o MAP, or File > Import with that map open)",
            )]),
            Source::Tables { tables, .. } => kumu::from_tables(tables, &mut kinds),
            Source::GraphMl(text) => graphml::from_graphml_with(text, &mut kinds),
            Source::Gexf(text) => gexf::from_gexf_with(text, &mut kinds),
            Source::Blueprint(value) => kumu_json::from_blueprint(value, &mut kinds),
            Source::Map(doc) => Ok((**doc).clone()),
        };
        let partial = if result.is_err() { kinds.partial.take() } else { None };
        Converted {
            result,
            unknown: kinds.unknown(),
            types: kinds.types.into_values().collect(),
            no_strength: kinds.no_strength,
            notes: kinds.notes,
            partial,
        }
    }
}
