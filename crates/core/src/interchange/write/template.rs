//! Workbooks to start from: an advocate fills them in a spreadsheet and
//! imports them. Each imports as it is (tested), so the examples show the
//! shape; the "Read me (ignore)" sheet says what goes where.

use crate::interchange::sheets::{CONNECTIONS, ELEMENTS, MAP, RELEVANCE, REPORT_CARD};
use crate::interchange::table::{Cell, OutTable};

/// The shapes of workbook there are templates for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TemplateShape {
    /// Map, Elements, Connections, Relevance and Report card sheets.
    Workbook,
    /// One relevance matrix: forms of VAW by departments and objectives.
    Matrix,
    /// One report card: departments by years.
    ReportCard,
}

fn row(cells: &[&str]) -> Vec<Cell> {
    cells.iter().map(|&c| Cell::from(c)).collect()
}

fn sheet(name: &str, rows: &[&[&str]]) -> OutTable {
    OutTable { name: name.to_owned(), rows: rows.iter().map(|r| row(r)).collect() }
}

fn read_me(lines: &[&str]) -> OutTable {
    let mut rows = vec![row(&["How to fill this workbook"])];
    rows.extend(lines.iter().map(|l| row(&[l])));
    OutTable { name: "Read me (ignore)".to_owned(), rows }
}

const MATRIX_HELP: [&str; 5] = [
    "Relevance: one row per form of VAW, one column per department or objective.",
    "Row 2 (optional, 'Department' in A2): a column with a department named here is that department's objective.",
    "A cell is how strongly the form of VAW bears on the column: 1, 2 or 3 (x means 2); leave it empty for no link.",
    "Add ✓ or * after the number (3✓) when the department itself makes the link in its own documents, ✗ when it does not; no mark: not checked yet.",
    "Rows and columns without any link are kept: an unlinked form of VAW is a finding.",
];

const CARD_HELP: [&str; 2] = [
    "Report card: one row per department, one column per year, each cell a score from 0 to 10.",
    "Fractions are allowed (6.5, or 6,5). Leave a cell empty when there is no score that year.",
];

fn matrix() -> OutTable {
    sheet(
        RELEVANCE,
        &[
            &["Form of VAW", "Home Office", "Reduce reoffending", "Department for Education", "Safe schools"],
            &["Department", "", "Ministry of Justice", "", "Department for Education"],
            &["Domestic abuse", "3✓", "2", "1", "2"],
            &["Female genital mutilation", "3", "", "2*", ""],
            &["Sexual harassment", "2", "", "", "3✓"],
            &["Trafficking", "", "", "", ""],
        ],
    )
}

fn report_card() -> OutTable {
    sheet(
        REPORT_CARD,
        &[
            &["Department", "2023", "2024", "2025"],
            &["Home Office", "6", "6.5", "7"],
            &["Ministry of Justice", "4", "5", "5"],
            &["Department for Education", "3", "3", "4.5"],
        ],
    )
}

/// The sheets of the template of `shape`.
pub fn template(shape: TemplateShape) -> Vec<OutTable> {
    match shape {
        TemplateShape::Matrix => vec![read_me(&MATRIX_HELP), matrix()],
        TemplateShape::ReportCard => vec![read_me(&CARD_HELP), report_card()],
        TemplateShape::Workbook => workbook(),
    }
}

fn workbook() -> Vec<OutTable> {
    let mut help = vec![
        "Map: the title, subtitle, source line and language (en, es, ar...) of the map.",
        "Elements: one row per department, objective, form of VAW, commitment (law, treaty) or organisation.",
        "  Type is one of department, objective, issue, commitment, organisation. Sector, jurisdiction and engagement are for departments.",
        "  Tags are separated by |. Any other column you add is kept as a field of the element.",
        "Connections: From and To name elements by ID or label (A|B makes one link per name).",
        "  Type: pursues (department -> objective), relevant (form of VAW -> objective or department), obliges, engages, related.",
    ];
    help.extend(MATRIX_HELP);
    help.extend(CARD_HELP);
    vec![
        read_me(&help),
        sheet(
            MAP,
            &[
                &["Field", "Value"],
                &["Title", "Violence against women is every department's business"],
                &["Subtitle", "How each department's objectives bear on VAW"],
                &["Source", "Coalition report card, 2025"],
                &["Language", "en"],
            ],
        ),
        sheet(
            ELEMENTS,
            &[
                &["Label", "ID", "Type", "Description", "Tags", "Sector", "Jurisdiction", "Engagement"],
                &[
                    "Home Office",
                    "home-office",
                    "department",
                    "Policing, immigration, crime",
                    "",
                    "justice",
                    "national",
                    "committed",
                ],
                &[
                    "Ministry of Justice",
                    "moj",
                    "department",
                    "Courts, prisons, probation",
                    "",
                    "justice",
                    "national",
                    "open",
                ],
                &[
                    "Department for Education",
                    "dfe",
                    "department",
                    "Schools and children's services",
                    "",
                    "education",
                    "national",
                    "unknown",
                ],
                &["Reduce reoffending", "reduce-reoffending", "objective", "", "", "", "", ""],
                &["Safe schools", "safe-schools", "objective", "", "", "", "", ""],
                &["Domestic abuse", "domestic-abuse", "issue", "", "", "", "", ""],
                &["Female genital mutilation", "fgm", "issue", "", "", "", "", ""],
                &["Sexual harassment", "sexual-harassment", "issue", "", "", "", "", ""],
                &["Trafficking", "trafficking", "issue", "", "", "", "", ""],
                &[
                    "Istanbul Convention",
                    "istanbul",
                    "commitment",
                    "Council of Europe convention",
                    "treaty",
                    "",
                    "",
                    "",
                ],
            ],
        ),
        sheet(
            CONNECTIONS,
            &[
                &["From", "To", "Type", "Label", "Strength", "Recognised"],
                &["Ministry of Justice", "Reduce reoffending", "pursues", "", "", ""],
                &["Department for Education", "Safe schools", "pursues", "", "", ""],
                &["Istanbul Convention", "Home Office|Ministry of Justice", "obliges", "", "", ""],
            ],
        ),
        matrix(),
        report_card(),
    ]
}
