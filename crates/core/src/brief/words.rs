//! The brief as a sequence of blocks in words (headings, paragraphs, lists,
//! a table, the picture), worked out once; the PDF, Word and HTML writers
//! only set them.

use super::content::{Brief, Why};
use crate::i18n::Language;
use crate::model::{Recognised, Urgency};
use crate::tr;

/// One block of a brief.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A heading: level 1 (the title) or 2 (a section).
    Heading(u8, String),
    /// A paragraph.
    Paragraph(String),
    /// A quieter paragraph (context lines, notes).
    Note(String),
    /// A list of items.
    List(Vec<String>),
    /// A table: header cells, then rows.
    Table(Vec<String>, Vec<Vec<String>>),
    /// The neighbourhood picture, with its text alternative.
    Picture(String),
}

fn strength(lang: Language, s: u8) -> String {
    lang.tr(match s {
        0 | 1 => "brief-strength-1",
        2 => "brief-strength-2",
        _ => "brief-strength-3",
    })
}

fn made(lang: Language, r: Recognised) -> String {
    lang.tr(match r {
        Recognised::Yes => "brief-made",
        Recognised::No => "brief-not-made",
        Recognised::Unknown => "brief-unchecked",
    })
}

fn why_items(lang: Language, why: &Why) -> String {
    let bearings: Vec<String> = why
        .bearings
        .iter()
        .map(|b| {
            tr!(
                lang,
                "brief-bearing",
                issue = b.issue.as_str(),
                strength = strength(lang, b.strength),
                made = made(lang, b.recognised)
            )
        })
        .collect();
    let list = if bearings.is_empty() { lang.tr("brief-nothing-bears") } else { bearings.join("; ") };
    match (&why.objective, &why.own_words) {
        (Some(objective), Some(words)) => tr!(
            lang,
            "brief-objective-quoted",
            objective = objective.as_str(),
            words = words.as_str(),
            list = list
        ),
        (Some(objective), None) => tr!(lang, "brief-objective", objective = objective.as_str(), list = list),
        (None, _) => tr!(lang, "brief-direct", list = list),
    }
}

/// The blocks of `brief`, in `lang`.
pub fn blocks(brief: &Brief, lang: Language) -> Vec<Block> {
    let mut out = vec![Block::Heading(1, tr!(lang, "brief-title", department = brief.name.as_str()))];
    let mut context = vec![tr!(lang, "brief-date", date = brief.date.as_str())];
    if !brief.sector.trim().is_empty() {
        context.push(brief.sector.clone());
    }
    if !brief.jurisdiction.trim().is_empty() {
        context.push(brief.jurisdiction.clone());
    }
    if !brief.map_title.trim().is_empty() {
        context.push(tr!(lang, "brief-from-map", map = brief.map_title.as_str()));
    }
    out.push(Block::Note(context.join(" · ")));
    if brief.is_empty() {
        out.push(Block::Paragraph(tr!(lang, "brief-empty", department = brief.name.as_str())));
        return out;
    }
    out.push(Block::Heading(2, lang.tr("brief-why")));
    if brief.why.iter().all(|w| w.bearings.is_empty()) {
        // Asked of for its commitments alone: nothing on the map says why yet.
        out.push(Block::Paragraph(lang.tr("brief-why-nothing")));
    } else {
        out.push(Block::List(brief.why.iter().map(|w| why_items(lang, w)).collect()));
    }
    out.push(Block::Heading(2, lang.tr("brief-asks")));
    if brief.asks.is_empty() {
        out.push(Block::Paragraph(lang.tr("brief-no-asks")));
    } else {
        let items = brief
            .asks
            .iter()
            .map(|a| {
                let urgency = lang.tr(&format!("brief-urgency-{}", a.urgency.key()));
                format!("{urgency}: {}", a.text)
            })
            .collect();
        out.push(Block::List(items));
        let urgent = brief.asks.iter().filter(|a| a.urgency == Urgency::Urgent).count();
        if urgent > 0 && brief.asks.len() > 1 {
            out.push(Block::Note(tr!(lang, "brief-asks-count", count = brief.asks.len(), urgent = urgent)));
        }
    }
    out.push(Block::Heading(2, lang.tr("brief-scores")));
    if brief.scores.is_empty() {
        out.push(Block::Paragraph(lang.tr("brief-not-scored")));
    } else {
        let header = vec![lang.tr("brief-year"), lang.tr("brief-score"), lang.tr("brief-change")];
        let rows = brief
            .scores
            .iter()
            .map(|s| {
                let value = format!("{}/10{}", lang.score(s.value), if s.computed { "*" } else { "" });
                let change = s
                    .change
                    .map_or_else(String::new, |c| lang.number_text(&crate::analysis::signed_change(c)));
                vec![s.year.to_string(), value, change]
            })
            .collect();
        out.push(Block::Table(header, rows));
        if brief.scores.iter().any(|s| s.computed) {
            out.push(Block::Note(lang.tr("brief-computed")));
        }
    }
    if let Some(marks) = &brief.marks {
        let score = marks
            .score
            .value
            .map_or_else(|| lang.tr("brief-no-score-yet"), |v| format!("{}/10", lang.score(v)));
        let mut heading = tr!(lang, "brief-marks", year = marks.year.to_string(), score = score);
        if marks.illustrative {
            heading = format!("{heading} ({})", lang.tr("brief-illustrative"));
        }
        out.push(Block::Paragraph(heading));
        let items = marks
            .criteria
            .iter()
            .map(|(title, mark)| {
                format!("{title}: {}", mark.clone().unwrap_or_else(|| lang.tr("brief-not-marked")))
            })
            .collect();
        out.push(Block::List(items));
        out.push(Block::Note(lang.tr(if marks.replied { "brief-replied" } else { "brief-not-replied" })));
    }
    out.push(Block::Heading(2, lang.tr("brief-commitments")));
    if brief.commitments.is_empty() {
        out.push(Block::Paragraph(lang.tr("brief-no-commitments")));
    } else {
        let items = brief
            .commitments
            .iter()
            .map(
                |(name, clause)| {
                    if clause.trim().is_empty() { name.clone() } else { format!("{name} ({clause})") }
                },
            )
            .collect();
        out.push(Block::List(items));
    }
    out.push(Block::Heading(2, lang.tr("brief-picture")));
    out.push(Block::Picture(tr!(lang, "brief-picture-alt", department = brief.name.as_str())));
    out
}
