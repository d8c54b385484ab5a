//! Import shapes beyond Kumu's two sheets: the relevance matrix, report
//! card tables, Kumu's JSON blueprint, kind choices, merging into an open
//! map, workbook bombs and the shipped templates.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use crate::common::example;
use crate::sheets::workbook;
use sectormap_core::edit::History;
use sectormap_core::interchange::{
    KindMap, Limits, Role, from_blueprint, import_path, import_path_with, parse_cell, plan_merge,
    read_source, to_blueprint, without_translations,
};
use sectormap_core::model::{Document, LinkKind, NodeKind};

fn link(doc: &Document, from: &str, to: &str) -> Option<(LinkKind, u8, bool)> {
    doc.links()
        .find(|(_, a, b)| *a == from && *b == to)
        .map(|(l, _, _)| (l.kind, l.strength, l.recognised.is_yes()))
}

const MATRIX: &[&[&str]] = &[
    &["Form of VAW", "Home Office", "Reduce reoffending", "Transport"],
    &["Department", "", "Ministry of Justice", ""],
    &["Domestic abuse", "3✓", "2", ""],
    &["FGM", "1*", "x", ""],
    &["Trafficking", "", "", ""],
];

#[test]
fn matrix_alone_makes_its_elements_and_keeps_unlinked_rows_and_columns() {
    let dir = tempfile::tempdir().unwrap();
    let path = workbook(dir.path(), "matrix.xlsx", &[("Relevance", MATRIX)]);
    let doc = import_path(&path).unwrap();
    let kind = |id: &str| doc.node(id).map(|n| n.kind);
    assert_eq!(kind("domestic-abuse"), Some(NodeKind::Issue));
    assert_eq!(kind("trafficking"), Some(NodeKind::Issue), "a form of VAW with no link is kept");
    assert_eq!(kind("transport"), Some(NodeKind::Department), "a department with no link is kept");
    assert_eq!(kind("reduce-reoffending"), Some(NodeKind::Objective));
    assert_eq!(kind("ministry-of-justice"), Some(NodeKind::Department));
    assert_eq!(link(&doc, "domestic-abuse", "home-office"), Some((LinkKind::Relevant, 3, true)));
    assert_eq!(link(&doc, "fgm", "home-office"), Some((LinkKind::Relevant, 1, true)));
    assert_eq!(link(&doc, "fgm", "reduce-reoffending"), Some((LinkKind::Relevant, 2, false)));
    assert_eq!(link(&doc, "ministry-of-justice", "reduce-reoffending"), Some((LinkKind::Pursues, 2, false)));
    assert_eq!(doc.links_of("trafficking").len(), 0);
    assert_eq!((doc.node_count(), doc.link_count()), (7, 5));
}

#[test]
fn matrix_cells_read_strength_and_mark() {
    assert_eq!(parse_cell(""), Ok(None));
    use sectormap_core::model::Recognised::{No, Unknown, Yes};
    assert_eq!(parse_cell("3"), Ok(Some((3, Unknown))), "no mark: nobody has checked");
    assert_eq!(parse_cell(" 2 ✓"), Ok(Some((2, Yes))));
    assert_eq!(parse_cell("x"), Ok(Some((2, Unknown))));
    assert_eq!(parse_cell("✔"), Ok(Some((2, Yes))));
    assert_eq!(parse_cell("1.0*"), Ok(Some((1, Yes))));
    assert_eq!(parse_cell("3✗"), Ok(Some((3, No))), "a cross: checked, and not made");
    assert!(parse_cell("4").unwrap_err().contains("'4' is not a link"));
    assert!(parse_cell("high").is_err());
}

#[test]
fn matrix_beside_elements_names_them_and_reports_each_bad_cell() {
    let dir = tempfile::tempdir().unwrap();
    let elements: &[&[&str]] = &[
        &["Label", "Type"],
        &["Home Office", "department"],
        &["Domestic abuse", "issue"],
        &["Rape", "issue"],
    ];
    let matrix: &[&[&str]] = &[
        &["Form of VAW", "Home Office", "Home Ofice"],
        &["Domestic abuse", "high", ""],
        &["Rape", "2", ""],
        &["Stalking", "1", ""],
    ];
    let path = workbook(dir.path(), "m.xlsx", &[("Elements", elements), ("Relevance", matrix)]);
    let err = import_path(&path).unwrap_err();
    let all: Vec<String> = err.problems.iter().map(ToString::to_string).collect();
    let has = |wanted: &str| assert!(all.iter().any(|m| m.starts_with(wanted)), "{wanted:?} not in {all:#?}");
    has("Relevance!C1: no element called 'Home Ofice'; did you mean 'Home Office'?");
    has("Relevance!B2: 'high' is not a link");
    has("Relevance!A4: no element called 'Stalking'");
    assert_eq!(all.len(), 3, "{all:#?}");
}

#[test]
fn report_card_table_alone_makes_departments_with_scores() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("scores.csv");
    std::fs::write(&path, "Department,2023,2024\nHome Office,6,\"7,5\"\nTransport,2,\n").unwrap();
    let source = read_source(&path, &Limits::default()).unwrap();
    assert_eq!(source.shape().sheets[0].role, Role::ReportCard);
    let doc = source.convert(&KindMap::default()).result.unwrap();
    let office = doc.node("home-office").unwrap();
    assert_eq!(
        (office.kind, office.score(2023), office.score(2024)),
        (NodeKind::Department, Some(6.0), Some(7.5))
    );
    assert_eq!(doc.node("transport").unwrap().score(2024), None);
    std::fs::write(&path, "Department,2023\nHome Office,11\n").unwrap();
    let err = import_path(&path).unwrap_err();
    assert!(err.problems[0].to_string().starts_with("scores.csv!B2: '11' is not a score"), "{err}");
}

#[test]
fn unknown_types_are_listed_until_the_user_chooses_a_kind() {
    let dir = tempfile::tempdir().unwrap();
    let elements: &[&[&str]] =
        &[&["Label", "Type"], &["Women's Aid", "Charity"], &["Rape Crisis", "charity"], &["Home Office", ""]];
    let path = workbook(dir.path(), "k.xlsx", &[("Elements", elements)]);
    let source = read_source(&path, &Limits::default()).unwrap();
    let first = source.convert(&KindMap::default());
    let unknown: Vec<(String, usize, String)> =
        first.unknown.iter().map(|u| (u.name.clone(), u.count, u.place.clone())).collect();
    assert_eq!(
        unknown,
        [("".to_owned(), 1, "Elements!B4".to_owned()), ("Charity".to_owned(), 2, "Elements!B2".to_owned())]
    );
    assert_eq!(first.result.unwrap_err().len(), 2, "nothing is dropped silently: one problem per type");
    let mut choices = KindMap::default();
    choices.set("CHARITY", NodeKind::Organisation);
    choices.set("", NodeKind::Department);
    let doc = source.convert(&choices).result.unwrap();
    assert_eq!(doc.node("rape-crisis").unwrap().kind, NodeKind::Organisation);
    assert_eq!(doc.node("home-office").unwrap().kind, NodeKind::Department);
    let same = import_path_with(&path, &Limits::default(), &choices).unwrap();
    assert_eq!(same, doc);
}

#[test]
fn kumu_blueprint_round_trip_keeps_the_map_and_positions() {
    let original = without_translations(&example());
    let value = to_blueprint(&original);
    assert!(value["elements"][0]["attributes"]["element type"].is_string());
    assert!(value["maps"][0]["elements"][0]["position"]["x"].is_number());
    let back = from_blueprint(&value, &mut Default::default()).unwrap();
    assert_eq!(back, original);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.kumu.json");
    std::fs::write(&path, serde_json::to_string(&value).unwrap()).unwrap();
    assert_eq!(import_path(&path).unwrap(), original, "a .json blueprint is told from a map by its content");
}

#[test]
fn kumu_flat_json_names_ends_by_label_and_keeps_free_types_as_labels() {
    let value = serde_json::json!({
        "elements": [
            {"label": "Home Office", "type": "Ministry", "tags": ["justice", "policing"]},
            {"label": "Domestic abuse", "type": "Form of VAW", "description": "Abuse by a partner"}
        ],
        "connections": [{"from": "Domestic abuse", "to": "home office", "type": "concerns"}]
    });
    let doc = from_blueprint(&value, &mut Default::default()).unwrap();
    assert_eq!(doc.node("home-office").unwrap().tags, ["justice", "policing"]);
    let (l, from, to) = doc.links().next().unwrap();
    assert_eq!(
        (l.kind, l.label.as_str(), from, to),
        (LinkKind::Relevant, "concerns", "domestic-abuse", "home-office")
    );
    let bad = serde_json::json!({"elements": [{"label": "A", "type": "planet"}, 7]});
    let problems: Vec<String> =
        from_blueprint(&bad, &mut Default::default()).unwrap_err().iter().map(ToString::to_string).collect();
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("elements[0]: unknown type 'planet' (1 element, the first here)")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.starts_with("elements[1]: an element must be an object")),
        "{problems:?}"
    );
}

#[test]
fn merge_matches_by_id_then_label_never_wipes_and_undoes_in_one_step() {
    let map = example();
    let office = map.nodes().find(|n| n.kind == NodeKind::Department).unwrap().clone();
    let dir = tempfile::tempdir().unwrap();
    let label = office.label.to_uppercase();
    let elements: &[&[&str]] = &[
        &["Label", "Type", "Description", "Sector"],
        &[&label, "department", "", "justice and home affairs"],
        &["Period poverty", "issue", "New to the map", ""],
    ];
    let card: &[&[&str]] = &[&["Label", "2031"], &[&office.label, "8"]];
    let connections: &[&[&str]] = &[&["From", "To", "Strength"], &["Period poverty", &office.label, "2"]];
    let path = workbook(
        dir.path(),
        "more.xlsx",
        &[("Elements", elements), ("Connections", connections), ("Report card", card)],
    );
    let incoming = import_path(&path).unwrap();
    let plan = plan_merge(&map, &incoming);
    assert_eq!(plan.added_nodes, [("period-poverty".to_owned(), "Period poverty".to_owned())]);
    assert_eq!(plan.changed_nodes.len(), 1);
    let change = &plan.changed_nodes[0];
    assert_eq!(change.id, office.id, "matched by label and kind, whatever the case");
    assert_eq!(change.fields, ["label", "sector", "score 2031"]);
    assert_eq!(plan.added_links.len(), 1);
    let mut doc = map.clone();
    let mut history: History<()> = History::default();
    history.apply(&mut doc, plan.edit(), "Merge", None, ((), ())).unwrap();
    let after = doc.node(&office.id).unwrap();
    assert_eq!(after.description, office.description, "an empty cell leaves the map's value");
    assert_eq!(after.position, office.position, "a node on the map keeps its place");
    assert_eq!(after.department.scores.get(&2031).map(|s| s.value), Some(8.0));
    assert_eq!(doc.node_count(), map.node_count() + 1);
    history.undo(&mut doc).unwrap();
    assert_eq!(doc, map, "one undo takes the whole merge back");
    let again = plan_merge(&map, &map);
    assert!(
        again.is_empty()
            && again.unchanged_nodes == map.node_count()
            && again.unchanged_links == map.link_count()
    );
}

#[test]
fn workbook_bombs_and_cell_floods_are_refused_before_they_fill_memory() {
    let dir = tempfile::tempdir().unwrap();
    let rows: Vec<Vec<String>> = (0..2_000)
        .map(|i| vec![format!("Element {i} {}", "padding ".repeat(40)), "issue".to_owned()])
        .collect();
    let mut all: Vec<&[&str]> = Vec::new();
    let header: &[&str] = &["Label", "Type"];
    all.push(header);
    let refs: Vec<Vec<&str>> = rows.iter().map(|r| r.iter().map(String::as_str).collect()).collect();
    all.extend(refs.iter().map(Vec::as_slice));
    let path = workbook(dir.path(), "bomb.xlsx", &[("Elements", &all)]);
    let packed = std::fs::metadata(&path).unwrap().len();
    let tight = Limits { max_unpacked: 200_000, ..Limits::default() };
    let err = import_path_with(&path, &tight, &KindMap::default()).unwrap_err();
    assert!(err.to_string().contains("the workbook unpacks to more than 0 MB"), "{err}");
    assert!(packed < 200_000, "the file itself is small ({packed} bytes): only its parts are large");
    let few = Limits { max_cells: 100, ..Limits::default() };
    let err = import_path_with(&path, &few, &KindMap::default()).unwrap_err();
    assert!(err.to_string().contains("more than 100 filled cells"), "{err}");
    assert_eq!(import_path(&path).unwrap().node_count(), 2_000);
}

#[test]
fn nodes_without_a_position_come_back_without_one_from_every_format() {
    let mut doc = without_translations(&example());
    let unplaced: Vec<String> = doc.nodes().step_by(3).map(|n| n.id.clone()).collect();
    for id in &unplaced {
        let mut node = doc.node(id).unwrap().clone();
        (node.position, node.pinned) = (None, false);
        doc.replace_node(node).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    for name in ["map.xlsx", "map.graphml", "map.gexf", "map.kumu.json"] {
        let path = dir.path().join(name);
        let format = sectormap_core::interchange::Format::from_path(&path).unwrap();
        std::fs::write(&path, sectormap_core::interchange::export_bytes(&doc, format, name).unwrap())
            .unwrap();
        let mut back = import_path(&path).unwrap();
        if name.ends_with(".gexf") {
            (back.meta.source, back.meta.language) = (doc.meta.source.clone(), doc.meta.language.clone());
        }
        assert_eq!(back, doc, "{name}: placed nodes keep their places, the others stay to be laid out");
    }
}

#[test]
fn a_merge_with_conflicting_elements_still_applies_and_lists_what_it_left_out() {
    let map = example();
    let department = map.nodes().find(|n| n.kind == NodeKind::Department).unwrap().clone();
    let issue = map.nodes().find(|n| n.kind == NodeKind::Issue).unwrap().clone();
    let mut incoming = Document::new();
    // Same id, another kind: left alone, and so is its link.
    incoming.add_node(sectormap_core::model::Node::new(&department.id, NodeKind::Issue, "Clash")).unwrap();
    incoming
        .add_node(sectormap_core::model::Node::new("new-dept", NodeKind::Department, "New department"))
        .unwrap();
    incoming
        .add_link(&department.id, "new-dept", sectormap_core::model::Link::new("l1", LinkKind::Relevant))
        .unwrap();
    // Matched twice, by id and by label: both changes kept.
    let mut by_id = issue.clone();
    by_id.description = "From the first row".to_owned();
    by_id.position = None;
    let mut by_label = sectormap_core::model::Node::new("other-id", NodeKind::Issue, &issue.label);
    by_label.tags = vec!["from-the-second-row".to_owned()];
    incoming.add_node(by_id).unwrap();
    incoming.add_node(by_label).unwrap();
    let plan = plan_merge(&map, &incoming);
    let problems: Vec<String> = plan.problems.iter().map(ToString::to_string).collect();
    assert!(problems.iter().any(|p| p.contains("left as it is")), "{problems:?}");
    assert!(problems.iter().any(|p| p.starts_with("link 'l1'")), "{problems:?}");
    let mut doc = map.clone();
    plan.edit().apply(&mut doc).expect("the batch applies");
    let after = doc.node(&issue.id).unwrap();
    assert_eq!(after.description, "From the first row");
    assert!(after.tags.contains(&"from-the-second-row".to_owned()));
    assert_eq!(doc.node(&department.id).unwrap().kind, NodeKind::Department);
    assert!(doc.node("new-dept").is_some());
}

#[test]
fn a_sheet_without_strengths_merged_again_keeps_the_map_strengths() {
    let dir = tempfile::tempdir().unwrap();
    let elements: &[&[&str]] = &[&["Label", "Type"], &["Home Office", "department"], &["Rape", "issue"]];
    let strong: &[&[&str]] = &[&["From", "To", "Strength"], &["Rape", "Home Office", "3"]];
    let bare: &[&[&str]] = &[&["From", "To", "Label"], &["Rape", "Home Office", "bears on"]];
    let first = workbook(dir.path(), "a.xlsx", &[("Elements", elements), ("Connections", strong)]);
    let second = workbook(dir.path(), "b.xlsx", &[("Elements", elements), ("Connections", bare)]);
    let map = import_path(&first).unwrap();
    let converted = read_source(&second, &Limits::default()).unwrap().convert(&KindMap::default());
    let incoming = converted.result.unwrap();
    let plan = sectormap_core::interchange::plan_merge_with(&map, &incoming, &converted.no_strength);
    assert_eq!(plan.changed_links.len(), 1);
    assert_eq!(plan.changed_links[0].fields, ["label"], "no Strength column: the 3 stays");
    let mut doc = map.clone();
    plan.edit().apply(&mut doc).unwrap();
    assert_eq!(link(&doc, "rape", "home-office"), Some((LinkKind::Relevant, 3, false)));
}
