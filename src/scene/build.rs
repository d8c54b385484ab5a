//! Building a Scene from a document, node positions and a view.

use std::collections::{BTreeMap, BTreeSet};

use super::geom::{Pos, Rect};
use super::key::{Present, sections};
use super::legend::legend_items;
use super::links::{End, link_items, link_stroke};
use super::nodes::{Measured, measure, node_items};
use super::paint::{PaintContext, paint};
use super::shapes::{Element, Group, Scene};
use super::style::{ColorBy, Palette, Theme, link_color};
use super::title::{footer, header};
use crate::model::{Document, LinkKind, NodeKind};

/// Space between the map and the legend.
const LEGEND_GAP: f32 = 48.0;

/// What to show and how: the part of a picture that is not the map itself.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    /// What node fills show.
    pub color_by: ColorBy,
    /// Year of the scores shown; `None` means the latest year on the map.
    pub year: Option<i32>,
    /// Light or dark colours.
    pub theme: Theme,
    /// Leave the legend out.
    pub no_legend: bool,
    /// Leave the title block and source line out.
    pub no_title: bool,
    /// Ids of nodes not to draw (their links are not drawn either).
    pub hidden: BTreeSet<String>,
}

impl View {
    /// The year scores are shown for: the view's, or the map's latest.
    pub fn score_year(&self, document: &Document) -> Option<i32> {
        self.year.or_else(|| document.latest_year())
    }
}

/// Measures every node of `document`, in id order.
pub fn measure_all(document: &Document) -> Vec<Measured> {
    document.nodes().map(measure).collect()
}

/// Builds the scene. `positions` holds the centre of each node in id order
/// (as [`crate::scene::layout_input`] and the layout return them).
pub fn build(document: &Document, positions: &[[f32; 2]], view: &View) -> Scene {
    build_measured(document, &measure_all(document), positions, view)
}

/// Like [`build`], with measurements already made (they depend only on the
/// nodes, so an editor can keep them between frames).
pub fn build_measured(
    document: &Document,
    measured: &[Measured],
    positions: &[[f32; 2]],
    view: &View,
) -> Scene {
    let palette = Palette::of(view.theme);
    let year = view.score_year(document);
    let ctx = PaintContext { document, color_by: view.color_by, year, sectors: document.sectors() };
    let mut present = Present::default();
    let (node_groups, index) = node_groups(&ctx, measured, positions, view, &mut present);
    let mut groups = link_groups(document, &index, view, &palette, &mut present);
    groups.extend(node_groups);
    let map = Rect::union_all(groups.iter().map(|group| &group.bounds))
        .unwrap_or_else(|| Rect::centered(Pos::default(), 240.0, 160.0));
    let mut content = map;
    let sections = sections(&present, view.color_by, year, view.theme, document);
    if !view.no_legend && !present.kinds.is_empty() {
        let origin = Pos::new(map.x1 + LEGEND_GAP, map.y0);
        let (items, bounds) = legend_items(&sections, origin, &palette);
        content = content.union(&bounds);
        groups.push(Group { element: Element::Legend, bounds, items });
    }
    let mut bounds = content;
    if !view.no_title {
        let parts = [
            (Element::Title, header(&document.meta, &content, &palette)),
            (Element::Source, footer(&document.meta, &content, &palette)),
        ];
        for (element, (items, extent)) in parts.into_iter().filter_map(|(e, p)| Some((e, p?))) {
            bounds = bounds.union(&extent);
            groups.push(Group { element, bounds: extent, items });
        }
    }
    Scene {
        bounds,
        background: palette.background,
        title: if document.meta.title.trim().is_empty() {
            "Sectormap map".to_owned()
        } else {
            document.meta.title.clone()
        },
        description: describe(document, view),
        groups,
    }
}

/// Where each drawn node is and how it is measured, by id.
type NodeIndex<'a> = BTreeMap<&'a str, (Pos, &'a Measured)>;

/// The groups of the visible nodes, and an index of them for the links.
fn node_groups<'a>(
    ctx: &PaintContext<'a>,
    measured: &'a [Measured],
    positions: &[[f32; 2]],
    view: &View,
    present: &mut Present<'a>,
) -> (Vec<Group>, NodeIndex<'a>) {
    let mut index = NodeIndex::new();
    let mut groups = Vec::new();
    for (i, node) in ctx.document.nodes().enumerate() {
        if view.hidden.contains(&node.id) {
            continue;
        }
        let (Some(m), Some(&[x, y])) = (measured.get(i), positions.get(i)) else {
            continue;
        };
        let center = Pos::new(x, y);
        index.insert(node.id.as_str(), (center, m));
        present.kinds.insert(node.kind);
        if node.kind == NodeKind::Department {
            present.sectors.insert(node.department.sector.as_str());
        }
        groups.push(Group {
            element: Element::Node(node.id.clone()),
            bounds: Rect::centered(center, m.half[0], m.half[1]).expand(m.stroke),
            items: node_items(m, center, &paint(node, ctx)),
        });
    }
    (groups, index)
}

/// The groups of links whose two ends are drawn.
fn link_groups(
    document: &Document,
    index: &NodeIndex<'_>,
    view: &View,
    palette: &Palette,
    present: &mut Present<'_>,
) -> Vec<Group> {
    let plate = palette.background.with_alpha(235);
    let mut groups = Vec::new();
    for (link, from, to) in document.links() {
        let (Some(&(a, ma)), Some(&(b, mb))) = (index.get(from), index.get(to)) else {
            continue;
        };
        let stroke = link_stroke(link, link_color(link.kind, view.theme));
        let from = End { center: a, measured: ma };
        let to = End { center: b, measured: mb };
        let Some((items, bounds)) = link_items(link, &from, &to, stroke, (palette.muted, plate)) else {
            continue;
        };
        let relevance =
            if link.kind == LinkKind::Relevant { (link.recognised, link.strength) } else { (true, 0) };
        present.links.insert((link.kind, relevance.0, relevance.1));
        groups.push(Group { element: Element::Link(link.id.clone()), bounds, items });
    }
    groups
}

/// One sentence saying what the picture shows, for screen readers.
fn describe(document: &Document, view: &View) -> String {
    let mut counts: BTreeMap<NodeKind, usize> = BTreeMap::new();
    for node in document.nodes().filter(|node| !view.hidden.contains(&node.id)) {
        *counts.entry(node.kind).or_default() += 1;
    }
    let parts: Vec<String> =
        counts.iter().map(|(kind, n)| format!("{n} {}", kind.title().to_lowercase())).collect();
    let colour = match view.color_by {
        ColorBy::Kind => "coloured by kind".to_owned(),
        ColorBy::Score => match view.score_year(document) {
            Some(year) => format!("departments coloured by their {year} score"),
            None => "departments coloured by score (none given)".to_owned(),
        },
        ColorBy::Sector => "departments coloured by sector".to_owned(),
    };
    format!(
        "Map of {} links between {}; {colour}.",
        document.link_count(),
        if parts.is_empty() { "no nodes".to_owned() } else { parts.join(", ") }
    )
}
