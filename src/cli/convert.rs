//! `sectormap convert` and `sectormap import`: maps to and from other
//! tools' formats (Kumu-style workbooks, CSV, GraphML, GEXF). A filled
//! reply pack given to `import` goes to `replies.rs`.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Result;

use super::args::{ConvertArgs, ImportArgs, TemplateArgs};
use super::{EXIT_BAD_INPUT, UsageError};
use sectormap_core::export::{Content, Export};
use sectormap_core::format::Format;
use sectormap_core::interchange::{
    ImportError, KindMap, Limits, MergePlan, Source, import_path, plan_merge_with, read_source,
};
use sectormap_core::io::save_path;
use sectormap_core::model::NodeKind;
use sectormap_core::pipeline::{self, Scope};

/// Prints every problem of a failed import on stderr, one a line.
pub(super) fn report(err: &ImportError) -> ExitCode {
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

/// The kinds `--kind TYPE=KIND` options choose.
fn kind_choices(options: &[String]) -> Result<KindMap> {
    let mut map = KindMap::default();
    for option in options {
        let Some((name, kind)) = option.rsplit_once('=') else {
            return Err(UsageError(format!(
                "--kind \"{option}\": write TYPE=KIND, e.g. --kind \"Person=organisation\""
            ))
            .into());
        };
        let Some(kind) = sectormap_core::interchange::node_kind(kind) else {
            let kinds: Vec<&str> = NodeKind::ALL.iter().map(|k| k.key()).collect();
            return Err(UsageError(format!(
                "--kind \"{option}\": '{kind}' is not a kind; use one of {}",
                kinds.join(", ")
            ))
            .into());
        };
        map.set(name, kind);
    }
    Ok(map)
}

/// Prints what a workbook's sheets are read as.
fn print_shape(source: &Source) {
    let shape = source.shape();
    eprintln!("read as: {}", shape.format.describe());
    for sheet in &shape.sheets {
        eprintln!(
            "  sheet '{}': {} ({} rows, {} columns)",
            sheet.name,
            sheet.role.describe(),
            sheet.rows,
            sheet.columns
        );
    }
}

/// Runs `sectormap import`: reads IN (or merges it into EXISTING), lays
/// out nodes without a position, and saves the map as JSON.
pub fn run_import(args: &ImportArgs) -> Result<ExitCode> {
    let started = Instant::now();
    format_of(&args.input, "IN", &Format::DATA, ".xlsx, .ods, .csv, .graphml, .gexf or .json")?;
    format_of(&args.output, "OUT", &[Format::Map], ".json")?;
    let choices = kind_choices(&args.kinds)?;
    let file = args.input.display().to_string();
    let source = match read_source(&args.input, &Limits::default()) {
        Ok(source) => source,
        Err(err) => return Ok(report(&err)),
    };
    print_shape(&source);
    if let Some(tables) = source.reply_pack() {
        return super::replies::import_pack(args, tables);
    }
    let converted = source.convert(&choices);
    for unknown in &converted.unknown {
        let name = if unknown.name.is_empty() { "(no type)" } else { unknown.name.as_str() };
        eprintln!(
            "note: {} elements have the type '{name}' (first at {}); read it as a kind with --kind \"{}=KIND\"",
            unknown.count, unknown.place, unknown.name
        );
    }
    let mut document = match converted.result {
        Ok(document) => document,
        Err(problems) => return Ok(report(&ImportError { file, problems })),
    };
    let read_ms = started.elapsed().as_millis();
    if document.node_count() == 0 {
        eprintln!("note: {file} holds no elements (only a header, or empty sheets)");
    }
    if let Some(into) = &args.into {
        let mut existing = sectormap_core::io::load_path(into)?;
        if !document.assessment.is_empty() {
            eprintln!(
                "note: {file}'s Rubric and Marks sheets are not merged (a merge carries elements, links, scores and the title); import it without --into to read them"
            );
        }
        let plan = plan_merge_with(&existing, &document, &converted.no_strength);
        print_plan(&plan);
        if args.dry_run {
            return Ok(ExitCode::SUCCESS);
        }
        plan.edit().apply(&mut existing)?;
        document = existing;
    } else if args.dry_run {
        eprintln!("would write {} nodes and {} links", document.node_count(), document.link_count());
        return Ok(ExitCode::SUCCESS);
    }
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

/// Prints what a merge adds, changes and leaves alone.
fn print_plan(plan: &MergePlan) {
    eprintln!(
        "merge: {} elements added, {} changed, {} unchanged; {} links added, {} changed, {} unchanged",
        plan.added_nodes.len(),
        plan.changed_nodes.len(),
        plan.unchanged_nodes,
        plan.added_links.len(),
        plan.changed_links.len(),
        plan.unchanged_links
    );
    for (id, label) in &plan.added_nodes {
        eprintln!("  + {label} ({id})");
    }
    for change in plan.changed_nodes.iter().chain(&plan.changed_links) {
        eprintln!("  ~ {} ({}): {}", change.label, change.id, change.fields.join(", "));
    }
    if !plan.meta_fields.is_empty() {
        eprintln!("  ~ map: {}", plan.meta_fields.join(", "));
    }
    for problem in &plan.problems {
        eprintln!("  left alone: {problem}");
    }
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
