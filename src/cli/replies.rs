//! Right of reply on the command line: `sectormap reply-pack` writes a
//! round's reply packs (through [`sectormap_core::export::reply_packs`],
//! as File > Export reply packs… does), and `sectormap import PACK.xlsx
//! --into MAP -o MAP` reads a filled one back as the department's replies
//! beside the coalition's marks (which it never changes).

use std::process::ExitCode;
use std::time::Instant;

use anyhow::Result;

use super::UsageError;
use super::args::{ImportArgs, ReplyPackArgs};
use sectormap_core::export;
use sectormap_core::interchange::{ImportError, ReplyPlan, Table, closest, plan_replies};
use sectormap_core::io::{load_path, save_path};

/// Runs `sectormap reply-pack`.
pub fn run_reply_pack(args: &ReplyPackArgs) -> Result<()> {
    let started = Instant::now();
    let doc = load_path(&args.map)?;
    let year = super::assess::round(&doc, args.year, &args.map)?;
    let mut packs = export::reply_packs(&doc, year).map_err(|err| super::export::failed(err, &args.map))?;
    for wanted in &args.departments {
        if !packs.iter().any(|p| p.department == *wanted) {
            let ids: Vec<&str> = packs.iter().map(|p| p.department.as_str()).collect();
            let hint = closest(wanted, ids.iter().copied())
                .map_or(String::new(), |id| format!("; did you mean '{id}'?"));
            anyhow::bail!(
                "{}: no department '{wanted}' is assessed in the {year} round (assessed: {}){hint}",
                args.map.display(),
                ids.join(", ")
            );
        }
    }
    if !args.departments.is_empty() {
        packs.retain(|p| args.departments.contains(&p.department));
    }
    let written = export::write_reply_packs(&args.output, &packs)?;
    for (pack, path) in packs.iter().zip(&written) {
        eprintln!(
            "wrote {} ({}: {} questions, {} KB)",
            path.display(),
            pack.label,
            pack.questions,
            pack.exported.bytes.len().div_ceil(1024)
        );
    }
    let illustrative = doc.assessment.rounds.get(&year).is_some_and(|r| r.illustrative);
    eprintln!(
        "wrote {} reply packs for the {year} round{} into {} in {} ms; notes are not included",
        packs.len(),
        if illustrative { " (illustrative)" } else { "" },
        args.output.display(),
        started.elapsed().as_millis()
    );
    Ok(())
}

/// `sectormap import PACK.xlsx --into MAP -o OUT`: the pack's replies put
/// beside MAP's marks, saved to OUT.
pub fn import_pack(args: &ImportArgs, tables: &[Table]) -> Result<ExitCode> {
    let started = Instant::now();
    let file = args.input.display().to_string();
    let Some(into) = &args.into else {
        return Err(UsageError(format!(
            "{file} is a department's reply pack: give the map it came from with --into MAP (and -o MAP to save it)"
        ))
        .into());
    };
    let mut map = load_path(into)?;
    let plan = match plan_replies(&map, tables) {
        Ok(plan) => plan,
        Err(problems) => return Ok(super::convert::report(&ImportError { file, problems })),
    };
    print_plan(&plan);
    if args.dry_run {
        return Ok(ExitCode::SUCCESS);
    }
    plan.edit().apply(&mut map)?;
    save_path(&map, &args.output)?;
    eprintln!(
        "wrote {} ({} recorded) in {} ms",
        args.output.display(),
        count(plan.changed(), "reply", "replies"),
        started.elapsed().as_millis()
    );
    Ok(ExitCode::SUCCESS)
}

/// Prints what the pack's replies will do, and the rows left blank.
fn print_plan(plan: &ReplyPlan) {
    eprintln!(
        "reply pack from {} ({}) for the {} round: {}, {}; {} to record, {} already recorded",
        plan.label,
        plan.department,
        plan.year,
        count(plan.replies.len(), "reply", "replies"),
        count(plan.disagreements(), "disagreement", "disagreements"),
        plan.changed(),
        plan.replies.iter().filter(|r| r.unchanged).count()
    );
    for reply in &plan.replies {
        let verb = if reply.reply.agree { "agrees" } else { "disagrees" };
        let mark = if reply.unchanged { "=" } else { "+" };
        let new = if reply.new_answer { " (no answer yet: one is made for the reply)" } else { "" };
        let reason =
            if reply.reply.reason.is_empty() { String::new() } else { format!(": {}", reply.reply.reason) };
        eprintln!("  {mark} {} {verb}{reason}{new}", reply.criterion);
    }
    for row in &plan.skipped {
        eprintln!("  skipped {} ({}): left blank", row.place, row.criterion);
    }
}

/// `1 reply`, `2 replies`.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
