//! What to do with a file that did not open as a map, so that the message
//! leads somewhere: a file `import` reads (a workbook, CSV, GraphML, GEXF
//! or a Kumu blueprint) is imported, not opened; a broken map with the
//! backup its last save kept beside it (`NAME.json.bak`) can be opened
//! from that backup.

use std::path::{Path, PathBuf};

use super::read::kumu_json::is_blueprint;
use crate::format::Format;
use crate::io::{LoadError, backup_path};

/// What can be done about a file that did not open as a map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Remedy {
    /// The file is one `import` reads, in this format: import it.
    Import(Format),
    /// The map is broken, and this backup of it is beside it.
    Backup(PathBuf),
}

/// What can be done about the file at `path`, which did not open as a map
/// with `err`; `None` when nothing can (the file is a map that cannot be
/// read and has no backup, a picture...).
pub fn remedy(path: &Path, err: &LoadError) -> Option<Remedy> {
    match Format::from_path(path) {
        Some(format @ (Format::Workbook | Format::Csv | Format::GraphMl | Format::Gexf | Format::Kumu)) => {
            return Some(Remedy::Import(format));
        }
        Some(Format::Map) | None => {}
        Some(_) => return None,
    }
    if matches!(err, LoadError::Format { .. }) && is_kumu(path) {
        return Some(Remedy::Import(Format::Kumu));
    }
    let backup = backup_path(path);
    backup.is_file().then_some(Remedy::Backup(backup))
}

/// Whether the JSON file at `path` is a Kumu blueprint (told by content).
fn is_kumu(path: &Path) -> bool {
    std::fs::read(path)
        .ok()
        .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
        .is_some_and(|value| is_blueprint(&value))
}

/// The format in words inside a sentence: "a workbook", "a GEXF file".
pub fn a_file_of(format: Format) -> &'static str {
    match format {
        Format::Workbook => "a workbook",
        Format::Csv => "a CSV file",
        Format::GraphMl => "a GraphML file",
        Format::Gexf => "a GEXF file",
        Format::Kumu => "a Kumu blueprint",
        Format::Map => "a Sectormap map",
        Format::Png | Format::Svg | Format::Pdf | Format::Docx | Format::Html => "a picture or document",
    }
}
