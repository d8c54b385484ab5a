//! The assessment on the web page: a department's marks in the latest
//! round for its details panel (data the script sets as text), and the
//! round's heading, formula and criteria for the report-card section (as
//! HTML, escaped here). Private notes, second marks and logs stay out.

use std::fmt::Write;

use serde::Serialize;

use crate::analysis::assess::{RoundReport, formula, words};
use crate::i18n::Language;
use crate::model::Document;
use crate::render::escape;
use crate::tr;

/// A department's marks in one round, every sentence written out.
#[derive(Debug, Serialize)]
pub struct MarksData {
    /// "The 2008 assessment (illustrative)".
    pub heading: String,
    /// Why an illustrative round's marks are not findings; empty otherwise.
    pub illustrative: String,
    /// "Score 5.71 out of 10, on 7 of 7 criteria."
    pub score: String,
    /// Whether the department has replied.
    pub reply: String,
    /// One per criterion put to the department, in the rubric's order.
    pub marks: Vec<MarkData>,
}

/// One criterion's mark.
#[derive(Debug, Serialize)]
pub struct MarkData {
    /// "Defines violence against women: Full".
    pub line: String,
    /// What the level means.
    pub description: String,
    /// Each piece of evidence on one line.
    pub evidence: Vec<String>,
    /// The department's reply, line by line.
    pub reply: Vec<String>,
}

/// The marks of department `id` in `report`'s round; `None` when it has
/// no mark there (it was not assessed).
pub fn marks_of(report: &RoundReport<'_>, id: &str, lang: Language) -> Option<MarksData> {
    let department = report.department(id)?;
    if !department.cells.iter().any(|c| c.mark.is_some()) {
        return None;
    }
    let rubric = report.rubric;
    let marks = department
        .cells
        .iter()
        .filter(|cell| cell.applies)
        .map(|cell| {
            let level = words::mark_label(cell.criterion, cell.mark, lang);
            MarkData {
                line: tr!(lang, "assess-mark", criterion = cell.criterion.title.trim(), level = level),
                description: words::level_description(cell.criterion, cell.mark)
                    .unwrap_or_default()
                    .to_owned(),
                evidence: cell
                    .answer
                    .map(|a| a.evidence.iter().map(|e| words::evidence_line(e, lang)).collect())
                    .unwrap_or_default(),
                reply: cell
                    .answer
                    .and_then(|a| a.reply.as_ref())
                    .map(|r| words::reply_lines(r, lang))
                    .unwrap_or_default(),
            }
        })
        .collect();
    Some(MarksData {
        heading: words::round_heading(report.year, rubric, lang),
        illustrative: if rubric.illustrative { lang.tr("assess-illustrative") } else { String::new() },
        score: words::score_line(&department.score, lang),
        reply: words::reply_status(department.reply, lang),
        marks,
    })
}

/// The latest round for the report-card section: heading, "illustrative"
/// where it is, source, formula, and each criterion with its question,
/// terms and levels; empty when the map has no round.
pub fn rubric_html(document: &Document, lang: Language) -> String {
    let Some(year) = document.assessment.latest() else { return String::new() };
    let Some(rubric) = document.assessment.rounds.get(&year) else { return String::new() };
    let mut out = String::from("<section class=\"assessment\" aria-labelledby=\"assessment-title\">\n");
    let heading = escape(&words::round_heading(year, rubric, lang));
    let _ = writeln!(out, "<h3 id=\"assessment-title\">{heading}</h3>");
    if rubric.illustrative {
        let _ = writeln!(out, "<p class=\"illus\">{}</p>", escape(&lang.tr("assess-illustrative")));
    }
    if !rubric.source.trim().is_empty() {
        let source = tr!(lang, "assess-source", source = rubric.source.trim());
        let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(&source));
    }
    let _ = writeln!(
        out,
        "<h4>{}</h4>\n<p class=\"formula\">{}</p>\n<p class=\"note\">{}</p>\n<h4>{}</h4>\n<ol class=\"criteria\">",
        escape(&lang.tr("assess-formula-heading")),
        escape(&formula(lang)),
        escape(&lang.tr("assess-formula-mark")),
        escape(&lang.tr("assess-criteria")),
    );
    let weighted = words::weighted(rubric);
    for criterion in &rubric.criteria {
        let _ = write!(out, "<li><strong dir=\"auto\">{}</strong>", escape(criterion.title.trim()));
        if !criterion.question.trim().is_empty() {
            let _ = write!(out, "<p dir=\"auto\">{}</p>", escape(criterion.question.trim()));
        }
        let terms = words::criterion_terms(document, criterion, weighted, lang);
        let _ = write!(out, "<p class=\"note\">{}</p>", escape(&terms));
        if !criterion.guidance.trim().is_empty() {
            let guidance = tr!(lang, "assess-guidance", guidance = criterion.guidance.trim());
            let _ = write!(out, "<p class=\"note\">{}</p>", escape(&guidance));
        }
        out.push_str("<dl class=\"levels\">");
        for level in &criterion.levels {
            let _ = write!(
                out,
                "<dt dir=\"auto\">{}</dt><dd dir=\"auto\">{}</dd>",
                escape(level.label.trim()),
                escape(level.description.trim())
            );
        }
        out.push_str("</dl></li>\n");
    }
    out.push_str("</ol>\n</section>\n");
    out
}
