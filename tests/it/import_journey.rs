//! The advocate's journey with data: start from the shipped template, fill
//! it as a coalition would (departments, objectives, a relevance matrix,
//! scores), import it, lay it out, export XLSX and GEXF, import both back:
//! the same map, positions and all.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::path::Path;
use std::process::Command;

use sectormap_core::interchange::{Cell, TemplateShape, tables_to_xlsx, template};

fn sectormap(args: &[&Path]) {
    let out = Command::new(env!("CARGO_BIN_EXE_sectormap")).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

fn text(cells: &[&str]) -> Vec<Cell> {
    cells.iter().map(|&c| Cell::from(c)).collect()
}

#[test]
fn filled_template_imports_lays_out_and_round_trips_through_xlsx_and_gexf() {
    let dir = tempfile::tempdir().unwrap();
    let mut sheets = template(TemplateShape::Workbook);
    let sheet = |sheets: &mut Vec<sectormap_core::interchange::OutTable>, name: &str| {
        sheets.iter().position(|t| t.name == name).unwrap()
    };
    // Elements: two more departments (one in Arabic) and an objective.
    let at = sheet(&mut sheets, "Elements");
    sheets[at].rows.push(text(&[
        "Department of Transport",
        "dft",
        "department",
        "Roads, rail, buses",
        "",
        "transport",
        "national",
        "resistant",
    ]));
    sheets[at].rows.push(text(&[
        "وزارة الصحة",
        "health",
        "ministry",
        "الصحة العامة",
        "",
        "health",
        "national",
        "",
    ]));
    sheets[at].rows.push(text(&["Safe night travel", "safe-travel", "goal", "", "", "", "", ""]));
    sheets[at].rows.push(text(&["Online abuse", "online-abuse", "form of violence", "", "", "", "", ""]));
    // The matrix gains their columns and a form of VAW no one is linked to.
    let at = sheet(&mut sheets, "Relevance");
    let extra = [
        ("Department of Transport", ""),
        ("Safe night travel", "Department of Transport"),
        ("وزارة الصحة", ""),
    ];
    for (name, owner) in extra {
        sheets[at].rows[0].push(Cell::from(name));
        sheets[at].rows[1].push(Cell::from(owner));
    }
    for (row, cells) in [(2, ["", "2", "3✓"]), (3, ["", "", "3"]), (4, ["1", "3✓", ""])] {
        sheets[at].rows[row].extend(text(&cells));
    }
    sheets[at].rows.push(text(&["Online abuse"]));
    // Scores for a new year.
    let at = sheet(&mut sheets, "Report card");
    sheets[at].rows[0].push(Cell::Number(2026.0));
    for row in 1..sheets[at].rows.len() {
        sheets[at].rows[row].push(Cell::Number(5.0 + row as f64 / 2.0));
    }
    sheets[at].rows.push(text(&["Department of Transport", "1", "1", "2", "2.5"]));
    let filled = dir.path().join("filled.xlsx");
    std::fs::write(&filled, tables_to_xlsx(&sheets).unwrap()).unwrap();

    let map = dir.path().join("map.json");
    sectormap(&[Path::new("import"), &filled, Path::new("-o"), &map]);
    let doc = sectormap_core::io::load_path(&map).unwrap();
    assert_eq!(doc.node_count(), 14);
    assert_eq!(doc.links_of("online-abuse").len(), 0);
    assert!(doc.nodes().all(|n| n.position.is_some()), "every element laid out");
    assert_eq!(doc.node("health").unwrap().label, "وزارة الصحة");
    assert_eq!(
        doc.node("online-abuse").unwrap().kind,
        sectormap_core::model::NodeKind::Issue,
        "kept without links"
    );
    assert_eq!(doc.node("dft").unwrap().score(2026), Some(2.5));
    assert_eq!(doc.node("dft").unwrap().score(2025), Some(2.0));
    assert_eq!(doc.node("home-office").unwrap().score(2026), Some(5.5));
    let safe = doc.links().find(|(_, a, b)| *a == "dft" && *b == "safe-travel").map(|(l, _, _)| l.kind);
    assert_eq!(safe, Some(sectormap_core::model::LinkKind::Pursues));

    for ext in ["xlsx", "gexf", "graphml", "kumu.json"] {
        let out = dir.path().join(format!("out.{ext}"));
        let back = dir.path().join(format!("back-{ext}.json"));
        sectormap(&[Path::new("convert"), &map, Path::new("-o"), &out]);
        sectormap(&[Path::new("import"), &out, Path::new("-o"), &back]);
        let mut expected = doc.clone();
        if ext == "gexf" {
            // GEXF's <meta> has a title and a description, and nowhere for
            // a source line or a language.
            expected.meta.source.clear();
            expected.meta.language.clear();
        }
        assert_eq!(
            sectormap_core::io::load_path(&back).unwrap(),
            expected,
            "{ext} round trip keeps the map, positions included"
        );
    }
}
