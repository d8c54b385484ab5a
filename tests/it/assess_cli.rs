//! The assessment on the command line: `assess` prints a round (or JSON),
//! `reply-pack` writes one workbook per assessed department, `import PACK
//! --into MAP` records a filled pack's replies beside the marks, and
//! `convert` to a workbook carries the rubric and marks there and back.

use std::path::Path;

use sectormap_core::interchange::{Cell, Limits, read_source, reply_pack_tables, tables_to_xlsx};
use sectormap_core::io::load_path;
use sectormap_core::model::assess::Mark;

use crate::common::{example, root, sectormap};

fn example_path() -> String {
    root().join("maps/uk-evaw.json").display().to_string()
}

fn text(out: &std::process::Output) -> (String, String) {
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn assess_prints_the_round_and_its_json() {
    let out = sectormap(&["assess", &example_path()]);
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
    assert!(stdout.starts_with("Round 2008 (illustrative"), "{stdout}");
    let home = stdout.lines().find(|l| l.starts_with("Home Office")).unwrap();
    assert!(home.contains("Full") && home.contains("5.71 (7 of 7)") && home.ends_with("no reply"), "{home}");
    let dft = stdout.lines().find(|l| l.starts_with("Department for Transport")).unwrap();
    assert!(dft.contains("n/a") && dft.contains("(6 of 7)") && dft.contains("replied, 1 to decide"), "{dft}");
    assert!(stdout.contains("Formula: score = 10 ×"));

    let out = sectormap(&["assess", &example_path(), "--year", "2008", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["year"], 2008);
    assert_eq!(json["illustrative"], true);
    assert!(json["formula"].as_str().unwrap().starts_with("score = "));
    let departments = json["departments"].as_array().unwrap();
    let by_id = |id: &str| departments.iter().find(|d| d["id"] == id).unwrap();
    assert!((by_id("dept-home-office")["score"].as_f64().unwrap() - 40.0 / 7.0).abs() < 1e-9);
    assert!(by_id("dept-cps")["score"].is_null(), "not scored: null");
    let dft = by_id("dept-dft")["criteria"].as_array().unwrap();
    let criterion = |id: &str| dft.iter().find(|c| c["id"] == id).unwrap();
    assert_eq!(criterion("train")["mark"], "n/a");
    assert_eq!(criterion("plan")["mark"], 0);
    assert_eq!(criterion("plan")["reply"]["agree"], false);
    assert!(criterion("plan")["evidence"][0]["title"].as_str().unwrap().contains("no plan found"));
    assert!(criterion("define")["reply"].is_null());
    assert!(by_id("dept-cps")["criteria"][0]["mark"].is_null(), "not marked: null");

    let out = sectormap(&["assess", &example_path(), "--year", "2007"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).1.contains("the map has no 2007 round; its rounds: 2008"), "{}", text(&out).1);
}

#[test]
fn reply_packs_are_written_and_a_filled_one_is_imported_into_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let packs = dir.path().join("packs");
    let out = sectormap(&["reply-pack", &example_path(), "--year", "2008", "-o", packs.to_str().unwrap()]);
    let (_, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("wrote 11 reply packs for the 2008 round (illustrative)"), "{stderr}");
    let home = packs.join("dept-home-office.xlsx");
    assert!(read_source(&home, &Limits::default()).unwrap().reply_pack().is_some());
    assert_eq!(std::fs::read_dir(&packs).unwrap().count(), 11);

    // The department fills two rows of its pack and sends it back.
    let doc = example();
    let mut tables = reply_pack_tables(&doc, 2008, "dept-home-office").unwrap();
    let reply = tables.iter_mut().find(|t| t.name == "Reply").unwrap();
    for (row, agree, reason) in [(3, "no", "Owners and dates since May."), (1, "YES", "")] {
        reply.rows[row].resize(8, Cell::Empty);
        reply.rows[row][5] = Cell::from(agree);
        reply.rows[row][6] = Cell::from(reason);
    }
    let filled = dir.path().join("filled.xlsx");
    std::fs::write(&filled, tables_to_xlsx(&tables).unwrap()).unwrap();
    let map = dir.path().join("map.json");
    std::fs::copy(root().join("maps/uk-evaw.json"), &map).unwrap();
    let map_arg = map.to_str().unwrap();
    let out = sectormap(&["import", filled.to_str().unwrap(), "--into", map_arg, "-o", map_arg]);
    let (_, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(
            "reply pack from Home Office (dept-home-office) for the 2008 round: 2 replies, 1 disagreement"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("skipped Reply!F3 (analyse): left blank"), "{stderr}");
    let after = load_path(&map).unwrap();
    let plan = after.assessment.answer(2008, "dept-home-office", "plan").unwrap();
    assert_eq!(plan.mark, Some(Mark::Level(2)), "the mark is unchanged");
    assert_eq!(
        plan.reply.as_ref().map(|r| (r.agree, r.reason.as_str())),
        Some((false, "Owners and dates since May."))
    );
    assert!(
        after.assessment.answer(2008, "dept-home-office", "define").unwrap().reply.as_ref().unwrap().agree
    );

    // A pack for another round, and a pack given without its map.
    let pack = tables.iter_mut().find(|t| t.name == "Pack").unwrap();
    pack.rows[1][1] = Cell::Number(2009.0);
    std::fs::write(&filled, tables_to_xlsx(&tables).unwrap()).unwrap();
    let out = sectormap(&["import", filled.to_str().unwrap(), "--into", map_arg, "-o", map_arg]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out)
            .1
            .contains("filled.xlsx: Pack!B2: this pack is for the 2009 round, and the map's rounds: 2008"),
        "{}",
        text(&out).1
    );
    let out = sectormap(&["import", home.to_str().unwrap(), "-o", map_arg]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).1.contains("is a department's reply pack: give the map it came from with --into MAP"));
}

#[test]
fn the_workbook_carries_the_assessment_there_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let (xlsx, back) = (dir.path().join("map.xlsx"), dir.path().join("back.json"));
    let run = |args: &[&Path]| {
        let args: Vec<&str> = args.iter().map(|p| p.to_str().unwrap()).collect();
        let out = sectormap(&args);
        assert!(out.status.success(), "{}", text(&out).1);
        text(&out).1
    };
    run(&[Path::new("convert"), &root().join("maps/uk-evaw.json"), Path::new("-o"), &xlsx]);
    let said = run(&[Path::new("import"), &xlsx, Path::new("-o"), &back]);
    assert!(
        said.contains("sheet 'Rubric': assessment rubric (7 rows")
            && said.contains("sheet 'Marks': assessment marks"),
        "{said}"
    );
    assert_eq!(load_path(&back).unwrap().assessment, example().assessment);
}
