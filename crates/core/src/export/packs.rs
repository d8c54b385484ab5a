//! A round's reply packs: one workbook per assessed department (one with
//! at least one criterion put to it), each made by the one export path
//! ([`Content::ReplyPack`]) and named by the department's id, written into
//! a folder. The command line (`sectormap reply-pack`) and the editor
//! (File > Export reply packs…) both call these two functions.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::{Content, Export, ExportError, Exported, WriteError, export};
use crate::format::Format;
use crate::interchange::{self, ReplyPackError};
use crate::model::Document;
use crate::model::assess::applies;

/// One department's reply pack, made but not yet written.
#[derive(Clone, Debug, PartialEq)]
pub struct Pack {
    /// The department's id.
    pub department: String,
    /// Its name.
    pub label: String,
    /// The file's name in the folder (`dept-home-office.xlsx`).
    pub file: String,
    /// How many criteria it is asked to reply to.
    pub questions: usize,
    /// The workbook.
    pub exported: Exported,
}

/// Every assessed department's reply pack for the `year` round, by id.
pub fn reply_packs(doc: &Document, year: i32) -> Result<Vec<Pack>, ExportError> {
    let rubric = doc
        .assessment
        .rounds
        .get(&year)
        .ok_or_else(|| ReplyPackError::NoRound { year, rounds: interchange::rounds_in_words(doc) })?;
    let departments = interchange::assessed_departments(doc, year);
    if departments.is_empty() {
        return Err(ReplyPackError::NoneAssessed(year).into());
    }
    let mut names = BTreeSet::new();
    let mut packs = Vec::with_capacity(departments.len());
    for department in departments {
        let content = Content::ReplyPack { year, department: department.clone() };
        let exported = export(doc, &Export { content, format: Format::Workbook, language: None })?;
        let file = super::briefs::unique_name(&mut names, &department, "xlsx");
        let label = doc.node(&department).map_or_else(|| department.clone(), |n| n.label.clone());
        let questions = rubric.criteria.iter().filter(|c| applies(doc, c, &department)).count();
        packs.push(Pack { department, label, file, questions, exported });
    }
    Ok(packs)
}

/// Writes `packs` into the folder `dir` (made if missing), each file
/// atomically; returns the paths written.
pub fn write_reply_packs(dir: &Path, packs: &[Pack]) -> Result<Vec<PathBuf>, WriteError> {
    super::briefs::write_into(dir, packs.iter().map(|p| (p.file.as_str(), &p.exported)))
}
