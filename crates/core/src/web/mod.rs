//! One self-contained, offline HTML page of a map: the map as inline SVG
//! from the same Scene as every export, the data the page needs as one
//! JSON blob, and its own style sheet and script. It asks for nothing from
//! any address (its Content-Security-Policy forbids it), so it opens by
//! double-click from a USB stick.
//!
//! - `template.rs`: the template, style and script (`assets/web/`: the
//!   script in three parts: map, details, story),
//!   placeholders, escaping, the policy's hashes;
//! - `data.rs`: nodes, links and views for the script;
//! - `assess.rs`: a department's marks for its details, and the latest
//!   round's formula and criteria for the report-card section;
//! - `schemes.rs`: the colourings the saved views switch between;
//! - `tables.rs`: the report card and the gaps, as HTML;
//! - `words.rs`: the page's words in its language.
//!
//! egui-free: the command line and the editor both call [`page`].

mod assess;
mod data;
mod schemes;
mod tables;
mod template;
mod words;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::analysis::{ReportCard, find_gaps};
use crate::i18n::Language;
use crate::model::{ColorBy, Document, is_rtl_language, map_language};
use crate::render::{Background, RenderOptions, Size, escape, to_svg};
use crate::scene::{self, Layout, View};

pub use template::MissingValue;

/// What kind of page to make.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PageOptions {
    /// Leave the page's chrome out (header, search, filters, tables) for
    /// showing the map in an `<iframe>`; the map keeps its title block.
    pub embed: bool,
    /// The language of the page's own words (the map's words are the
    /// document's).
    pub words: Language,
}

/// The map's text in the data blob.
#[derive(Serialize)]
struct PageData<'a> {
    words: BTreeMap<&'static str, String>,
    bounds: [f32; 4],
    nodes: Vec<data::NodeData>,
    links: Vec<data::LinkData>,
    views: Vec<data::ViewData>,
    schemes: Vec<schemes::Scheme>,
    gaps: Vec<&'a [String]>,
}

/// The page for `document` (nodes without a position are not drawn: place
/// them first, as `sectormap html` does). The same document and options
/// give byte-identical pages.
pub fn page(document: &Document, options: &PageOptions) -> Result<String, MissingValue> {
    let lang = options.words;
    let base = View { no_title: !options.embed, language: lang, ..View::default() };
    let measured = scene::measure_all(document);
    let keys = schemes::distinct_keys((ColorBy::Kind, None, None), &document.views);
    let (schemes, bounds) = schemes::schemes(document, &measured, &base, &keys);
    let scene = scene::build_measured(document, &measured, &Layout::of(document), &base);
    let render = RenderOptions {
        size: Size::Scale(1.0),
        background: Background::Transparent,
        margin: 32.0,
        crop: None,
    };
    let svg = inline_svg(&to_svg(&scene, &render));
    let view_box = render.view_box(&bounds);
    let gaps = if options.embed { Vec::new() } else { find_gaps(document, lang) };
    let data = PageData {
        words: words::script_words(lang),
        bounds: [view_box.x0, view_box.y0, view_box.width(), view_box.height()],
        nodes: data::nodes(document, lang),
        links: data::links(document, lang),
        views: data::views(document, lang, |view| {
            keys.iter().position(|k| *k == schemes::key_of(view)).unwrap_or(0)
        }),
        schemes,
        gaps: gaps.iter().map(|gap| gap.nodes.as_slice()).collect(),
    };
    // Serialising plain strings, numbers and maps cannot fail.
    let json = serde_json::to_string(&data).unwrap_or_else(|_| "{}".to_owned());
    let meta = &document.meta;
    let tag = map_language(document);
    let mut values = words::page_words(lang);
    values.insert("lang", escape(tag));
    values.insert("dir", if is_rtl_language(tag) { "rtl" } else { "ltr" }.to_owned());
    values.insert("body-class", if options.embed { "embed" } else { "full" }.to_owned());
    values.insert("title", escape(if meta.title.trim().is_empty() { &scene.title } else { &meta.title }));
    values.insert("subtitle", escape(&meta.subtitle));
    values.insert("source", escape(&meta.source));
    values.insert("csp", escape(&template::content_security_policy(template::STYLE, template::SCRIPT)));
    values.insert("style", template::STYLE.to_owned());
    values.insert("script", template::SCRIPT.to_owned());
    values.insert("svg", svg);
    values.insert("data", template::script_json(&json));
    if !options.embed {
        let mut report = tables::report_card(&ReportCard::of(document), lang);
        report.push_str(&assess::rubric_html(document, lang));
        values.insert("report", report);
        values.insert("gaps", tables::gaps(document, &gaps, lang));
    }
    template::fill(&template::sections(template::PAGE, !options.embed), &values)
}

/// The SVG document as an element of the page: no XML declaration, and
/// sized by the page rather than in pixels.
fn inline_svg(svg: &str) -> String {
    let start = svg.find("<svg").unwrap_or(0);
    let body = &svg[start..];
    // The first tag's width and height are the picture's pixel size; the
    // page's style sizes the map instead.
    match body.find('>') {
        Some(end) => {
            let tag = &body[..end];
            let tag = strip_attr(&strip_attr(tag, "width"), "height");
            format!("{tag} id=\"map\" focusable=\"false\"{}", &body[end..])
        }
        None => body.to_owned(),
    }
}

fn strip_attr(tag: &str, name: &str) -> String {
    let needle = format!(" {name}=\"");
    match tag.find(&needle) {
        Some(at) => {
            let after = &tag[at + needle.len()..];
            let close = after.find('"').map_or(after.len(), |i| i + 1);
            format!("{}{}", &tag[..at], &after[close..])
        }
        None => tag.to_owned(),
    }
}
