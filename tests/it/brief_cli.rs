//! `sectormap brief`: one department's brief by id or name in PDF, Word
//! or HTML, every department's into a folder, and the mistakes a person
//! makes on the way (a misspelt name, a format a brief is not written in).

use crate::common::{root, sectormap};

fn example_path() -> String {
    root().join("maps/uk-evaw.json").display().to_string()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_brief_by_name_in_each_format_is_the_same_file_twice() {
    let dir = tempfile::tempdir().unwrap();
    for ext in ["pdf", "docx", "html"] {
        let mut files = Vec::new();
        for n in 0..2 {
            let out_path = dir.path().join(format!("dft-{n}.{ext}"));
            let out = sectormap(&[
                "brief",
                &example_path(),
                "--department",
                "Department for transport",
                "--date",
                "2026-12-02",
                "-o",
                out_path.to_str().unwrap(),
            ]);
            assert!(out.status.success(), "{}", stderr(&out));
            assert!(stderr(&out).contains("wrote "), "{}", stderr(&out));
            files.push(std::fs::read(&out_path).unwrap());
        }
        assert_eq!(files[0], files[1], "the same map and date give the same .{ext}");
    }
    let html = std::fs::read_to_string(dir.path().join("dft-0.html")).unwrap();
    assert!(html.contains("What we ask of Department for Transport") && html.contains("2026-12-02"));
}

#[test]
fn all_writes_one_brief_per_department_and_says_which_have_nothing_linked() {
    let dir = tempfile::tempdir().unwrap();
    // The example map and a department nothing is linked to yet.
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(example_path()).unwrap()).unwrap();
    json["nodes"].as_array_mut().unwrap().push(serde_json::json!({
        "id": "dept-dcms", "kind": "department", "label": "Department for Culture, Media and Sport",
        "position": {"x": 0.0, "y": 900.0}
    }));
    let map = dir.path().join("map.json");
    std::fs::write(&map, serde_json::to_string(&json).unwrap()).unwrap();
    let folder = dir.path().join("briefs");
    let out = sectormap(&[
        "brief",
        map.to_str().unwrap(),
        "--all",
        folder.to_str().unwrap(),
        "--format",
        "html",
        "--date",
        "2026-12-02",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = sectormap_core::io::load_path(&map).unwrap();
    let departments: Vec<String> = doc
        .nodes()
        .filter(|n| n.kind == sectormap_core::model::NodeKind::Department)
        .map(|n| format!("{}.html", n.id))
        .collect();
    let mut written: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    let mut expected = departments.clone();
    expected.sort();
    assert_eq!(written, expected);
    // A department with nothing linked: its brief says so, and what to do.
    let empty = std::fs::read_to_string(folder.join("dept-dcms.html")).unwrap();
    assert!(empty.contains("Nothing on this map links"), "an empty brief is not an empty page");
    let said = stderr(&out);
    assert!(said.contains("(Department for Culture, Media and Sport, nothing linked yet"), "{said}");
    assert_eq!(said.matches("nothing linked yet").count(), 1, "{said}");
    // The overall government node is asked to deliver on CEDAW although no
    // form of VAW is linked to its objectives: the brief says where its
    // asks come from, and does not list marks for a round it is not in.
    let overall = std::fs::read_to_string(folder.join("dept-government.html")).unwrap();
    assert!(overall.contains("comes from the commitments that oblige you"), "{overall}");
    assert!(!overall.contains("not marked yet"), "a round it was not marked in is not listed");
}

#[test]
fn a_misspelt_department_or_a_wrong_format_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("b.pdf");
    let out =
        sectormap(&["brief", &example_path(), "--department", "Home Ofice", "-o", pdf.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("did you mean \"Home Office\""), "{}", stderr(&out));
    assert!(!pdf.exists(), "nothing is written for a department that is not there");
    let png = dir.path().join("b.png");
    let out =
        sectormap(&["brief", &example_path(), "--department", "Home Office", "-o", png.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains(".pdf, .docx or .html"), "{}", stderr(&out));
    let out = sectormap(&["brief", &example_path()]);
    assert_eq!(out.status.code(), Some(2), "neither --department nor --all: {}", stderr(&out));
}
