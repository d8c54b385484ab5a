//! The command line's analysis and presenting commands: `report`,
//! `check --gaps` and saved-view exports.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::path::Path;
use std::process::{Command, Output};

fn sectormap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sectormap")).args(args).output().expect("the binary runs")
}

fn example() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/uk-evaw.json").display().to_string()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn report_prints_the_card_with_changes_and_means() {
    let out = sectormap(&["report", &example()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    let lines: Vec<&str> = table.lines().collect();
    assert!(
        lines[0].starts_with("Department") && lines[0].ends_with("2005    2006   2007   2008"),
        "{table}"
    );
    let government = lines.iter().find(|l| l.starts_with("UK Government (overall)")).unwrap();
    assert!(government.ends_with("1  2 (+1)  2 (0)      -"), "{government}");
    let home = lines.iter().find(|l| l.starts_with("Home Office")).unwrap();
    assert!(home.ends_with("5.71*"), "a score computed from marks is starred: {home}");
    let mean = lines.iter().find(|l| l.starts_with("Mean")).unwrap();
    assert_eq!(mean.split_whitespace().collect::<Vec<_>>(), ["Mean", "1", "1.67", "2", "2.62"]);
    assert!(table.contains("* computed from the round's marks: score = 10 ×"), "the formula is printed");
    assert!(table.contains("2008: an illustrative round"), "{table}");
}

#[test]
fn report_writes_csv_and_chart_pictures() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("card.csv");
    let png = dir.path().join("card.png");
    let svg = dir.path().join("card.svg");
    for chart in [&png, &svg] {
        let out = sectormap(&[
            "report",
            &example(),
            "--csv",
            csv.to_str().unwrap(),
            "--chart",
            chart.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let csv = std::fs::read_to_string(&csv).unwrap();
    assert!(
        csv.starts_with(
            "Department,Id,Sector,2005,2006,2007,2008,Change 2006,Change 2007,Change 2008,\
             Source 2005,Source 2006,Source 2007,Source 2008\n"
        ),
        "{csv}"
    );
    assert!(
        csv.contains("\nUK Government (overall),dept-government,cross-government,1,2,2,,+1,0,,headline,headline,headline,\n"),
        "{csv}"
    );
    assert!(
        csv.contains("\nHome Office,dept-home-office,law enforcement and criminal justice,,,,5.71,,,,,,,\"computed, illustrative\"\n"),
        "a score worked out from an illustrative round's marks says so: {csv}"
    );
    let picture = image::open(&png).unwrap();
    assert!(picture.width() > 1000 && picture.height() > 600, "{}x{}", picture.width(), picture.height());
    let svg = std::fs::read_to_string(&svg).unwrap();
    assert_eq!(svg.matches("class=\"series\"").count(), 7, "six departments scored and the mean");
    assert!(svg.contains("data-id=\"dept-government\""));
    assert!(svg.contains(">Report card: scores out of 10<"));
}

#[test]
fn report_refuses_an_unknown_chart_format() {
    let out = sectormap(&["report", &example(), "--chart", "card.gif"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("end it with .png or .svg"));
}

#[test]
fn check_gaps_json_lists_findings_with_their_rule_and_nodes() {
    let out = sectormap(&["check", &example(), "--gaps", "--json"]);
    assert!(out.status.success(), "gaps do not fail a check: {}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let gaps = report["gaps"].as_array().unwrap();
    assert_eq!(report["gap_count"], gaps.len());
    let transport = gaps
        .iter()
        .find(|g| g["rule"] == "unrecognised-link" && g["links"][0] == "rel-sexual-harassment-dft-safe")
        .expect("the Transport link not being made");
    assert_eq!(transport["nodes"][0], "obj-dft-safe");
    assert_eq!(
        transport["text"],
        "Sexual harassment bears on the objective \"Safe and secure public transport\" (Department for \
         Transport), but the department does not make that link itself."
    );
    assert!(gaps.iter().any(|g| g["rule"] == "single-form" && g["nodes"][0] == "dept-dti"));
}

#[test]
fn check_gaps_text_groups_findings_by_rule() {
    let out = sectormap(&["check", &example(), "--gaps"]);
    assert!(out.status.success());
    let stdout = text(&out.stdout);
    assert!(stdout.contains("\nLinks the department does not make (16)\n"), "{stdout}");
    assert!(
        stdout.contains(
            "\nDepartments that see only one form of VAW (1)\n  - Department of Trade and Industry's"
        )
    );
}

#[test]
fn export_view_shows_its_caption_and_fades_what_is_out_of_focus() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("transport.svg");
    let out = sectormap(&["export", &example(), "--view", "transport", "-o", svg.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let svg = std::fs::read_to_string(&svg).unwrap();
    assert!(
        svg.contains(">Department for Transport: two forms of VAW bear on its objectives; it makes none")
    );
    let whole = dir.path().join("whole.svg");
    let out = sectormap(&["export", &example(), "-o", whole.to_str().unwrap()]);
    assert!(out.status.success());
    let whole = std::fs::read_to_string(&whole).unwrap();
    assert_ne!(svg, whole, "the view differs from the plain map");
}

#[test]
fn export_view_names_the_views_there_are_when_one_is_missing() {
    let out = sectormap(&["export", &example(), "--view", "Nowhere", "-o", "x.png"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("no saved view called \"Nowhere\"; its views are \"Overview\""), "{err}");
    assert!(!Path::new("x.png").exists());
}

#[test]
fn export_all_views_writes_one_numbered_picture_per_view() {
    let dir = tempfile::tempdir().unwrap();
    let slides = dir.path().join("slides");
    let out = sectormap(&["export", &example(), "--all-views", slides.to_str().unwrap(), "--format", "svg"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut names: Vec<String> = std::fs::read_dir(&slides)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 14, "{names:?}");
    assert_eq!(names[0], "01-overview.svg");
    assert!(names.contains(&"11-transport.svg".to_owned()), "{names:?}");
    let home = std::fs::read_to_string(slides.join("04-home-office.svg")).unwrap();
    assert!(home.contains(">Home Office: three forms of VAW bear on its objectives"));
}

#[test]
fn export_refuses_format_without_all_views_and_a_file_as_the_folder() {
    let out = sectormap(&["export", &example(), "-o", "x.png", "--format", "svg"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--format applies only with --all-views"), "{}", text(&out.stderr));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("slides");
    std::fs::write(&file, "not a folder").unwrap();
    let out = sectormap(&["export", &example(), "--all-views", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("slides: is a file; --all-views needs a folder"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a folder", "nothing lost");
}

#[test]
fn report_on_a_map_without_scores_says_so() {
    let template = Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/multisectoral-template.json");
    let out = sectormap(&["report", template.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(text(&out.stdout).ends_with("No department has a score yet.\n"), "{}", text(&out.stdout));
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("card.svg");
    let out = sectormap(&["report", template.to_str().unwrap(), "--chart", svg.to_str().unwrap()]);
    assert!(out.status.success());
    let svg = std::fs::read_to_string(&svg).unwrap();
    assert!(svg.contains(">No department has been scored yet<"));
    assert!(svg.contains("Not scored in any year: Education department"));
}

#[test]
fn check_gaps_on_an_empty_map_says_the_map_is_empty() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("empty.json");
    sectormap_core::io::save_path(&sectormap_core::model::Document::new(), &map).unwrap();
    let out = sectormap(&["check", map.to_str().unwrap(), "--gaps"]);
    assert!(out.status.success());
    let said = text(&out.stdout);
    assert!(said.contains("The map is empty: add departments and forms of VAW to find gaps."), "{said}");
}
