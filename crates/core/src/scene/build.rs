//! Building a Scene from a document, node positions and a view.
//!
//! Work that depends only on the map and the view (colours, link styles,
//! wrapped link labels, the legend's content) is done once in [`Prepared`];
//! each new set of positions then costs only geometry, which is what the
//! editor pays every frame while the layout moves.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::geom::{Pos, Rect};
use super::key::{Colouring, Present, sections};
use super::legend::{Section, legend_items};
use super::links::{End, LinkLook, link_items, link_stroke, wrap_label};
use super::mirror::{mirror, shift};
use super::nodes::{Measured, Paint, measure, node_items};
use super::paint::{PaintContext, paint};
use super::placed::Layout;
use super::shapes::{Element, Group, Item, Scene};
use super::style::{ColorBy, DIM, Palette, Theme, line_scale, link_color};
use super::title::{footer, header};
use crate::i18n::Language;
use crate::model::assess::Criterion;
use crate::model::{Document, LinkKind, MapMeta, NodeKind, Recognised, is_rtl_language};
use crate::tr;

/// Space between the map and the legend.
const LEGEND_GAP: f32 = 48.0;

/// What to show and how: the part of a picture that is not the map itself.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    /// What node fills show.
    pub color_by: ColorBy,
    /// Year of the scores shown; `None` means the latest year on the map.
    /// Colouring by criterion, the round's year (`None`: the latest round).
    pub year: Option<i32>,
    /// The criterion whose levels fill departments when colouring by
    /// criterion (its id in the round of `year`).
    pub criterion: Option<String>,
    /// Light or dark colours.
    pub theme: Theme,
    /// Leave the legend out.
    pub no_legend: bool,
    /// Leave the title block and source line out.
    pub no_title: bool,
    /// Ids of nodes not to draw (their links are not drawn either).
    pub hidden: BTreeSet<String>,
    /// Ids of nodes drawn faded (and their links), to set off a focus.
    pub dimmed: BTreeSet<String>,
    /// Title, subtitle and source line to use instead of the map's own.
    pub meta: Option<MapMeta>,
    /// The language of the legend, the score lines and the description
    /// (not of the map's own words).
    pub language: Language,
}

impl View {
    /// The year scores are shown for: the view's, or the map's latest.
    pub fn score_year(&self, document: &Document) -> Option<i32> {
        self.year.or_else(|| document.latest_year())
    }

    /// The round and criterion a colouring by criterion shows: the view's
    /// year (else the latest round) and its criterion, where the round has it.
    pub fn criterion_shown<'a>(&self, document: &'a Document) -> Option<(i32, &'a Criterion)> {
        let year = self.year.or_else(|| document.assessment.latest())?;
        let id = self.criterion.as_deref()?;
        Some((year, document.assessment.rounds.get(&year)?.criterion(id)?))
    }
}

/// Measures every node of `document`, in id order.
pub fn measure_all(document: &Document) -> Vec<Measured> {
    document.nodes().map(measure).collect()
}

/// Builds the scene with each node where `layout` places it (a node the
/// layout does not place is not drawn, nor are its links).
pub fn build(document: &Document, layout: &Layout, view: &View) -> Scene {
    build_measured(document, &measure_all(document), layout, view)
}

/// Like [`build`], with measurements already made.
pub fn build_measured(document: &Document, measured: &[Measured], layout: &Layout, view: &View) -> Scene {
    Prepared::new(document, view).build(measured, layout)
}

/// A link as the scene draws it: its ends by node index and its look.
#[derive(Clone, Debug)]
struct PreparedLink {
    id: Arc<str>,
    from: usize,
    to: usize,
    look: LinkLook,
}

/// Everything about a picture of a map that does not depend on where the
/// nodes are. Make it again when the map or the view changes.
#[derive(Clone, Debug)]
pub struct Prepared {
    ids: Vec<Arc<str>>,
    /// Colours per node, `None` for hidden nodes.
    paints: Vec<Option<Paint>>,
    links: Vec<PreparedLink>,
    sections: Vec<Section>,
    legend: bool,
    meta: Option<MapMeta>,
    /// The map's language runs right to left: title block and legend mirror.
    rtl: bool,
    palette: Palette,
    title: String,
    description: String,
}

impl Prepared {
    /// Prepares pictures of `document` as `view` asks for.
    pub fn new(document: &Document, view: &View) -> Self {
        let palette = Palette::of(view.theme);
        let year = view.score_year(document);
        let lang = view.language;
        let criterion = view.criterion_shown(document);
        let ctx = PaintContext {
            document,
            color_by: view.color_by,
            year,
            criterion,
            sectors: document.sectors(),
            language: lang,
        };
        let mut present = Present::default();
        let mut ids = Vec::with_capacity(document.node_count());
        let mut paints = Vec::with_capacity(document.node_count());
        for node in document.nodes() {
            ids.push(Arc::from(node.id.as_str()));
            if view.hidden.contains(&node.id) {
                paints.push(None);
                continue;
            }
            present.kinds.insert(node.kind);
            if node.kind == NodeKind::Department {
                present.sectors.insert(node.department.sector.as_str());
            }
            let painted = paint(node, &ctx);
            paints.push(Some(if view.dimmed.contains(&node.id) { dim(painted, &palette) } else { painted }));
        }
        let mut links = Vec::with_capacity(document.link_count());
        for (link, a, b) in document.links_by_place() {
            if paints.get(a).is_none_or(Option::is_none) || paints.get(b).is_none_or(Option::is_none) {
                continue;
            }
            let (from, to) = (&*ids[a], &*ids[b]);
            let relevance = if link.kind == LinkKind::Relevant {
                (link.recognised, link.strength)
            } else {
                (Recognised::Yes, 0)
            };
            present.links.insert((link.kind, relevance.0, relevance.1));
            let faded = view.dimmed.contains(from) || view.dimmed.contains(to);
            let mut stroke = link_stroke(link, link_color(link.kind, view.theme));
            stroke.width *= line_scale(view.theme);
            if faded {
                stroke.color = stroke.color.mix(palette.background, DIM);
            }
            let look = LinkLook { stroke, directed: link.kind.directed(), label: wrap_label(&link.label) };
            links.push(PreparedLink { id: Arc::from(link.id.as_str()), from: a, to: b, look });
        }
        let colouring = Colouring { by: view.color_by, year, criterion };
        let sections = sections(&present, &colouring, (view.theme, lang), document);
        Self {
            ids,
            paints,
            links,
            sections,
            legend: !view.no_legend && !present.kinds.is_empty(),
            meta: (!view.no_title).then(|| view.meta.clone().unwrap_or_else(|| document.meta.clone())),
            rtl: is_rtl_language(&document.meta.language),
            palette,
            title: if document.meta.title.trim().is_empty() {
                lang.tr("scene-untitled")
            } else {
                document.meta.title.clone()
            },
            description: describe(document, view),
        }
    }

    /// The scene with nodes where `layout` places them, measured as
    /// `measured` (in id order, from [`measure_all`]).
    pub fn build(&self, measured: &[Measured], layout: &Layout) -> Scene {
        let mut items: Vec<Item> = Vec::with_capacity(self.links.len() * 2 + self.ids.len() * 3 + 64);
        let mut groups: Vec<Group> = Vec::with_capacity(self.links.len() + self.ids.len() + 4);
        let at = |i: usize| {
            let id = self.ids.get(i)?;
            layout.get_at(i, id).map(|[x, y]| Pos::new(x, y))
        };
        let plate = self.palette.background.with_alpha(235);
        for link in &self.links {
            let (Some(a), Some(b), Some(ma), Some(mb)) =
                (at(link.from), at(link.to), measured.get(link.from), measured.get(link.to))
            else {
                continue;
            };
            let start = items.len();
            let ends = (End { center: a, measured: ma }, End { center: b, measured: mb });
            if let Some(bounds) =
                link_items(&link.look, &ends.0, &ends.1, (self.palette.muted, plate), &mut items)
            {
                groups.push(Group {
                    element: Element::Link(link.id.clone()),
                    bounds,
                    anchor: None,
                    items: start..items.len(),
                });
            }
        }
        for (i, paint) in self.paints.iter().enumerate() {
            let (Some(paint), Some(center), Some(m)) = (paint, at(i), measured.get(i)) else { continue };
            let start = items.len();
            node_items(m, center, paint, &mut items);
            let bounds = Rect::centered(center, m.half[0], m.half[1]).expand(m.stroke);
            groups.push(Group {
                element: Element::Node(self.ids[i].clone()),
                bounds,
                anchor: Some(center),
                items: start..items.len(),
            });
        }
        let map = Rect::union_all(groups.iter().map(|group| &group.bounds))
            .unwrap_or_else(|| Rect::centered(Pos::default(), 240.0, 160.0));
        let mut content = map;
        let mut push = |element: Element, parts: (Vec<Item>, Rect), groups: &mut Vec<Group>| {
            let start = items.len();
            items.extend(parts.0);
            groups.push(Group { element, bounds: parts.1, anchor: None, items: start..items.len() });
        };
        let rtl = self.rtl;
        if self.legend {
            let mut legend =
                legend_items(&self.sections, Pos::new(map.x1 + LEGEND_GAP, map.y0), &self.palette);
            if rtl {
                // A right-to-left map keeps its legend on the left, reading from the right.
                let within = legend.1;
                mirror(&mut legend.0, &within);
                shift(&mut legend.0, &mut legend.1, map.x0 - LEGEND_GAP - within.x1);
            }
            content = content.union(&legend.1);
            push(Element::Legend, legend, &mut groups);
        }
        let mut bounds = content;
        if let Some(meta) = &self.meta {
            let parts = [
                (Element::Title, header(meta, &content, &self.palette)),
                (Element::Source, footer(meta, &content, &self.palette)),
            ];
            for (element, mut part) in parts.into_iter().filter_map(|(e, p)| Some((e, p?))) {
                if rtl {
                    // Set from the right edge of the content instead of the left.
                    let block = Rect::new(content.x1 - part.1.width(), part.1.y0, content.x1, part.1.y1);
                    let dx = block.x0 - part.1.x0;
                    shift(&mut part.0, &mut part.1, dx);
                    mirror(&mut part.0, &block);
                }
                bounds = bounds.union(&part.1);
                push(element, part, &mut groups);
            }
        }
        Scene {
            bounds,
            background: self.palette.background,
            title: self.title.clone(),
            description: self.description.clone(),
            groups,
            items,
        }
    }
}

/// `paint` faded towards the background.
fn dim(paint: Paint, palette: &Palette) -> Paint {
    let fade = |color: crate::scene::Color| color.mix(palette.background, DIM);
    Paint { fill: fade(paint.fill), stroke: fade(paint.stroke), text: fade(paint.text), badge: paint.badge }
}

/// One sentence saying what the picture shows, for screen readers.
fn describe(document: &Document, view: &View) -> String {
    let mut counts: BTreeMap<NodeKind, usize> = BTreeMap::new();
    for node in document.nodes().filter(|node| !view.hidden.contains(&node.id)) {
        *counts.entry(node.kind).or_default() += 1;
    }
    let lang = view.language;
    let parts: Vec<String> =
        counts.iter().map(|(kind, n)| tr!(lang, "scene-count-kind", kind = kind.key(), count = *n)).collect();
    let colour = match view.color_by {
        ColorBy::Kind => lang.tr("scene-coloured-kind"),
        ColorBy::Score => match view.score_year(document) {
            Some(year) => tr!(lang, "scene-coloured-score-year", year = year.to_string()),
            None => lang.tr("scene-coloured-score-none"),
        },
        ColorBy::Sector => lang.tr("scene-coloured-sector"),
        ColorBy::Criterion => match view.criterion_shown(document) {
            Some((year, criterion)) => tr!(
                lang,
                "scene-coloured-criterion",
                criterion = criterion.translations.pick(&document.meta.language, "title", &criterion.title),
                year = year.to_string()
            ),
            None => lang.tr("scene-coloured-criterion-none"),
        },
    };
    let nodes = if parts.is_empty() { lang.tr("scene-no-nodes") } else { parts.join(", ") };
    tr!(lang, "scene-description", links = document.link_count(), nodes = nodes, colour = colour)
}
