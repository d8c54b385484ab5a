//! The one parser of numbers people type or files hold: a decimal point or
//! a decimal comma (`7.5`, `7,5`), surrounding spaces ignored, only finite
//! values. Errors are typed, so each front end words them in its language
//! (`Language::score_error` and `Language::year_error` in `i18n/number.rs`
//! for the interface; loads and imports name the file's place).

use std::ops::RangeInclusive;

/// Why a text is not the number wanted.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum NumberError {
    /// The text is no number at all (or an infinite or undefined one).
    #[error("\"{0}\" is not a number")]
    NotANumber(String),
    /// A number, outside the range allowed.
    #[error("{value} is outside {min} to {max}")]
    OutOfRange {
        /// The number read.
        value: f64,
        /// The smallest allowed.
        min: f64,
        /// The largest allowed.
        max: f64,
    },
    /// A whole number was wanted.
    #[error("\"{0}\" is not a whole number")]
    NotWhole(String),
}

/// A decimal number, written with a point or a comma.
pub fn parse_decimal(text: &str) -> Result<f64, NumberError> {
    let trimmed = text.trim();
    let value: f64 = match trimmed.parse() {
        Ok(value) => value,
        Err(_) => {
            trimmed.replacen(',', ".", 1).parse().map_err(|_| NumberError::NotANumber(trimmed.to_owned()))?
        }
    };
    if value.is_finite() { Ok(value) } else { Err(NumberError::NotANumber(trimmed.to_owned())) }
}

/// A decimal number within `range`.
pub fn parse_in(text: &str, range: &RangeInclusive<f64>) -> Result<f64, NumberError> {
    let value = parse_decimal(text)?;
    if range.contains(&value) {
        Ok(value)
    } else {
        Err(NumberError::OutOfRange { value, min: *range.start(), max: *range.end() })
    }
}

/// A whole number within `range`.
pub fn parse_whole(text: &str, range: &RangeInclusive<i32>) -> Result<i32, NumberError> {
    let trimmed = text.trim();
    let value: i64 = trimmed.parse().map_err(|_| match parse_decimal(trimmed) {
        Ok(_) => NumberError::NotWhole(trimmed.to_owned()),
        Err(err) => err,
    })?;
    match i32::try_from(value) {
        Ok(whole) if range.contains(&whole) => Ok(whole),
        _ => Err(NumberError::OutOfRange {
            value: value as f64,
            min: f64::from(*range.start()),
            max: f64::from(*range.end()),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_commas_and_ranges() {
        assert_eq!(parse_decimal(" 7,25 "), Ok(7.25));
        assert_eq!(parse_decimal("-1.5"), Ok(-1.5));
        assert_eq!(parse_decimal("1e3"), Ok(1000.0));
        assert!(matches!(parse_decimal("1,2,3"), Err(NumberError::NotANumber(_))));
        assert!(matches!(parse_decimal("inf"), Err(NumberError::NotANumber(_))));
        assert!(matches!(parse_decimal("NaN"), Err(NumberError::NotANumber(_))));
        assert!(matches!(parse_in("11", &(0.0..=10.0)), Err(NumberError::OutOfRange { .. })));
        assert_eq!(parse_whole("2006", &(1900..=2200)), Ok(2006));
        assert!(matches!(parse_whole("2006.5", &(1900..=2200)), Err(NumberError::NotWhole(_))));
        assert!(matches!(parse_whole("99999999999", &(1900..=2200)), Err(NumberError::OutOfRange { .. })));
        assert!(matches!(parse_whole("x", &(1900..=2200)), Err(NumberError::NotANumber(_))));
    }
}
