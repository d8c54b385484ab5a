//! Messages that lead somewhere: a workbook (or any file `import` reads)
//! given where a map is expected names `sectormap import`; a broken map
//! with a backup beside it names the backup; an import with rows that do
//! not read says how to import the rest, and `--skip-bad-rows` does,
//! printing each row it skips with its cell.

use crate::common::{root, sectormap};

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn check_and_export_on_a_workbook_or_kumu_file_name_sectormap_import() {
    let dir = tempfile::tempdir().unwrap();
    let workbook = dir.path().join("coalition.xlsx");
    std::fs::copy(root().join("maps/templates/matrix.xlsx"), &workbook).unwrap();
    let kumu = dir.path().join("project.json");
    std::fs::copy(root().join("crates/core/tests/fixtures/peers/kumu/blueprint.json"), &kumu).unwrap();
    let png = dir.path().join("out.png");
    for (file, what) in [(&workbook, "a workbook"), (&kumu, "a Kumu blueprint")] {
        let file = file.to_str().unwrap();
        for args in [vec!["check", file], vec!["export", file, "-o", png.to_str().unwrap()]] {
            let out = sectormap(&args);
            assert_eq!(out.status.code(), Some(1), "{args:?}");
            let err = stderr(&out);
            assert_eq!(err.lines().count(), 1, "one line: {err}");
            assert!(err.contains(&format!("this is {what}, not a Sectormap map")), "{err}");
            assert!(err.contains(&format!("`sectormap import {file} -o MAP.json`")), "{err}");
            assert!(!err.contains("is this a map file?"), "{err}");
        }
    }
}

#[test]
fn a_broken_map_with_a_backup_names_the_backup() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("x.json");
    let text = sectormap_core::io::EXAMPLE_MAP;
    std::fs::write(&map, &text[..text.len() / 2]).unwrap();
    let out = sectormap(&["check", map.to_str().unwrap()]);
    assert!(!stderr(&out).contains("backup"), "no backup, none named: {}", stderr(&out));
    let backup = dir.path().join("x.json.bak");
    std::fs::write(&backup, text).unwrap();
    let png = dir.path().join("x.png");
    for args in [
        vec!["check", map.to_str().unwrap()],
        vec!["export", map.to_str().unwrap(), "-o", png.to_str().unwrap()],
    ] {
        let out = sectormap(&args);
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "one line: {err}");
        assert!(err.contains("the file ends too early"), "the error itself first: {err}");
        let hint = format!("a backup is at {b}; check it with `sectormap check {b}`", b = backup.display());
        assert!(err.contains(&hint), "{err}");
    }
    let out = sectormap(&["check", backup.to_str().unwrap()]);
    assert!(out.status.success(), "the backup it names checks");
}

#[test]
fn skip_bad_rows_imports_the_rest_and_prints_each_row_it_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("elements.csv");
    std::fs::write(&csv, "Label,Type,Sector\nHome Office,department,Justice\nWomen's Aid,organisation,Charity\nRape Crisis,organisation,\n")
        .unwrap();
    let out_path = dir.path().join("map.json");
    let (csv, out_file) = (csv.to_str().unwrap(), out_path.to_str().unwrap());
    let out = sectormap(&["import", csv, "-o", out_file]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("elements.csv!C3: only departments have a sector"), "{err}");
    assert!(err.contains("run again with --skip-bad-rows"), "{err}");
    assert!(!out_path.exists(), "nothing written");
    let out = sectormap(&["import", csv, "-o", out_file, "--skip-bad-rows"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("skipped: ") && err.contains("elements.csv!C3: only departments have a sector"),
        "{err}"
    );
    let doc = sectormap_core::io::load_path(&out_path).unwrap();
    let ids: Vec<&str> = doc.nodes().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["home-office", "rape-crisis"]);
}

#[test]
fn a_gephi_file_without_types_imports_with_kind() {
    let dir = tempfile::tempdir().unwrap();
    let gexf = root().join("crates/core/tests/fixtures/peers/gephi/shared-ids.gexf");
    let out_path = dir.path().join("shared-ids.json");
    let (gexf, out_file) = (gexf.to_str().unwrap(), out_path.to_str().unwrap());
    let out = sectormap(&["import", gexf, "-o", out_file]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(
        err.matches("error:").count(),
        1,
        "one error for the untyped elements, none for the edges: {err}"
    );
    assert!(err.contains("--kind \"=KIND\""), "{err}");
    let out = sectormap(&["import", gexf, "-o", out_file, "--kind", "=organisation"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    for link in ["link-0", "link-1"] {
        assert!(err.contains(&format!("the link is called '{link}'")), "each rename is a note: {err}");
    }
    let doc = sectormap_core::io::load_path(&out_path).unwrap();
    let labels: Vec<&str> = doc.nodes().map(|n| n.label.as_str()).collect();
    assert_eq!((labels, doc.link_count()), (vec!["Southall Black Sisters", "Karma Nirvana", "Imkaan"], 2));
}
