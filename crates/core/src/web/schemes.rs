//! The colourings a page can switch between: the map's own (by kind) and
//! each one a saved view asks for (by score in a year, by sector). Each is
//! taken from the Scene built for it, so a view on the page is coloured as
//! the same view is in the editor and in an export.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{ColorBy, Document, NodeKind, SavedView};
use crate::render::legend_svg;
use crate::scene::{self, Element, Item, Layout, Measured, Rect, Scene, View};

/// How the nodes look under one colouring.
#[derive(Debug, Serialize)]
pub struct Scheme {
    /// Per node id: shape fill, text colour and score line (empty when
    /// the node has none).
    pub nodes: BTreeMap<String, (String, String, String)>,
    /// The legend's SVG groups.
    pub legend: String,
}

/// A colouring: what fills show, for which year, and by which criterion.
pub type Key = (ColorBy, Option<i32>, Option<String>);

/// The colouring of `view`.
pub fn key_of(view: &SavedView) -> Key {
    match view.color_by {
        ColorBy::Kind => (ColorBy::Kind, None, None),
        ColorBy::Criterion => (ColorBy::Criterion, view.year, view.criterion.clone()),
        by => (by, view.year, None),
    }
}

/// Every colouring the page needs: the base view's first, then those of the
/// saved views in order of first use. Returns them with the union of their
/// scenes' bounds (legends differ in size).
pub fn schemes(doc: &Document, measured: &[Measured], base: &View, keys: &[Key]) -> (Vec<Scheme>, Rect) {
    let layout = Layout::of(doc);
    let mut bounds: Option<Rect> = None;
    let schemes = keys
        .iter()
        .map(|(color_by, year, criterion)| {
            let view =
                View { color_by: *color_by, year: *year, criterion: criterion.clone(), ..base.clone() };
            let scene = scene::build_measured(doc, measured, &layout, &view);
            bounds = Some(bounds.map_or(scene.bounds, |b| b.union(&scene.bounds)));
            scheme_of(doc, &scene)
        })
        .collect();
    (schemes, bounds.unwrap_or(Rect::new(0.0, 0.0, 1.0, 1.0)))
}

/// The distinct colourings in order of first use, the base first.
pub fn distinct_keys(base: Key, views: &[SavedView]) -> Vec<Key> {
    let mut keys = vec![base];
    for view in views {
        let key = key_of(view);
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

fn scheme_of(doc: &Document, scene: &Scene) -> Scheme {
    let mut nodes = BTreeMap::new();
    for group in &scene.groups {
        let Element::Node(id) = &group.element else { continue };
        let items = scene.items_of(group);
        let fill = items.first().and_then(|item| match item {
            Item::Rect { fill, .. } | Item::Ellipse { fill, .. } | Item::Polygon { fill, .. } => *fill,
            _ => None,
        });
        let texts: Vec<(&str, String)> = items
            .iter()
            .filter_map(|item| match item {
                Item::Text { text, color, .. } => Some((&**text, color.to_hex())),
                _ => None,
            })
            .collect();
        let text_color = texts.first().map(|(_, c)| c.clone()).unwrap_or_default();
        // A department's box ends with its score line (`Measured::badge`).
        let department = doc.node(id).is_some_and(|node| node.kind == NodeKind::Department);
        let badge = if department { texts.last().map(|(t, _)| (*t).to_owned()) } else { None };
        nodes.insert(
            id.to_string(),
            (fill.map(|c| c.to_hex()).unwrap_or_default(), text_color, badge.unwrap_or_default()),
        );
    }
    Scheme { nodes, legend: legend_svg(scene) }
}
