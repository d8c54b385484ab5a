//! The table of the round: a row per department assessed, a column per
//! criterion (numbered as the criteria are listed) with its mark, then the
//! score and how many criteria it rests on. The text shrinks (to 6 pt at
//! the least) until the columns fit the frame; marks still too wide for
//! their column are cut with an ellipsis.

use super::Styles;
use crate::analysis::assess::{DepartmentRound, RoundReport, words};
use crate::briefing::compose::{Flow, Role, Style, fit};
use crate::i18n::Language;
use crate::model::assess::Mark;
use crate::scene::style::Palette;
use crate::scene::{Anchor, Theme, Weight};
use crate::text;
use crate::tr;

/// Table text size, and the smallest it shrinks to.
const BODY: f32 = 9.0;
const SMALLEST: f32 = 6.0;
/// Space between columns.
const GUTTER: f32 = 8.0;
/// The widest share of the frame the department names take.
const NAMES: f32 = 0.34;

/// Whether a department has any answer in the round (else it was not
/// assessed, and is named under the table instead).
pub fn assessed(department: &DepartmentRound<'_>) -> bool {
    department.cells.iter().any(|cell| cell.answer.is_some_and(|a| a.final_mark().is_some()))
}

/// The heading, the table and its key, and who was not assessed.
pub fn marks(flow: &mut Flow, report: &RoundReport<'_>, lang: Language, styles: &Styles) {
    flow.space(12.0);
    flow.paragraph(&lang.tr("assess-marks"), styles.h2, 0.0, Role::Heading(2), styles.keep() * 2.0);
    flow.space(4.0);
    let shown: Vec<&DepartmentRound<'_>> = report.departments.iter().filter(|d| assessed(d)).collect();
    if !shown.is_empty() {
        set(flow, report, &shown, lang);
        flow.space(4.0);
        let key = tr!(lang, "assess-table-key", count = report.rubric.criteria.len());
        flow.paragraph(&key, styles.muted, 0.0, Role::Paragraph, 0.0);
    }
    let missing: Vec<&str> = report.departments.iter().filter(|d| !assessed(d)).map(|d| d.label).collect();
    if !missing.is_empty() {
        flow.space(4.0);
        let names = crate::i18n::list(lang, &missing);
        flow.paragraph(
            &tr!(lang, "assess-not-assessed", names = names),
            styles.muted,
            0.0,
            Role::Paragraph,
            0.0,
        );
    }
}

/// The text of every cell, header first.
fn cells(report: &RoundReport<'_>, shown: &[&DepartmentRound<'_>], lang: Language) -> Vec<Vec<String>> {
    let mut header = vec![lang.tr("briefing-department")];
    header.extend((1..=report.rubric.criteria.len()).map(|n| n.to_string()));
    header.push(lang.tr("assess-score"));
    header.push(lang.tr("assess-marked"));
    let mut rows = vec![header];
    for department in shown {
        let mut row = vec![department.label.to_owned()];
        row.extend(department.cells.iter().map(|cell| match (cell.applies, cell.mark) {
            (false, _) => String::new(),
            (true, None) => "–".to_owned(),
            (true, Some(Mark::NotApplicable)) => lang.tr("assess-na"),
            (true, mark) => words::mark_label(cell.criterion, mark, lang),
        }));
        row.push(department.score.value.map_or_else(|| "–".to_owned(), |v| lang.score(v)));
        row.push(words::marked_of(&department.score, lang));
        rows.push(row);
    }
    rows
}

/// Column widths at `size`: names, each criterion, score, marked.
fn widths(rows: &[Vec<String>], size: f32, frame_width: f32) -> Vec<f32> {
    let columns = rows.first().map_or(0, Vec::len);
    (0..columns)
        .map(|col| {
            let widest = rows
                .iter()
                .map(|row| row.get(col).map_or(0.0, |t| text::width(t, size, Weight::Semibold)))
                .fold(0.0f32, f32::max);
            if col == 0 { widest.min(frame_width * NAMES) } else { widest }
        })
        .collect()
}

fn set(flow: &mut Flow, report: &RoundReport<'_>, shown: &[&DepartmentRound<'_>], lang: Language) {
    let palette = Palette::of(Theme::Light);
    let rows = cells(report, shown, lang);
    let frame = flow.frame();
    let criteria = report.rubric.criteria.len();
    let total = |w: &[f32]| w.iter().sum::<f32>() + GUTTER * (w.len().saturating_sub(1)) as f32;
    let mut size = BODY;
    let mut w = widths(&rows, size, frame.width());
    while total(&w) > frame.width() && size > SMALLEST {
        size = (size - 0.5).max(SMALLEST);
        w = widths(&rows, size, frame.width());
    }
    // Still too wide at the smallest size: the criteria share what is left.
    if total(&w) > frame.width() && criteria > 0 {
        let fixed: f32 = w[0] + w[criteria + 1..].iter().sum::<f32>();
        let share =
            ((frame.width() - fixed - GUTTER * (w.len() - 1) as f32) / criteria as f32).max(size * 2.0);
        w[1..=criteria].iter_mut().for_each(|c| *c = c.min(share));
    }
    // The names take what the other columns leave.
    w[0] = (frame.width() - total(&w[1..]) - GUTTER).max(w[0]).min(frame.width() * 0.6);
    let mut starts = Vec::with_capacity(w.len());
    let mut x = frame.x0;
    for width in &w {
        starts.push(x);
        x += width + GUTTER;
    }
    let rtl = flow.rtl;
    let place = |col: usize| -> (f32, Anchor) {
        let (x, anchor) = match col {
            0 => (starts[0], Anchor::Start),
            c if c <= criteria => (starts[c] + w[c] * 0.5, Anchor::Middle),
            c => (starts[c] + w[c], Anchor::End),
        };
        match (rtl, anchor) {
            (false, _) | (true, Anchor::Middle) => (x, anchor),
            (true, Anchor::Start) => (frame.x0 + frame.x1 - x, Anchor::End),
            (true, Anchor::End) => (frame.x0 + frame.x1 - x, Anchor::Start),
        }
    };
    for (i, row) in rows.into_iter().enumerate() {
        let header = i == 0;
        let weight = if header { Weight::Semibold } else { Weight::Regular };
        let color = if header { palette.muted } else { palette.text };
        let set: Vec<(f32, String, Anchor)> = row
            .into_iter()
            .enumerate()
            .map(|(col, t)| {
                let (x, anchor) = place(col);
                let room = w.get(col).copied().unwrap_or(0.0) - if col == 0 { 4.0 } else { 0.0 };
                (x, fit(&t, size, weight, room.max(size)), anchor)
            })
            .collect();
        flow.row(set, Style { size, weight, color }, header);
        if header {
            flow.rule(palette.panel_stroke);
        }
    }
}
