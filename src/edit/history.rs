//! Undo and redo: a stack of inverse edits, with typing in one field merged
//! into one step.

use super::command::Edit;
use crate::model::{Document, ModelError};

/// Most steps kept; older ones are forgotten.
const MAX_STEPS: usize = 1000;

#[derive(Clone, Debug)]
struct Entry {
    /// What the step did, for "Undo <label>".
    label: String,
    /// The edit that takes the document back to before the step.
    inverse: Edit,
    /// Id of the document state this step leads to.
    state: u64,
    /// Steps with the same open key are merged (typing in one field).
    merge: Option<String>,
}

/// The undo and redo stacks of one document.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
    next_state: u64,
    open_merge: Option<String>,
}

impl History {
    /// An empty history.
    pub fn new() -> Self {
        Self::default()
    }

    /// Applies `edit` as a step called `label`. A step whose `merge` key
    /// equals the previous step's, with no [`History::seal`] in between,
    /// joins that step, so one undo takes back the whole run of typing.
    pub fn apply(
        &mut self,
        doc: &mut Document,
        edit: Edit,
        label: &str,
        merge: Option<&str>,
    ) -> Result<(), ModelError> {
        let inverse = edit.apply(doc)?;
        self.redo.clear();
        self.next_state += 1;
        let state = self.next_state;
        let joins = merge.is_some() && merge == self.open_merge.as_deref();
        match self.undo.last_mut() {
            Some(top) if joins && top.merge.as_deref() == merge => {
                // Keep the oldest inverse: it undoes the whole run.
                top.state = state;
            }
            _ => {
                self.undo.push(Entry {
                    label: label.to_owned(),
                    inverse,
                    state,
                    merge: merge.map(str::to_owned),
                });
                if self.undo.len() > MAX_STEPS {
                    self.undo.remove(0);
                }
            }
        }
        self.open_merge = merge.map(str::to_owned);
        Ok(())
    }

    /// Ends the current run of merged steps (a text field lost focus).
    pub fn seal(&mut self) {
        self.open_merge = None;
    }

    /// Undoes the last step; returns its label, or `None` when there is none.
    pub fn undo(&mut self, doc: &mut Document) -> Result<Option<String>, ModelError> {
        self.seal();
        let Some(entry) = self.undo.pop() else {
            return Ok(None);
        };
        let redo = match entry.inverse.clone().apply(doc) {
            Ok(redo) => redo,
            Err(err) => {
                self.undo.push(entry);
                return Err(err);
            }
        };
        let label = entry.label.clone();
        self.redo.push(Entry { inverse: redo, ..entry });
        Ok(Some(label))
    }

    /// Redoes the last undone step; returns its label, or `None`.
    pub fn redo(&mut self, doc: &mut Document) -> Result<Option<String>, ModelError> {
        self.seal();
        let Some(entry) = self.redo.pop() else {
            return Ok(None);
        };
        let undo = match entry.inverse.clone().apply(doc) {
            Ok(undo) => undo,
            Err(err) => {
                self.redo.push(entry);
                return Err(err);
            }
        };
        let label = entry.label.clone();
        self.undo.push(Entry { inverse: undo, ..entry });
        Ok(Some(label))
    }

    /// Label of the step [`History::undo`] would take back.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|entry| entry.label.as_str())
    }

    /// Label of the step [`History::redo`] would do again.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|entry| entry.label.as_str())
    }

    /// An id of the document's current state: equal ids mean equal documents
    /// (as far as edits go), so comparing it with the id at the last save
    /// tells whether there are unsaved changes.
    pub fn state(&self) -> u64 {
        self.undo.last().map_or(0, |entry| entry.state)
    }
}
