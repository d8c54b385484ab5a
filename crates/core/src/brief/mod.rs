//! A brief per department: "what exactly is expected of you". One to two
//! pages: why violence against women is the department's business, what is
//! asked of it (most urgent first), how it scored, the commitments that
//! oblige it, and a picture of its neighbourhood on the map drawn from the
//! same Scene as every export. Written as PDF (the briefing engine), Word
//! (`.docx`, styles rather than direct formatting) and one offline HTML page.

mod content;
mod docx;
mod html;
mod pdf;
mod view;
mod words;

use crate::i18n::Language;
use crate::model::{Document, NodeKind};
use crate::scene::{self, Layout, Scene, Theme, View};

pub use content::{Bearing, Brief, Marks, ScoreLine, Why};
pub use docx::to_docx;
pub use html::to_html;
pub use pdf::to_pdf;
pub use view::neighbourhood_view;

/// Why a brief could not be made.
#[derive(Debug, thiserror::Error)]
pub enum BriefError {
    /// No department has that id or name.
    #[error("no department called \"{asked}\"{hint}")]
    NoDepartment {
        /// What was asked for.
        asked: String,
        /// "; did you mean ...?" or the departments there are.
        hint: String,
    },
    /// The PDF could not be written.
    #[error(transparent)]
    Pdf(#[from] crate::briefing::BriefingError),
    /// The Word document could not be written.
    #[error("cannot write the Word document: {0}")]
    Docx(String),
    /// The picture could not be drawn.
    #[error(transparent)]
    Render(#[from] crate::render::RenderError),
}

/// The department `asked` names: its id, else its name (case and spaces
/// ignored). An unknown one names the closest departments.
pub fn find_department(doc: &Document, asked: &str) -> Result<String, BriefError> {
    let departments: Vec<(&str, &str)> = doc
        .nodes()
        .filter(|n| n.kind == NodeKind::Department)
        .map(|n| (n.id.as_str(), n.label.as_str()))
        .collect();
    let wanted = asked.trim();
    if let Some((id, _)) = departments.iter().find(|(id, _)| *id == wanted) {
        return Ok((*id).to_owned());
    }
    let lower = wanted.to_lowercase();
    if let Some((id, _)) = departments.iter().find(|(_, label)| label.trim().to_lowercase() == lower) {
        return Ok((*id).to_owned());
    }
    let names = departments.iter().flat_map(|(id, label)| [*id, *label]);
    let hint = match crate::interchange::closest(wanted, names) {
        Some(close) => format!("; did you mean \"{close}\"?"),
        None if departments.is_empty() => "; the map has no departments".to_owned(),
        None => {
            let all: Vec<String> = departments.iter().take(12).map(|(_, l)| format!("\"{l}\"")).collect();
            format!("; its departments are {}", all.join(", "))
        }
    };
    Err(BriefError::NoDepartment { asked: wanted.to_owned(), hint })
}

/// The picture of the brief's neighbourhood: the department, its
/// objectives, the forms of VAW bearing on them and the commitments and
/// organisations around it, where they are on the map, everything else
/// left out so the picture is framed on them; titled with its name.
pub fn picture(doc: &Document, brief: &Brief, words: Language, theme: Theme) -> Scene {
    let hidden = doc.nodes().filter(|n| !brief.neighbourhood.contains(&n.id)).map(|n| n.id.clone()).collect();
    let meta = crate::model::MapMeta {
        title: brief.name.clone(),
        subtitle: String::new(),
        source: doc.meta.source.clone(),
        language: doc.meta.language.clone(),
        translations: crate::model::Translations::default(),
    };
    let view = View { hidden, theme, language: words, meta: Some(meta), no_title: true, ..View::default() };
    scene::build(doc, &Layout::of(doc), &view)
}
