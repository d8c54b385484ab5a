//! Department briefs through the one export path: one department's brief
//! ([`Content::Brief`]) in PDF, Word or HTML, and every department's into
//! a folder, one file each, named by its id. The command line (`sectormap
//! brief`) and the editor (a department's context menu, File > Export
//! briefs…) both call these functions.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::{ExportError, Exported, Shown, WriteError, write};
use crate::brief::{self, Brief, BriefError};
use crate::format::Format;
use crate::model::{Document, NodeKind};

/// The formats a brief is written in.
pub const BRIEF_FORMATS: [Format; 3] = [Format::Pdf, Format::Docx, Format::Html];

/// One department's brief, made but not yet written.
#[derive(Clone, Debug, PartialEq)]
pub struct BriefFile {
    /// The department's id.
    pub department: String,
    /// Its name.
    pub label: String,
    /// The file's name in the folder (`dept-home-office.pdf`).
    pub file: String,
    /// Whether the map links the department to nothing it could be asked
    /// about (its brief says so).
    pub empty: bool,
    /// The document.
    pub exported: Exported,
}

/// The bytes of `department`'s brief of the map as `shown`, dated `date`.
pub(super) fn one(
    shown: &Shown,
    department: &str,
    date: &str,
    format: Format,
) -> Result<Exported, ExportError> {
    let id = brief::find_department(&shown.doc, department)?;
    made(shown, &id, date, format).map(|(exported, _)| exported)
}

/// The brief of the department `id` of the map as `shown`, and whether
/// the map links it to nothing it could be asked about.
fn made(shown: &Shown, id: &str, date: &str, format: Format) -> Result<(Exported, bool), ExportError> {
    let made = Brief::of(&shown.doc, id, date, shown.words)
        .ok_or_else(|| BriefError::NoDepartment { asked: id.to_owned(), hint: String::new() })?;
    let bytes = match format {
        Format::Docx => brief::to_docx(&shown.doc, &made, shown.words)?,
        Format::Html => brief::to_html(&shown.doc, &made, shown.words).into_bytes(),
        Format::Pdf => brief::to_pdf(&shown.doc, &made, shown.words).map_err(BriefError::from)?,
        other => {
            return Err(ExportError::Unsupported {
                content: "department's brief",
                format: other,
                allowed: Format::list(&BRIEF_FORMATS),
            });
        }
    };
    let nodes = made.neighbourhood.len();
    Ok((Exported { bytes, beside: Vec::new(), pixels: None, nodes, pages: None }, made.is_empty()))
}

/// Every department's brief of `doc` in `format`, dated `date`, in the
/// map language `language` (`None` for the map's own), in the order of
/// their names.
pub fn briefs(
    doc: &Document,
    format: Format,
    date: &str,
    language: Option<&str>,
) -> Result<Vec<BriefFile>, ExportError> {
    let mut departments: Vec<(&str, &str)> = doc
        .nodes()
        .filter(|n| n.kind == NodeKind::Department)
        .map(|n| (n.label.as_str(), n.id.as_str()))
        .collect();
    if departments.is_empty() {
        return Err(BriefError::NoDepartment {
            asked: "any department".to_owned(),
            hint: "; the map has no departments".to_owned(),
        }
        .into());
    }
    departments.sort_unstable();
    // The map in the language asked for is made once for every brief.
    let shown = Shown::of(doc, language)?;
    let mut names = BTreeSet::new();
    let mut files = Vec::with_capacity(departments.len());
    for (label, id) in departments {
        let (exported, empty) = made(&shown, id, date, format)?;
        let file = unique_name(&mut names, id, format.extension());
        files.push(BriefFile { department: id.to_owned(), label: label.to_owned(), file, empty, exported });
    }
    Ok(files)
}

/// A file name for `id` with `ext`, safe on every system and not yet in
/// `names` (case ignored: `-2`, `-3`... added on a clash).
pub(super) fn unique_name(names: &mut BTreeSet<String>, id: &str, ext: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '-' })
        .collect();
    let stem = match safe.trim_matches('.') {
        "" => "department",
        stem => stem,
    };
    let file = (1..)
        .map(|n| if n == 1 { format!("{stem}.{ext}") } else { format!("{stem}-{n}.{ext}") })
        .find(|name| !names.contains(&name.to_lowercase()))
        .unwrap_or_else(|| format!("{stem}.{ext}"));
    names.insert(file.to_lowercase());
    file
}

/// Writes `files` (name, export) into the folder `dir` (made if missing),
/// each file atomically; returns the paths written.
pub fn write_into<'a>(
    dir: &Path,
    files: impl IntoIterator<Item = (&'a str, &'a Exported)>,
) -> Result<Vec<PathBuf>, WriteError> {
    if dir.is_file() {
        return Err(WriteError {
            path: dir.to_path_buf(),
            message: "is a file; these files are written into a folder".to_owned(),
        });
    }
    std::fs::create_dir_all(dir)
        .map_err(|err| WriteError { path: dir.to_path_buf(), message: crate::io::describe_io(&err) })?;
    let mut written = Vec::new();
    for (name, exported) in files {
        written.extend(write(&dir.join(name), exported)?);
    }
    Ok(written)
}

/// Writes `briefs` into the folder `dir`; returns the paths written.
pub fn write_briefs(dir: &Path, briefs: &[BriefFile]) -> Result<Vec<PathBuf>, WriteError> {
    write_into(dir, briefs.iter().map(|b| (b.file.as_str(), &b.exported)))
}
