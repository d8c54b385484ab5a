//! The report card table and the gaps list as HTML, written out in full so
//! they read without the script and in a screen reader's table mode.

use std::fmt::Write;

use crate::analysis::{Gap, ReportCard};
use crate::i18n::Language;
use crate::model::Document;
use crate::render::escape;
use crate::tr;

/// The report card: a row per department, a column per year, means last;
/// scores computed from a round's marks starred, illustrative years said
/// so, and both explained under the table.
pub fn report_card(card: &ReportCard, lang: Language) -> String {
    if card.rows.is_empty() {
        return format!("<p>{}</p>\n", escape(&lang.tr("report-no-departments")));
    }
    let not_scored = escape(&lang.tr("badge-not-scored"));
    let cell = |value: Option<f64>| match value {
        Some(v) => escape(&lang.score(v)),
        None => format!("<span class=\"ns\" title=\"{not_scored}\" aria-label=\"{not_scored}\">–</span>"),
    };
    let what = escape(&lang.tr("web-computed"));
    let computed = format!(
        "<span class=\"computed\" title=\"{what}\"><span aria-hidden=\"true\">*</span><span class=\"sr\"> ({what})</span></span>"
    );
    let mut out = String::from("<div class=\"scroll\" tabindex=\"0\"><table class=\"report\">\n");
    let _ = write!(
        out,
        "<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
        escape(&lang.tr("web-report-caption")),
        escape(&lang.tr("kind-department")),
        escape(&lang.tr("report-sector")),
    );
    let illustrative = escape(&lang.tr("report-illustrative"));
    for year in &card.years {
        let note = if card.is_illustrative(*year) {
            format!("<br><span class=\"illus\">{illustrative}</span>")
        } else {
            String::new()
        };
        let _ = write!(out, "<th scope=\"col\" class=\"num\">{year}{note}</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &card.rows {
        let _ = write!(
            out,
            "<tr><th scope=\"row\"><button type=\"button\" class=\"to-node\" data-node=\"{}\">{}</button></th><td>{}</td>",
            escape(&row.id),
            escape(&row.label),
            escape(&row.sector),
        );
        for (col, score) in row.scores.iter().enumerate() {
            let star = if score.is_some() && row.computed.get(col).copied().unwrap_or(false) {
                computed.as_str()
            } else {
                ""
            };
            let _ = write!(out, "<td class=\"num\">{}{star}</td>", cell(*score));
        }
        out.push_str("</tr>\n");
    }
    let _ = write!(
        out,
        "</tbody>\n<tfoot><tr><th scope=\"row\">{}</th><td></td>",
        escape(&lang.tr("report-mean"))
    );
    for mean in card.means() {
        let _ = write!(out, "<td class=\"num\">{}</td>", cell(mean));
    }
    out.push_str("</tr></tfoot>\n</table></div>\n");
    if card.has_computed() {
        let note = tr!(lang, "report-computed-note", formula = crate::analysis::assess::formula(lang));
        let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(&note));
    }
    for year in &card.illustrative {
        let note = tr!(lang, "report-illustrative-note", year = year.to_string());
        let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(&note));
    }
    out
}

/// The gaps, under a heading per rule; each can be shown on the map
/// (`data-gap` is its index in the page data's `gaps`).
pub fn gaps(document: &Document, gaps: &[Gap], lang: Language) -> String {
    if gaps.is_empty() {
        return format!("<p>{}</p>\n", escape(&crate::analysis::no_gaps(document, lang)));
    }
    let mut out = format!("<p>{}</p>\n", escape(&tr!(lang, "gaps-count", count = gaps.len())));
    let show = escape(&lang.tr("web-show-on-map"));
    let mut current = None;
    for (i, gap) in gaps.iter().enumerate() {
        if current != Some(gap.kind) {
            if current.is_some() {
                out.push_str("</ul>\n");
            }
            current = Some(gap.kind);
            let _ = write!(out, "<h3>{}</h3>\n<ul class=\"gaps\">\n", escape(&gap.kind.title(lang)));
        }
        let _ = writeln!(
            out,
            "<li><span>{}</span> <button type=\"button\" class=\"to-gap\" data-gap=\"{i}\">{show}</button></li>",
            escape(&gap.text)
        );
    }
    out.push_str("</ul>\n");
    out
}
