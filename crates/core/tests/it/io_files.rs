//! Loading, validating and saving map files.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::fs;
use std::path::Path;

use sectormap_core::io::{
    LoadError, SaveError, backup_path, load_path, load_str, save_path, to_json, write_atomic,
};
use sectormap_core::model::{Document, Link, LinkKind, Node, NodeKind, Point, Score};

fn example(name: &str) -> Document {
    let path = crate::common::root().join("maps").join(name);
    load_path(&path).unwrap_or_else(|err| panic!("{name} should load: {err}"))
}

fn problems_of(json: &str) -> Vec<String> {
    match load_str(json, "test.json") {
        Err(LoadError::Invalid { problems, .. }) => problems.iter().map(ToString::to_string).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

const HEAD: &str = r#""format": "sectormap", "version": 1"#;

#[test]
fn example_maps_round_trip_exactly() {
    for name in ["uk-evaw.json", "multisectoral-template.json"] {
        let doc = example(name);
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(name);
        save_path(&doc, &path).expect("save");
        let again = load_path(&path).expect("reload");
        assert_eq!(doc, again, "{name} changed on a round trip");
        // Saving the reloaded map gives the same bytes: the format is stable.
        assert_eq!(to_json(&doc).expect("json"), fs::read_to_string(&path).expect("read"));
        assert_eq!(to_json(&again).expect("json"), fs::read_to_string(&path).expect("read"));
    }
}

#[test]
fn example_map_has_the_documented_facts() {
    let doc = example("uk-evaw.json");
    let gov = doc.node("dept-government").expect("government node");
    assert_eq!(gov.score(2005), Some(1.0));
    assert_eq!(gov.score(2006), Some(2.0));
    assert_eq!(gov.score(2007), Some(2.0));
    assert_eq!(doc.node("dept-dclg").and_then(|n| n.score(2006)), Some(2.0));
    assert_eq!(doc.node("dept-dfes").and_then(|n| n.score(2006)), Some(1.0));
    // No other department carries a score; every score has its source.
    let scored: Vec<&str> =
        doc.nodes().filter(|n| !n.department.scores.is_empty()).map(|n| n.id.as_str()).collect();
    assert_eq!(scored, ["dept-dclg", "dept-dfes", "dept-government"]);
    assert!(doc.nodes().flat_map(|n| n.department.scores.values()).all(|s| !s.note.is_empty()));
    let with_objectives = doc
        .links()
        .filter(|(l, _, _)| l.kind == LinkKind::Pursues)
        .map(|(_, from, _)| from)
        .collect::<std::collections::BTreeSet<_>>();
    assert!(with_objectives.len() >= 6);
    assert!(doc.node("commit-cedaw").is_some() && doc.node("org-evaw").is_some());
    assert!(example("multisectoral-template.json").score_years().is_empty());
}

#[test]
fn embedded_example_is_the_file_in_maps() {
    let embedded = load_str(sectormap_core::io::EXAMPLE_MAP, "embedded").expect("embedded example loads");
    assert_eq!(embedded, example("uk-evaw.json"));
}

#[test]
fn malformed_json_names_line_and_column() {
    let text = "{\n  \"format\": \"sectormap\",\n  \"version\": 1,\n  \"nodes\": [\n    {\"id\": \"a\" \"kind\": \"issue\"}\n  ]\n}\n";
    match load_str(text, "bad.json") {
        Err(err @ LoadError::Syntax { line: 5, column, .. }) => {
            assert!(column > 10, "column {column}");
            assert!(err.to_string().starts_with("bad.json:5:"), "{err}");
        }
        other => panic!("expected a syntax error on line 5, got {other:?}"),
    }
    match load_str("{\"format\": \"sectormap\", \"version\": 1, \"nodes\": [", "cut.json") {
        Err(err @ LoadError::Syntax { .. }) => {
            assert!(err.to_string().contains("ends too early"), "{err}")
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn wrong_types_and_unknown_fields_name_line_and_column() {
    let text = format!(
        "{{{HEAD},\n\"nodes\": [{{\"id\": \"a\", \"kind\": \"issue\", \"label\": \"A\", \"labl\": 1}}]}}"
    );
    let err = load_str(&text, "typo.json").expect_err("unknown field");
    assert!(matches!(err, LoadError::Syntax { line: 2, .. }), "{err}");
    assert!(err.to_string().contains("labl"), "{err}");
    let text =
        format!("{{{HEAD},\n\"nodes\": [{{\"id\": \"a\", \"kind\": \"ministry\", \"label\": \"A\"}}]}}");
    let err = load_str(&text, "kind.json").expect_err("unknown kind");
    assert!(err.to_string().contains("ministry"), "{err}");
}

#[test]
fn format_and_version_are_checked() {
    let err = load_str(r#"{"nodes": []}"#, "x.json").expect_err("no format");
    assert!(err.to_string().contains("not a Sectormap map"), "{err}");
    let err = load_str(r#"{"format": "other", "version": 1}"#, "x.json").expect_err("other format");
    assert!(err.to_string().contains("\"other\""), "{err}");
    let err = load_str(r#"{"format": "sectormap", "version": 9}"#, "x.json").expect_err("newer");
    assert!(err.to_string().contains("newer Sectormap (file version 9)"), "{err}");
    let err = load_str(r#"{"format": "sectormap"}"#, "x.json").expect_err("no version");
    assert!(err.to_string().contains("version"), "{err}");
    let err = load_str("[1, 2]", "x.json").expect_err("not an object");
    assert!(matches!(err, LoadError::Syntax { .. }), "{err}");
}

#[test]
fn every_problem_is_reported_at_once_with_its_place() {
    let text = format!(
        r#"{{{HEAD},
        "nodes": [
          {{"id": "i", "kind": "issue", "label": "Issue"}},
          {{"id": "d", "kind": "department", "label": "Dept", "scores": {{"2006": {{"value": 11}}, "2007": {{"value": -1}}, "20o8": {{"value": 3}}}}}},
          {{"id": "o", "kind": "objective", "label": "Objective", "sector": "health"}},
          {{"id": "d", "kind": "department", "label": "Again"}},
          {{"id": "", "kind": "issue", "label": "No id"}},
          {{"id": "p", "kind": "issue", "label": " ", "pinned": true}}
        ],
        "links": [
          {{"id": "l1", "kind": "pursues", "from": "i", "to": "o"}},
          {{"id": "l2", "kind": "relevant", "from": "i", "to": "ghost", "strength": 2, "recognised": true}},
          {{"id": "l3", "kind": "relevant", "from": "i", "to": "o", "strength": 5}},
          {{"id": "l4", "kind": "obliges", "from": "i", "to": "d", "recognised": true}},
          {{"id": "i", "kind": "related", "from": "i", "to": "o"}}
        ]}}"#
    );
    let problems = problems_of(&text);
    let expect = [
        r#"node "d", field id: the id is used twice"#,
        r#"node "d", field scores.2006: the score 11 is outside 0 to 10"#,
        r#"node "d", field scores.2007: the score -1 is outside 0 to 10"#,
        r#"node "d", field scores.20o8: "20o8" is not a year"#,
        r#"node "o", field kind: only departments have a sector"#,
        r#"node #5 in the list, field id: the id is empty"#,
        r#"node "p", field label: the label is empty"#,
        r#"node "p", field pinned: the node is pinned but has no position"#,
        r#"link "l1", field kind: a "pursues" link must go department -> objective, but this one goes issue -> objective"#,
        r#"link "l2", field to: no node has the id "ghost""#,
        r#"link "l3", field strength: the strength 5 is outside 1 to 3"#,
        r#"link "l4", field kind: an "obliges" link must go commitment -> department"#,
        r#"link "l4", field recognised: only relevant links say whether they are recognised"#,
        r#"link "i", field id: the id is used twice: by node #1 and by link #5"#,
    ];
    for wanted in expect {
        assert!(problems.iter().any(|p| p.starts_with(wanted)), "missing {wanted:?} in {problems:#?}");
    }
    assert_eq!(problems.len(), expect.len(), "{problems:#?}");
}

#[test]
fn non_finite_numbers_are_refused_before_saving() {
    let mut doc = Document::new();
    doc.add_node(Node::new("a", NodeKind::Issue, "A")).expect("add");
    doc.set_position("a", Some(Point::new(f64::NAN, 1.0)), false).expect("position");
    let mut dept = Node::new("d", NodeKind::Department, "D");
    dept.department.scores.insert(2006, Score { value: f64::INFINITY, note: String::new() });
    doc.add_node(dept).expect("add");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("map.json");
    fs::write(&path, "old contents").expect("write");
    match save_path(&doc, &path) {
        Err(SaveError::Invalid(problems)) => {
            let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
            assert!(
                text.iter().any(|p| p.starts_with(r#"node "a", field position: the position (NaN, 1)"#)),
                "{text:?}"
            );
            assert!(
                text.iter().any(|p| p.starts_with(r#"node "d", field scores.2006: the score inf"#)),
                "{text:?}"
            );
        }
        other => panic!("expected the save to be refused, got {other:?}"),
    }
    assert_eq!(fs::read_to_string(&path).expect("read"), "old contents");
}

#[test]
fn document_refuses_bad_edits() {
    let mut doc = Document::new();
    doc.add_node(Node::new("i", NodeKind::Issue, "I")).expect("add");
    doc.add_node(Node::new("o", NodeKind::Objective, "O")).expect("add");
    assert!(doc.add_node(Node::new("i", NodeKind::Issue, "again")).is_err());
    assert!(doc.add_node(Node::new(" ", NodeKind::Issue, "blank")).is_err());
    let err = doc.add_link("i", "o", Link::new("l", LinkKind::Pursues)).expect_err("wrong kinds");
    assert_eq!(err.to_string(), "a \"pursues\" link must go department -> objective, not issue -> objective");
    doc.add_link("i", "o", Link::new("l", LinkKind::Relevant)).expect("relevant");
    assert!(doc.add_link("i", "nowhere", Link::new("m", LinkKind::Related)).is_err());
    assert!(
        doc.add_link("i", "o", Link::new("o", LinkKind::Related)).is_err(),
        "ids are shared by nodes and links"
    );
    // Turning the issue into a department would break its relevant link.
    assert!(doc.replace_node(Node::new("i", NodeKind::Department, "I")).is_err());
    let (node, links) = doc.remove_node("i").expect("remove");
    assert_eq!(node.id, "i");
    assert_eq!(links.len(), 1);
    assert_eq!(doc.link_count(), 0);
}

#[test]
fn failed_write_leaves_the_old_file_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("map.json");
    fs::write(&path, "version one").expect("write");
    let result = write_atomic(&path, true, |file| {
        use std::io::Write;
        file.write_all(b"half of version tw")?;
        Err(std::io::Error::new(std::io::ErrorKind::StorageFull, "disk full"))
    });
    let err = result.expect_err("the write fails");
    assert_eq!(err.action, "write the new version");
    assert_eq!(fs::read_to_string(&path).expect("read"), "version one");
    let leftovers: Vec<_> =
        fs::read_dir(dir.path()).expect("list").map(|e| e.expect("entry").file_name()).collect();
    assert_eq!(leftovers, vec![std::ffi::OsString::from("map.json")], "no temporary file is left");
}

#[test]
fn saving_keeps_the_previous_version_as_bak() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("map.json");
    let mut doc = example("multisectoral-template.json");
    save_path(&doc, &path).expect("first save");
    assert!(!backup_path(&path).exists(), "nothing to back up on the first save");
    let first = fs::read_to_string(&path).expect("read");
    doc.meta.title = "Second version".to_owned();
    save_path(&doc, &path).expect("second save");
    assert_eq!(fs::read_to_string(backup_path(&path)).expect("bak"), first);
    assert_eq!(load_path(&path).expect("load").meta.title, "Second version");
    let missing = dir.path().join("no-such-folder").join("map.json");
    let err = save_path(&doc, &missing).expect_err("no folder");
    assert!(err.to_string().contains("no-such-folder"), "{err}");
}

#[test]
fn unreadable_files_say_so() {
    let err = load_path(Path::new("/definitely/not/here.json")).expect_err("missing");
    assert!(err.to_string().starts_with("/definitely/not/here.json: cannot read the file"), "{err}");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("binary.json");
    fs::write(&path, [0x7b, 0xff, 0xfe, 0x00]).expect("write");
    let err = load_path(&path).expect_err("binary");
    assert!(err.to_string().contains("byte 1 is not UTF-8"), "{err}");
}

fn node_at(x: &str, y: &str) -> String {
    format!(
        r#"{{{HEAD}, "nodes": [{{"id": "far", "kind": "issue", "label": "Far", "position": {{"x": {x}, "y": {y}}}, "pinned": true}}]}}"#
    )
}

#[test]
fn a_position_beyond_the_map_is_refused_naming_the_node_and_field() {
    let err = load_str(&node_at("1e308", "0"), "far.json").expect_err("a node at x = 1e308 is refused");
    let text = err.to_string();
    assert!(text.starts_with(r#"far.json: node "far", field position: "#), "{text}");
    assert!(text.contains("1e308"), "the value is named: {text}");
    assert!(text.contains("10000000"), "the limit is named: {text}");
    for (x, y) in [("0", "-1e308"), ("10000000.5", "0"), ("0", "-2e7"), ("-1.7976931348623157e308", "1")] {
        let problems = problems_of(&node_at(x, y));
        assert_eq!(problems.len(), 1, "({x}, {y}): {problems:?}");
        assert!(problems[0].starts_with(r#"node "far", field position: "#), "{problems:?}");
    }
    // The edge of the map is still on it.
    for (x, y) in [("10000000", "-10000000"), ("-9999999.99", "0")] {
        load_str(&node_at(x, y), "edge.json").unwrap_or_else(|err| panic!("({x}, {y}) loads: {err}"));
    }
    // Numbers JSON cannot hold at all are syntax errors, with line and column.
    assert!(matches!(load_str(&node_at("1e309", "0"), "x.json"), Err(LoadError::Syntax { .. })));
}

#[test]
fn a_saved_view_looking_beyond_the_map_is_refused() {
    let json = format!(
        r#"{{{HEAD}, "views": [{{"name": "Far", "area": {{"x0": -1e300, "y0": 0, "x1": 10, "y1": 10}}}}]}}"#
    );
    let problems = problems_of(&json);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with(r#"view "Far", field area: "#), "{problems:?}");
}
