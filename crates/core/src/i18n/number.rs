//! Numbers as each language writes them: `7.5` in English, `7,5` in
//! Spanish and French. Files and SVG data keep the point
//! ([`crate::model::format_score`]).

use super::Language;
use crate::model::{NumberError, YEAR_RANGE, format_score, parse_score, parse_year};
use crate::tr;

impl Language {
    /// The decimal mark: `.` or `,`.
    pub fn decimal_mark(self) -> char {
        match self {
            Language::En => '.',
            Language::Es | Language::Fr => ',',
        }
    }

    /// A score (or a mean or change) to two decimals at most, for people:
    /// `7.5` or `7,5`.
    pub fn score(self, value: f64) -> String {
        self.number_text(&format_score(value))
    }

    /// `text`, a number written with a decimal point (`+1.5`), with the
    /// language's decimal mark instead.
    pub fn number_text(self, text: &str) -> String {
        match self.decimal_mark() {
            '.' => text.to_owned(),
            mark => text.replace('.', &mark.to_string()),
        }
    }

    /// A typed score, `7.5` or `7,5` in any language; why not, in this one.
    pub fn parse_score(self, text: &str) -> Result<f64, String> {
        parse_score(text).map_err(|err| self.score_error(&err))
    }

    /// A typed year; why not, in this language.
    pub fn parse_year(self, text: &str) -> Result<i32, String> {
        parse_year(text).map_err(|err| self.year_error(&err))
    }

    /// Why a text is not a score, in this language.
    pub fn score_error(self, err: &NumberError) -> String {
        self.tr(match err {
            NumberError::OutOfRange { .. } => "score-out-of-range",
            NumberError::NotANumber(_) | NumberError::NotWhole(_) => "score-not-a-number",
        })
    }

    /// Why a text is not a year, in this language.
    pub fn year_error(self, err: &NumberError) -> String {
        match err {
            NumberError::OutOfRange { .. } => tr!(
                self,
                "year-out-of-range",
                first = YEAR_RANGE.start().to_string(),
                last = YEAR_RANGE.end().to_string()
            ),
            NumberError::NotANumber(_) | NumberError::NotWhole(_) => self.tr("year-not-a-number"),
        }
    }

    /// A number with `decimals` places, with the language's decimal mark.
    pub fn decimal(self, value: f64, decimals: usize) -> String {
        let text = format!("{value:.decimals$}");
        match self.decimal_mark() {
            '.' => text,
            mark => text.replace('.', &mark.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_marks() {
        assert_eq!(Language::En.score(7.5), "7.5");
        assert_eq!(Language::Fr.score(7.5), "7,5");
        assert_eq!(Language::Es.score(-2.25), "-2,25");
        assert_eq!(Language::Es.score(6.0), "6");
        assert_eq!(Language::Fr.decimal(1.5, 1), "1,5");
        assert_eq!(Language::Fr.parse_score("7,5"), Ok(7.5));
        assert_eq!(Language::Fr.parse_score("7.5"), Ok(7.5));
        assert_eq!(Language::Es.parse_score(" 7,25 "), Ok(7.25));
        assert_eq!(Language::En.parse_score("11"), Err("A score is from 0 to 10.".to_owned()));
        assert_eq!(Language::Fr.parse_score("sept"), Err("Tapez un nombre de 0 à 10.".to_owned()));
        assert_eq!(Language::Es.parse_year("1800"), Err("Un año va de 1900 a 2200.".to_owned()));
    }
}
