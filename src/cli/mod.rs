//! The headless command line: `export`, `layout`, `check`, `report`,
//! `convert`, `import`, `template`, `briefing`, `html`, `assess`,
//! `reply-pack`, `brief`, `share` and `sync`.
//!
//! `args.rs` declares them (clap); [`run`] matches each to its file
//! (`convert.rs` holds convert, import and template; `replies.rs` holds
//! reply-pack and the import of a filled pack; `assess.rs` prints a round). Every export (a
//! picture, the report card, a data file, the web page, the briefing) is a
//! [`sectormap_core::export::Export`] made and written by `export.rs`'s
//! `write` through [`sectormap_core::export::export`] and
//! [`sectormap_core::export::write`], the path the editor takes; only
//! `convert` to `.json` saves the way the editor saves a map
//! (`io::save_path`, keeping a `.bak`). `export`, `html`, `briefing` and
//! `layout` first lay out the nodes without a position (`export.rs`'s
//! `placed`; every unpinned node with `--relayout`); nodes with one stay
//! exactly where the file has them. `print.rs` reads picture sizes;
//! `texts.rs` finds untranslated texts and characters no bundled font
//! draws, for `check --gaps`.
//!
//! `guard.rs`: `layout` and `import` do not replace an output someone else
//! changed while they ran, unless `--force` says to; a shared output gets
//! their changes recorded in this device's file and the merged map.
//! `share.rs`: `share` and `sync` (the shared folder).
//!
//! Exit codes: 0 success, 1 bad input (one line on stderr saying why),
//! 2 usage error.

mod args;
mod assess;
mod brief;
mod briefing;
mod check;
mod convert;
mod export;
mod guard;
mod html;
mod import;
mod layout;
mod print;
mod replies;
mod report;
mod share;
mod texts;

use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command};

/// Exit code for bad input (a file that cannot be read, an invalid map...).
pub const EXIT_BAD_INPUT: u8 = 1;
/// Exit code for a usage error (unknown option, bad value...).
pub const EXIT_USAGE: u8 = 2;

/// The language of what the commands print on the terminal (gap
/// sentences of `check --gaps`). What they draw or write into files
/// follows the map's shown language ([`sectormap_core::export::Shown`]).
pub const OUTPUT_LANGUAGE: sectormap_core::i18n::Language = sectormap_core::i18n::Language::En;

/// A mistake in how the command was called, found after parsing.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// What the process was asked to do.
#[derive(Debug)]
pub enum Invocation {
    /// A headless command.
    Command(Command),
    /// Open the editor, on this file or on the built-in example.
    Editor(Option<std::path::PathBuf>),
    /// Nothing more: help or version was printed, or the arguments were wrong.
    Exit(ExitCode),
}

/// Parses the process arguments.
pub fn parse() -> Invocation {
    match Cli::try_parse() {
        Ok(Cli { command: Some(command), .. }) => Invocation::Command(command),
        Ok(Cli { command: None, file }) => Invocation::Editor(file),
        Err(err) => {
            // Help and version go to stdout with code 0; errors to stderr with 2.
            let _ = err.print();
            Invocation::Exit(if err.use_stderr() { ExitCode::from(EXIT_USAGE) } else { ExitCode::SUCCESS })
        }
    }
}

/// Runs a headless command and reports any error on stderr.
pub fn run(command: Command) -> ExitCode {
    let result = match command {
        Command::Export(args) => export::run(&args).map(|()| ExitCode::SUCCESS),
        Command::Check(args) => check::run(&args),
        Command::Report(args) => report::run(&args).map(|()| ExitCode::SUCCESS),
        Command::Layout(args) => layout::run(&args).map(|()| ExitCode::SUCCESS),
        Command::Convert(args) => convert::run_convert(&args),
        Command::Import(args) => import::run_import(&args),
        Command::Template(args) => convert::run_template(&args),
        Command::Briefing(args) => briefing::run(&args).map(|()| ExitCode::SUCCESS),
        Command::Html(args) => html::run(&args).map(|()| ExitCode::SUCCESS),
        Command::Assess(args) => assess::run(&args).map(|()| ExitCode::SUCCESS),
        Command::ReplyPack(args) => replies::run_reply_pack(&args).map(|()| ExitCode::SUCCESS),
        Command::Brief(args) => brief::run(&args).map(|()| ExitCode::SUCCESS),
        Command::Share(args) => share::run_share(&args).map(|()| ExitCode::SUCCESS),
        Command::Sync(args) => share::run_sync(&args).map(|()| ExitCode::SUCCESS),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            let usage = err.downcast_ref::<UsageError>().is_some();
            eprintln!("error: {}", one_line(&format!("{err:#}")));
            ExitCode::from(if usage { EXIT_USAGE } else { EXIT_BAD_INPUT })
        }
    }
}

/// Writes `text` to standard output. A reader that has gone away (`| head`)
/// is not an error: there is no one left to tell.
pub(crate) fn out(text: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush());
}

/// Loads the map at `path`. The error says what to do where it can: a
/// file `import` reads is imported; a broken map's backup is checked.
pub(crate) fn load_map(path: &std::path::Path) -> anyhow::Result<sectormap_core::model::Document> {
    sectormap_core::io::load_path(path).map_err(|err| anyhow::anyhow!(explain(path, &err)))
}

/// `err` about the map at `path` on one line, with what to do about it
/// where there is something to do: a file `import` reads is said to be
/// one (not "is this a map file?"), a broken map's backup is named.
pub(crate) fn explain(path: &std::path::Path, err: &sectormap_core::io::LoadError) -> String {
    use sectormap_core::interchange::{Remedy, a_file_of, remedy};
    match remedy(path, err) {
        Some(Remedy::Import(format)) => format!(
            "{}: this is {}, not a Sectormap map; import it with `sectormap import {} -o MAP.json`",
            path.display(),
            a_file_of(format),
            quoted(path)
        ),
        Some(Remedy::Backup(backup)) => format!("{}{}", one_line(&err.to_string()), backup_hint(&backup)),
        None => one_line(&err.to_string()),
    }
}

/// `; a backup is at B; check it with ...`, the end of a broken map's error.
pub(crate) fn backup_hint(backup: &std::path::Path) -> String {
    format!("; a backup is at {}; check it with `sectormap check {}`", backup.display(), quoted(backup))
}

/// `path` as a shell word: as it is when plain, else in single quotes.
fn quoted(path: &std::path::Path) -> String {
    let text = path.display().to_string();
    if text.chars().all(|c| c.is_alphanumeric() || "._-/:\\+@%=,".contains(c)) {
        text
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

/// The message on one line (newlines become "; ").
fn one_line(message: &str) -> String {
    message.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("; ")
}
