//! `sectormap report`: the report card of department scores as a table,
//! CSV or chart.

use anyhow::Result;

use super::UsageError;
use super::args::ReportArgs;
use sectormap_core::analysis::{ReportCard, signed_change};
use sectormap_core::export::{Content, Export, PictureSize};
use sectormap_core::format::Format;
use sectormap_core::model::format_score;
use sectormap_core::render::{Background, DEFAULT_WIDTH, RenderOptions, Size};

/// Runs `sectormap report`.
pub fn run(args: &ReportArgs) -> Result<()> {
    let chart_format = match &args.chart {
        Some(path) => Some(Format::from_path(path).filter(|f| f.is_picture()).ok_or_else(|| {
            UsageError(format!(
                "cannot tell the chart format from \"{}\": end it with {}",
                path.display(),
                Format::list(&Format::PICTURES)
            ))
        })?),
        None => None,
    };
    let document = super::load_map(&args.map)?;
    let size = PictureSize {
        options: RenderOptions {
            size: Size::Width(args.width.unwrap_or(DEFAULT_WIDTH)),
            background: Background::from(args.background),
            ..RenderOptions::default()
        },
        ..PictureSize::default()
    };
    let card = |format| Export { content: Content::ReportCard { size }, format, language: None };
    if let Some(path) = &args.csv {
        super::export::write(&document, &card(Format::Csv), path, &args.map)?;
    }
    if let (Some(path), Some(format)) = (&args.chart, chart_format) {
        super::export::write(&document, &card(format), path, &args.map)?;
    }
    if args.csv.is_none() && args.chart.is_none() {
        super::out(&table(&ReportCard::of(&document)));
    }
    Ok(())
}

/// The card as an aligned text table: a score column per year, with the
/// change from the year before after each score, and a row of means.
pub fn table(card: &ReportCard) -> String {
    if card.rows.is_empty() {
        return "No departments on this map.\n".to_owned();
    }
    let cell = |value: Option<f64>, change: Option<f64>, computed: bool| {
        let star = if computed { "*" } else { "" };
        match (value, change) {
            (Some(v), Some(c)) => format!("{}{star} ({})", format_score(v), signed_change(c)),
            (Some(v), None) => format!("{}{star}", format_score(v)),
            (None, _) => "-".to_owned(),
        }
    };
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut header = vec!["Department".to_owned()];
    header.extend(card.years.iter().map(i32::to_string));
    rows.push(header);
    for row in &card.rows {
        let mut cells = vec![row.label.clone()];
        cells.extend((0..card.years.len()).map(|col| {
            let computed = row.computed.get(col).copied().unwrap_or(false);
            cell(row.scores.get(col).copied().flatten(), row.change(col), computed)
        }));
        rows.push(cells);
    }
    let means = card.means();
    let mut mean_row = vec!["Mean".to_owned()];
    mean_row.extend(means.iter().map(|m| m.map_or("-".to_owned(), format_score)));
    rows.push(mean_row);
    let columns = rows[0].len();
    let widths: Vec<usize> =
        (0..columns).map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for cells in &rows {
        let line: Vec<String> = cells
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(c, (text, &w))| if c == 0 { format!("{text:<w$}") } else { format!("{text:>w$}") })
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    if card.years.is_empty() {
        out.push_str("No department has a score yet.\n");
    }
    if card.rows.iter().any(|row| row.computed.contains(&true)) {
        out.push_str(&format!(
            "* computed from the round's marks: {}\n",
            sectormap_core::model::assess::FORMULA
        ));
    }
    for year in &card.illustrative {
        out.push_str(&format!(
            "{year}: an illustrative round; its marks are made up to show how marking works\n"
        ));
    }
    out
}
