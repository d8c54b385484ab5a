//! The writers that replace a map (`layout -o`, `import --into MAP -o
//! MAP`) refuse to replace one someone else saved while they ran, naming
//! it, unless `--force` says to. The map read comes through a named pipe,
//! so the test changes the output exactly while the command runs.

#![cfg(target_os = "linux")]

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::common::BIN;
use sectormap_core::io;

/// Runs `sectormap` with `args`, whose map is read from the named pipe
/// `pipe`; `out` is changed by someone else while it runs (once it has
/// begun and before it has read the map), then the map is fed to it.
fn run_while_out_changes(args: &[&str], pipe: &Path, out: &Path) -> Output {
    let made = Command::new("mkfifo").arg(pipe).status().expect("mkfifo runs");
    assert!(made.success());
    let child =
        Command::new(BIN).args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("runs");
    // Opening the pipe waits until the command opens it to read the map:
    // by then it has noted its output.
    let (pipe_at, out_at) = (pipe.to_path_buf(), out.to_path_buf());
    let feeder = std::thread::spawn(move || {
        let mut feed = std::fs::OpenOptions::new().write(true).open(&pipe_at).expect("pipe opens");
        let mut theirs = io::load_path(&out_at).expect("loads");
        theirs.meta.subtitle = "Saved by someone else".to_owned();
        io::save_path(&theirs, &out_at).expect("saved meanwhile");
        // The map fits in the pipe's buffer (64 KiB): the write never waits.
        feed.write_all(io::EXAMPLE_MAP.as_bytes()).expect("map fed");
    });
    let output = child.wait_with_output().expect("ends");
    if !feeder.is_finished() {
        // The command ended without opening the pipe: open it here, without
        // waiting, so the feeder goes on and the test fails instead of hanging.
        let _reader = std::fs::OpenOptions::new().read(true).custom_flags(O_NONBLOCK).open(pipe);
        let _ = feeder.join();
    }
    output
}

/// Opening without waiting (Linux's `O_NONBLOCK`).
const O_NONBLOCK: i32 = 0o4000;

/// The example map saved at `path`.
fn example_at(path: &Path) {
    io::save_path(&io::load_str(io::EXAMPLE_MAP, io::EXAMPLE_NAME).expect("example"), path).expect("saved");
}

#[test]
fn layout_refuses_to_replace_a_map_changed_while_it_ran_unless_forced() {
    let dir = tempfile::tempdir().expect("dir");
    let (pipe, out) = (dir.path().join("in.json"), dir.path().join("out.json"));
    example_at(&out);
    let args = ["layout", pipe.to_str().expect("utf-8"), "-o", out.to_str().expect("utf-8")];
    let run = run_while_out_changes(&args, &pipe, &out);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("out.json: changed on disk while this command ran"), "{stderr}");
    assert!(stderr.contains("--force"), "{stderr}");
    assert_eq!(io::load_path(&out).expect("loads").meta.subtitle, "Saved by someone else", "theirs stays");

    std::fs::remove_file(&pipe).expect("removed");
    let forced = [&args[..], &["--force"]].concat();
    let run = run_while_out_changes(&forced, &pipe, &out);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert_ne!(io::load_path(&out).expect("loads").meta.subtitle, "Saved by someone else", "replaced");
}

#[test]
fn import_into_a_map_refuses_to_replace_it_when_it_changed_while_it_ran_unless_forced() {
    let dir = tempfile::tempdir().expect("dir");
    let (pipe, map) = (dir.path().join("incoming.json"), dir.path().join("map.json"));
    example_at(&map);
    let map_arg = map.to_str().expect("utf-8");
    let args = ["import", pipe.to_str().expect("utf-8"), "--into", map_arg, "-o", map_arg];
    let run = run_while_out_changes(&args, &pipe, &map);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("map.json: changed on disk while this command ran"), "{stderr}");

    std::fs::remove_file(&pipe).expect("removed");
    let forced = [&args[..], &["--force"]].concat();
    let run = run_while_out_changes(&forced, &pipe, &map);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
}

#[test]
fn a_map_nobody_else_touched_is_replaced_as_before() {
    let dir = tempfile::tempdir().expect("dir");
    let map = dir.path().join("map.json");
    example_at(&map);
    let map_arg = map.to_str().expect("utf-8");
    let run = crate::common::sectormap(&["layout", map_arg, "-o", map_arg, "--relayout"]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
}
