//! The one list of file formats Sectormap reads or writes, told by a path's
//! extension or by name (`--format png`). Every front end names formats
//! with [`Format`]; nothing matches extensions as strings elsewhere.

use std::fmt;
use std::path::Path;
use std::str::FromStr;

/// A file format Sectormap reads, writes, or both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// Sectormap's own JSON map file (`.json`).
    Map,
    /// A PNG picture.
    Png,
    /// An SVG picture.
    Svg,
    /// A PDF document (the briefing pack, a department's brief).
    Pdf,
    /// A Word document (`.docx`: a department's brief).
    Docx,
    /// One self-contained web page (`.html`, `.htm`).
    Html,
    /// A Kumu-style workbook (`.xlsx`; `.xlsm`, `.xls`, `.xlsb` and `.ods`
    /// are read too); written as XLSX.
    Workbook,
    /// CSV: one sheet per file.
    Csv,
    /// GraphML, with Gephi's keys and yEd's graphics (`.graphml`).
    GraphMl,
    /// GEXF 1.3 (`.gexf`).
    Gexf,
    /// Kumu's JSON blueprint (`.kumu.json`; any `.json` is read as one
    /// when its content is).
    Kumu,
}

impl Format {
    /// Every format, in the order help texts list them.
    pub const ALL: [Format; 11] = [
        Format::Map,
        Format::Png,
        Format::Svg,
        Format::Pdf,
        Format::Docx,
        Format::Html,
        Format::Workbook,
        Format::Csv,
        Format::GraphMl,
        Format::Gexf,
        Format::Kumu,
    ];

    /// The formats of pictures.
    pub const PICTURES: [Format; 2] = [Format::Png, Format::Svg];

    /// The formats other tools read a map's data in.
    pub const DATA: [Format; 6] =
        [Format::Workbook, Format::Csv, Format::GraphMl, Format::Gexf, Format::Kumu, Format::Map];

    /// The format a path's extension names (any case), or `None`.
    pub fn from_path(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        if name.ends_with(".kumu.json") {
            return Some(Format::Kumu);
        }
        let ext = path.extension()?.to_str()?;
        Self::from_extension(ext)
    }

    /// The format an extension (without the dot, any case) names.
    pub fn from_extension(ext: &str) -> Option<Format> {
        Some(match ext.to_ascii_lowercase().as_str() {
            "json" => Format::Map,
            "png" => Format::Png,
            "svg" => Format::Svg,
            "pdf" => Format::Pdf,
            "docx" => Format::Docx,
            "html" | "htm" => Format::Html,
            "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => Format::Workbook,
            "csv" => Format::Csv,
            "graphml" => Format::GraphMl,
            "gexf" => Format::Gexf,
            _ => return None,
        })
    }

    /// The extension a file of this format is written with, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Map => "json",
            Format::Png => "png",
            Format::Svg => "svg",
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Html => "html",
            Format::Workbook => "xlsx",
            Format::Csv => "csv",
            Format::GraphMl => "graphml",
            Format::Gexf => "gexf",
            Format::Kumu => "kumu.json",
        }
    }

    /// The short name used on the command line (`--format png`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Map => "json",
            Format::Kumu => "kumu",
            other => other.extension(),
        }
    }

    /// The format in a few English words, for the command line.
    pub fn describe(self) -> &'static str {
        match self {
            Format::Map => "Sectormap map",
            Format::Png => "PNG picture",
            Format::Svg => "SVG picture",
            Format::Pdf => "PDF document",
            Format::Docx => "Word document",
            Format::Html => "web page",
            Format::Workbook => "workbook",
            Format::Csv => "CSV",
            Format::GraphMl => "GraphML",
            Format::Gexf => "GEXF",
            Format::Kumu => "Kumu blueprint (JSON)",
        }
    }

    /// Whether this is a picture format (PNG or SVG).
    pub fn is_picture(self) -> bool {
        Self::PICTURES.contains(&self)
    }

    /// `.png or .svg`-style list of the extensions of `formats`, for messages.
    pub fn list(formats: &[Format]) -> String {
        let names: Vec<String> = formats.iter().map(|f| format!(".{}", f.extension())).collect();
        match names.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A name that is no format; says which names there are.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a format; use one of {names}", names = Format::ALL.map(Format::name).join(", "))]
pub struct UnknownFormat(pub String);

impl FromStr for Format {
    type Err = UnknownFormat;

    /// A format by its short name or any extension it is read from.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim().trim_start_matches('.').to_ascii_lowercase();
        match text.as_str() {
            "kumu" | "kumu.json" => Ok(Format::Kumu),
            "map" => Ok(Format::Map),
            other => Self::from_extension(other).ok_or_else(|| UnknownFormat(text.clone())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_names_and_extensions_agree() {
        for format in Format::ALL {
            let file = format!("map.{}", format.extension());
            assert_eq!(Format::from_path(Path::new(&file)), Some(format), "{file}");
            assert_eq!(format.name().parse::<Format>(), Ok(format));
        }
        assert_eq!(Format::from_path(Path::new("A.KUMU.JSON")), Some(Format::Kumu));
        assert_eq!(Format::from_path(Path::new("a.ods")), Some(Format::Workbook));
        assert_eq!(Format::from_path(Path::new("a.txt")), None);
        assert_eq!(Format::list(&Format::PICTURES), ".png or .svg");
        let err = "tiff".parse::<Format>().err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("not a format") && err.contains("png"), "{err}");
    }
}
