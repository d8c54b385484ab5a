//! A department's answer to one criterion in one round: the coalition's
//! mark with its evidence, a second assessor's blind mark, the settled
//! mark, the department's reply, and who changed what when.

use serde::{Deserialize, Serialize};

/// A mark: a level of the criterion's scale, or not applicable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mark {
    /// This level (from 0, the lowest).
    Level(usize),
    /// The criterion does not apply to this department this round.
    NotApplicable,
}

/// One piece of evidence for a mark: a source register entry.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// What the document is (`"Departmental Report 2006"`).
    pub title: String,
    /// Its address or file path.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub link: String,
    /// The page or section.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub page: String,
    /// The words that show it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub quote: String,
    /// The document's date (`YYYY-MM-DD`, or a year).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub document_date: String,
    /// When it was read (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub accessed: String,
}

/// A second assessor's mark, given without seeing the first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecondMark {
    /// The mark.
    pub mark: Mark,
    /// Who gave it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by: String,
    /// Their notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// The department's reply to the coalition's mark (right of reply).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    /// Whether the department agrees with the mark.
    pub agree: bool,
    /// Its reason.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// Its evidence, as it gave it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    /// What the coalition decided about a disagreement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
}

/// The coalition's decision on a department's disagreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The department is right: the mark is changed to what it shows.
    Accepted,
    /// The mark stands.
    Rejected,
}

/// One recorded change of an answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// Who made it.
    pub who: String,
    /// When (`YYYY-MM-DDTHH:MM`, UTC).
    pub when: String,
    /// What changed, in a few words (`"mark: Partial -> Full"`).
    pub what: String,
}

impl Change {
    /// A change made by `who` at `unix_seconds` (UTC, to the minute).
    pub fn at(who: &str, unix_seconds: i64, what: impl Into<String>) -> Self {
        Self { who: who.to_owned(), when: utc_minute(unix_seconds), what: what.into() }
    }
}

/// `unix_seconds` as `YYYY-MM-DDTHH:MM` in UTC (the log's time stamps);
/// a time jiff cannot hold gives the Unix epoch's.
pub fn utc_minute(unix_seconds: i64) -> String {
    let at = jiff::Timestamp::from_second(unix_seconds).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    at.strftime("%Y-%m-%dT%H:%M").to_string()
}

/// Whether `text` can be an evidence date: empty (no date), a year
/// (`2008`), a year and month (`2008-03`) or a whole date (`2008-03-31`)
/// that is on the calendar.
pub fn is_evidence_date(text: &str) -> bool {
    let text = text.trim();
    let parts: Vec<&str> = text.split('-').collect();
    let digits = |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    let number = |part: &str| part.parse::<i8>().unwrap_or(0);
    match parts.as_slice() {
        [""] => true,
        [year] => digits(year, 4),
        [year, month] => digits(year, 4) && digits(month, 2) && (1..=12).contains(&number(month)),
        [year, month, day] if digits(year, 4) && digits(month, 2) && digits(day, 2) => {
            let year = year.parse::<i16>().unwrap_or(0);
            jiff::civil::Date::new(year, number(month), number(day)).is_ok()
        }
        _ => false,
    }
}

/// A department's answer to one criterion in one round.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The (first) assessor's mark; `None` while not marked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mark: Option<Mark>,
    /// Who gave it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by: String,
    /// The evidence for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// Private notes of the assessors (never in a reply pack).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Why the mark changed from last round's, when it did.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub change_reason: String,
    /// A second assessor's blind mark.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second: Option<SecondMark>,
    /// The mark both settled on where the two differed (consensus); it
    /// counts instead of the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settled: Option<Mark>,
    /// The department's reply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<Reply>,
    /// Who changed what, and when, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<Change>,
}

impl Answer {
    /// The mark that counts: the settled one, else the first assessor's.
    pub fn final_mark(&self) -> Option<Mark> {
        self.settled.or(self.mark)
    }

    /// Whether the two assessors differ and nobody has settled it yet.
    pub fn disputed(&self) -> bool {
        match (&self.mark, &self.second) {
            (Some(first), Some(second)) => *first != second.mark && self.settled.is_none(),
            _ => false,
        }
    }

    /// Whether the department disagrees and the coalition has not decided.
    pub fn reply_open(&self) -> bool {
        self.reply.as_ref().is_some_and(|r| !r.agree && r.verdict.is_none())
    }

    /// Whether nothing at all is recorded.
    pub fn is_empty(&self) -> bool {
        *self == Answer::default()
    }
}
