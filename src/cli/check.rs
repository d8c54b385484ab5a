//! `sectormap check`: validate a map and list every problem, and with
//! `--gaps` the gaps the analysis finds (gaps do not change the exit code).

use std::process::ExitCode;

use anyhow::Result;
use serde_json::{Value, json};

use super::EXIT_BAD_INPUT;
use super::args::CheckArgs;
use sectormap_core::analysis::{Gap, count_by_kind, find_gaps};
use sectormap_core::interchange::{Remedy, remedy};
use sectormap_core::io::{LoadError, load_path};
use sectormap_core::model::{Document, Place, Problem};

/// Runs `sectormap check`; exit 1 when the map has any problem.
pub fn run(args: &CheckArgs) -> Result<ExitCode> {
    let origin = args.map.display().to_string();
    let result = load_path(&args.map);
    let gaps = match (&result, args.gaps) {
        (Ok(document), true) => Some(find_gaps(document, super::OUTPUT_LANGUAGE)),
        _ => None,
    };
    if args.json {
        let mut report = report_json(&origin, &result);
        if let (Err(err), Some(object)) = (&result, report.as_object_mut()) {
            // What to do about it, as the one line on stderr says it.
            object.insert("message".to_owned(), json!(super::explain(&args.map, err)));
        }
        if let (Some(gaps), Some(object)) = (&gaps, report.as_object_mut()) {
            object.insert("gaps".to_owned(), Value::Array(gaps.iter().map(gap_json).collect()));
            object.insert("gap_count".to_owned(), json!(gaps.len()));
        }
        if let (Ok(document), true, Some(object)) = (&result, args.gaps, report.as_object_mut()) {
            object.insert("untranslated".to_owned(), super::texts::untranslated_json(document));
        }
        super::out(&format!("{report}\n"));
    } else {
        match &result {
            Ok(document) => {
                super::out(&format!(
                    "{origin}: ok, {} nodes and {} links\n",
                    document.node_count(),
                    document.link_count()
                ));
                if let Some(gaps) = &gaps {
                    super::out(&gaps_text(document, gaps));
                    super::out(&super::texts::untranslated_text(document));
                }
            }
            Err(LoadError::Invalid { problems, .. }) => {
                for problem in problems {
                    super::out(&format!("{origin}: {problem}\n"));
                }
                let backup = match result.as_ref().err().and_then(|err| remedy(&args.map, err)) {
                    Some(Remedy::Backup(backup)) => super::backup_hint(&backup),
                    _ => String::new(),
                };
                eprintln!(
                    "error: {origin}: {} problem{}{backup}",
                    problems.len(),
                    if problems.len() == 1 { "" } else { "s" }
                );
            }
            Err(err) => eprintln!("error: {}", super::explain(&args.map, err)),
        }
    }
    Ok(if result.is_ok() { ExitCode::SUCCESS } else { ExitCode::from(EXIT_BAD_INPUT) })
}

/// Gaps grouped under their rule's title, each a bullet.
fn gaps_text(document: &Document, gaps: &[Gap]) -> String {
    if gaps.is_empty() {
        return format!("{}\n", sectormap_core::analysis::no_gaps(document, super::OUTPUT_LANGUAGE));
    }
    let mut out = format!("{} gap{} found:\n", gaps.len(), if gaps.len() == 1 { "" } else { "s" });
    let counts = count_by_kind(gaps);
    for (kind, count) in &counts {
        out.push_str(&format!("\n{} ({count})\n", kind.title(super::OUTPUT_LANGUAGE)));
        for gap in gaps.iter().filter(|g| g.kind == *kind) {
            out.push_str(&format!("  - {}\n", gap.text));
        }
    }
    out
}

fn gap_json(gap: &Gap) -> Value {
    json!({
        "rule": gap.kind.key(),
        "title": gap.kind.title(super::OUTPUT_LANGUAGE),
        "text": gap.text,
        "nodes": gap.nodes,
        "links": gap.links,
    })
}

fn problem_json(problem: &Problem) -> Value {
    let (place, id, index) = match &problem.place {
        Place::Map => ("map", None, None),
        Place::Node(id) => ("node", Some(id.clone()), None),
        Place::NodeAt(i) => ("node", None, Some(i + 1)),
        Place::Link(id) => ("link", Some(id.clone()), None),
        Place::LinkAt(i) => ("link", None, Some(i + 1)),
        Place::View(name) => ("view", Some(name.clone()), None),
        Place::ViewAt(i) => ("view", None, Some(i + 1)),
        Place::Round(year) => ("round", Some(year.to_string()), None),
        Place::Answer(year, department, criterion) => {
            ("answer", Some(format!("{year}/{department}/{criterion}")), None)
        }
    };
    json!({
        "place": place,
        "id": id,
        "position": index,
        "field": problem.field,
        "message": problem.message,
    })
}

fn report_json(origin: &str, result: &Result<sectormap_core::model::Document, LoadError>) -> Value {
    match result {
        Ok(document) => json!({
            "file": origin,
            "ok": true,
            "nodes": document.node_count(),
            "links": document.link_count(),
            "problems": [],
        }),
        Err(LoadError::Invalid { problems, .. }) => json!({
            "file": origin,
            "ok": false,
            "problems": problems.iter().map(problem_json).collect::<Vec<_>>(),
        }),
        Err(LoadError::Syntax { line, column, message, .. }) => json!({
            "file": origin,
            "ok": false,
            "problems": [{ "place": "file", "line": line, "column": column, "message": message }],
        }),
        Err(err) => json!({
            "file": origin,
            "ok": false,
            "problems": [{ "place": "file", "message": err.to_string() }],
        }),
    }
}
