//! What every output (briefing, web page) writes about a round, in one
//! place: its heading, a mark, a score with the criteria it rests on,
//! a piece of evidence, a reply. Assessors' private notes, second marks
//! and change logs are never among them.

use super::ReplyStatus;
use crate::i18n::Language;
use crate::model::Document;
use crate::model::assess::{Applies, Criterion, Evidence, Mark, Reply, RoundScore, Rubric, Verdict};
use crate::tr;

/// "The 2008 assessment", with "(illustrative)" where the round is.
pub fn round_heading(year: i32, rubric: &Rubric, lang: Language) -> String {
    let id = if rubric.illustrative { "assess-heading-illustrative" } else { "assess-heading" };
    tr!(lang, id, year = year.to_string())
}

/// A mark as people read it: the level's label (its number when it has
/// none), "N/A", or "not marked yet".
pub fn mark_label(criterion: &Criterion, mark: Option<Mark>, lang: Language) -> String {
    match mark {
        Some(Mark::Level(level)) => criterion
            .levels
            .get(level)
            .map(|l| l.label.trim())
            .filter(|l| !l.is_empty())
            .map_or_else(|| level.to_string(), str::to_owned),
        Some(Mark::NotApplicable) => lang.tr("assess-na"),
        None => lang.tr("assess-not-marked"),
    }
}

/// What a mark's level means (its description), when it has one.
pub fn level_description(criterion: &Criterion, mark: Option<Mark>) -> Option<&str> {
    match mark {
        Some(Mark::Level(level)) => {
            criterion.levels.get(level).map(|l| l.description.trim()).filter(|d| !d.is_empty())
        }
        _ => None,
    }
}

/// "Score 5.71 out of 10, on 7 of 7 criteria.", or how far marking has
/// got while there is no score.
pub fn score_line(score: &RoundScore, lang: Language) -> String {
    let marked = score.marked + score.not_applicable;
    match score.value {
        Some(value) => tr!(
            lang,
            "assess-score-line",
            score = lang.score(value),
            marked = marked,
            applicable = score.applicable
        ),
        None => tr!(lang, "assess-no-score", marked = marked, applicable = score.applicable),
    }
}

/// "k of n": criteria marked of those that apply.
pub fn marked_of(score: &RoundScore, lang: Language) -> String {
    tr!(lang, "assess-of", marked = score.marked + score.not_applicable, applicable = score.applicable)
}

/// Whether the department has replied, in words.
pub fn reply_status(status: ReplyStatus, lang: Language) -> String {
    match status {
        ReplyStatus::Replied => lang.tr("assess-replied"),
        ReplyStatus::NotReplied => lang.tr("assess-not-replied"),
    }
}

/// One piece of evidence on one line: title, page, quote, the document's
/// date and when it was read, and its address.
pub fn evidence_line(evidence: &Evidence, lang: Language) -> String {
    let mut head = vec![evidence.title.trim().to_owned()];
    if !evidence.page.trim().is_empty() {
        head.push(tr!(lang, "assess-page", page = evidence.page.trim()));
    }
    let mut parts = vec![head.into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(", ")];
    if !evidence.quote.trim().is_empty() {
        parts.push(tr!(lang, "assess-quote", quote = evidence.quote.trim()));
    }
    let mut dates = Vec::new();
    if !evidence.document_date.trim().is_empty() {
        dates.push(tr!(lang, "assess-dated", date = evidence.document_date.trim()));
    }
    if !evidence.accessed.trim().is_empty() {
        dates.push(tr!(lang, "assess-accessed", date = evidence.accessed.trim()));
    }
    if !dates.is_empty() {
        parts.push(format!("({})", dates.join(", ")));
    }
    if !evidence.link.trim().is_empty() {
        parts.push(evidence.link.trim().to_owned());
    }
    parts.into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" — ")
}

/// The department's reply: whether it agrees and why, its evidence, and
/// what the coalition decided about a disagreement.
pub fn reply_lines(reply: &Reply, lang: Language) -> Vec<String> {
    let id = if reply.agree { "assess-reply-agrees" } else { "assess-reply-disagrees" };
    let reason = reply.reason.trim();
    let mut lines =
        vec![tr!(lang, id, reason = reason).trim_end().trim_end_matches(':').trim_end().to_owned()];
    if !reply.evidence.trim().is_empty() {
        lines.push(tr!(lang, "assess-reply-evidence", evidence = reply.evidence.trim()));
    }
    if !reply.agree {
        lines.push(lang.tr(match reply.verdict {
            Some(Verdict::Accepted) => "assess-verdict-accepted",
            Some(Verdict::Rejected) => "assess-verdict-rejected",
            None => "assess-verdict-open",
        }));
    }
    lines
}

/// A criterion's terms: its weight (where the rubric weighs criteria
/// differently), to whom it is put, what it cites, whether N/A is allowed.
pub fn criterion_terms(doc: &Document, criterion: &Criterion, weighted: bool, lang: Language) -> String {
    let mut terms = Vec::new();
    if weighted {
        terms.push(tr!(lang, "assess-weight", weight = lang.score(criterion.weight)));
    }
    terms.push(match &criterion.applies {
        Applies::All => lang.tr("assess-applies-all"),
        Applies::Sectors(sectors) => {
            let names: Vec<&str> = sectors.iter().map(String::as_str).collect();
            tr!(lang, "assess-applies-sectors", sectors = crate::i18n::list(lang, &names))
        }
        Applies::LinkedTo(ids) => {
            let names: Vec<&str> = ids.iter().map(|id| name_of(doc, id)).collect();
            tr!(lang, "assess-applies-linked", names = crate::i18n::list(lang, &names))
        }
    });
    if let Some(cited) = &criterion.cites {
        let commitment = name_of(doc, &cited.commitment);
        terms.push(if cited.clause.trim().is_empty() {
            tr!(lang, "assess-cites", commitment = commitment)
        } else {
            tr!(lang, "assess-cites-clause", commitment = commitment, clause = cited.clause.trim())
        });
    }
    if criterion.allow_na {
        terms.push(lang.tr("assess-allows-na"));
    }
    terms.join(" · ")
}

/// Whether the rubric weighs its criteria differently.
pub fn weighted(rubric: &Rubric) -> bool {
    rubric.criteria.windows(2).any(|pair| (pair[0].weight - pair[1].weight).abs() > f64::EPSILON)
}

/// A node's name (its label, else its id).
pub fn name_of<'a>(doc: &'a Document, id: &'a str) -> &'a str {
    doc.node(id).map(|n| n.label.trim()).filter(|l| !l.is_empty()).unwrap_or(id)
}
