//! Advocacy analysis of a map: the report card of scores and the gaps in
//! how government links its work to violence against women.
//!
//! Pure functions of a [`crate::model::Document`]; the editor, the command
//! line and the report chart all use them.

mod asks;
pub mod assess;
mod gaps;
mod reach;
mod report;
mod rules;

pub use asks::{Ask, ask_counts, asks_for, for_brief};
pub use gaps::{Gap, GapKind, count_by_kind, find_gaps, no_gaps};
pub use reach::Reach;
pub use report::{ReportCard, ReportRow, SortBy, signed_change};
