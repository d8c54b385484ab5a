//! A round of the assessment as the assessors and the outputs see it:
//! each department's marks, score, progress and reply status
//! ([`RoundReport`]), also as JSON ([`round_json`]); how far two assessors
//! agree ([`agreement`]); and what changed since the round before
//! ([`changes`]).

mod agreement;
mod change;
mod json;
mod round;
pub mod words;

pub use agreement::{CriterionAgreement, agreement};
pub use change::{CriterionChange, DepartmentChange, changes};
pub use json::round_json;
pub use round::{Cell, DepartmentRound, Progress, ReplyStatus, RoundReport, stale};

use crate::i18n::Language;

/// The published formula ([`crate::model::assess::FORMULA`]) in `lang`.
pub fn formula(lang: Language) -> String {
    lang.tr("assess-formula")
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_english_formula_is_the_published_one() {
        assert_eq!(super::formula(crate::i18n::Language::En), crate::model::assess::FORMULA);
    }
}
