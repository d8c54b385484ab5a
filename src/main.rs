//! The `sectormap` program: the editor with no subcommand, else a headless command.

use std::process::ExitCode;

use sectormap::cli::{self, Invocation};
use sectormap::ui::{self, Start};

fn main() -> ExitCode {
    match cli::parse() {
        Invocation::Command(command) => cli::run(command),
        Invocation::Editor(file) => {
            let start = file.map_or(Start::Example, Start::File);
            match ui::run(start) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("error: {err}");
                    ExitCode::from(cli::EXIT_BAD_INPUT)
                }
            }
        }
        Invocation::Exit(code) => code,
    }
}
