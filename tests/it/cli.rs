//! The command line, run as a user would: exit codes, messages and files.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::path::{Path, PathBuf};
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

/// Bad input: exit 1, one line on stderr, no panic.
fn assert_bad_input(out: &Output, wanted: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(1), "stderr: {err}");
    assert!(err.contains(wanted), "{wanted:?} not in {err:?}");
    assert!(!err.contains("panicked") && !err.contains("backtrace"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err:?}");
}

fn write_temp(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn export_writes_png_and_svg() {
    let dir = tempfile::tempdir().expect("temp dir");
    let png = dir.path().join("map.png");
    let out =
        sectormap(&["export", &map("uk-evaw.json"), "-o", png.to_str().expect("utf8"), "--width", "800"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let image = image::open(&png).expect("a PNG");
    assert_eq!(image.width(), 800);
    let svg = dir.path().join("map.SVG");
    let out = sectormap(&[
        "export",
        &map("multisectoral-template.json"),
        "-o",
        svg.to_str().expect("utf8"),
        "--color-by",
        "sector",
        "--background",
        "dark",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(&svg).expect("svg");
    roxmltree::Document::parse(&text).expect("valid XML");
    assert!(text.contains("Sector"), "the legend shows sectors");
}

#[test]
fn export_is_deterministic_across_runs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = dir.path().join("a.svg");
    let b = dir.path().join("b.svg");
    for path in [&a, &b] {
        let out = sectormap(&[
            "export",
            &map("uk-evaw.json"),
            "-o",
            path.to_str().expect("utf8"),
            "--year",
            "2006",
            "--seed",
            "42",
        ]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    assert_eq!(std::fs::read(&a).expect("a"), std::fs::read(&b).expect("b"));
    assert!(std::fs::read_to_string(&a).expect("a").contains("score in 2006"));
}

#[test]
fn check_passes_good_maps_and_lists_problems() {
    let out = sectormap(&["check", &map("uk-evaw.json")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("ok, 34 nodes and 55 links"));

    let dir = tempfile::tempdir().expect("temp dir");
    let bad = write_temp(
        dir.path(),
        "bad.json",
        r#"{"format": "sectormap", "version": 1, "nodes": [
            {"id": "d", "kind": "department", "label": "D", "scores": {"2006": {"value": 12}}}],
            "links": [{"id": "l", "kind": "relevant", "from": "x", "to": "d"}]}"#,
    );
    let out = sectormap(&["check", bad.to_str().expect("utf8")]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(r#"node "d", field scores.2006: the score 12 is outside 0 to 10"#), "{stdout}");
    assert!(stdout.contains(r#"link "l", field from: no node has the id "x""#), "{stdout}");
    assert!(stderr(&out).contains("2 problems"));

    let out = sectormap(&["check", bad.to_str().expect("utf8"), "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(report["ok"], false);
    let problems = report["problems"].as_array().expect("problems");
    assert_eq!(problems.len(), 2);
    assert_eq!(problems[0]["place"], "node");
    assert_eq!(problems[0]["id"], "d");
    assert_eq!(problems[0]["field"], "scores.2006");
}

#[test]
fn check_json_reports_syntax_errors_with_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = write_temp(dir.path(), "broken.json", "{\n  \"format\": \"sectormap\",\n  \"version\": 1,,\n}");
    let out = sectormap(&["check", bad.to_str().expect("utf8"), "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["problems"][0]["line"], 3);
    assert_eq!(report["problems"][0]["column"], 16);
}

#[test]
fn bad_input_exits_1_with_one_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken =
        write_temp(dir.path(), "broken.json", "{\"format\": \"sectormap\", \"version\": 1, \"nodes\": [}");
    let out_png = dir.path().join("out.png");
    let out = sectormap(&["export", broken.to_str().expect("utf8"), "-o", out_png.to_str().expect("utf8")]);
    assert_bad_input(&out, "broken.json:1:");
    assert!(!out_png.exists(), "nothing written on bad input");

    let out = sectormap(&["export", "/no/such/map.json", "-o", out_png.to_str().expect("utf8")]);
    assert_bad_input(&out, "/no/such/map.json: cannot read the file");

    let invalid = write_temp(
        dir.path(),
        "invalid.json",
        r#"{"format": "sectormap", "version": 1, "nodes": [{"id": "a", "kind": "issue", "label": "A"}, {"id": "a", "kind": "issue", "label": "B"}]}"#,
    );
    let out = sectormap(&["export", invalid.to_str().expect("utf8"), "-o", out_png.to_str().expect("utf8")]);
    assert_bad_input(&out, r#"node "a", field id: the id is used twice"#);

    let out = sectormap(&["check", broken.to_str().expect("utf8")]);
    assert_bad_input(&out, "broken.json:1:");

    let into_missing_dir = dir.path().join("missing").join("x.png");
    let out = sectormap(&["export", &map("uk-evaw.json"), "-o", into_missing_dir.to_str().expect("utf8")]);
    assert_bad_input(&out, "missing/x.png: not written");
}

#[test]
fn usage_errors_exit_2() {
    let cases: &[&[&str]] = &[
        &["export"],
        &["export", "maps/uk-evaw.json"],
        &["export", "maps/uk-evaw.json", "-o", "out.jpg"],
        &["export", "maps/uk-evaw.json", "-o", "out.png", "--width", "0"],
        &["export", "maps/uk-evaw.json", "-o", "out.png", "--width", "wide"],
        &["export", "maps/uk-evaw.json", "-o", "out.png", "--background", "purple"],
        &["export", "maps/uk-evaw.json", "-o", "out.png", "--color-by", "kind", "--year", "2006"],
        &["export", "maps/uk-evaw.json", "-o", "out.png", "--width", "100", "--scale", "2"],
        &["check"],
        &["export", "maps/uk-evaw.json", "-o", "x.png", "--frobnicate"],
        &["maps/uk-evaw.json", "extra-argument"],
        &["check", "a.json", "--colour"],
    ];
    for args in cases {
        let out = sectormap(args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(!err.is_empty() && !err.contains("panicked"), "{args:?}: {err}");
    }
    let out = sectormap(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("export"));
}

#[test]
fn a_node_beyond_the_map_is_refused_by_check_and_export() {
    let dir = tempfile::tempdir().expect("temp dir");
    let far = write_temp(
        dir.path(),
        "far.json",
        r#"{"format": "sectormap", "version": 3, "nodes": [
            {"id": "near", "kind": "issue", "label": "Near", "position": {"x": 0, "y": 0}, "pinned": true},
            {"id": "far", "kind": "issue", "label": "Far", "position": {"x": 1e308, "y": 0}, "pinned": true}]}"#,
    );
    let far = far.to_str().expect("utf8");
    let out = sectormap(&["check", far]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(r#"node "far", field position: "#), "{stdout}");
    for name in ["far.svg", "far.png"] {
        let picture = dir.path().join(name);
        let out = sectormap(&["export", far, "-o", picture.to_str().expect("utf8")]);
        assert_bad_input(&out, r#"node "far", field position: "#);
        assert!(!picture.exists(), "nothing written for a map beyond the map");
    }
}
