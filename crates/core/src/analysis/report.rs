//! The report card: every department's score in every year, the change
//! from one year to the next, and the mean per year.

use std::cmp::Ordering;

use super::rules::name;
use crate::model::assess::ScoreSource;
use crate::model::{Document, NodeKind, format_score};

/// One department's row.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportRow {
    /// The department's id.
    pub id: String,
    /// Its name.
    pub label: String,
    /// Its sector (may be empty).
    pub sector: String,
    /// Its score in each of [`ReportCard::years`], `None` where not scored.
    pub scores: Vec<Option<f64>>,
    /// Whether each score is computed from the round's marks (else it is
    /// a headline figure, or missing).
    pub computed: Vec<bool>,
}

impl ReportRow {
    /// The change in column `col` from the column before, when both are scored.
    pub fn change(&self, col: usize) -> Option<f64> {
        let before = *self.scores.get(col.checked_sub(1)?)?;
        Some(self.scores.get(col).copied()?? - before?)
    }
}

/// Departments (rows) by years (columns).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReportCard {
    /// Every year some department is scored in, ascending.
    pub years: Vec<i32>,
    /// One row per department, by name then id.
    pub rows: Vec<ReportRow>,
    /// The years whose assessment round is illustrative (made-up marks to
    /// show how marking works), which every output labels so.
    pub illustrative: Vec<i32>,
}

/// What the rows can be sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    /// The department's name.
    #[default]
    Name,
    /// The department's sector, then name.
    Sector,
    /// The score in a column (an index into [`ReportCard::years`]).
    Score(usize),
    /// The change in a column from the column before.
    Change(usize),
}

impl ReportCard {
    /// The report card of `doc`.
    pub fn of(doc: &Document) -> Self {
        let years: Vec<i32> = doc.score_years().into_iter().collect();
        let mut rows: Vec<ReportRow> = doc
            .nodes()
            .filter(|node| node.kind == NodeKind::Department)
            .map(|node| {
                let scores = doc.scores_of(&node.id);
                ReportRow {
                    id: node.id.clone(),
                    label: name(node).to_owned(),
                    sector: node.department.sector.clone(),
                    scores: years.iter().map(|year| scores.get(year).map(|s| s.value)).collect(),
                    computed: years
                        .iter()
                        .map(|year| scores.get(year).is_some_and(|s| s.source == ScoreSource::Computed))
                        .collect(),
                }
            })
            .collect();
        rows.sort_by(by_name);
        let illustrative = doc
            .assessment
            .rounds
            .iter()
            .filter(|(y, r)| r.illustrative && years.contains(y))
            .map(|(y, _)| *y)
            .collect();
        Self { years, rows, illustrative }
    }

    /// The mean score of each year, over the departments scored that year.
    pub fn means(&self) -> Vec<Option<f64>> {
        (0..self.years.len())
            .map(|col| {
                let scored: Vec<f64> =
                    self.rows.iter().filter_map(|row| row.scores.get(col).copied().flatten()).collect();
                (!scored.is_empty()).then(|| scored.iter().sum::<f64>() / scored.len() as f64)
            })
            .collect()
    }

    /// Row indices in the order `by` asks for. Unscored cells sort last
    /// either way; ties go by name.
    pub fn order(&self, by: SortBy, descending: bool) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.rows.len()).collect();
        let flip = |o: Ordering| if descending { o.reverse() } else { o };
        order.sort_by(|&a, &b| {
            let (ra, rb) = (&self.rows[a], &self.rows[b]);
            let primary = match by {
                SortBy::Name => flip(by_name(ra, rb)),
                SortBy::Sector => flip(ra.sector.to_lowercase().cmp(&rb.sector.to_lowercase())),
                SortBy::Score(col) => by_value(
                    ra.scores.get(col).copied().flatten(),
                    rb.scores.get(col).copied().flatten(),
                    flip,
                ),
                SortBy::Change(col) => by_value(ra.change(col), rb.change(col), flip),
            };
            primary.then_with(|| by_name(ra, rb))
        });
        order
    }

    /// Whether some score is computed from a round's marks (then every
    /// output tells computed scores from headline figures).
    pub fn has_computed(&self) -> bool {
        self.rows.iter().any(|row| row.computed.contains(&true))
    }

    /// Whether the `year` round is illustrative.
    pub fn is_illustrative(&self, year: i32) -> bool {
        self.illustrative.contains(&year)
    }

    /// Where the score in column `col` of `row` comes from, for the CSV:
    /// `computed` or `headline`, with `, illustrative` in an illustrative
    /// round's year; empty where not scored.
    fn source_cell(&self, row: &ReportRow, col: usize) -> String {
        if row.scores.get(col).copied().flatten().is_none() {
            return String::new();
        }
        let source = if row.computed.get(col).copied().unwrap_or(false) { "computed" } else { "headline" };
        match self.years.get(col) {
            Some(&year) if self.is_illustrative(year) => format!("{source}, illustrative"),
            _ => source.to_owned(),
        }
    }

    /// The card as CSV: department, id, sector, a column per year, a
    /// change column per year after the first, and a last row of means.
    ///
    /// When some score is computed from a round's marks, or a round is
    /// illustrative, a `Source YEAR` column per year follows: `computed`
    /// (by [`crate::model::assess::FORMULA`]) or `headline` (a published
    /// figure with no marks behind it), with `, illustrative` in an
    /// illustrative round's year, so a spreadsheet can filter on it while
    /// the score columns stay plain numbers. Cards with neither are written
    /// as before, without them.
    pub fn to_csv(&self) -> Result<String, csv::Error> {
        let mut out = csv::Writer::from_writer(Vec::new());
        let mut header = vec!["Department".to_owned(), "Id".to_owned(), "Sector".to_owned()];
        header.extend(self.years.iter().map(i32::to_string));
        header.extend(self.years.iter().skip(1).map(|year| format!("Change {year}")));
        let sources = self.has_computed() || !self.illustrative.is_empty();
        if sources {
            header.extend(self.years.iter().map(|year| format!("Source {year}")));
        }
        out.write_record(&header)?;
        let cell = |value: Option<f64>| value.map(format_score).unwrap_or_default();
        let signed = |value: Option<f64>| value.map(signed_change).unwrap_or_default();
        for row in &self.rows {
            let mut record = vec![row.label.clone(), row.id.clone(), row.sector.clone()];
            record.extend(row.scores.iter().map(|&s| cell(s)));
            record.extend((1..self.years.len()).map(|col| signed(row.change(col))));
            if sources {
                record.extend((0..self.years.len()).map(|col| self.source_cell(row, col)));
            }
            out.write_record(&record)?;
        }
        let means = self.means();
        let mut record = vec!["Mean".to_owned(), String::new(), String::new()];
        record.extend(means.iter().map(|&m| cell(m)));
        let mean = |col: usize| means.get(col).copied().flatten();
        record.extend((1..self.years.len()).map(|col| match (mean(col - 1), mean(col)) {
            (Some(a), Some(b)) => signed_change(b - a),
            _ => String::new(),
        }));
        if sources {
            record.extend(self.years.iter().map(|_| String::new()));
        }
        out.write_record(&record)?;
        let bytes = out.into_inner().map_err(|err| csv::Error::from(err.into_error()))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }
}

/// `+1.5`, `-2`, `0`: a change with its sign.
pub fn signed_change(value: f64) -> String {
    let text = format_score(value);
    if value > 0.0 && text != "0" { format!("+{text}") } else { text }
}

fn by_name(a: &ReportRow, b: &ReportRow) -> Ordering {
    a.label.to_lowercase().cmp(&b.label.to_lowercase()).then_with(|| a.id.cmp(&b.id))
}

fn by_value(a: Option<f64>, b: Option<f64>, flip: impl Fn(Ordering) -> Ordering) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => flip(a.total_cmp(&b)),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}
