//! What the core's tests share (the program's tests use it too).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sectormap_core::model::{Document, Link, LinkKind, Node, NodeKind};
use sectormap_core::pipeline::{self, DEFAULT_SEED, Scope};

/// The repository's root, where `maps/` and `tests/fixtures/` are.
pub fn root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.ancestors().find(|dir| dir.join("maps/uk-evaw.json").is_file()).unwrap_or(here).to_path_buf()
}

/// The example map (maps/uk-evaw.json) as it ships.
pub fn example() -> Document {
    sectormap_core::io::load_str(sectormap_core::io::EXAMPLE_MAP, "uk-evaw.json").expect("example loads")
}

/// The example map with every node placed.
pub fn placed_example() -> Document {
    let mut doc = example();
    pipeline::place(&mut doc, &Scope::Missing, DEFAULT_SEED, &mut |_| {});
    doc
}

/// Every placed node's position, by id.
pub fn positions(doc: &Document) -> BTreeMap<String, (f64, f64)> {
    doc.nodes().filter_map(|n| Some((n.id.clone(), n.position.map(|p| (p.x, p.y))?))).collect()
}

/// The centre an SVG export gives each node (its `data-x`, `data-y`), by id.
pub fn svg_centres(svg: &str) -> BTreeMap<String, (f64, f64)> {
    let doc = roxmltree::Document::parse(svg).expect("the SVG parses");
    doc.descendants()
        .filter(|n| n.attribute("class") == Some("node"))
        .map(|n| {
            let number = |name| n.attribute(name).expect(name).parse::<f64>().expect("a number");
            (n.attribute("data-id").expect("id").to_owned(), (number("data-x"), number("data-y")))
        })
        .collect()
}

/// A small English map with Spanish and French translations of some texts.
pub fn bilingual() -> Document {
    let mut doc = Document::new();
    doc.meta.title = "Violence against women is every department's business".to_owned();
    doc.meta.language = "en".to_owned();
    doc.meta.translations.set(
        "es",
        "title",
        "La violencia contra las mujeres concierne a todos los ministerios",
    );
    let mut issue = Node::new("issue-dv", NodeKind::Issue, "Domestic violence");
    issue.translations.set("es", "label", "Violencia doméstica");
    issue.translations.set("fr", "label", "Violence domestique");
    let dept = Node::new("dept-health", NodeKind::Department, "Department of Health");
    doc.add_node(issue).expect("added");
    doc.add_node(dept).expect("added");
    doc.add_link("issue-dv", "dept-health", Link::new("rel-1", LinkKind::Relevant)).expect("linked");
    doc
}
