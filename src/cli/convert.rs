//! `sectormap convert` and `sectormap import`: maps to and from other
//! tools' formats (Kumu-style workbooks, CSV, GraphML, GEXF).

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Result;

use super::args::{ConvertArgs, ImportArgs};
use super::{EXIT_BAD_INPUT, UsageError};
use crate::interchange::{Format, ImportError, export_bytes, import_path};
use crate::io::save_path;
use crate::model::Document;
use crate::pipeline::{self, Scope};

/// Prints every problem of a failed import on stderr, one a line.
fn report(err: &ImportError) -> ExitCode {
    for problem in &err.problems {
        eprintln!("error: {}: {problem}", err.file);
    }
    ExitCode::from(EXIT_BAD_INPUT)
}

fn format_of(path: &Path, role: &str, allowed: &[Format], hint: &str) -> Result<Format> {
    Format::from_path(path).filter(|f| allowed.contains(f)).ok_or_else(|| {
        UsageError(format!("cannot tell the format of {role} \"{}\": end it with {hint}", path.display()))
            .into()
    })
}

/// Runs `sectormap convert`: writes MAP as XLSX, GraphML, GEXF or JSON.
pub fn run_convert(args: &ConvertArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let format = format_of(
        &args.output,
        "OUT",
        &[Format::Workbook, Format::GraphMl, Format::Gexf, Format::Json],
        ".xlsx, .graphml, .gexf or .json",
    )?;
    if args.output.extension().is_some_and(|e| !e.eq_ignore_ascii_case("xlsx")) && format == Format::Workbook
    {
        return Err(UsageError("workbooks are written as .xlsx only".to_owned()).into());
    }
    let document = match import_path(&args.map) {
        Ok(document) => document,
        Err(err) => return Ok(report(&err)),
    };
    write(&document, format, &args.output)?;
    eprintln!(
        "wrote {} ({} nodes, {} links) in {} ms",
        args.output.display(),
        document.node_count(),
        document.link_count(),
        started.elapsed().as_millis()
    );
    Ok(ExitCode::SUCCESS)
}

fn write(document: &Document, format: Format, output: &Path) -> Result<()> {
    if format == Format::Json {
        save_path(document, output)?;
        return Ok(());
    }
    let bytes = export_bytes(document, format, &output.display().to_string())?;
    pipeline::write_picture(output, &bytes)
        .map_err(|err| anyhow::anyhow!("cannot write {}: {err}", output.display()))?;
    Ok(())
}

/// Runs `sectormap import`: reads IN, lays out nodes without a position,
/// and saves the map as JSON.
pub fn run_import(args: &ImportArgs) -> Result<ExitCode> {
    let started = Instant::now();
    format_of(
        &args.input,
        "IN",
        &[Format::Workbook, Format::Csv, Format::GraphMl, Format::Gexf, Format::Json],
        ".xlsx, .ods, .csv, .graphml or .gexf",
    )?;
    format_of(&args.output, "OUT", &[Format::Json], ".json")?;
    let mut document = match import_path(&args.input) {
        Ok(document) => document,
        Err(err) => return Ok(report(&err)),
    };
    let read_ms = started.elapsed().as_millis();
    let placed = pipeline::place(&mut document, &Scope::Missing, args.seed, &mut |_| {});
    save_path(&document, &args.output)?;
    eprintln!(
        "wrote {} ({} nodes, {} links, {placed} laid out): read in {read_ms} ms, done in {} ms",
        args.output.display(),
        document.node_count(),
        document.link_count(),
        started.elapsed().as_millis()
    );
    Ok(ExitCode::SUCCESS)
}
