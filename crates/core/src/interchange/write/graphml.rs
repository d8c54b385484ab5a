//! GraphML export: plain keys Gephi reads (label, x, y, r, g, b, weight,
//! kind, sector...) and yEd's `y:ShapeNode` graphics.
//!
//! Translations and saved views are not written.

use std::io;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use crate::interchange::props::{LINK_KEYS, Ty, link_values, node_keys, node_values};
use crate::interchange::xml::attr;
use crate::model::{Document, Node};
use crate::scene::{Shape, measure, style::kind_colors};

/// GraphML's namespace.
pub const GRAPHML_NS: &str = "http://graphml.graphdrawing.org/xmlns";
/// yEd's namespace for node graphics.
pub const YWORKS_NS: &str = "http://www.yworks.com/xml/graphml";

/// Map-level keys (graph data).
pub const GRAPH_KEYS: [&str; 4] = ["title", "subtitle", "source", "language"];

type W = Writer<Vec<u8>>;

fn key(w: &mut W, id: &str, target: &str, name: &str, ty: Ty) -> io::Result<()> {
    w.create_element("key")
        .with_attributes([
            attr("id", id),
            attr("for", target),
            attr("attr.name", name),
            attr("attr.type", ty.name(false)),
        ])
        .write_empty()
        .map(drop)
}

fn data(w: &mut W, key: &str, value: &str) -> io::Result<()> {
    w.create_element("data")
        .with_attribute(attr("key", key))
        .write_text_content(BytesText::new(value))
        .map(drop)
}

/// The map as GraphML text.
pub fn to_graphml(doc: &Document) -> io::Result<String> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let root = BytesStart::new("graphml").with_attributes([("xmlns", GRAPHML_NS), ("xmlns:y", YWORKS_NS)]);
    w.write_event(Event::Start(root))?;
    for name in GRAPH_KEYS {
        key(&mut w, name, "graph", name, Ty::Str)?;
    }
    key(&mut w, "label", "node", "label", Ty::Str)?;
    for name in ["x", "y"] {
        key(&mut w, name, "node", name, Ty::Double)?;
    }
    for name in ["r", "g", "b"] {
        key(&mut w, name, "node", name, Ty::Int)?;
    }
    let node_keys = node_keys(doc);
    for (name, ty) in &node_keys {
        key(&mut w, name, "node", name, *ty)?;
    }
    w.create_element("key")
        .with_attributes([("id", "graphics"), ("for", "node"), ("yfiles.type", "nodegraphics")])
        .write_empty()?;
    key(&mut w, "weight", "edge", "weight", Ty::Double)?;
    for (name, ty) in LINK_KEYS {
        key(&mut w, &format!("edge-{name}"), "edge", name, ty)?;
    }
    w.write_event(Event::Start(
        BytesStart::new("graph").with_attributes([("id", "G"), ("edgedefault", "directed")]),
    ))?;
    let meta = &doc.meta;
    for (name, value) in GRAPH_KEYS.iter().zip([&meta.title, &meta.subtitle, &meta.source, &meta.language]) {
        if !value.is_empty() {
            data(&mut w, name, value)?;
        }
    }
    for node in doc.nodes() {
        write_node(&mut w, node)?;
    }
    for (link, from, to) in doc.links() {
        w.write_event(Event::Start(BytesStart::new("edge").with_attributes([
            attr("id", &link.id),
            attr("source", from),
            attr("target", to),
        ])))?;
        data(&mut w, "weight", &link.strength.to_string())?;
        for (name, value) in link_values(link) {
            data(&mut w, &format!("edge-{name}"), &value)?;
        }
        w.write_event(Event::End(BytesEnd::new("edge")))?;
    }
    w.write_event(Event::End(BytesEnd::new("graph")))?;
    w.write_event(Event::End(BytesEnd::new("graphml")))?;
    String::from_utf8(w.into_inner()).map_err(io::Error::other)
}

fn write_node(w: &mut W, node: &Node) -> io::Result<()> {
    w.write_event(Event::Start(BytesStart::new("node").with_attributes([attr("id", &node.id)])))?;
    data(w, "label", &node.label)?;
    if let Some(p) = node.position {
        data(w, "x", &p.x.to_string())?;
        data(w, "y", &p.y.to_string())?;
    }
    let (fill, _) = kind_colors(node.kind);
    for (name, value) in [("r", fill.r), ("g", fill.g), ("b", fill.b)] {
        data(w, name, &value.to_string())?;
    }
    for (name, value) in node_values(node) {
        data(w, &name, &value)?;
    }
    let measured = measure(node);
    let [hw, hh] = measured.half.map(f64::from);
    let centre = node.position.unwrap_or_default();
    let shape = match measured.shape {
        Shape::Pill => "roundrectangle",
        Shape::Box => "rectangle",
        Shape::RoundBox => "roundrectangle",
        Shape::Hexagon => "octagon",
        Shape::Ellipse => "ellipse",
    };
    let color = format!("#{:02X}{:02X}{:02X}", fill.r, fill.g, fill.b);
    w.create_element("data").with_attribute(("key", "graphics")).write_inner_content(|w| {
        w.create_element("y:ShapeNode").write_inner_content(|w| {
            w.create_element("y:Geometry")
                .with_attributes([
                    attr("x", &(centre.x - hw).to_string()),
                    attr("y", &(centre.y - hh).to_string()),
                    attr("width", &(2.0 * hw).to_string()),
                    attr("height", &(2.0 * hh).to_string()),
                ])
                .write_empty()?;
            w.create_element("y:Fill")
                .with_attributes([("color", color.as_str()), ("transparent", "false")])
                .write_empty()?;
            w.create_element("y:NodeLabel").write_text_content(BytesText::new(&node.label))?;
            w.create_element("y:Shape").with_attribute(("type", shape)).write_empty()?;
            Ok(())
        })?;
        Ok(())
    })?;
    w.write_event(Event::End(BytesEnd::new("node")))
}
