//! Whether a department makes a relevant link: yes, no, or not checked
//! yet. A link nobody has checked is neither drawn nor reported as one the
//! department refuses.

use sectormap_core::analysis::{GapKind, find_gaps};
use sectormap_core::i18n::Language;
use sectormap_core::interchange::{Format, export_bytes, import_path, plan_merge};
use sectormap_core::io::{load_str, to_json};
use sectormap_core::model::{Document, Link, LinkKind, Node, NodeKind, Recognised};
use sectormap_core::pipeline::scene_for;
use sectormap_core::render::{RenderOptions, to_svg};
use sectormap_core::scene::View;

use crate::sheets::workbook;

fn file(version: u64, recognised: &str) -> String {
    format!(
        r#"{{"format": "sectormap", "version": {version}, "nodes": [
            {{"id": "rape", "kind": "issue", "label": "Rape"}},
            {{"id": "dft", "kind": "department", "label": "Department for Transport"}}],
          "links": [{{"id": "r1", "kind": "relevant", "from": "rape", "to": "dft"{recognised}}}]}}"#
    )
}

fn state(doc: &Document) -> Recognised {
    doc.link("r1").map(|(l, _, _)| l.recognised).unwrap()
}

#[test]
fn a_missing_recognised_is_unknown_in_new_files_and_keeps_its_old_meaning_in_old_ones() {
    let new = load_str(&file(4, ""), "new.json").unwrap();
    assert_eq!(state(&new), Recognised::Unknown);
    assert!(!to_json(&new).unwrap().contains("recognised"), "unknown is written as nothing");
    let old = load_str(&file(3, ""), "old.json").unwrap();
    assert_eq!(state(&old), Recognised::No, "version 3 drew a missing value as not made");
    for (flag, want) in
        [(r#", "recognised": true"#, Recognised::Yes), (r#", "recognised": false"#, Recognised::No)]
    {
        let doc = load_str(&file(4, flag), "x.json").unwrap();
        assert_eq!(state(&doc), want);
        assert_eq!(state(&load_str(&to_json(&doc).unwrap(), "again.json").unwrap()), want);
    }
}

#[test]
fn unchecked_links_are_their_own_gap_and_not_links_the_department_refuses() {
    let mut doc = Document::new();
    doc.add_node(Node::new("rape", NodeKind::Issue, "Rape")).unwrap();
    doc.add_node(Node::new("dft", NodeKind::Department, "Department for Transport")).unwrap();
    doc.add_node(Node::new("dh", NodeKind::Department, "Department of Health")).unwrap();
    doc.add_link("rape", "dft", Link::new("unchecked", LinkKind::Relevant)).unwrap();
    let refused = Link { recognised: Recognised::No, ..Link::new("refused", LinkKind::Relevant) };
    doc.add_link("rape", "dh", refused).unwrap();
    let gaps = find_gaps(&doc, Language::En);
    let kinds_of = |id: &str| gaps.iter().filter(|g| g.links == [id]).map(|g| g.kind).collect::<Vec<_>>();
    assert_eq!(kinds_of("unchecked"), [GapKind::UncheckedLink]);
    assert_eq!(kinds_of("refused"), [GapKind::UnrecognisedLink]);
    let text = &gaps.iter().find(|g| g.kind == GapKind::UncheckedLink).unwrap().text;
    assert!(text.contains("nobody has checked yet"), "{text}");
}

#[test]
fn the_three_states_are_drawn_three_ways_and_the_legend_names_each() {
    let mut doc = Document::new();
    for (id, kind) in [
        ("i", NodeKind::Issue),
        ("a", NodeKind::Department),
        ("b", NodeKind::Department),
        ("c", NodeKind::Department),
    ] {
        doc.add_node(Node::new(id, kind, id)).unwrap();
    }
    for (to, state) in [("a", Recognised::Yes), ("b", Recognised::No), ("c", Recognised::Unknown)] {
        let link = Link { recognised: state, ..Link::new(format!("l-{to}"), LinkKind::Relevant) };
        doc.add_link("i", to, link).unwrap();
    }
    let svg = to_svg(&scene_for(&doc, &View::default(), 1), &RenderOptions::default());
    let dashes = |id: &str| {
        let start = svg.find(&format!("data-id=\"{id}\"")).unwrap();
        let group = &svg[start..start + svg[start..].find("</g>").unwrap()];
        group.split("stroke-dasharray=\"").nth(1).map(|rest| rest[..rest.find('"').unwrap()].to_owned())
    };
    assert_eq!(dashes("l-a"), None, "made: solid");
    let (no, unknown) = (dashes("l-b").unwrap(), dashes("l-c").unwrap());
    assert_ne!(no, unknown, "refused and unchecked look different");
    assert!(svg.contains("not yet checked whether the department makes the link"), "the legend names it");
}

#[test]
fn a_connection_without_a_recognised_column_is_unchecked_and_a_merge_never_forgets_a_known_state() {
    let dir = tempfile::tempdir().unwrap();
    let elements: &[&[&str]] =
        &[&["Label", "Type"], &["Rape", "issue"], &["Department for Transport", "department"]];
    let connections: &[&[&str]] =
        &[&["From", "To", "Type"], &["Rape", "Department for Transport", "relevant"]];
    let path = workbook(dir.path(), "plain.xlsx", &[("Elements", elements), ("Connections", connections)]);
    let imported = import_path(&path).unwrap();
    let (link, _, _) = imported.links().next().unwrap();
    assert_eq!(link.recognised, Recognised::Unknown);
    assert!(!find_gaps(&imported, Language::En).iter().any(|g| g.kind == GapKind::UnrecognisedLink));
    // The map knows the department refuses the link; the sheet says nothing.
    let mut map = imported.clone();
    let mut known = link.clone();
    known.recognised = Recognised::No;
    map.replace_link(known).unwrap();
    let plan = plan_merge(&map, &imported);
    assert!(plan.changed_links.is_empty(), "{:?}", plan.changed_links);
    // Written out and read back, the unchecked state survives every format.
    for (format, name) in [
        (Format::Workbook, "x.xlsx"),
        (Format::GraphMl, "x.graphml"),
        (Format::Gexf, "x.gexf"),
        (Format::Kumu, "x.kumu.json"),
    ] {
        let out = dir.path().join(name);
        std::fs::write(&out, export_bytes(&imported, format, name).unwrap()).unwrap();
        let back = import_path(&out).unwrap();
        assert_eq!(back.links().next().map(|(l, _, _)| l.recognised), Some(Recognised::Unknown), "{name}");
    }
}
