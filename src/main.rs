//! The `sectormap` program.

fn main() -> std::process::ExitCode {
    sectormap::cli::main()
}
