//! `sectormap briefing` and the print options of `sectormap export`, run
//! as a user would: files written, sizes, exit codes and messages.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::path::Path;
use std::process::{Command, Output};

fn sectormap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sectormap")).args(args).output().expect("the binary runs")
}

fn map(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("maps").join(name).display().to_string()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The `pHYs` chunk of a PNG: pixels per unit across, down, and the unit.
fn phys(png: &[u8]) -> Option<(u32, u32, u8)> {
    let mut at = 8;
    while at + 8 <= png.len() {
        let len = u32::from_be_bytes(png[at..at + 4].try_into().unwrap()) as usize;
        let kind = &png[at + 4..at + 8];
        let data = &png[at + 8..at + 8 + len];
        if kind == b"pHYs" {
            let x = u32::from_be_bytes(data[0..4].try_into().unwrap());
            let y = u32::from_be_bytes(data[4..8].try_into().unwrap());
            return Some((x, y, data[8]));
        }
        at += 12 + len;
    }
    None
}

#[test]
fn an_a4_picture_at_300_dpi_is_one_command() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("a4.png");
    let run = sectormap(&[
        "export",
        &map("uk-evaw.json"),
        "-o",
        out.to_str().unwrap(),
        "--width",
        "297mm",
        "--height",
        "210mm",
        "--dpi",
        "300",
    ]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(stderr(&run).contains("297 x 210 mm at 300 dpi"), "{}", stderr(&run));
    let bytes = std::fs::read(&out).unwrap();
    let image = image::load_from_memory(&bytes).unwrap();
    assert_eq!((image.width(), image.height()), (3508, 2480), "A4 landscape at 300 dpi");
    // 300 dots per inch is 11,811 per metre (unit 1: the metre).
    assert_eq!(phys(&bytes), Some((11_811, 11_811, 1)));

    // Inches, and the resolution defaults to 300 for physical sizes.
    let run = sectormap(&["export", &map("uk-evaw.json"), "-o", out.to_str().unwrap(), "--width", "4in"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(image::load_from_memory(&bytes).unwrap().width(), 1200);
    assert_eq!(phys(&bytes), Some((11_811, 11_811, 1)));

    // Plain pixels write no resolution unless asked.
    let run = sectormap(&["export", &map("uk-evaw.json"), "-o", out.to_str().unwrap(), "--width", "800"]);
    assert!(run.status.success());
    assert_eq!(phys(&std::fs::read(&out).unwrap()), None);
    for bad in [["--width", "2km"], ["--width", "300in"], ["--dpi", "0"]] {
        let run = sectormap(&["export", &map("uk-evaw.json"), "-o", out.to_str().unwrap(), bad[0], bad[1]]);
        assert_eq!(run.status.code(), Some(2), "{bad:?}: {}", stderr(&run));
    }
}

#[test]
fn briefing_writes_a_pdf_and_refuses_bad_options() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pack.pdf");
    let o = out.to_str().unwrap();
    let run =
        sectormap(&["briefing", &map("uk-evaw.json"), "-o", o, "--date", "2026-03-08", "--paper", "a3"]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(stderr(&run).contains("pages"), "{}", stderr(&run));
    let first = std::fs::read(&out).unwrap();
    let pdf = lopdf::Document::load_mem(&first).unwrap();
    let pages = pdf.get_pages().len();
    assert!(pages >= 5);
    // The same map, options and date: the same file.
    let again =
        sectormap(&["briefing", &map("uk-evaw.json"), "-o", o, "--date", "2026-03-08", "--paper", "a3"]);
    assert!(again.status.success());
    assert!(std::fs::read(&out).unwrap() == first, "byte-identical");

    let run = sectormap(&["briefing", &map("uk-evaw.json"), "-o", o, "--pages", "map"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let map_pages = lopdf::Document::load(&out).unwrap().get_pages().len();
    let run = sectormap(&["briefing", &map("uk-evaw.json"), "-o", o, "--pages", "map,report", "--no-report"]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert_eq!(lopdf::Document::load(&out).unwrap().get_pages().len(), map_pages, "only the map");

    let run = sectormap(&["briefing", &map("uk-evaw.json"), "-o", o, "--views", "Overview,Nowhere"]);
    let err = stderr(&run);
    assert_eq!(run.status.code(), Some(1), "{err}");
    assert!(
        err.contains("uk-evaw.json") && err.contains("\"Nowhere\"") && err.contains("\"Overview\""),
        "{err}"
    );
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");

    for bad in [
        vec!["-o", "pack.png"],
        vec!["-o", o, "--pages", "cover,index"],
        vec!["-o", o, "--pages", "gaps", "--no-gaps"],
        vec!["-o", o, "--date", "8 March"],
        vec!["-o", o, "--paper", "a5"],
        vec!["-o", o, "--margin", "80"],
    ] {
        let mut args = vec!["briefing", "maps/uk-evaw.json"];
        args.extend(bad.iter().copied());
        let run = sectormap(&args);
        assert_eq!(run.status.code(), Some(2), "{bad:?}: {}", stderr(&run));
        assert!(!stderr(&run).contains("panicked"));
    }
}

#[test]
fn briefing_shows_the_assessment_round_asked_for_and_refuses_one_the_map_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pack.pdf");
    let o = out.to_str().unwrap();
    let example = map("uk-evaw.json");
    let pages = |args: &[&str]| {
        let mut all = vec!["briefing", example.as_str(), "-o", o, "--date", "2026-03-08"];
        all.extend(args);
        let run = sectormap(&all);
        assert!(run.status.success(), "{args:?}: {}", stderr(&run));
        lopdf::Document::load(&out).unwrap().get_pages().len()
    };
    let assessment = pages(&["--pages", "assessment", "--round", "2008"]);
    assert!(assessment >= 2, "the 2008 round's pages");
    let all = pages(&[]);
    assert_eq!(pages(&["--no-assessment"]), all - assessment, "--no-assessment leaves exactly its pages out");
    let run = sectormap(&["briefing", &example, "-o", o, "--pages", "assessment", "--round", "1999"]);
    let err = stderr(&run);
    assert_eq!(run.status.code(), Some(1), "{err}");
    assert!(err.contains("no 1999 assessment round") && err.contains("2008"), "{err}");
}
