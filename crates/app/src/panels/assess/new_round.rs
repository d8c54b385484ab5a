//! Making a new round: its year, and its questions from the starter rubric
//! or copied from the round before (each criterion following last
//! round's), as one undo step.

use egui::{Id, Key, Ui};

use super::Marker;
use crate::app::status;
use crate::lang::Speak;
use crate::widgets::{draft_field, go_or_cancel};
use sectormap_core::i18n::Language;
use sectormap_core::model::assess::{Rubric, starter};
use sectormap_core::model::{Document, NodeKind};
use sectormap_core::tr;

/// A new round being made.
#[derive(Debug)]
pub struct NewRound {
    /// The year typed.
    year: String,
    /// Copy the round before's questions (else the starter rubric's).
    copy: bool,
}

impl NewRound {
    /// The form for a map whose rounds are `doc`'s, in `this_year`: the
    /// year after the latest round (else this year), copying it if any.
    pub fn new(doc: &Document, this_year: i32) -> Self {
        let latest = doc.assessment.latest();
        Self { year: latest.map_or(this_year, |y| y + 1).to_string(), copy: latest.is_some() }
    }

    /// The year typed, or why it cannot be a new round.
    fn year(&self, lang: Language, doc: &Document) -> Result<i32, String> {
        year_of(lang, doc, &self.year)
    }

    /// Shows the form. `Some(Some(year))` once the round is made,
    /// `Some(None)` when cancelled, `None` while open.
    pub fn show(&mut self, ui: &mut Ui, marker: &mut Marker<'_>) -> Option<Option<i32>> {
        let lang = ui.lang();
        let doc = marker.doc();
        let mut answer = None;
        ui.group(|ui| {
            ui.horizontal_wrapped(|ui| {
                ui.strong(lang.tr("marking-new-round-title"));
                let name = lang.tr("marking-new-round-year");
                let id = Id::unique("sectormap-new-round-year");
                let field = draft_field(ui, (id, &name), &mut self.year, (60.0, "2009"), |text| {
                    year_of(lang, doc, text).err()
                });
                let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                let before = self.year(lang, doc).ok().and_then(|y| doc.assessment.previous(y));
                ui.radio_value(&mut self.copy, false, lang.tr("marking-from-starter"));
                let copy = before.map_or_else(
                    || lang.tr("marking-copy-none"),
                    |y| tr!(lang, "marking-copy-round", year = y.to_string()),
                );
                ui.add_enabled_ui(before.is_some(), |ui| ui.radio_value(&mut self.copy, true, copy));
                let ok = self.year(lang, doc).is_ok();
                let go = go_or_cancel(ui, &lang.tr("marking-create-round"), ok);
                answer = match (go, enter && ok) {
                    (Some(true), _) | (_, true) => Some(self.make(ui, marker, before)),
                    (Some(false), _) => Some(None),
                    (None, false) => None,
                };
            });
        });
        answer
    }

    /// Makes the round; `None` (with the reason in the status line) when
    /// the starter rubric cannot be read.
    fn make(&self, ui: &Ui, marker: &mut Marker<'_>, before: Option<i32>) -> Option<i32> {
        let lang = ui.lang();
        let doc = marker.doc();
        let year = self.year(lang, doc).ok()?;
        let copied =
            before.filter(|_| self.copy).and_then(|y| doc.assessment.rounds.get(&y)).map(Rubric::follow_on);
        let rubric = match copied {
            Some(rubric) => rubric,
            None => match starter() {
                Ok(rubric) => {
                    rubric.cites_only(|id| doc.node(id).is_some_and(|n| n.kind == NodeKind::Commitment))
                }
                Err(err) => {
                    status::report(ui.ctx(), tr!(lang, "marking-starter-error", why = err.to_string()));
                    return None;
                }
            },
        };
        marker.new_round(year, rubric);
        Some(year)
    }
}

/// `text` as the year of a new round of `doc`, or why it cannot be one.
fn year_of(lang: Language, doc: &Document, text: &str) -> Result<i32, String> {
    let year = lang.parse_year(text)?;
    if doc.assessment.rounds.contains_key(&year) {
        return Err(tr!(lang, "marking-round-exists", year = year.to_string()));
    }
    Ok(year)
}
