//! What an imported file holds, told from its sheets' names and headers
//! before anything is read into a map, so the user sees the choice first.

use crate::interchange::assess_sheets::{MARKS, PACK, PACK_MARKER, READ_ME, REPLY, RUBRIC, level_number};
use crate::interchange::sheets::{CONNECTIONS, ELEMENTS, MAP, RELEVANCE, REPORT_CARD, SCORE_NOTES};
use crate::interchange::table::Table;

/// What one sheet (or CSV file) is read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Kumu's Elements: one row per element.
    Elements,
    /// Kumu's Connections: one row per link (`From`, `To`).
    Connections,
    /// A relevance matrix: forms of VAW by departments or objectives.
    Relevance,
    /// A report card: departments by years, cells scores 0-10.
    ReportCard,
    /// Notes on scores (`ID`, `Year`, `Note`).
    ScoreNotes,
    /// The map's title, subtitle, source and language (`Field`, `Value`).
    Map,
    /// The assessment's criteria, round by round.
    Rubric,
    /// The assessment's marks, evidence, second marks and replies.
    Marks,
    /// A reply pack's questions, with the department's replies.
    Replies,
    /// A reply pack's round and department.
    Pack,
    /// A sheet whose name holds "(ignore)": skipped on purpose.
    Ignored,
    /// Nothing Sectormap can read; reported, never dropped silently.
    Unknown,
}

impl Role {
    /// A short English phrase for the role, for the CLI and messages.
    pub fn describe(self) -> &'static str {
        match self {
            Role::Elements => "elements",
            Role::Connections => "connections",
            Role::Relevance => "relevance matrix",
            Role::ReportCard => "report card",
            Role::ScoreNotes => "score notes",
            Role::Map => "map title and source",
            Role::Rubric => "assessment rubric",
            Role::Marks => "assessment marks",
            Role::Replies => "a department's replies",
            Role::Pack => "reply pack's round and department",
            Role::Ignored => "ignored",
            Role::Unknown => "not readable",
        }
    }
}

/// Words a relevance matrix's corner cell (A1) may start with.
const MATRIX_CORNERS: [&str; 6] = ["form of", "forms of", "issue", "vaw", "violence", "relevance"];

/// The role of `table`: by its name first (any case), then by its header.
pub fn role_of(table: &Table) -> Role {
    let name = table.name.trim().to_lowercase();
    if name.contains("(ignore)") {
        return Role::Ignored;
    }
    let by_name = [
        (ELEMENTS, Role::Elements),
        (CONNECTIONS, Role::Connections),
        (RELEVANCE, Role::Relevance),
        ("relevance matrix", Role::Relevance),
        ("matrix", Role::Relevance),
        (REPORT_CARD, Role::ReportCard),
        (SCORE_NOTES, Role::ScoreNotes),
        (MAP, Role::Map),
        (RUBRIC, Role::Rubric),
        (MARKS, Role::Marks),
        (REPLY, Role::Replies),
        (PACK, Role::Pack),
        (READ_ME, Role::Ignored),
    ];
    if let Some((_, role)) = by_name.iter().find(|(n, _)| n.to_lowercase() == name) {
        return *role;
    }
    role_by_header(table)
}

fn role_by_header(table: &Table) -> Role {
    let header: Vec<String> =
        table.rows.first().map(|r| r.iter().map(|c| c.trim().to_lowercase()).collect()).unwrap_or_default();
    let has = |name: &str| header.iter().any(|h| h == name);
    if has("from") && has("to") {
        return Role::Connections;
    }
    if (has("label") || has("id")) && has("type") {
        return Role::Elements;
    }
    if has("year") && has("note") {
        return Role::ScoreNotes;
    }
    if let Some(role) = assessment_role(&header) {
        return role;
    }
    let rest: Vec<&String> = header.iter().skip(1).filter(|h| !h.is_empty()).collect();
    let years: Vec<&&String> =
        rest.iter().filter(|h| !["id", "label", "department"].contains(&h.as_str())).collect();
    if !years.is_empty() && years.iter().all(|h| crate::model::parse_year(h).is_ok()) {
        return Role::ReportCard;
    }
    let corner = header.first().map_or("", String::as_str);
    if MATRIX_CORNERS.iter().any(|w| corner.starts_with(w)) && !rest.is_empty() {
        return Role::Relevance;
    }
    Role::Unknown
}

/// The assessment sheet (or reply pack sheet) a header names, if any.
fn assessment_role(header: &[String]) -> Option<Role> {
    let has = |name: &str| header.iter().any(|h| h == name);
    if header.first().is_some_and(|h| *h == PACK_MARKER.to_lowercase()) {
        return Some(Role::Pack);
    }
    if has("agree (yes/no)") || (has("agree") && has("your reason")) {
        return Some(Role::Replies);
    }
    if has("round") && has("department") && has("criterion") {
        return Some(Role::Marks);
    }
    if has("round") && has("title") && header.iter().any(|h| level_number(h).is_some()) {
        return Some(Role::Rubric);
    }
    None
}

/// One sheet as the preview shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetShape {
    /// The sheet's name (a CSV file's name).
    pub name: String,
    /// What it is read as.
    pub role: Role,
    /// Rows with something in them, the header aside.
    pub rows: usize,
    /// Named columns, the first aside for a matrix or report card.
    pub columns: usize,
}

/// The sheets of a workbook with what each is read as, in workbook order.
pub fn sheets_of(tables: &[Table]) -> Vec<SheetShape> {
    tables
        .iter()
        .map(|table| {
            let columns = table.rows.first().map_or(0, |r| r.iter().filter(|c| !c.trim().is_empty()).count());
            let role = role_of(table);
            let columns = if matches!(role, Role::Relevance | Role::ReportCard) {
                columns.saturating_sub(1)
            } else {
                columns
            };
            SheetShape { name: table.name.clone(), role, rows: table.data_rows().count(), columns }
        })
        .collect()
}
