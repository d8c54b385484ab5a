//! Department scores: the range, how they are written, and how typed text
//! becomes a score or a year. One place, used by every editor of scores.

use super::number::{NumberError, parse_in, parse_whole};

/// Lowest and highest score a department can get.
pub const SCORE_RANGE: std::ops::RangeInclusive<f64> = 0.0..=10.0;

/// Years a score may be given for; anything else is most likely a typo.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1900..=2200;

/// One year's score for a department, out of 10.
#[derive(Clone, Debug, PartialEq)]
pub struct Score {
    /// The score, 0 to 10; fractions are allowed.
    pub value: f64,
    /// Where the score comes from (report, page, address).
    pub note: String,
}

/// `7`, `7.5`, `7.25`: a score (or a mean or change) to two decimals at
/// most, without needless zeros.
pub fn format_score(value: f64) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" { "0".to_owned() } else { text.to_owned() }
}

/// Parses a typed score: a number from 0 to 10 (a decimal comma is taken
/// as a point).
pub fn parse_score(text: &str) -> Result<f64, NumberError> {
    parse_in(text, &SCORE_RANGE)
}

/// Parses a typed year within [`YEAR_RANGE`].
pub fn parse_year(text: &str) -> Result<i32, NumberError> {
    parse_whole(text, &YEAR_RANGE)
}
