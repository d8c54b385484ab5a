//! `sectormap convert` and `sectormap template`: maps to other tools'
//! formats (Kumu-style workbooks, CSV, GraphML, GEXF), and workbooks to
//! fill in (`sectormap import` is in `import.rs`).

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Result;

use super::args::{ConvertArgs, TemplateArgs};
use super::{EXIT_BAD_INPUT, UsageError};
use sectormap_core::export::{Content, Export};
use sectormap_core::format::Format;
use sectormap_core::interchange::{ImportError, import_path};
use sectormap_core::io::save_path;
use sectormap_core::pipeline;

/// Prints every problem of a failed import on stderr, one a line.
pub(super) fn report(err: &ImportError) -> ExitCode {
    for problem in &err.problems {
        eprintln!("error: {}: {problem}", err.file);
    }
    ExitCode::from(EXIT_BAD_INPUT)
}

/// The format of `path` (the `role` it plays: IN, OUT), one of `allowed`,
/// else a usage error saying to end it with `hint`.
pub(super) fn format_of(path: &Path, role: &str, allowed: &[Format], hint: &str) -> Result<Format> {
    Format::from_path(path).filter(|f| allowed.contains(f)).ok_or_else(|| {
        UsageError(format!("cannot tell the format of {role} \"{}\": end it with {hint}", path.display()))
            .into()
    })
}

/// Runs `sectormap convert`: writes MAP as XLSX, CSV, GraphML, GEXF,
/// Kumu JSON or Sectormap JSON, through the one export path.
pub fn run_convert(args: &ConvertArgs) -> Result<ExitCode> {
    let format = format_of(&args.output, "OUT", &Format::DATA, &Format::list(&Format::DATA))?;
    if args.output.extension().is_some_and(|e| !e.eq_ignore_ascii_case("xlsx")) && format == Format::Workbook
    {
        return Err(UsageError("workbooks are written as .xlsx only".to_owned()).into());
    }
    let document = match import_path(&args.map) {
        Ok(document) => document,
        Err(err) => return Ok(report(&err)),
    };
    if format == Format::Map {
        // Sectormap's own file: saved as the editor saves it (a .bak kept).
        let started = Instant::now();
        save_path(&document, &args.output)?;
        eprintln!(
            "wrote {} ({} nodes) in {} ms",
            args.output.display(),
            document.node_count(),
            started.elapsed().as_millis()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let request = Export { content: Content::Data, format, language: None };
    super::export::write(&document, &request, &args.output, &args.map)?;
    Ok(ExitCode::SUCCESS)
}

/// Runs `sectormap template`: writes a workbook to fill in.
pub fn run_template(args: &TemplateArgs) -> Result<ExitCode> {
    format_of(&args.output, "OUT", &[Format::Workbook], ".xlsx")?;
    let bytes = sectormap_core::interchange::tables_to_xlsx(&sectormap_core::interchange::template(
        args.shape.into(),
    ))
    .map_err(|err| anyhow::anyhow!("cannot write the workbook: {err}"))?;
    pipeline::write_file(&args.output, &bytes)
        .map_err(|err| anyhow::anyhow!("cannot write {}: {err}", args.output.display()))?;
    eprintln!("wrote {}", args.output.display());
    Ok(ExitCode::SUCCESS)
}
