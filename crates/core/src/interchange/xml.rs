//! XML for GraphML and GEXF: a small element tree read with quick-xml
//! (every element with its place in the file), and attribute writing that
//! keeps line breaks.

use std::borrow::Cow;
use std::collections::BTreeMap;

use quick_xml::Reader;
use quick_xml::escape::{escape, resolve_predefined_entity};
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::QName;

use super::problem::Problem;

/// One XML element: local name, attributes by name as written, text, children.
#[derive(Clone, Debug, Default)]
pub struct Element {
    /// The name without its prefix (`ShapeNode` for `y:ShapeNode`).
    pub name: String,
    /// Attribute values by qualified name (`id`, `xmlns:y`), unescaped.
    pub attrs: BTreeMap<String, String>,
    /// The text directly inside, pieces joined.
    pub text: String,
    /// The elements directly inside, in order.
    pub children: Vec<Element>,
    /// Line and column of the start tag, for messages (`line 12, column 5`).
    pub place: String,
}

impl Element {
    /// The attribute `name`, if present.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.get(name).map(String::as_str)
    }

    /// The children called `name`.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// The first child called `name`.
    pub fn first(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }
}

/// `line L, column C` of byte `offset` in `text`.
pub fn place_of(text: &str, offset: usize) -> String {
    let before = text.get(..offset.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    format!("line {line}, column {column}")
}

/// Line and column of increasing byte offsets, counted once through the text.
struct Cursor<'a> {
    text: &'a str,
    offset: usize,
    line: usize,
    line_start: usize,
}

impl Cursor<'_> {
    fn place(&mut self, offset: usize) -> String {
        let offset = offset.min(self.text.len());
        if offset < self.offset {
            return place_of(self.text, offset);
        }
        let piece = self.text.get(self.offset..offset).unwrap_or("");
        for (i, byte) in piece.bytes().enumerate() {
            if byte == b'\n' {
                self.line += 1;
                self.line_start = self.offset + i + 1;
            }
        }
        self.offset = offset;
        let column = self.text.get(self.line_start..offset).map_or(0, |l| l.chars().count()) + 1;
        format!("line {}, column {column}", self.line)
    }
}

fn local(name: &str) -> String {
    name.rsplit(':').next().unwrap_or(name).to_owned()
}

/// Deepest nesting of elements read. GraphML and GEXF files nest a few
/// levels (yEd's groups, GEXF's hierarchies a few more); a file nested
/// deeper is refused before walking it could exhaust the stack.
pub const MAX_DEPTH: usize = 256;

/// The root element of `text`, or the first syntax problem with its place.
pub fn parse(text: &str) -> Result<Element, Problem> {
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Element> = Vec::new();
    let mut cursor = Cursor { text, offset: 0, line: 1, line_start: 0 };
    let fail = |reader: &Reader<&[u8]>, message: String| {
        Problem::new(place_of(text, usize::try_from(reader.error_position()).unwrap_or(0)), message)
    };
    loop {
        let at = usize::try_from(reader.buffer_position()).unwrap_or(0);
        let event =
            reader.read_event().map_err(|err| fail(&reader, format!("not well-formed XML: {err}")))?;
        match event {
            Event::Start(start) => {
                let element = open(&start, cursor.place(at))?;
                if stack.len() >= MAX_DEPTH {
                    return Err(Problem::new(
                        element.place,
                        format!(
                            "elements nest more than {MAX_DEPTH} deep here; no graph file needs that many"
                        ),
                    ));
                }
                stack.push(element);
            }
            Event::Empty(start) => {
                let element = open(&start, cursor.place(at))?;
                if stack.is_empty() {
                    return Ok(element);
                }
                close(&mut stack, element);
            }
            Event::End(_) => match stack.pop() {
                Some(element) if stack.is_empty() => return Ok(element),
                Some(element) => close(&mut stack, element),
                None => return Err(fail(&reader, "an end tag without its start".to_owned())),
            },
            Event::Text(t) => push_text(&mut stack, &t.xml10_content()),
            Event::CData(t) => push_text(&mut stack, &t.xml10_content()),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => resolve_predefined_entity(&r).map(str::to_owned).ok_or_else(|| {
                        Problem::new(place_of(text, at), format!("unknown entity '&{};'", &*r))
                    })?,
                };
                push_text(&mut stack, &resolved);
            }
            Event::Eof => return Err(Problem::new(place_of(text, at), "the file ends before the XML does")),
            _ => {}
        }
    }
}

fn open(start: &BytesStart<'_>, place: String) -> Result<Element, Problem> {
    let mut attrs = BTreeMap::new();
    for attr in start.attributes() {
        let attr = attr.map_err(|err| Problem::new(place.clone(), format!("bad attribute: {err}")))?;
        let value = attr
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|err| Problem::new(place.clone(), format!("bad attribute value: {err}")))?;
        attrs.insert(attr.key.0.to_owned(), value.into_owned());
    }
    Ok(Element { name: local(start.name().0), attrs, place, ..Element::default() })
}

fn close(stack: &mut [Element], element: Element) {
    if let Some(parent) = stack.last_mut() {
        parent.children.push(element);
    }
}

fn push_text(stack: &mut [Element], piece: &str) {
    if let Some(element) = stack.last_mut() {
        element.text.push_str(piece);
    }
}

/// An attribute whose value keeps line breaks and tabs (written as
/// character references, which XML readers do not fold into spaces).
pub fn attr<'a>(key: &'a str, value: &str) -> Attribute<'a> {
    let escaped = escape(value);
    let value = if escaped.contains(['\n', '\r', '\t']) {
        Cow::Owned(escaped.replace('\n', "&#10;").replace('\r', "&#13;").replace('\t', "&#9;"))
    } else {
        Cow::Owned(escaped.into_owned())
    };
    Attribute { key: QName(key), value }
}
