//! The Kumu-style workbook's sheets and columns, as both reading and
//! writing name them.

/// Name of the sheet of elements (nodes).
pub const ELEMENTS: &str = "Elements";
/// Name of the sheet of connections (links).
pub const CONNECTIONS: &str = "Connections";
/// Name of the sheet of department scores by year.
pub const REPORT_CARD: &str = "Report card";
/// Name of the sheet of the notes that go with scores.
pub const SCORE_NOTES: &str = "Score notes";
/// Name of the sheet of the map's title, subtitle, source and language.
pub const MAP: &str = "Map";
/// Name of the relevance matrix sheet (forms of VAW by departments or objectives).
pub const RELEVANCE: &str = "Relevance";

/// The fixed columns of the Elements sheet, in order; free fields follow.
pub const ELEMENT_COLUMNS: [&str; 12] = [
    "Label",
    "ID",
    "Type",
    "Description",
    "Tags",
    "Sector",
    "Jurisdiction",
    "Engagement",
    "X",
    "Y",
    "Pinned",
    "Evidence",
];
/// The columns of the Connections sheet, in order.
pub const CONNECTION_COLUMNS: [&str; 9] =
    ["From", "To", "Type", "Direction", "Label", "Strength", "Recognised", "ID", "Evidence"];
