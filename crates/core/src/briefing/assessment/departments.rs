//! Department by department: the score and the criteria it rests on,
//! whether the department replied, then each criterion put to it with its
//! mark, what that level means, the evidence (title, page, quote, dates)
//! and the department's reply. Private notes are not printed.

use super::Styles;
use super::table::assessed;
use crate::analysis::assess::{RoundReport, words};
use crate::briefing::compose::{Flow, Role};
use crate::i18n::Language;
use crate::tr;

/// How far the lines under a mark are indented.
const UNDER: f32 = 14.0;

/// Every department assessed in the round, in the table's order.
pub fn marks(flow: &mut Flow, report: &RoundReport<'_>, lang: Language, styles: &Styles) {
    let shown: Vec<_> = report.departments.iter().filter(|d| assessed(d)).collect();
    if shown.is_empty() {
        return;
    }
    flow.space(14.0);
    flow.paragraph(
        &lang.tr("assess-evidence-heading"),
        styles.h2,
        0.0,
        Role::Heading(2),
        styles.keep() * 2.0,
    );
    for department in shown {
        flow.space(10.0);
        flow.paragraph(department.label, styles.h3, 0.0, Role::Heading(3), styles.keep() * 2.0);
        flow.paragraph(&words::score_line(&department.score, lang), styles.body, 0.0, Role::Paragraph, 0.0);
        flow.paragraph(&words::reply_status(department.reply, lang), styles.body, 0.0, Role::Paragraph, 0.0);
        for cell in department.cells.iter().filter(|c| c.applies) {
            flow.space(4.0);
            let mark = words::mark_label(cell.criterion, cell.mark, lang);
            let line = tr!(lang, "assess-mark", criterion = cell.criterion.title.trim(), level = mark);
            // A mark stays with the first line under it.
            flow.need(styles.strong.size * 2.0 * crate::briefing::compose::LEADING);
            flow.bullet("•", &line, styles.strong, 0.0);
            if let Some(description) = words::level_description(cell.criterion, cell.mark) {
                flow.paragraph(description, styles.muted, UNDER, Role::Paragraph, 0.0);
            }
            let Some(answer) = cell.answer else { continue };
            if answer.evidence.is_empty() && cell.mark.is_some() {
                flow.paragraph(&lang.tr("assess-no-evidence"), styles.muted, UNDER, Role::Paragraph, 0.0);
            }
            for evidence in &answer.evidence {
                flow.bullet("–", &words::evidence_line(evidence, lang), styles.body, UNDER);
            }
            if let Some(reply) = &answer.reply {
                for line in words::reply_lines(reply, lang) {
                    flow.paragraph(&line, styles.muted, UNDER, Role::Paragraph, 0.0);
                }
            }
        }
    }
}
