//! A round of the assessment as the assessors and the outputs see it:
//! each department's marks, score, progress and reply status
//! ([`RoundReport`]); how far two assessors agree ([`agreement`]); and what
//! changed since the round before ([`changes`]).

mod agreement;
mod change;
mod round;

pub use agreement::{CriterionAgreement, agreement};
pub use change::{CriterionChange, DepartmentChange, changes};
pub use round::{Cell, DepartmentRound, Progress, ReplyStatus, RoundReport, stale};
