//! Data in and out: Kumu-style workbooks, CSV, GraphML and GEXF, their
//! problems, round trips, and the `convert` and `import` commands.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use crate::common::example;
use crate::sheets::workbook;
use sectormap_core::interchange::{
    self, GEXF_NS, GRAPHML_NS, KindMap, Limits, VIZ_NS, YWORKS_NS, from_gexf, from_graphml, import_path,
    import_path_with, to_gexf, to_graphml, to_xlsx, without_translations,
};
use sectormap_core::model::{LinkKind, NodeKind, Point};

fn messages(err: &interchange::ImportError) -> Vec<String> {
    err.problems.iter().map(ToString::to_string).collect()
}

const ELEMENTS: &[&[&str]] = &[
    &["Label", "ID", "Type", "Tags", "Sector", "Budget"],
    &["Home Office", "", "Ministry", "justice|policing", "justice", "12"],
    &["Health", "dept-health", "agency", "", "", ""],
    &["Domestic violence", "", "Form of VAW", "", "", ""],
    &["Safe streets", "", "Goal", "", "", ""],
    &["Istanbul Convention", "", "Treaty", "", "", ""],
    &["Women's Aid", "", "NGO", "", "", ""],
];

#[test]
fn kumu_workbook_maps_types_and_splits_targets() {
    let dir = tempfile::tempdir().unwrap();
    let connections: &[&[&str]] = &[
        &["From", "To", "Type", "Strength", "Recognised"],
        &["Domestic violence", "Home Office|dept-health", "", "3", "yes"],
        &["Home Office", "Safe streets", "pursues", "", ""],
        &["Istanbul Convention", "home office", "", "", ""],
    ];
    let notes: &[&[&str]] = &[&["anything"]];
    let path = workbook(
        dir.path(),
        "kumu.xlsx",
        &[("Elements", ELEMENTS), ("Connections", connections), ("Notes (ignore)", notes)],
    );
    let doc = import_path(&path).unwrap();
    let kind = |id: &str| doc.node(id).unwrap().kind;
    assert_eq!(kind("home-office"), NodeKind::Department);
    assert_eq!(kind("dept-health"), NodeKind::Department);
    assert_eq!(kind("domestic-violence"), NodeKind::Issue);
    assert_eq!(kind("safe-streets"), NodeKind::Objective);
    assert_eq!(kind("istanbul-convention"), NodeKind::Commitment);
    assert_eq!(kind("women-s-aid"), NodeKind::Organisation);
    let office = doc.node("home-office").unwrap();
    assert_eq!(office.tags, ["justice", "policing"]);
    assert_eq!(office.department.sector, "justice");
    assert_eq!(office.fields.get("Budget").map(String::as_str), Some("12"));
    assert_eq!(office.position, None);
    let links: Vec<_> = doc
        .links()
        .map(|(l, f, t)| (l.kind, f.to_owned(), t.to_owned(), l.strength, l.recognised.is_yes()))
        .collect();
    assert_eq!(links.len(), 4, "{links:?}");
    assert!(links.contains(&(LinkKind::Relevant, "domestic-violence".into(), "home-office".into(), 3, true)));
    assert!(links.contains(&(LinkKind::Relevant, "domestic-violence".into(), "dept-health".into(), 3, true)));
    assert!(links.contains(&(LinkKind::Pursues, "home-office".into(), "safe-streets".into(), 2, false)));
    assert!(links.contains(&(
        LinkKind::Obliges,
        "istanbul-convention".into(),
        "home-office".into(),
        2,
        false
    )));
}

#[test]
fn bad_cells_are_all_reported_with_sheet_row_column_and_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let elements: &[&[&str]] = &[
        &["Label", "Type", "X", "Y"],
        &["Home Office", "department", "1", "2"],
        &["Domestic violence", "issue", "ten", "2"],
        &["Mystery", "planet", "", ""],
    ];
    let connections: &[&[&str]] = &[
        &["From", "To", "Type", "Strength"],
        &["Domestic violence", "Home Ofice", "relevant", "2"],
        &["Domestic violence", "Home Office", "relevant", "high"],
        &["Domestic violence", "Home Office", "hugs", ""],
    ];
    let extra: &[&[&str]] = &[&["x"]];
    let path = workbook(
        dir.path(),
        "bad.xlsx",
        &[("Elements", elements), ("Connections", connections), ("Extra", extra)],
    );
    let err = import_path(&path).unwrap_err();
    let all = messages(&err);
    let has = |wanted: &str| assert!(all.iter().any(|m| m.contains(wanted)), "{wanted:?} not in {all:#?}");
    has("Connections!B2: no element called 'Home Ofice'; did you mean 'Home Office'?");
    has("Connections!D3: the strength 'high' is not 1, 2 or 3");
    has("Connections!C4: unknown connection type 'hugs'");
    has("Elements!C3: the X position 'ten' is not a number");
    has("Elements!B4: unknown type 'planet'");
    has("Extra: ");
    assert!(err.to_string().lines().all(|l| l.starts_with(&path.display().to_string())), "{err}");
}

#[test]
fn report_card_sheet_sets_scores_and_rejects_bad_ones() {
    let dir = tempfile::tempdir().unwrap();
    let card: &[&[&str]] = &[
        &["ID", "Label", "2006", "2007"],
        &["home-office", "Home Office", "7.5", ""],
        &["dept-health", "", "11", ""],
    ];
    let path = workbook(dir.path(), "card.xlsx", &[("Elements", ELEMENTS), ("Report card", card)]);
    let err = import_path(&path).unwrap_err();
    assert_eq!(messages(&err).len(), 1, "{err}");
    assert!(err.problems[0].to_string().starts_with("Report card!C3: '11' is not a score"), "{err}");
    let good: &[&[&str]] = &[&["ID", "2006"], &["Home Office", "7.5"]];
    let path = workbook(dir.path(), "card2.xlsx", &[("Elements", ELEMENTS), ("Report card", good)]);
    let doc = import_path(&path).unwrap();
    assert_eq!(doc.node("home-office").unwrap().score(2006), Some(7.5));
}

#[test]
fn csv_of_elements_imports_nodes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("people.csv");
    std::fs::write(&path, "Label,Type,X,Y,Pinned\nHome Office,Ministry,10,20,yes\nRape,issue,,,\n").unwrap();
    let doc = import_path(&path).unwrap();
    assert_eq!(doc.node_count(), 2);
    let office = doc.node("home-office").unwrap();
    assert_eq!((office.position, office.pinned), (Some(Point::new(10.0, 20.0)), true));
    std::fs::write(&path, "Label,Type\nHome Office,planet\n").unwrap();
    let err = import_path(&path).unwrap_err();
    assert!(messages(&err)[0].starts_with("people.csv!B2: unknown type 'planet'"), "{err}");
}

#[test]
fn files_and_sheets_over_the_limits_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = workbook(dir.path(), "big.xlsx", &[("Elements", ELEMENTS)]);
    let small = Limits { max_bytes: 100, ..Limits::default() };
    let err = import_path_with(&path, &small, &KindMap::default()).unwrap_err();
    assert!(err.to_string().contains("at most 0.0 MB"), "{err}");
    let few_rows = Limits { max_rows: 3, ..Limits::default() };
    let err = import_path_with(&path, &few_rows, &KindMap::default()).unwrap_err();
    assert!(
        err.to_string().contains("Elements: the sheet has 7 rows; Sectormap reads sheets of at most 3 rows"),
        "{err}"
    );
}

/// The round trips compare with what the formats leave out cleared.
#[test]
fn xlsx_round_trip_keeps_the_map_and_positions() {
    let dir = tempfile::tempdir().unwrap();
    let original = without_translations(&example());
    let path = dir.path().join("map.xlsx");
    std::fs::write(&path, to_xlsx(&original).unwrap()).unwrap();
    let back = import_path(&path).unwrap();
    assert!(original.nodes().all(|n| n.position.is_some()));
    assert_eq!(back, original);
}

#[test]
fn graphml_round_trip_and_namespaces() {
    let original = without_translations(&example());
    let text = to_graphml(&original).unwrap();
    let xml = roxmltree::Document::parse(&text).unwrap();
    let root = xml.root_element();
    assert_eq!(root.tag_name().namespace(), Some(GRAPHML_NS));
    assert!(
        xml.descendants()
            .any(|n| n.tag_name().namespace() == Some(YWORKS_NS) && n.tag_name().name() == "ShapeNode")
    );
    for key in ["label", "x", "y", "r", "g", "b", "weight", "kind", "sector"] {
        assert!(
            xml.descendants().any(|n| n.tag_name().name() == "key" && n.attribute("attr.name") == Some(key)),
            "{key}"
        );
    }
    assert_eq!(from_graphml(&text).unwrap(), original);
}

#[test]
fn graphml_from_yed_takes_positions_from_geometry() {
    let text = r##"<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="d0" for="node" yfiles.type="nodegraphics"/>
  <key id="d1" for="node" attr.name="kind" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="n0"><data key="d1">department</data><data key="d0"><y:ShapeNode>
      <y:Geometry x="10" y="20" width="100" height="40"/><y:NodeLabel>Home &amp; Office</y:NodeLabel>
    </y:ShapeNode></data></node>
    <node id="n1"><data key="d1">issue</data></node>
    <edge source="n1" target="n0"/>
    <edge source="n1" target="n9"/>
  </graph>
</graphml>"##;
    let err = from_graphml(text).unwrap_err();
    assert_eq!(err.len(), 1);
    assert!(err[0].to_string().starts_with("line 11, column 5: no node has the id 'n9'"), "{err:?}");
    let doc = from_graphml(&text.replace("<edge source=\"n1\" target=\"n9\"/>", "")).unwrap();
    let node = doc.node("n0").unwrap();
    assert_eq!((node.label.as_str(), node.position), ("Home & Office", Some(Point::new(60.0, 40.0))));
    assert_eq!(doc.links().next().unwrap().0.kind, LinkKind::Relevant);
    assert!(from_graphml("<graphml><graph>").unwrap_err()[0].to_string().starts_with("line 1"));
}

#[test]
fn gexf_round_trip_and_namespaces() {
    let mut original = without_translations(&example());
    original.meta.source.clear();
    original.meta.language.clear();
    let text = to_gexf(&original).unwrap();
    let xml = roxmltree::Document::parse(&text).unwrap();
    assert_eq!(xml.root_element().tag_name().namespace(), Some(GEXF_NS));
    assert_eq!(xml.root_element().attribute("version"), Some("1.3"));
    for viz in ["position", "color", "size", "shape"] {
        assert!(
            xml.descendants().any(|n| n.tag_name().namespace() == Some(VIZ_NS) && n.tag_name().name() == viz),
            "{viz}"
        );
    }
    for attribute in ["kind", "sector", "score-2006", "recognised", "strength"] {
        assert!(
            xml.descendants()
                .any(|n| n.tag_name().name() == "attribute" && n.attribute("title") == Some(attribute)),
            "{attribute}"
        );
    }
    assert_eq!(from_gexf(&text).unwrap(), original);
}

#[test]
fn imported_positions_beyond_the_map_are_refused_naming_the_element() {
    let gexf = |x: &str| {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="kind" type="string"/></attributes>
    <nodes>
      <node id="near" label="Near"><attvalues><attvalue for="0" value="issue"/></attvalues><viz:position x="1" y="2"/></node>
      <node id="far" label="Far"><attvalues><attvalue for="0" value="issue"/></attvalues><viz:position x="{x}" y="2"/></node>
    </nodes>
    <edges/>
  </graph>
</gexf>"#
        )
    };
    let doc = from_gexf(&gexf("3")).expect("a GEXF with sane positions imports");
    assert_eq!(doc.node("far").unwrap().position, Some(Point::new(3.0, -2.0)));
    for x in ["1e308", "-2e7", "inf", "NaN"] {
        let err = from_gexf(&gexf(x)).expect_err("a node beyond the map is refused");
        assert_eq!(err.len(), 1, "{x}: {err:?}");
        let text = err[0].to_string();
        assert!(text.starts_with("line 7, column 7: node 'far': viz:position x is "), "{x}: {text}");
    }

    let graphml = |x: &str| {
        format!(
            r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k" for="node" attr.name="kind" attr.type="string"/>
  <key id="x" for="node" attr.name="x" attr.type="double"/>
  <key id="y" for="node" attr.name="y" attr.type="double"/>
  <graph edgedefault="directed">
    <node id="far"><data key="k">issue</data><data key="x">{x}</data><data key="y">0</data></node>
  </graph>
</graphml>"#
        )
    };
    from_graphml(&graphml("12")).expect("a GraphML with sane positions imports");
    let err = from_graphml(&graphml("1e308")).expect_err("refused");
    assert!(err[0].to_string().starts_with("line 6, column 5: node 'far': x is '1e308'"), "{err:?}");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("far.csv");
    std::fs::write(&path, "Label,Type,X,Y\nNear,issue,1,2\nFar,issue,3,-1e308\n").unwrap();
    let err = import_path(&path).expect_err("refused");
    assert_eq!(err.problems.len(), 1, "{err}");
    assert!(messages(&err)[0].starts_with("far.csv!D3: the Y position '-1e308' is "), "{err}");

    let blueprint = serde_json::json!({
        "elements": [{"_id": "far", "attributes": {"label": "Far", "element type": "issue"}}],
        "maps": [{"elements": [{"element": "far", "position": {"x": 1e308, "y": 0}}]}]
    });
    let err = interchange::from_blueprint(&blueprint, &mut Default::default()).expect_err("refused");
    assert!(err[0].to_string().starts_with("maps[0].elements[0]: element 'far': x is 1e308"), "{err:?}");
}
