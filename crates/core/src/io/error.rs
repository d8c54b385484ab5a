//! Errors from reading and writing map files; each names the file and place.

use std::fmt;

use crate::model::Problem;

/// Why a map could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read at all.
    #[error("{origin}: cannot read the file: {}", describe_io(source))]
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
        // serde_json says column 0 for a fault at the very start of a line.
        LoadError::Syntax {
            origin: origin.to_owned(),
            line: err.line().max(1),
            column: err.column().max(1),
            message,
        }
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
    #[error("{path}: not saved, cannot {action}: {}", describe_io(source))]
    Io {
        /// The file being saved.
        path: String,
        /// What was being done ("write the new version", ...).
        action: &'static str,
        /// What the system said.
        source: std::io::Error,
    },
}

/// A system error in words a user can act on, without "(os error N)".
pub fn describe_io(err: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match err.kind() {
        K::NotFound => "the file or folder does not exist".to_owned(),
        K::PermissionDenied => "permission denied".to_owned(),
        K::StorageFull => "the disk is full".to_owned(),
        K::ReadOnlyFilesystem => "the disk is read-only".to_owned(),
        K::IsADirectory => "that is a folder, not a file".to_owned(),
        K::NotADirectory => "part of the path is a file, not a folder".to_owned(),
        K::InvalidFilename => "the file name is not allowed here".to_owned(),
        _ => {
            let text = err.to_string();
            match text.find(" (os error") {
                Some(cut) => text[..cut].to_owned(),
                None => text,
            }
        }
    }
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
