//! The note list behind the inspector's Asks section: a department's asks
//! as the section lists them, and the full list of notes after one change,
//! stored as one [`sectormap_core::edit::Edit::SetAsks`] (so undo restores
//! exactly the notes before).

use sectormap_core::analysis::{Ask, asks_for};
use sectormap_core::editor::Revision;
use sectormap_core::i18n::Language;
use sectormap_core::model::{AskNote, Document, Urgency};

/// One change to a department's asks, by its place in the listed order.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum AskChange {
    /// The ask's urgency.
    Urgency(usize, Urgency),
    /// The ask's wording.
    Text(usize, String),
    /// Swap it with the one listed before it.
    Up(usize),
    /// Swap it with the one listed after it.
    Down(usize),
    /// Leave it out of the brief (`true`) or put it back (`false`).
    Drop(usize, bool),
    /// An ask of people's own, in these words.
    Add(String),
}

/// The asks last listed, worked out again only when the map, the
/// department or the language changes (a large map takes milliseconds).
#[derive(Clone, Debug, Default)]
pub(super) struct Listed {
    key: Option<(Revision, String, Language)>,
    asks: Vec<Ask>,
}

impl Listed {
    /// Department `id`'s asks in `doc` at `revision` (`None`: not known,
    /// worked out again), as [`listed`] gives them.
    pub(super) fn of(
        &mut self,
        doc: &Document,
        revision: Option<Revision>,
        id: &str,
        lang: Language,
    ) -> Vec<Ask> {
        let Some(revision) = revision else { return listed(doc, id, lang) };
        let key = Some((revision, id.to_owned(), lang));
        if self.key != key {
            self.asks = listed(doc, id, lang);
            self.key = key;
        }
        self.asks.clone()
    }
}

/// Department `id`'s asks as the section lists them: most urgent first,
/// people's order kept within each urgency (as the brief lists them), the
/// dropped ones where they were.
pub(super) fn listed(doc: &Document, id: &str, lang: Language) -> Vec<Ask> {
    let mut asks = asks_for(doc, id, lang, None);
    asks.sort_by_key(|a| a.urgency);
    asks
}

/// Whether the ask at `at` can move up: the one before it is as urgent.
pub(super) fn can_move_up(asks: &[Ask], at: usize) -> bool {
    at > 0 && asks.get(at - 1).zip(asks.get(at)).is_some_and(|(a, b)| a.urgency == b.urgency)
}

/// The notes of department `id` after `change` to `asks` (as [`listed`]
/// gives them): a note for every ask, in the listed order, keeping what
/// people changed before; `None` when nothing changes.
pub(super) fn changed(doc: &Document, id: &str, asks: &[Ask], change: AskChange) -> Option<Vec<AskNote>> {
    let old: &[AskNote] = doc.asks.get(id).map_or(&[], Vec::as_slice);
    let mut notes: Vec<AskNote> = asks
        .iter()
        .map(|ask| {
            old.iter()
                .find(|n| n.key == ask.key)
                .cloned()
                .unwrap_or_else(|| AskNote { key: ask.key.clone(), ..AskNote::default() })
        })
        .collect();
    match change {
        AskChange::Urgency(at, urgency) => notes.get_mut(at)?.urgency = Some(urgency),
        AskChange::Text(at, text) => notes.get_mut(at)?.text = Some(text),
        AskChange::Up(at) if can_move_up(asks, at) => notes.swap(at - 1, at),
        AskChange::Down(at) if can_move_up(asks, at + 1) => notes.swap(at, at + 1),
        AskChange::Up(_) | AskChange::Down(_) => return None,
        AskChange::Drop(at, dropped) => notes.get_mut(at)?.dropped = dropped,
        AskChange::Add(text) => {
            let key = format!("own:{}", next_own(old));
            notes.push(AskNote { key, text: Some(text), ..AskNote::default() });
        }
    }
    (notes != old).then_some(notes)
}

/// The number of the next ask of people's own: one more than any so far.
fn next_own(notes: &[AskNote]) -> u64 {
    let used = notes.iter().filter_map(|n| n.key.strip_prefix("own:")?.parse::<u64>().ok());
    used.max().map_or(1, |n| n + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ask(key: &str, urgency: Urgency) -> Ask {
        Ask {
            key: key.into(),
            urgency,
            text: key.into(),
            evidence: Vec::new(),
            own: false,
            edited: false,
            dropped: false,
        }
    }

    #[test]
    fn an_ask_moves_only_among_asks_as_urgent() {
        let asks = [ask("a", Urgency::Urgent), ask("b", Urgency::Important), ask("c", Urgency::Important)];
        assert!(!can_move_up(&asks, 0));
        assert!(!can_move_up(&asks, 1));
        assert!(can_move_up(&asks, 2));
        assert!(!can_move_up(&asks, 3));
    }

    #[test]
    fn own_asks_are_numbered_after_the_highest() {
        let note = |key: &str| AskNote { key: key.into(), ..AskNote::default() };
        assert_eq!(next_own(&[]), 1);
        assert_eq!(next_own(&[note("own:3"), note("link:x"), note("own:1")]), 4);
    }
}
