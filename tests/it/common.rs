//! What the program's tests share: the core's and the editor's test helpers
//! (one copy each, in their crates' tests/it/common.rs), and the program.

#[path = "../../crates/core/tests/it/common.rs"]
mod core;
#[path = "../../crates/app/tests/it/common.rs"]
mod editor;

pub use core::*;
pub use editor::{click, drag, editor, launch, positions as editor_positions, retype, wait_for_export};

/// The `sectormap` program built for these tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_sectormap");

/// Runs `sectormap` with `args` and waits for it.
pub fn sectormap(args: &[&str]) -> std::process::Output {
    std::process::Command::new(BIN).args(args).output().expect("sectormap runs")
}
