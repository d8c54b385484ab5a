//! `sectormap assess`: one assessment round as a table of departments by
//! criteria, with each department's score by the published formula, its
//! reply status and how far marking has got; or the same as JSON
//! (`analysis::assess::round_json`, whose shape is described there).

use std::path::Path;

use anyhow::Result;

use super::args::AssessArgs;
use sectormap_core::analysis::assess::{Cell, DepartmentRound, ReplyStatus, RoundReport, round_json};
use sectormap_core::interchange::rounds_in_words;
use sectormap_core::io::load_path;
use sectormap_core::model::assess::{Answer, FORMULA, Mark};
use sectormap_core::model::{Document, format_score};

/// The round `year` asks for (the latest when `None`), or why there is none.
pub(super) fn round(doc: &Document, year: Option<i32>, map: &Path) -> Result<i32> {
    let latest = doc.assessment.latest();
    match (year, latest) {
        (_, None) => anyhow::bail!("{}: the map has no assessment rounds", map.display()),
        (Some(year), Some(_)) if !doc.assessment.rounds.contains_key(&year) => {
            anyhow::bail!("{}: the map has no {year} round; {}", map.display(), rounds_in_words(doc))
        }
        (Some(year), _) => Ok(year),
        (None, Some(latest)) => Ok(latest),
    }
}

/// Runs `sectormap assess`.
pub fn run(args: &AssessArgs) -> Result<()> {
    let doc = load_path(&args.map)?;
    let year = round(&doc, args.year, &args.map)?;
    let report = RoundReport::of(&doc, year)
        .ok_or_else(|| anyhow::anyhow!("{}: no {year} round", args.map.display()))?;
    if args.json {
        super::out(&format!("{}\n", serde_json::to_string_pretty(&round_json(&report))?));
    } else {
        super::out(&table(&report));
    }
    Ok(())
}

/// A mark in a few characters: the level's label, `n/a`, `-` when not
/// marked, nothing when the criterion is not put to the department; `*`
/// after a mark the two assessors differ on, unsettled.
fn mark_cell(cell: &Cell<'_>) -> String {
    if !cell.applies {
        return String::new();
    }
    let text = match cell.mark {
        None => "-".to_owned(),
        Some(Mark::NotApplicable) => "n/a".to_owned(),
        Some(Mark::Level(level)) => {
            cell.criterion.levels.get(level).map_or_else(|| format!("L{}", level + 1), |l| l.label.clone())
        }
    };
    let text = shortened(&text, 12);
    if cell.answer.is_some_and(Answer::disputed) { format!("{text}*") } else { text }
}

fn score_text(department: &DepartmentRound<'_>) -> String {
    let score = department.score;
    let value = score.value.map_or("not scored".to_owned(), format_score);
    format!("{value} ({} of {})", score.marked, score.applicable)
}

fn reply_text(department: &DepartmentRound<'_>) -> String {
    let open = department.cells.iter().filter(|c| c.answer.is_some_and(Answer::reply_open)).count();
    match (department.reply, open) {
        (ReplyStatus::NotReplied, _) => "no reply".to_owned(),
        (ReplyStatus::Replied, 0) => "replied".to_owned(),
        (ReplyStatus::Replied, n) => format!("replied, {n} to decide"),
    }
}

/// `text` cut to `most` characters, the last an ellipsis when cut.
fn shortened(text: &str, most: usize) -> String {
    if text.chars().count() <= most {
        return text.to_owned();
    }
    let kept: String = text.chars().take(most.saturating_sub(1)).collect();
    format!("{kept}…")
}

fn pad(text: &str, width: usize) -> String {
    let count = text.chars().count();
    format!("{text}{}", " ".repeat(width.saturating_sub(count)))
}

/// The round as an aligned text table, with a key, progress and the formula.
pub fn table(report: &RoundReport<'_>) -> String {
    let rubric = report.rubric;
    let mut out = format!("Round {}", report.year);
    if rubric.illustrative {
        out.push_str(" (illustrative: made up to show how marking works, not real findings)");
    }
    out.push('\n');
    let mut rows: Vec<Vec<String>> = vec![
        std::iter::once("Department".to_owned())
            .chain(rubric.criteria.iter().map(|c| c.id.clone()))
            .chain(["Score (k of n)".to_owned(), "Reply".to_owned()])
            .collect(),
    ];
    for department in &report.departments {
        let mut row = vec![shortened(department.label, 44)];
        row.extend(department.cells.iter().map(mark_cell));
        row.extend([score_text(department), reply_text(department)]);
        rows.push(row);
    }
    let columns = rows[0].len();
    let widths: Vec<usize> =
        (0..columns).map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
    for row in &rows {
        let cells: Vec<String> = row.iter().zip(&widths).map(|(cell, &w)| pad(cell, w)).collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    let p = report.progress();
    out.push_str(
        "\nMarks: the level's label; n/a not applicable; - not marked; empty: not put to the department; \
         * the two assessors differ and nobody has settled it. k of n: criteria marked with a level of those put to it.\n",
    );
    out.push_str(&format!(
        "Progress: {} of {} marked, {} with evidence; stale evidence: {}; disputed: {}; disagreements to decide: {}.\n",
        p.marked, p.to_mark, p.evidenced, p.stale, p.disputed, p.open_replies
    ));
    out.push_str(&format!("Formula: {FORMULA}.\n"));
    out
}
