//! The sheets and columns that carry the assessment: `Rubric` and `Marks`
//! in the Kumu-style workbook, and the `Reply`, `Pack` and `Read me`
//! sheets of a department's reply pack, as both reading and writing name
//! them.

/// Name of the sheet of criteria, one row per criterion of each round.
pub const RUBRIC: &str = "Rubric";
/// Name of the sheet of marks, one row per answer (more for more evidence).
pub const MARKS: &str = "Marks";

/// The fixed columns of the Rubric sheet, in order; `Level 1`, `Level 2`...
/// follow, each `label: description`.
pub const RUBRIC_COLUMNS: [&str; 13] = [
    "Round",
    "ID",
    "Title",
    "Question",
    "Guidance",
    "Weight",
    "N/A allowed",
    "Applies to",
    "Cites",
    "Clause",
    "Lineage",
    "Source",
    "Illustrative",
];

/// What a level column's header starts with (`Level 1`, `Level 2`...).
pub const LEVEL_PREFIX: &str = "Level";

/// The columns of the Marks sheet, in order.
pub const MARK_COLUMNS: [&str; 22] = [
    "Round",
    "Department",
    "Criterion",
    "Mark",
    "By",
    "Evidence",
    "Link",
    "Page",
    "Quote",
    "Document date",
    "Accessed",
    "Notes",
    "Change reason",
    "Second mark",
    "Second by",
    "Second notes",
    "Settled",
    "Agree",
    "Reply reason",
    "Reply evidence",
    "Verdict",
    "Log",
];

/// The reply pack's sheet of questions and answers.
pub const REPLY: &str = "Reply";
/// The reply pack's hidden sheet naming its round and department.
pub const PACK: &str = "Pack";
/// The reply pack's sheet saying what to do.
pub const READ_ME: &str = "Read me";

/// The columns of a reply pack's Reply sheet, in order: the criterion's
/// id (how a reply is matched; never changed by the department), what we
/// asked and found, then the three columns the department fills.
pub const REPLY_COLUMNS: [&str; 8] = [
    "ID",
    "Criterion",
    "Question",
    "Our mark",
    "Our evidence",
    "Agree (yes/no)",
    "Your reason",
    "Your evidence",
];

/// The column of the Reply sheet the department says yes or no in.
pub const AGREE_COLUMN: usize = 5;

/// The first cell of the Pack sheet's marker row, which says the workbook
/// is a Sectormap reply pack.
pub const PACK_MARKER: &str = "Sectormap reply pack";
/// The Pack sheet's field naming the round (year).
pub const PACK_ROUND: &str = "Round";
/// The Pack sheet's field naming the department by id.
pub const PACK_DEPARTMENT: &str = "Department ID";
/// The Pack sheet's field naming the department by name.
pub const PACK_DEPARTMENT_NAME: &str = "Department";

/// Whether a mark cell (trimmed, lower case) says "not applicable".
pub fn is_not_applicable(key: &str) -> bool {
    matches!(key, "n/a" | "na" | "not applicable" | "no aplica" | "sans objet" | "non applicable")
}

/// The level a `Level N` cell (trimmed, lower case; N from 1) names, from 0.
pub fn level_number(key: &str) -> Option<usize> {
    let rest = key.strip_prefix(&LEVEL_PREFIX.to_lowercase())?;
    let number: usize = rest.trim().parse().ok()?;
    number.checked_sub(1)
}

/// What an `Agree` cell says (any case, in English, Spanish or French):
/// `Some(true)` for yes, y, true, agree, sí, si, oui, d'accord...;
/// `Some(false)` for no, n, false, disagree, non, pas d'accord...;
/// `None` for anything else (an empty cell included).
pub fn agree(text: &str) -> Option<bool> {
    let key = text.trim().trim_end_matches(['.', '!']).trim().to_lowercase().replace('’', "'");
    match key.as_str() {
        "yes" | "y" | "true" | "agree" | "agreed" | "sí" | "si" | "s" | "de acuerdo" | "oui" | "o"
        | "d'accord" | "vrai" | "verdadero" => Some(true),
        "no" | "n" | "false" | "disagree" | "do not agree" | "don't agree" | "en desacuerdo" | "non"
        | "pas d'accord" | "faux" | "falso" => Some(false),
        _ => None,
    }
}

/// The words [`agree`] knows, for messages.
pub const AGREE_WORDS: &str = "yes or no (also y/n, true/false, sí/no, oui/non)";
