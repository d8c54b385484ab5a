//! `sectormap import`: reads another tool's file (or merges it into a map),
//! lays out what has no position, and saves the map. What it read
//! differently from the file is said in notes; with `--skip-bad-rows` the
//! rows that read are imported and each one skipped is printed.

use std::process::ExitCode;
use std::time::Instant;

use anyhow::Result;

use super::UsageError;
use super::args::ImportArgs;
use super::convert::{format_of, report};
use super::guard::Output;
use sectormap_core::format::Format;
use sectormap_core::interchange::{
    Converted, ImportError, KindMap, Limits, MergePlan, Source, plan_merge_with, read_source,
};
use sectormap_core::model::{Document, NodeKind};
use sectormap_core::pipeline::{self, Scope};

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

/// Prints the types read as chosen kinds, and the notes on what was read
/// differently from how the file has it.
fn print_notes(file: &str, converted: &Converted) {
    for t in converted.types.iter().filter(|t| t.chosen.is_some()) {
        let (name, kind) = (t.name.as_str(), t.chosen.map_or("", NodeKind::key));
        let what = if name.is_empty() { "no type".to_owned() } else { format!("the type '{name}'") };
        let tag = if name.is_empty() { String::new() } else { format!(", tagged '{name}'") };
        eprintln!(
            "note: {} with {what} (first at {}) read as {kind}{tag}",
            count(t.count, "element"),
            t.place
        );
    }
    for note in &converted.notes {
        eprintln!("note: {file}: {note}");
    }
}

/// The map read, or what to print when there is none: every problem, or
/// with `--skip-bad-rows` each problem skipped and the map of the rest.
fn document(file: &str, converted: Converted, skip: bool) -> Result<Document, ExitCode> {
    let problems = match converted.result {
        Ok(document) => return Ok(document),
        Err(problems) => problems,
    };
    match (converted.partial.filter(|doc| doc.node_count() > 0), skip) {
        (Some(partial), true) => {
            for problem in &problems {
                eprintln!("skipped: {file}: {problem}");
            }
            eprintln!(
                "note: skipped {}; importing the {} and {} that read",
                count(problems.len(), "problem"),
                count(partial.node_count(), "element"),
                count(partial.link_count(), "link")
            );
            Ok(partial)
        }
        (partial, _) => {
            let code = report(&ImportError { file: file.to_owned(), problems });
            if let Some(partial) = partial {
                eprintln!(
                    "note: {} and {} read without a problem; run again with --skip-bad-rows to import them and skip the rest",
                    count(partial.node_count(), "element"),
                    count(partial.link_count(), "link")
                );
            }
            Err(code)
        }
    }
}

/// Runs `sectormap import`: reads IN (or merges it into EXISTING), lays
/// out nodes without a position, and saves the map as JSON.
pub fn run_import(args: &ImportArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let output = Output::note(&args.output, args.force);
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
    print_notes(&file, &converted);
    let no_strength = converted.no_strength.clone();
    let mut document = match document(&file, converted, args.skip_bad_rows) {
        Ok(document) => document,
        Err(code) => return Ok(code),
    };
    let read_ms = started.elapsed().as_millis();
    if document.node_count() == 0 {
        eprintln!("note: {file} holds no elements (only a header, or empty sheets)");
    }
    if let Some(into) = &args.into {
        let mut existing = super::load_map(into)?;
        if !document.assessment.is_empty() {
            eprintln!(
                "note: {file}'s Rubric and Marks sheets are not merged (a merge carries elements, links, scores and the title); import it without --into to read them"
            );
        }
        let plan = plan_merge_with(&existing, &document, &no_strength);
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
    output.save(&document)?;
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

/// `1 element`, `3 elements`.
fn count(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}
