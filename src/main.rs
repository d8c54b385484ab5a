//! The `sectormap` program: the editor with no subcommand, else a headless
//! command (`cli`). Commands use only `sectormap_core`; the editor is
//! `sectormap_app`, behind the default `editor` feature. Built with
//! `--no-default-features` it is the command line alone, and says so when
//! asked for the editor.

mod cli;

use std::process::ExitCode;

use cli::Invocation;

fn main() -> ExitCode {
    match cli::parse() {
        Invocation::Command(command) => cli::run(command),
        Invocation::Editor(file) => editor(file),
        Invocation::Exit(code) => code,
    }
}

/// Opens the editor on `file`, or on the built-in example.
#[cfg(feature = "editor")]
fn editor(file: Option<std::path::PathBuf>) -> ExitCode {
    use sectormap_app::Start;
    let start = file.map_or(Start::Example, Start::File);
    match sectormap_app::run(start) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(cli::EXIT_BAD_INPUT)
        }
    }
}

/// This build has no editor: says how to get one, and which commands work.
#[cfg(not(feature = "editor"))]
fn editor(_file: Option<std::path::PathBuf>) -> ExitCode {
    eprintln!(
        "error: this sectormap was built without the editor (--no-default-features); \
         run a command such as `sectormap export MAP -o OUT.png`, or see `sectormap --help`"
    );
    ExitCode::from(cli::EXIT_USAGE)
}
