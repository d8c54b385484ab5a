//! Nothing the user had is lost: a recovery copy while changes are unsaved,
//! restored after the editor is killed; a save killed half way leaves the
//! old file or the new one, never a broken one.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use egui::{Key, Modifiers};

use crate::common::{click, drag, launch, retype};
use egui_kittest::kittest::Queryable;
use sectormap_app::{Launch, Start};
use sectormap_core::editor::Recovery;
use sectormap_core::generate::random_map;
use sectormap_core::io::{load_path, load_str, save_path, to_json};
use sectormap_core::layout::SplitMix64;
use sectormap_core::pipeline::{self, DEFAULT_SEED, Scope};

/// Where the child editor keeps its copy, and where it says what it holds.
const DIR_ENV: &str = "SECTORMAP_TEST_RECOVERY_DIR";

fn with_recovery(start: Start, dir: &Path) -> Launch {
    Launch { data_dir: Some(dir.to_path_buf()), ..Launch::headless(start) }
}

/// Recovery copies in `dir` (not the locks).
fn copies(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    found.sort();
    found
}

#[test]
fn a_copy_is_kept_while_changes_are_unsaved_and_goes_when_they_are_saved() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("map.json");
    let mut harness = launch(with_recovery(Start::Example, dir.path()));
    assert!(copies(dir.path()).is_empty(), "no copy of a map without changes");
    click(&mut harness, "Home Office");
    retype(&mut harness, "Label", "Home Office (England and Wales)");
    let copy = harness.state().recovery().unwrap().file();
    let kept = |copy: &Path| std::fs::read_to_string(copy).unwrap_or_default();
    assert!(kept(&copy).contains("Home Office (England and Wales)"), "the first change is kept at once");
    // Later changes are kept once they have settled for two seconds...
    retype(&mut harness, "Description", "Policing, crime and borders");
    assert!(!kept(&copy).contains("Policing, crime and borders"), "not while typing");
    harness.run_steps(12); // three seconds of frames
    assert!(kept(&copy).contains("Policing, crime and borders"), "kept once typing stops");
    // ...or at once when the window loses focus.
    retype(&mut harness, "Description", "Crime and policing");
    assert!(!kept(&copy).contains("Crime and policing"));
    harness.event(egui::Event::WindowFocused(false));
    harness.run();
    assert!(kept(&copy).contains("Crime and policing"), "losing focus writes the copy");
    // Saving removes it.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    retype(&mut harness, "File path", map.to_str().unwrap());
    click(&mut harness, "Save");
    assert!(!harness.state().session().is_dirty());
    assert!(!copy.exists(), "a saved map needs no copy");
    drop(harness);
    assert!(
        std::fs::read_dir(dir.path()).unwrap().flatten().all(|e| e.path() == map),
        "a clean exit leaves nothing"
    );
}

#[test]
fn the_copy_of_an_editor_still_running_is_not_offered() {
    let dir = tempfile::tempdir().unwrap();
    let running = Recovery::open(dir.path()).unwrap();
    running.write(&sectormap_core::model::Document::new(), None).unwrap();
    let other = Recovery::open(dir.path()).unwrap();
    assert!(other.orphans().is_empty(), "its lock is held: it is not lost");
    // An editor that ends without clearing its copy (a panic unwinding)
    // leaves it to be offered.
    drop(running);
    // Its lock goes with the last copy of the lock file's handle. Another
    // test of this binary starting a program can hold a copy for the
    // moment between fork and exec, so wait that moment out.
    let mut offered = other.orphans().len();
    for _ in 0..100 {
        if offered == 1 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        offered = other.orphans().len();
    }
    assert_eq!(offered, 1, "the copy of an editor that ended with unsaved changes is offered");
    // One that clears it first (a save, a chosen quit) leaves nothing.
    let clean = Recovery::open(dir.path()).unwrap();
    clean.write(&sectormap_core::model::Document::new(), None).unwrap();
    clean.clear();
    drop(clean);
    assert_eq!(other.orphans().len(), 1, "only the first is offered");
}

/// The editor that gets killed: run only as a child of
/// `the_editor_killed_with_unsaved_changes_restores_them_at_the_next_start`.
#[test]
#[ignore = "run as a child process by the recovery test"]
fn recovery_child() {
    let Some(dir) = std::env::var_os(DIR_ENV).map(PathBuf::from) else { return };
    let mut harness = launch(with_recovery(Start::Example, &dir));
    click(&mut harness, "Department for Transport");
    retype(&mut harness, "Label", "Department for Transport (killed)");
    retype(&mut harness, "Description", "Safe travel for women and girls");
    let from = harness.get_by_label("Home Office").rect().center();
    drag(&mut harness, from, from + egui::vec2(90.0, 60.0));
    click(&mut harness, "Add commitment");
    harness.get_by_label("Rename node").type_text("Istanbul Convention");
    harness.key_press(Key::Enter);
    harness.run();
    harness.event(egui::Event::WindowFocused(false));
    harness.run();
    let expected = to_json(harness.state().session().doc()).unwrap();
    std::fs::write(dir.join("expected.txt"), expected).unwrap();
    let mut out = std::io::stdout().lock();
    writeln!(out, "READY").unwrap();
    out.flush().unwrap();
    loop {
        std::thread::sleep(Duration::from_secs(1));
    }
}

#[test]
fn the_editor_killed_with_unsaved_changes_restores_them_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["recovery::recovery_child", "--exact", "--ignored", "--nocapture", "--test-threads=1"])
        .env(DIR_ENV, dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut ready = false;
    for line in BufReader::new(stdout).lines() {
        if line.unwrap().trim_end().ends_with("READY") {
            ready = true;
            break;
        }
    }
    assert!(ready, "the child editor ended before it was ready");
    child.kill().unwrap(); // SIGKILL: no destructor, no clean exit
    child.wait().unwrap();
    let expected = std::fs::read_to_string(dir.path().join("expected.txt")).unwrap();
    // The next start offers the lost changes, naming the map and the time.
    let mut harness = launch(with_recovery(Start::Example, dir.path()));
    assert!(harness.query_by_label("Restore unsaved changes?").is_some());
    assert!(harness.query_by_label_contains("the untitled map").is_some());
    let today = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::system())
        .strftime("%-d %B %Y")
        .to_string();
    assert!(harness.query_by_label_contains(&today).is_some(), "the time of the copy is shown");
    click(&mut harness, "Restore");
    let restored = to_json(harness.state().session().doc()).unwrap();
    assert_eq!(restored, expected, "exactly the edits made before the kill");
    assert!(harness.state().session().is_dirty(), "restored changes are unsaved until saved");
    assert_eq!(load_str(&restored, "restored").unwrap(), load_str(&expected, "expected").unwrap());
    // The killed editor's copy is gone; this run's copy holds the changes.
    let killed: Vec<PathBuf> = copies(dir.path())
        .into_iter()
        .filter(|p| !p.ends_with(harness.state().recovery().unwrap().file().file_name().unwrap()))
        .collect();
    assert!(killed.is_empty(), "the restored copy is not offered again: {killed:?}");
    let own = std::fs::read_to_string(harness.state().recovery().unwrap().file()).unwrap();
    assert!(
        own.contains("Department for Transport (killed)"),
        "this run keeps its own copy of the restored changes"
    );
}

#[test]
fn a_save_killed_at_any_point_leaves_the_old_file_or_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut old = random_map(5000, 11);
    pipeline::place(&mut old, &Scope::Missing, DEFAULT_SEED, &mut |_| {});
    let mut new = old.clone();
    new.meta.title = "The new version".into();
    let (source, out) = (dir.path().join("new.json"), dir.path().join("map.json"));
    save_path(&new, &source).unwrap();
    let (old_text, new_text) = (to_json(&old).unwrap(), to_json(&new).unwrap());
    let binary = env!("CARGO_BIN_EXE_sectormap");
    let run = || {
        Command::new(binary)
            .args(["layout", source.to_str().unwrap(), "-o", out.to_str().unwrap()])
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    // How long a whole run takes, so kills land all through it.
    std::fs::write(&out, &old_text).unwrap();
    let timer = Instant::now();
    assert!(run().wait().unwrap().success());
    let whole = timer.elapsed();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), new_text);
    let mut rng = SplitMix64::new(7);
    let (mut olds, mut news) = (0, 0);
    for attempt in 0..50 {
        std::fs::write(&out, &old_text).unwrap();
        let mut child = run();
        let at = whole.mul_f64(f64::from((rng.next_signed() + 1.0) * 0.55));
        std::thread::sleep(at);
        let _ = child.kill();
        child.wait().unwrap();
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(load_path(&out).is_ok(), "attempt {attempt}: the file does not load");
        if text == old_text {
            olds += 1;
        } else {
            assert_eq!(text, new_text, "attempt {attempt}: neither the old file nor the new one");
            news += 1;
        }
        let backup = dir.path().join("map.json.bak");
        if backup.exists() {
            assert!(load_path(&backup).is_ok(), "attempt {attempt}: the backup does not load");
        }
    }
    eprintln!("50 kills over {whole:?}: {olds} left the old file, {news} the new one");
    assert_eq!(olds + news, 50);
}
