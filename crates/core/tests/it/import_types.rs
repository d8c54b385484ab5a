//! Element types Sectormap does not know, and rows that do not read:
//! a type is reported once (not again by the connections naming its
//! elements), a chosen kind keeps the type as the file spells it, and
//! what reads cleanly can be imported without the rows that do not.

use crate::sheets::workbook;
use sectormap_core::interchange::{KindMap, Limits, read_source};
use sectormap_core::model::{LinkKind, NodeKind};

const ELEMENTS: &[&[&str]] = &[
    &["Label", "Type"],
    &["Women's Aid", "Charity"],
    &["Rape Crisis", "charity"],
    &["Home Office", ""],
    &["Domestic abuse", "issue"],
];

const CONNECTIONS: &[&[&str]] = &[
    &["From", "To", "Type"],
    &["Women's Aid", "Home Office", "engages"],
    &["Rape Crisis", "Home Office", ""],
    &["Domestic abuse", "Women's Aid", "related"],
];

#[test]
fn an_unknown_type_is_reported_once_and_its_connections_not_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = workbook(dir.path(), "k.xlsx", &[("Elements", ELEMENTS), ("Connections", CONNECTIONS)]);
    let source = read_source(&path, &Limits::default()).unwrap();
    let first = source.convert(&KindMap::default());
    let problems: Vec<String> = first.result.unwrap_err().iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 2, "one problem per type name, none for the connections: {problems:?}");
    assert!(problems[0].starts_with("Elements!B4: 1 element has no type (the first here)"), "{problems:?}");
    assert!(problems[1].starts_with("Elements!B2: unknown type 'Charity' (2 elements, the first here)"));
    assert!(problems[1].contains("--kind \"Charity=KIND\""), "{problems:?}");
    let partial = first.partial.expect("what reads without the untyped elements");
    assert_eq!((partial.node_count(), partial.link_count()), (1, 0), "their links are left out with them");
}

#[test]
fn a_chosen_kind_keeps_the_type_as_the_file_spells_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = workbook(dir.path(), "k.xlsx", &[("Elements", ELEMENTS), ("Connections", CONNECTIONS)]);
    let source = read_source(&path, &Limits::default()).unwrap();
    let mut choices = KindMap::default();
    choices.set("CHARITY", NodeKind::Organisation);
    choices.set("", NodeKind::Department);
    let converted = source.convert(&choices);
    let types: Vec<(&str, usize, &str, Option<NodeKind>)> =
        converted.types.iter().map(|t| (t.name.as_str(), t.count, t.place.as_str(), t.chosen)).collect();
    assert_eq!(
        types,
        [
            ("", 1, "Elements!B4", Some(NodeKind::Department)),
            ("Charity", 2, "Elements!B2", Some(NodeKind::Organisation)),
        ],
        "chosen types stay listed with their own spelling and cell"
    );
    assert!(converted.unknown.is_empty());
    let doc = converted.result.unwrap();
    for id in ["women-s-aid", "rape-crisis"] {
        let node = doc.node(id).unwrap();
        assert_eq!((node.kind, node.tags.as_slice()), (NodeKind::Organisation, &["Charity".to_owned()][..]));
    }
    assert!(doc.node("home-office").unwrap().tags.is_empty(), "no type: nothing to keep");
    assert!(doc.node("domestic-abuse").unwrap().tags.is_empty(), "a type Sectormap knows is its kind");
    let kinds: Vec<LinkKind> = doc.links().map(|(l, _, _)| l.kind).collect();
    assert_eq!(kinds, [LinkKind::Engages, LinkKind::Engages, LinkKind::Related]);
}

#[test]
fn the_rows_that_read_can_be_imported_without_those_that_do_not() {
    let elements: &[&[&str]] = &[
        &["Label", "Type", "X", "Y"],
        &["Home Office", "department", "", ""],
        &["Women's Aid", "organisation", "abc", "5"],
        &["Domestic abuse", "issue", "", ""],
    ];
    let connections: &[&[&str]] = &[
        &["From", "To", "Strength"],
        &["Domestic abuse", "Home Office", "3"],
        &["Women's Aid", "Home Office", ""],
        &["Domestic abuse", "Home Ofice", "2"],
    ];
    let dir = tempfile::tempdir().unwrap();
    let path = workbook(dir.path(), "rows.xlsx", &[("Elements", elements), ("Connections", connections)]);
    let converted = read_source(&path, &Limits::default()).unwrap().convert(&KindMap::default());
    let problems: Vec<String> =
        converted.result.as_ref().unwrap_err().iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "Elements!C3: the X position 'abc' is not a number",
            "Connections!B4: no element called 'Home Ofice'; did you mean 'Home Office'?",
        ],
        "the connection from the bad row is not reported again"
    );
    let partial = converted.skippable().expect("the rows that read");
    let ids: Vec<&str> = partial.nodes().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["domestic-abuse", "home-office"], "a row with a problem is left out whole");
    assert_eq!(partial.link_count(), 1);
    assert_eq!(partial.links().next().unwrap().0.strength, 3);
}

#[test]
fn a_connection_from_an_element_to_itself_says_why_it_is_refused() {
    let elements: &[&[&str]] = &[&["Label", "Type"], &["Home Office", "department"]];
    let connections: &[&[&str]] = &[&["From", "To"], &["Home Office", "home office"]];
    let dir = tempfile::tempdir().unwrap();
    let path = workbook(dir.path(), "loop.xlsx", &[("Elements", elements), ("Connections", connections)]);
    let converted = read_source(&path, &Limits::default()).unwrap().convert(&KindMap::default());
    let problems: Vec<String> = converted.result.unwrap_err().iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "Connections!B2: the connection goes from 'Home Office' to itself; a link joins two different elements"
        ]
    );
}
