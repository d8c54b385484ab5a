//! Undo and redo: a stack of inverse edits, with typing in one field merged
//! into one step. Each step also keeps a context from before and after it
//! (the editor keeps the selection there), so undo and redo put back what
//! went with the edit.

use super::command::Edit;
use super::merge::MergeKey;
use crate::model::{Document, ModelError};

/// Most steps kept; older ones are forgotten.
const MAX_STEPS: usize = 1000;

#[derive(Clone, Debug)]
struct Entry<C> {
    /// What the step did, for "Undo <label>".
    label: String,
    /// The edit that takes the document back to before the step (on the
    /// undo stack), or forward again (on the redo stack).
    inverse: Edit,
    /// Id of the document state this step leads to.
    state: u64,
    /// Steps with the same open key are merged (typing in one field).
    merge: Option<MergeKey>,
    /// The context before the step.
    before: C,
    /// The context after the step.
    after: C,
}

/// An undone or redone step: its label and the context to restore.
#[derive(Clone, Debug, PartialEq)]
pub struct Step<C> {
    /// What the step is called.
    pub label: String,
    /// The context that goes with the document as it is now.
    pub context: C,
}

/// The undo and redo stacks of one document; `C` is the context kept with
/// each step (the selection, in the editor).
#[derive(Clone, Debug)]
pub struct History<C = ()> {
    undo: Vec<Entry<C>>,
    redo: Vec<Entry<C>>,
    next_state: u64,
    /// Id of the state with every kept step undone: 0 (the document as it
    /// came) until the oldest step is forgotten, then the state that step
    /// led to, which undo can no longer leave.
    oldest_state: u64,
    open_merge: Option<MergeKey>,
}

impl<C> Default for History<C> {
    fn default() -> Self {
        Self { undo: Vec::new(), redo: Vec::new(), next_state: 0, oldest_state: 0, open_merge: None }
    }
}

impl<C: Clone> History<C> {
    /// An empty history.
    pub fn new() -> Self {
        Self::default()
    }

    /// Applies `edit` as a step called `label`, with the context `before`
    /// and `after` it. A step whose `merge` key equals the previous step's,
    /// with no [`History::seal`] in between, joins that step, so one undo
    /// takes back the whole run of typing.
    pub fn apply(
        &mut self,
        doc: &mut Document,
        edit: Edit,
        label: &str,
        merge: Option<MergeKey>,
        (before, after): (C, C),
    ) -> Result<(), ModelError> {
        let inverse = edit.apply(doc)?;
        self.redo.clear();
        self.next_state += 1;
        let state = self.next_state;
        let joins = merge.is_some() && merge == self.open_merge;
        match self.undo.last_mut() {
            Some(top) if joins && top.merge == merge => {
                // Keep the oldest inverse: it undoes the whole run.
                top.state = state;
                top.after = after;
            }
            _ => {
                self.undo.push(Entry {
                    label: label.to_owned(),
                    inverse,
                    state,
                    merge: merge.clone(),
                    before,
                    after,
                });
                if self.undo.len() > MAX_STEPS {
                    // The forgotten step stays applied: the state it led
                    // to is where undoing everything now ends.
                    let forgotten = self.undo.remove(0);
                    self.oldest_state = forgotten.state;
                }
            }
        }
        self.open_merge = merge;
        Ok(())
    }

    /// Applies `edit` as part of the last step (what the editor does as a
    /// consequence of it, such as moving nodes out of a grown box's way),
    /// so that one undo takes back both. With no step to join, the edit is
    /// applied and becomes a step of its own called `label`.
    pub fn amend(
        &mut self,
        doc: &mut Document,
        edit: Edit,
        label: &str,
        context: C,
    ) -> Result<(), ModelError> {
        let inverse = edit.apply(doc)?;
        self.next_state += 1;
        let state = self.next_state;
        match self.undo.last_mut() {
            Some(top) => {
                let earlier = std::mem::replace(&mut top.inverse, Edit::Batch(Vec::new()));
                top.inverse = Edit::Batch(vec![inverse, earlier]);
                top.state = state;
            }
            None => self.undo.push(Entry {
                label: label.to_owned(),
                inverse,
                state,
                merge: None,
                before: context.clone(),
                after: context,
            }),
        }
        Ok(())
    }

    /// Ends the current run of merged steps (a text field lost focus).
    pub fn seal(&mut self) {
        self.open_merge = None;
    }

    /// Undoes the last step; returns it with the context from before it,
    /// or `None` when there is nothing to undo.
    pub fn undo(&mut self, doc: &mut Document) -> Result<Option<Step<C>>, ModelError> {
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
        let step = Step { label: entry.label.clone(), context: entry.before.clone() };
        self.redo.push(Entry { inverse: redo, ..entry });
        Ok(Some(step))
    }

    /// Redoes the last undone step; returns it with the context from after
    /// it, or `None`.
    pub fn redo(&mut self, doc: &mut Document) -> Result<Option<Step<C>>, ModelError> {
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
        let step = Step { label: entry.label.clone(), context: entry.after.clone() };
        self.undo.push(Entry { inverse: undo, ..entry });
        Ok(Some(step))
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
    /// tells whether there are unsaved changes. Ids are never reused, and
    /// they stay right when the oldest steps are forgotten: with every kept
    /// step undone, the state is the one the forgotten steps led to, not
    /// the document as it came (0).
    pub fn state(&self) -> u64 {
        self.undo.last().map_or(self.oldest_state, |entry| entry.state)
    }
}
