//! GEXF 1.3 export (Gephi): `viz:position`, `viz:color`, `viz:size`,
//! `viz:shape` and typed attributes (kind, sector, `score-YYYY`,
//! recognised, strength...).
//!
//! GEXF's y axis points up, so y is written negated (and read back so).
//! The map's title and subtitle go in `<meta>` (title, description); its
//! source line, language, translations and saved views are not written.

use std::io;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use crate::interchange::props::{LINK_KEYS, link_values, node_keys, node_values};
use crate::interchange::xml::attr;
use crate::model::{Document, Node};
use crate::scene::{Shape, measure, style::kind_colors};

/// GEXF 1.3's namespace.
pub const GEXF_NS: &str = "http://gexf.net/1.3";
/// GEXF 1.3's namespace for visual attributes.
pub const VIZ_NS: &str = "http://gexf.net/1.3/viz";

type W = Writer<Vec<u8>>;

/// The map as GEXF 1.3 text.
pub fn to_gexf(doc: &Document) -> io::Result<String> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let root = BytesStart::new("gexf").with_attributes([
        ("xmlns", GEXF_NS),
        ("xmlns:viz", VIZ_NS),
        ("version", "1.3"),
    ]);
    w.write_event(Event::Start(root))?;
    w.create_element("meta").write_inner_content(|w| {
        w.create_element("creator").write_text_content(BytesText::new("Sectormap"))?;
        if !doc.meta.title.is_empty() {
            w.create_element("title").write_text_content(BytesText::new(&doc.meta.title))?;
        }
        if !doc.meta.subtitle.is_empty() {
            w.create_element("description").write_text_content(BytesText::new(&doc.meta.subtitle))?;
        }
        Ok(())
    })?;
    w.write_event(Event::Start(
        BytesStart::new("graph").with_attributes([("defaultedgetype", "directed"), ("mode", "static")]),
    ))?;
    let keys = node_keys(doc);
    w.create_element("attributes")
        .with_attributes([("class", "node"), ("mode", "static")])
        .write_inner_content(|w| {
            for (name, ty) in &keys {
                declare(w, name, ty.name(true))?;
            }
            Ok(())
        })?;
    w.create_element("attributes")
        .with_attributes([("class", "edge"), ("mode", "static")])
        .write_inner_content(|w| {
            for (name, ty) in LINK_KEYS.iter().filter(|(n, _)| *n != "label") {
                declare(w, name, ty.name(true))?;
            }
            Ok(())
        })?;
    w.write_event(Event::Start(BytesStart::new("nodes")))?;
    for node in doc.nodes() {
        write_node(&mut w, node)?;
    }
    w.write_event(Event::End(BytesEnd::new("nodes")))?;
    w.write_event(Event::Start(BytesStart::new("edges")))?;
    for (link, from, to) in doc.links() {
        let strength = link.strength.to_string();
        let mut start = BytesStart::new("edge");
        start.extend_attributes([
            attr("id", &link.id),
            attr("source", from),
            attr("target", to),
            attr("weight", &strength),
        ]);
        if !link.label.is_empty() {
            start.push_attribute(attr("label", &link.label));
        }
        w.write_event(Event::Start(start))?;
        attvalues(
            &mut w,
            link_values(link).into_iter().filter(|(n, _)| *n != "label").map(|(n, v)| (n.to_owned(), v)),
        )?;
        w.write_event(Event::End(BytesEnd::new("edge")))?;
    }
    w.write_event(Event::End(BytesEnd::new("edges")))?;
    w.write_event(Event::End(BytesEnd::new("graph")))?;
    w.write_event(Event::End(BytesEnd::new("gexf")))?;
    String::from_utf8(w.into_inner()).map_err(io::Error::other)
}

fn declare(w: &mut W, name: &str, ty: &str) -> io::Result<()> {
    w.create_element("attribute")
        .with_attributes([attr("id", name), attr("title", name), attr("type", ty)])
        .write_empty()
        .map(drop)
}

fn attvalues(w: &mut W, values: impl IntoIterator<Item = (String, String)>) -> io::Result<()> {
    w.create_element("attvalues").write_inner_content(|w| {
        for (name, value) in values {
            w.create_element("attvalue")
                .with_attributes([attr("for", &name), attr("value", &value)])
                .write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}

fn write_node(w: &mut W, node: &Node) -> io::Result<()> {
    w.write_event(Event::Start(
        BytesStart::new("node").with_attributes([attr("id", &node.id), attr("label", &node.label)]),
    ))?;
    attvalues(w, node_values(node))?;
    let measured = measure(node);
    let (fill, _) = kind_colors(node.kind);
    let (r, g, b) = (fill.r.to_string(), fill.g.to_string(), fill.b.to_string());
    w.create_element("viz:color")
        .with_attributes([("r", r.as_str()), ("g", g.as_str()), ("b", b.as_str())])
        .write_empty()?;
    if let Some(p) = node.position {
        let (x, y) = (p.x.to_string(), (-p.y).to_string());
        w.create_element("viz:position")
            .with_attributes([("x", x.as_str()), ("y", y.as_str()), ("z", "0")])
            .write_empty()?;
    }
    let size = f64::from(measured.half[0]).to_string();
    w.create_element("viz:size").with_attribute(("value", size.as_str())).write_empty()?;
    let shape = match measured.shape {
        Shape::Pill | Shape::Ellipse => "disc",
        Shape::Box | Shape::RoundBox => "square",
        Shape::Hexagon => "diamond",
    };
    w.create_element("viz:shape").with_attribute(("value", shape)).write_empty()?;
    w.write_event(Event::End(BytesEnd::new("node")))
}
