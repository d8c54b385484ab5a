//! The department's reply beside the coalition's mark: whether it agrees,
//! its reason and evidence. A reply never changes the mark; a disagreement
//! is accepted or rejected (the verdict), and after accepting, the
//! assessor changes the mark as a step of its own.

use egui::{Color32, RichText, Ui};

use super::Frame;
use super::words::{WARN, mark_text};
use crate::lang::Speak;
use crate::widgets::heading;
use sectormap_core::model::assess::{Answer, AnswerKey, Criterion, Verdict};
use sectormap_core::tr;

/// Green of an agreeing reply.
const AGREE: Color32 = Color32::from_rgb(0x1A, 0x7F, 0x37);

/// Shows the coalition's mark and the department's reply side by side.
pub(super) fn show(
    ui: &mut Ui,
    key: &AnswerKey,
    criterion: &Criterion,
    answer: &Answer,
    frame: &mut Frame<'_>,
) {
    let lang = ui.lang();
    heading(ui, &lang.tr("marking-reply"));
    let Some(reply) = &answer.reply else {
        ui.weak(lang.tr("marking-no-reply"));
        return;
    };
    ui.columns(2, |cols| {
        cols[0].weak(lang.tr("marking-coalition-mark"));
        cols[0].strong(mark_text(lang, criterion, answer.final_mark()));
        cols[1].weak(lang.tr("marking-department-says"));
        let (text, color) = if reply.agree {
            (lang.tr("marking-reply-agrees"), AGREE)
        } else {
            (lang.tr("marking-reply-disagrees"), WARN)
        };
        cols[1].label(RichText::new(text).color(color).strong());
    });
    if !reply.reason.trim().is_empty() {
        ui.add(egui::Label::new(tr!(lang, "marking-reply-reason", reason = reply.reason.as_str())).wrap());
    }
    if !reply.evidence.trim().is_empty() {
        ui.add(
            egui::Label::new(tr!(lang, "marking-reply-evidence", evidence = reply.evidence.as_str())).wrap(),
        );
    }
    if reply.agree {
        return;
    }
    let mut verdict = reply.verdict;
    match reply.verdict {
        None => {
            ui.horizontal(|ui| {
                if ui
                    .button(lang.tr("marking-accept"))
                    .on_hover_text(lang.tr("marking-accept-hint"))
                    .clicked()
                {
                    verdict = Some(Verdict::Accepted);
                }
                if ui
                    .button(lang.tr("marking-reject"))
                    .on_hover_text(lang.tr("marking-reject-hint"))
                    .clicked()
                {
                    verdict = Some(Verdict::Rejected);
                }
            });
        }
        Some(decided) => {
            let text = match decided {
                Verdict::Accepted => lang.tr("marking-accepted"),
                Verdict::Rejected => lang.tr("marking-rejected"),
            };
            ui.add(egui::Label::new(RichText::new(text).strong()).wrap());
            if ui.small_button(lang.tr("marking-undecide")).clicked() {
                verdict = None;
            }
        }
    }
    if verdict != reply.verdict {
        let mut changed = frame.marker.answer(key);
        if let Some(r) = &mut changed.reply {
            r.verdict = verdict;
        }
        let what = match verdict {
            Some(Verdict::Accepted) => lang.tr("log-reply-accepted"),
            Some(Verdict::Rejected) => lang.tr("log-reply-rejected"),
            None => lang.tr("log-reply-reopened"),
        };
        frame.marker.store(key, changed, what);
    }
}
