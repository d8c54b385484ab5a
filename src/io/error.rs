//! Errors from reading and writing map files; each names the file and place.

use std::fmt;

use crate::model::Problem;

/// Why a map could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read at all.
    #[error("{origin}: cannot read the file: {source}")]
    Read {
        /// The file.
        origin: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is not UTF-8 text.
    #[error("{origin}: byte {offset} is not UTF-8 text; is this a map file?")]
    Encoding {
        /// The file.
        origin: String,
        /// Byte offset of the first bad byte.
        offset: usize,
    },
    /// The JSON is malformed or a value has the wrong type.
    #[error("{origin}:{line}:{column}: {message}")]
    Syntax {
        /// The file.
        origin: String,
        /// 1-based line of the fault.
        line: usize,
        /// 1-based column of the fault.
        column: usize,
        /// What is wrong there.
        message: String,
    },
    /// The JSON is fine but not a map this build reads.
    #[error("{origin}: {message}")]
    Format {
        /// The file.
        origin: String,
        /// What is wrong.
        message: String,
    },
    /// The map's content has problems; all of them are listed.
    #[error("{origin}: {}", ProblemList(problems))]
    Invalid {
        /// The file.
        origin: String,
        /// Every problem, sorted by place.
        problems: Vec<Problem>,
    },
}

impl LoadError {
    pub(crate) fn syntax(origin: &str, err: &serde_json::Error) -> Self {
        let full = err.to_string();
        // serde_json appends " at line L column C"; we put the place first instead.
        let message = match full.rfind(" at line ") {
            Some(cut) => full[..cut].to_owned(),
            None => full,
        };
        let message = if err.is_eof() { format!("the file ends too early ({message})") } else { message };
        LoadError::Syntax { origin: origin.to_owned(), line: err.line(), column: err.column(), message }
    }

    /// The problems of an invalid map; empty for other errors.
    pub fn problems(&self) -> &[Problem] {
        match self {
            LoadError::Invalid { problems, .. } => problems,
            _ => &[],
        }
    }
}

/// Why a map could not be saved. The file on disk is unchanged in every case.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The document has problems that would make the file unreadable.
    #[error("not saved, the map has problems: {}", ProblemList(.0))]
    Invalid(Vec<Problem>),
    /// The document could not be turned into JSON.
    #[error("not saved, the map could not be written as JSON: {0}")]
    Encode(#[from] serde_json::Error),
    /// Writing, syncing or renaming failed.
    #[error("{path}: not saved, cannot {action}: {source}")]
    Io {
        /// The file being saved.
        path: String,
        /// What was being done ("write the new version", ...).
        action: &'static str,
        /// What the system said.
        source: std::io::Error,
    },
}

/// Formats problems as "N problems: first; second; ...".
struct ProblemList<'a>(&'a [Problem]);

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            [] => write!(f, "no problems"),
            [one] => write!(f, "{one}"),
            many => {
                write!(f, "{} problems: ", many.len())?;
                for (index, problem) in many.iter().enumerate() {
                    if index > 0 {
                        write!(f, "; ")?;
                    }
                    write!(f, "{problem}")?;
                }
                Ok(())
            }
        }
    }
}
