//! `sectormap check`: validate a map and list every problem.

use std::process::ExitCode;

use anyhow::Result;
use serde_json::{Value, json};

use super::EXIT_BAD_INPUT;
use super::args::CheckArgs;
use crate::io::{LoadError, load_path};
use crate::model::{Place, Problem};

/// Runs `sectormap check`; exit 1 when the map has any problem.
pub fn run(args: &CheckArgs) -> Result<ExitCode> {
    let origin = args.map.display().to_string();
    let result = load_path(&args.map);
    if args.json {
        println!("{}", report_json(&origin, &result));
    } else {
        match &result {
            Ok(document) => {
                println!("{origin}: ok, {} nodes and {} links", document.node_count(), document.link_count())
            }
            Err(LoadError::Invalid { problems, .. }) => {
                for problem in problems {
                    println!("{origin}: {problem}");
                }
                eprintln!(
                    "error: {origin}: {} problem{}",
                    problems.len(),
                    if problems.len() == 1 { "" } else { "s" }
                );
            }
            Err(err) => eprintln!("error: {err}"),
        }
    }
    Ok(if result.is_ok() { ExitCode::SUCCESS } else { ExitCode::from(EXIT_BAD_INPUT) })
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
    };
    json!({
        "place": place,
        "id": id,
        "position": index,
        "field": problem.field,
        "message": problem.message,
    })
}

fn report_json(origin: &str, result: &Result<crate::model::Document, LoadError>) -> Value {
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
