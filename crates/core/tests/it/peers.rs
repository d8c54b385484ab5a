//! Files in the shapes other tools write (`tests/fixtures/peers`, each
//! described in its FORMATS.md; all written for these tests), run through
//! import: every file imports (with kinds chosen for the types it has, or
//! for elements without one), or says in one line a problem per place
//! what is wrong and where; and each file's feature reads as it should.

use std::path::{Path, PathBuf};

use sectormap_core::interchange::{Converted, KindMap, Limits, read_source};
use sectormap_core::model::{Document, LinkKind, Node, NodeKind, Point};

fn peers() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/peers")
}

/// Kinds for what these files call their elements (`--kind` on the
/// command line): no type at all, and the Kumu blueprint's own types.
fn kinds() -> KindMap {
    let mut kinds = KindMap::default();
    for (name, kind) in [
        ("", NodeKind::Organisation),
        ("Funder", NodeKind::Organisation),
        ("Harm", NodeKind::Issue),
        ("Strategy outcome", NodeKind::Objective),
        ("Statutory duty", NodeKind::Commitment),
    ] {
        kinds.set(name, kind);
    }
    kinds
}

fn convert(file: &str, kinds: &KindMap) -> Converted {
    let path = peers().join(file);
    read_source(&path, &Limits::default()).unwrap_or_else(|e| panic!("{file}: {e}")).convert(kinds)
}

fn read(file: &str) -> Document {
    let converted = convert(file, &kinds());
    converted.result.unwrap_or_else(|problems| panic!("{file}: {problems:?}"))
}

/// The node labelled `label` (the Kumu blueprint's ids are Kumu's).
fn labelled<'a>(doc: &'a Document, label: &str) -> &'a Node {
    doc.nodes().find(|n| n.label == label).unwrap_or_else(|| panic!("no node labelled {label}"))
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e != "md") {
            out.push(path);
        }
    }
}

/// What a file gives: `Ok((nodes, links))`, or the start of its one problem.
type Outcome = Result<(usize, usize), &'static str>;

/// What each file gives.
const EXPECTED: [(&str, Outcome); 25] = [
    ("cytoscape/graph-desc.graphml", Ok((3, 2))),
    ("cytoscape/nested.graphml", Ok((12, 9))),
    ("cytoscape/typed-attributes.graphml", Ok((5, 5))),
    ("cytoscape/untyped.graphml", Ok((9, 10))),
    ("gephi/described.graphml", Ok((2, 1))),
    ("gephi/dynamic-weight.gexf", Ok((2, 1))),
    ("gephi/label-key-in-graph.graphml", Ok((3, 2))),
    ("gephi/meta-only.gexf", Err("line 2, column 1: the file has no <graph>")),
    (
        "gephi/self-loop.gexf",
        Err("line 29, column 7: edge 'federation' goes from 'Women's Aid Federation' (wa) to itself"),
    ),
    ("gephi/shared-ids.gexf", Ok((3, 2))),
    ("gephi/slice.gexf", Ok((3, 2))),
    ("gephi/timezone.gexf", Ok((2, 1))),
    ("gephi/unbounded.gexf", Ok((1, 0))),
    ("gephi/zero-weight.gexf", Ok((2, 1))),
    ("kumu/blueprint.json", Ok((10, 11))),
    ("networkx/digraph-no-edge-ids.graphml", Ok((8, 8))),
    ("networkx/gexf-with-meta.gexf", Ok((5, 4))),
    ("networkx/keys-with-defaults.graphml", Ok((5, 6))),
    ("networkx/multigraph.graphml", Ok((4, 3))),
    (
        "networkx/same-name-keys.graphml",
        Err(
            "line 35, column 5: edge 'link-split-payments-split-payments' goes from 'Universal Credit paid to each partner' (split-payments) to itself",
        ),
    ),
    ("networkx/undeclared-node.graphml", Err("line 12, column 5: no node has the id 'refuge-hull'")),
    ("networkx/written-by-networkx.gexf", Ok((4, 3))),
    ("yed/groups.graphml", Ok((9, 5))),
    ("yed/shape-nodes.graphml", Ok((3, 3))),
    ("yed/yfiles-resources.graphml", Ok((3, 2))),
];

#[test]
fn every_peer_file_imports_or_names_the_place_of_each_problem() {
    let mut all = Vec::new();
    files(&peers(), &mut all);
    all.sort();
    let names: Vec<String> =
        all.iter().map(|p| p.strip_prefix(peers()).unwrap().to_string_lossy().replace('\\', "/")).collect();
    let listed: Vec<&str> = EXPECTED.iter().map(|(name, _)| *name).collect();
    assert_eq!(names, listed, "every file in the corpus has its expected outcome here");
    for (name, expected) in EXPECTED {
        let converted = convert(name, &kinds());
        match (&converted.result, expected) {
            (Ok(doc), Ok(counts)) => assert_eq!((doc.node_count(), doc.link_count()), counts, "{name}"),
            (Err(problems), Err(start)) => {
                assert_eq!(problems.len(), 1, "{name}: one problem, no cascade: {problems:?}");
                let line = problems[0].to_string();
                assert!(line.starts_with(start), "{name}: {line}");
                assert!(!line.contains('\n'), "{name}: one line: {line}");
            }
            (got, want) => panic!("{name}: expected {want:?}, got {got:?}"),
        }
        for note in &converted.notes {
            assert!(!note.place.is_empty() && !note.to_string().contains('\n'), "{name}: {note}");
        }
    }
}

#[test]
fn gexf_node_and_edge_ids_are_kept_apart() {
    let converted = convert("gephi/shared-ids.gexf", &kinds());
    let doc = converted.result.unwrap();
    let labels: Vec<&str> = doc.nodes().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["Southall Black Sisters", "Karma Nirvana", "Imkaan"]);
    let ends = |id: &str| doc.link(id).map(|(_, from, to)| (from, to));
    assert_eq!(ends("link-0"), Some(("1", "0")), "edge 0 is renamed, as node 0 has its id");
    assert_eq!(ends("link-1"), Some(("2", "0")), "and so is edge 1");
    for (edge, link) in [("'0'", "link-0"), ("'1'", "link-1")] {
        assert!(
            converted.notes.iter().any(|n| n.message.contains(edge) && n.message.contains(link)),
            "each rename is said in a note, not an error: {:?}",
            converted.notes
        );
    }
    assert_eq!(doc.node("0").unwrap().position, Some(Point::new(-120.25, -48.0)), "viz:position, y flipped");
}

#[test]
fn networkx_multigraph_edge_keys_repeat_and_the_later_is_renamed() {
    let converted = convert("networkx/multigraph.graphml", &kinds());
    let doc = converted.result.unwrap();
    let ends = |id: &str| doc.link(id).map(|(_, from, to)| (from, to));
    assert_eq!(ends("0"), Some(("cps", "police")));
    assert_eq!(ends("1"), Some(("police", "cps")), "a second edge between the same two nodes");
    assert_eq!(ends("link-0"), Some(("police", "courts")));
    assert!(
        converted.notes.iter().any(|n| n.message.contains("another edge") && n.message.contains("link-0")),
        "{:?}",
        converted.notes
    );
    assert!(doc.node("probation").is_some(), "a node without edges is kept");
}

#[test]
fn graphml_labels_come_from_the_key_named_label_not_its_id() {
    let doc = read("gephi/label-key-in-graph.graphml");
    let nodes: Vec<(&str, &str)> = doc.nodes().map(|n| (n.id.as_str(), n.label.as_str())).collect();
    assert_eq!(
        nodes,
        [
            ("dfe", "Department for Education"),
            ("dhsc", "Department of Health & Social Care"),
            ("rse", "Relationships & sex education in every school"),
        ],
        "labels from the key whose attr.name is label, declared inside <graph>"
    );
    assert!(doc.nodes().all(|n| n.fields.is_empty()), "no field called 'txt' or 'kind'");
    assert_eq!(doc.node("rse").unwrap().kind, NodeKind::Objective, "the kind key also read by its name");
    let (link, _, _) = doc.link("guidance").unwrap();
    assert_eq!(link.label, "statutory guidance & teacher training", "the edge key of the same id");
    assert_eq!(link.kind, LinkKind::Pursues);
}

#[test]
fn graphml_desc_is_the_description() {
    let doc = read("gephi/described.graphml");
    assert_eq!(
        doc.node("rcew").unwrap().description,
        "Rape Crisis England and Wales, support line open every hour"
    );
    assert_eq!(doc.node("galop").unwrap().description, "Galop: LGBT+ anti-abuse charity & helpline", "CDATA");
    assert_eq!(
        doc.link("pathway").unwrap().0.label,
        "shares a referral pathway with",
        "a link has no description: its desc is its label"
    );
    let doc = read("cytoscape/graph-desc.graphml");
    assert_eq!(doc.meta.subtitle, "Who sits on the local VAWG partnership board", "the graph's desc");
    assert_eq!(doc.node("isva").unwrap().description, "Independent sexual violence advisers");
    let doc = read("networkx/gexf-with-meta.gexf");
    assert_eq!(doc.meta.subtitle, "Sexual violence services in Yorkshire", "GEXF's meta description");
}

#[test]
fn elements_without_a_type_give_one_error_naming_kind_and_no_cascade() {
    let converted = convert("cytoscape/untyped.graphml", &KindMap::default());
    let problems = converted.result.unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    let line = problems[0].to_string();
    assert!(line.starts_with("line 6, column 3: 9 elements have no type"), "{line}");
    assert!(line.contains("--kind"), "{line}");
    assert_eq!(converted.unknown.len(), 1);
    assert_eq!((converted.unknown[0].name.as_str(), converted.unknown[0].count), ("", 9));
}

#[test]
fn values_gexf_tools_write_are_kept_as_written() {
    let doc = read("gephi/unbounded.gexf");
    let node = doc.node("idva-service").unwrap();
    assert_eq!(node.label, "idva-service", "no label: the id");
    let field = |name: &str| node.fields.get(name).map(String::as_str);
    assert_eq!(
        (field("cases per advocate"), field("lowest estimate"), field("highest estimate")),
        (Some("NaN"), Some("-Infinity"), Some("INF")),
        "numbers that are not finite are text in a field, not a problem"
    );
    let doc = read("gephi/slice.gexf");
    assert_eq!(
        doc.node("north-east").unwrap().fields.get("refuge bed spaces").map(String::as_str),
        Some("112"),
        "an <attvalue> without <attvalues> around it"
    );
    assert_eq!(doc.link("move-on-1").unwrap().0.strength, 3, "the weight attribute");
    let converted = convert("gephi/zero-weight.gexf", &kinds());
    assert_eq!(converted.result.unwrap().link("bearing").unwrap().0.strength, 2);
    assert!(
        converted.notes.iter().any(|n| n.message.contains("the weight '0.0' is not a strength 1, 2 or 3")),
        "{:?}",
        converted.notes
    );
    let doc = read("networkx/written-by-networkx.gexf");
    assert_eq!(doc.node("home_office").unwrap().position, Some(Point::new(0.0, -100.0)), "y flipped");
    assert_eq!(doc.node("respect").unwrap().kind, NodeKind::Organisation);
}

#[test]
fn yed_groups_and_nested_graphs_are_read() {
    let doc = read("yed/groups.graphml");
    let nodes: Vec<(&str, &str)> = doc
        .nodes()
        .map(|n| (n.label.as_str(), n.fields.get("Lead agency").map_or("", String::as_str)))
        .collect();
    assert_eq!(
        nodes,
        [
            ("Courts", "Ministry of Justice"),
            ("Crown Court", "Ministry of Justice"),
            ("ISVA service", "Ministry of Justice"),
            ("Criminal justice", "Home Office"),
            ("Magistrates' court", "Ministry of Justice"),
            ("Police", "Home Office"),
            ("Refuge provider", "Local authority"),
            ("Sexual assault referral centre", "NHS England"),
            ("Specialist support", "Local authority"),
        ],
        "groups, a folded group and their nodes, each with its custom property"
    );
    assert!(doc.nodes().all(|n| n.position.is_some()), "positions from yEd's geometry");
    assert_eq!(doc.node("police").unwrap().position, Some(Point::new(85.0, 100.0)), "the geometry's centre");
    assert_eq!(
        doc.link("police-magistrates").unwrap().1,
        "police",
        "edges in the top graph join nested nodes"
    );
    assert_eq!(doc.link("sarc-police").unwrap().0.label, "forensic evidence", "the y:EdgeLabel");
}

#[test]
fn yfiles_shape_nodes_give_labels_centres_and_descriptions() {
    let converted = convert("yed/shape-nodes.graphml", &kinds());
    let doc = converted.result.unwrap();
    let nodes: Vec<(&str, Option<Point>)> = doc.nodes().map(|n| (n.label.as_str(), n.position)).collect();
    assert_eq!(
        nodes,
        [
            ("GP surgery", Some(Point::new(85.0, 80.0))),
            ("IDVA service", Some(Point::new(200.0, 225.0))),
            ("MARAC", Some(Point::new(300.0, 60.0))),
        ]
    );
    assert_eq!(doc.node("gp").unwrap().fields.get("has referral route").map(String::as_str), Some("true"));
    assert_eq!(doc.link("gp-marac").unwrap().0.label, "high-risk referral");
    assert!(
        converted.notes.iter().any(|n| n.message.contains("'cases referred'")),
        "an edge attribute a link cannot keep is said once: {:?}",
        converted.notes
    );
    let doc = read("yed/yfiles-resources.graphml");
    let cps = doc.node("cps").unwrap();
    assert_eq!(cps.label, "Crown Prosecution Service");
    assert_eq!(cps.description, "Leads on charging decisions in VAWG cases", "yEd's description key");
    assert_eq!(cps.fields.get("url").map(String::as_str), Some("https://example.org/cps-vawg"));
    assert_eq!(doc.link("e-warns").unwrap().0.label, "passes hearing dates to");
}

#[test]
fn kumu_blueprint_types_chosen_positions_and_connection_types() {
    let converted = convert("kumu/blueprint.json", &kinds());
    let doc = converted.result.unwrap();
    assert_eq!(doc.meta.title, "Who answers for safe accommodation", "the first map's name");
    let harm = labelled(&doc, "Coercive control");
    assert_eq!(harm.kind, NodeKind::Issue);
    assert!(harm.tags.iter().any(|t| t == "Harm"), "a chosen kind keeps the type as a tag: {:?}", harm.tags);
    assert_eq!(labelled(&doc, "Women's Aid").kind, NodeKind::Organisation, "NGO is a kind Sectormap knows");
    assert_eq!(labelled(&doc, "Home Office").position, Some(Point::new(-310.5, -220.0)));
    assert_eq!(
        labelled(&doc, "Perpetrators held to account").position,
        None,
        "only the first map's positions"
    );
    let kinds_of = |label: &str| -> Vec<(LinkKind, String)> {
        let id = &labelled(&doc, label).id;
        doc.links().filter(|(_, from, _)| from == id).map(|(l, _, _)| (l.kind, l.label.clone())).collect()
    };
    assert!(
        kinds_of("Women's Aid").contains(&(LinkKind::Engages, String::new())),
        "a connection type that is a kind"
    );
    assert!(
        kinds_of("Community foundation").contains(&(LinkKind::Related, "+".to_owned())),
        "Kumu's own connection types are labels"
    );
    assert_eq!(
        kinds_of("Domestic Abuse Act 2021, Part 4 duty"),
        [(LinkKind::Obliges, String::new())],
        "no connection type: the kind its ends allow"
    );
    assert!(
        converted
            .notes
            .iter()
            .any(|n| n.message.contains("'funding stream'") && n.message.contains("'since'")),
        "{:?}",
        converted.notes
    );
}

#[test]
fn a_file_nested_too_deep_is_refused_with_its_place_not_a_crash() {
    let depth = 100_000;
    let nodes = "<node id=\"n\"><graph>".repeat(depth) + &"</graph></node>".repeat(depth);
    let graphml = format!("<graphml><graph>{nodes}</graph></graphml>");
    let problems = sectormap_core::interchange::from_graphml(&graphml).unwrap_err();
    assert!(problems[0].to_string().starts_with("line 1, column "), "{problems:?}");
    assert!(problems[0].message.contains("nest more than 256 deep"), "{problems:?}");
    let data = format!(
        "<graphml><graph><node id=\"a\"><data key=\"d\">{}</data></node></graph></graphml>",
        "<x>".repeat(depth)
    );
    assert!(sectormap_core::interchange::from_graphml(&data).is_err());
    let nested = "<node id=\"n\"><nodes>".repeat(depth);
    let gexf = format!("<gexf><graph><nodes>{nested}</nodes></graph></gexf>");
    assert!(sectormap_core::interchange::from_gexf(&gexf).unwrap_err()[0].message.contains("nest more than"));
}

#[test]
fn every_peer_file_cut_short_anywhere_gives_problems_not_a_panic() {
    let mut all = Vec::new();
    files(&peers(), &mut all);
    for path in all {
        let text = std::fs::read_to_string(&path).unwrap();
        let step = (text.len() / 97).max(1);
        for at in (0..text.len()).step_by(step).filter(|&at| text.is_char_boundary(at)) {
            let cut = &text[..at];
            let mut kinds = sectormap_core::interchange::KindLookup::new(kinds());
            let _ = match path.extension().and_then(|e| e.to_str()) {
                Some("gexf") => sectormap_core::interchange::from_gexf_with(cut, &mut kinds),
                Some("graphml") => sectormap_core::interchange::from_graphml_with(cut, &mut kinds),
                _ => match serde_json::from_str(cut) {
                    Ok(value) => sectormap_core::interchange::from_blueprint(&value, &mut kinds),
                    Err(_) => continue,
                },
            };
        }
    }
}
