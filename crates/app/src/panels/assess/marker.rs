//! The one writer of answers and rounds: every change of an answer is one
//! undoable `Edit::SetAnswer` with a line in the answer's log saying who
//! made it, when (UTC, to the minute) and what it was.

use std::collections::BTreeMap;

use sectormap_core::edit::Edit;
use sectormap_core::editor::Command;
use sectormap_core::i18n::Language;
use sectormap_core::model::Document;
use sectormap_core::model::assess::{Answer, AnswerKey, Change, Rubric, utc_minute};
use sectormap_core::tr;

use super::words::{criterion_title, department_name};

/// Writes answers for one frame. Answers changed earlier in the frame are
/// read back as changed, so two changes of one answer in a frame (a field
/// left by clicking a level) both count.
pub struct Marker<'a> {
    doc: &'a Document,
    who: String,
    now: i64,
    lang: Language,
    pending: BTreeMap<AnswerKey, Answer>,
    out: &'a mut Vec<Command>,
}

impl<'a> Marker<'a> {
    /// A writer for `who`, at `now` (Unix seconds), naming undo steps in
    /// `lang`, pushing its edits to `out`.
    pub fn new(doc: &'a Document, who: String, now: i64, lang: Language, out: &'a mut Vec<Command>) -> Self {
        Self { doc, who, now, lang, pending: BTreeMap::new(), out }
    }

    /// The map.
    pub fn doc(&self) -> &'a Document {
        self.doc
    }

    /// This year (UTC), for a new round.
    pub fn year_now(&self) -> i32 {
        utc_minute(self.now).get(..4).and_then(|y| y.parse().ok()).unwrap_or(2000)
    }

    /// Today (UTC, `YYYY-MM-DD`), the date evidence is read.
    pub fn today(&self) -> String {
        utc_minute(self.now).chars().take(10).collect()
    }

    /// The name changes are recorded under.
    pub fn who(&self) -> &str {
        &self.who
    }

    /// The answer under `key` as it stands (empty when there is none).
    pub fn answer(&self, key: &AnswerKey) -> Answer {
        self.pending.get(key).or_else(|| self.doc.assessment.answers.get(key)).cloned().unwrap_or_default()
    }

    /// Stores `answer` under `key` as one undo step, `what` recorded in its
    /// log; nothing when it is the answer already there.
    pub fn store(&mut self, key: &AnswerKey, mut answer: Answer, what: String) {
        if answer == self.answer(key) {
            return;
        }
        answer.log.push(Change::at(&self.who, self.now, what));
        self.pending.insert(key.clone(), answer.clone());
        let criterion = self.doc.assessment.rounds.get(&key.year).and_then(|r| r.criterion(&key.criterion));
        let step = tr!(
            self.lang,
            "step-marking-answer",
            department = department_name(self.doc, &key.department),
            criterion = criterion.map_or(key.criterion.as_str(), criterion_title)
        );
        self.out.push(Command::edit(Edit::SetAnswer { key: key.clone(), answer: Some(answer) }, step));
    }

    /// Makes a new round `year` asking `rubric`, as one undo step.
    pub fn new_round(&mut self, year: i32, rubric: Rubric) {
        let step = tr!(self.lang, "step-marking-round", year = year.to_string());
        self.out.push(Command::edit(Edit::SetRound { year, rubric: Some(rubric) }, step));
    }

    /// Gives a command to the app.
    pub fn push(&mut self, command: Command) {
        self.out.push(command);
    }
}
