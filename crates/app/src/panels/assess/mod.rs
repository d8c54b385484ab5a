//! The Assessment panel: one round of marking, departments (rows) by
//! criteria (columns), each cell a mark with its flags, each department's
//! score by the published formula and whether it has replied; the
//! disagreements of two assessors and how far they agree; and the answer
//! open beside it (`answer.rs`), where a cell is marked.
//!
//! - `grid.rs`: the marks page; `agreement.rs`: the disagreements and
//!   agreement pages; `new_round.rs`: making a round;
//! - `answer.rs`, `evidence.rs`, `reply.rs`: the answer open beside it;
//! - `marker.rs`: the one writer of answers (one undo step and one log
//!   line per change); `words.rs`: marks, flags and scores in words.
//!
//! In second marking the first mark is never shown: not in the grid, the
//! answer, the scores, the disagreements or the inspector, and the map
//! stops colouring by a criterion.

mod agreement;
mod answer;
mod evidence;
mod grid;
mod header;
mod marker;
mod new_round;
mod reply;
mod words;

use egui::{Panel, Ui};

use crate::app::SectormapApp;
use crate::app::settings::Settings;
use crate::lang::Speak;
use sectormap_core::analysis::assess::RoundReport;
use sectormap_core::editor::{Selection, ViewOptions};
use sectormap_core::model::assess::AnswerKey;
use sectormap_core::model::{ColorBy, Document};

pub use marker::Marker;
pub use words::{WARN, criterion_title, department_name, mark_text, score_text, score_tip};

/// The pages of the panel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AssessTab {
    /// Departments by criteria.
    #[default]
    Marks,
    /// Where the two assessors differ, to settle.
    Disagreements,
    /// How far the two assessors agree, criterion by criterion.
    Agreement,
}

/// What the panel remembers between frames (it goes with the map).
#[derive(Debug, Default)]
pub struct AssessPanel {
    /// The round chosen; `None` (or a round no longer there) shows the latest.
    pub year: Option<i32>,
    /// Second marking: marks go to the second mark, the first is hidden.
    pub second: bool,
    /// The answer open beside the panel.
    pub open: Option<AnswerKey>,
    /// The page shown.
    pub tab: AssessTab,
    /// A new round being made.
    new_round: Option<new_round::NewRound>,
}

/// What the panel reads and changes in one frame.
pub struct Frame<'a> {
    /// The writer of answers (and the map).
    pub marker: Marker<'a>,
    /// How the map is coloured (by a criterion, from here).
    pub view: &'a mut ViewOptions,
    /// The settings (the assessor's name).
    pub settings: &'a mut Settings,
}

impl AssessPanel {
    /// The round shown: the one chosen, else the latest.
    pub fn round(&self, doc: &Document) -> Option<i32> {
        self.year.filter(|y| doc.assessment.rounds.contains_key(y)).or_else(|| doc.assessment.latest())
    }

    /// Turns second marking on or off. On, the map stops colouring by a
    /// criterion, which would show first marks.
    pub fn set_second(&mut self, on: bool, view: &mut ViewOptions) {
        self.second = on;
        if on && view.color_by == ColorBy::Criterion {
            (view.color_by, view.criterion) = (ColorBy::Kind, None);
        }
    }

    /// Shows the panel's contents.
    pub fn show(&mut self, ui: &mut Ui, frame: &mut Frame<'_>) {
        let lang = ui.lang();
        self.header(ui, frame);
        let doc = frame.marker.doc();
        if let Some(form) = &mut self.new_round
            && let Some(made) = form.show(ui, &mut frame.marker)
        {
            self.new_round = None;
            if let Some(year) = made {
                (self.year, self.open) = (Some(year), None);
            }
        }
        let Some(report) = self.round(doc).and_then(|year| RoundReport::of(doc, year)) else {
            ui.weak(lang.tr("marking-no-rounds"));
            return;
        };
        self.round_lines(ui, &report);
        ui.separator();
        match self.tab {
            AssessTab::Marks => self.grid(ui, &report, frame),
            AssessTab::Disagreements => self.disagreements(ui, &report, frame),
            AssessTab::Agreement => agreement::table(ui, &report, frame.marker.doc(), self.second),
        }
    }
}

/// Now, in seconds since 1970 (the time stamp of a change).
pub(crate) fn unix_now() -> i64 {
    let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    since.map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

impl SectormapApp {
    /// The Assessment panel under the canvas and the answer open beside
    /// it, if the panel is open. Opening another department's answer
    /// selects that department, so the inspector shows it too.
    pub(crate) fn assess_panels(&mut self, ui: &mut Ui) {
        if !self.settings.show_assess {
            return;
        }
        let lang = self.language();
        let named = self.settings.assessor.clone().filter(|n| !n.trim().is_empty());
        let who = named.unwrap_or_else(|| lang.tr("marking-default-name"));
        let work = &mut self.work;
        let marker = Marker::new(work.session.doc(), who, unix_now(), lang, &mut self.commands);
        let mut frame = Frame { marker, view: &mut work.view, settings: &mut self.settings };
        let panel = &mut self.panes.assess;
        let was_open = panel.open.clone();
        let mut used = false;
        if panel.open.is_some() {
            let answer = Panel::right("answer")
                .resizable(true)
                .default_size(380.0)
                .show(ui, |ui| panel.answer(ui, &mut frame));
            used |= answer.response.contains_pointer();
        }
        let grid = Panel::bottom("assess")
            .resizable(true)
            .default_size(320.0)
            .show(ui, |ui| panel.show(ui, &mut frame));
        used |= grid.response.contains_pointer();
        if let Some(key) = panel.open.clone().filter(|key| was_open.as_ref() != Some(key)) {
            self.select_from_panel(Selection::node(&key.department));
        }
        if used && ui.input(|i| i.pointer.any_pressed()) {
            // A click here (a cell, a level) leaves Delete and Backspace
            // away from the map until the map is used again.
            self.keys_to_panel();
        }
    }
}
