//! Keys that merge a run of typing into one undo step: typing in the same
//! field of the same thing, with no other step between, is one step.

/// Which field a run of typing is in.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MergeKey {
    /// A field of a node (`"label"`, `"description"`, `"sector"`...).
    Node(String, &'static str),
    /// A field of a link (`"label"`, `"strength"`...).
    Link(String, &'static str),
    /// The note saying where one year's score of a department comes from.
    ScoreNote(String, i32),
    /// A field of the map's title block (`"title"`, `"subtitle"`, `"source"`).
    Meta(&'static str),
    /// A field of a saved view (by index: `"name"`, `"caption"`).
    View(usize, &'static str),
}
