//! Undo undoes only your own changes: the fields others' changes touched,
//! and when, so that undoing (or redoing) a step of yours puts back only
//! what you changed, never a field someone else changed since.
//!
//! Time here is a counter moved on by every step of yours (done, undone or
//! redone) and every arrival of others' changes; each step remembers the
//! time it was last done or undone, by the history state it leads to.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::Document;
use crate::share::ShareError;
use crate::share::fields::{Fields, unflatten};

/// The fields others changed, and when; when each of your steps was last
/// done or undone.
#[derive(Clone, Debug, Default)]
pub(crate) struct Guard {
    /// Now.
    tick: u64,
    /// Each arrival of others' changes: when, and the fields it changed.
    others: Vec<(u64, BTreeSet<String>)>,
    /// When the step leading to each history state was last done or undone.
    steps: BTreeMap<u64, u64>,
}

impl Guard {
    /// Others changed `keys`, now.
    pub fn others_changed(&mut self, keys: BTreeSet<String>) {
        if !keys.is_empty() {
            self.tick += 1;
            self.others.push((self.tick, keys));
        }
    }

    /// The step leading to history state `state` was done, undone or redone now.
    pub fn stepped(&mut self, state: u64) {
        self.tick += 1;
        self.steps.insert(state, self.tick);
    }

    /// The fields others changed since the step leading to `state` was
    /// last done or undone (all they ever changed, for a step not seen).
    pub fn since(&self, state: u64) -> BTreeSet<String> {
        let from = self.steps.get(&state).copied().unwrap_or(0);
        self.others.iter().filter(|(at, _)| *at > from).flat_map(|(_, keys)| keys.iter().cloned()).collect()
    }
}

/// The fields whose value differs between `a` and `b` (set in one only included).
pub(crate) fn differing(a: &Fields, b: &Fields) -> BTreeSet<String> {
    a.keys().chain(b.keys()).filter(|key| a.get(*key) != b.get(*key)).cloned().collect()
}

/// `after` (the map once a step is undone or redone) with each field of
/// `keys` as `before` had it. `Ok(None)`: nothing to put back; an error:
/// the two do not fit together (the step cannot be undone without taking
/// back someone else's change).
pub(crate) fn keep_theirs(
    before: &Document,
    after: &Document,
    keys: &BTreeSet<String>,
) -> Result<Option<Document>, ShareError> {
    let (was, now) = (super::fields_of(before)?, super::fields_of(after)?);
    let mut fixed = now.clone();
    for key in keys {
        match was.get(key) {
            Some(value) => fixed.insert(key.clone(), value.clone()),
            None => fixed.remove(key),
        };
    }
    if fixed == now {
        return Ok(None);
    }
    crate::io::load_str(&unflatten(&fixed).to_string(), "the map with others' changes kept")
        .map(Some)
        .map_err(|err| ShareError::Invalid(err.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_protects_only_what_others_changed_after_it() {
        let mut guard = Guard::default();
        guard.others_changed(BTreeSet::from(["early".to_owned()]));
        guard.stepped(1);
        guard.others_changed(BTreeSet::from(["late".to_owned()]));
        assert_eq!(guard.since(1), BTreeSet::from(["late".to_owned()]));
        assert_eq!(guard.since(7).len(), 2, "a step not seen protects everything");
        guard.stepped(1);
        assert!(guard.since(1).is_empty(), "undone after the change: nothing newer");
    }
}
