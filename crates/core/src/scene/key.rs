//! What the legend lists for a given map and view.

use std::collections::BTreeSet;

use super::legend::{Entry, Sample, Section};
use super::links::link_stroke;
use super::nodes::Shape;
use super::paint::sector_fill;
use super::style::{ColorBy, NOT_APPLICABLE, NOT_SCORED, Theme, WHITE, kind_colors, level_color, link_color};
use crate::i18n::Language;
use crate::model::assess::Criterion;
use crate::model::{Document, Link, LinkKind, NodeKind, Recognised};
use crate::tr;

/// Legend fill of a shape whose fill on the map varies.
const VARIES: crate::scene::Color = crate::scene::Color::hex(0xD0D0D0);

/// What is visible on the map, as far as the legend cares.
#[derive(Debug, Default)]
pub struct Present<'a> {
    /// Node kinds drawn.
    pub kinds: BTreeSet<NodeKind>,
    /// Link kinds drawn, with relevant links split by recognised and strength.
    pub links: BTreeSet<(LinkKind, Recognised, u8)>,
    /// Sectors of drawn departments (empty string for none).
    pub sectors: BTreeSet<&'a str>,
}

fn shape_of(kind: NodeKind) -> Shape {
    match kind {
        NodeKind::Issue => Shape::Pill,
        NodeKind::Department => Shape::Box,
        NodeKind::Objective => Shape::RoundBox,
        NodeKind::Commitment => Shape::Hexagon,
        NodeKind::Organisation => Shape::Ellipse,
    }
}

/// What node fills show: the colouring, the year of scores (or the
/// round), and the criterion shown when colouring by criterion.
#[derive(Clone, Copy, Debug)]
pub struct Colouring<'a> {
    /// What fills show.
    pub by: ColorBy,
    /// The year of the scores shown.
    pub year: Option<i32>,
    /// The round and criterion, colouring by criterion.
    pub criterion: Option<(i32, &'a Criterion)>,
}

/// The legend sections for what is present under `colouring`, in
/// `theme`'s colours and `lang`'s words.
pub fn sections(
    present: &Present<'_>,
    colouring: &Colouring<'_>,
    (theme, lang): (Theme, Language),
    document: &Document,
) -> Vec<Section> {
    let (color_by, year) = (colouring.by, colouring.year);
    let mut out = Vec::new();
    let nodes: Vec<Entry> = present
        .kinds
        .iter()
        .map(|&kind| {
            let (fill, stroke) = kind_colors(kind);
            let (fill, note) = match (color_by, kind) {
                (ColorBy::Kind, _) => (fill, None),
                // Grey stands for "the fill varies": see the key below.
                (ColorBy::Score, NodeKind::Department) => (VARIES, Some("legend-fill-score")),
                (ColorBy::Sector, NodeKind::Department) => (VARIES, Some("legend-fill-sector")),
                (ColorBy::Sector, NodeKind::Objective) => (VARIES, Some("legend-tint-sector")),
                (ColorBy::Criterion, NodeKind::Department) => (VARIES, Some("legend-fill-criterion")),
                _ => (WHITE, None),
            };
            let name = lang.node_kind(kind);
            let label = match note {
                Some(id) => tr!(lang, id, kind = name),
                None => name,
            };
            Entry { sample: Sample::Shape(shape_of(kind), fill, stroke), label }
        })
        .collect();
    if !nodes.is_empty() {
        out.push(Section::List(lang.tr("legend-nodes"), nodes));
    }
    let links = link_entries(present, theme, lang);
    if !links.is_empty() {
        out.push(Section::List(lang.tr("legend-links"), links));
    }
    match color_by {
        ColorBy::Kind => {}
        ColorBy::Score => out.push(Section::ScoreScale(
            match year {
                Some(year) => tr!(lang, "legend-score-year", year = year.to_string()),
                None => lang.tr("legend-score-none"),
            },
            lang.tr("legend-not-scored"),
        )),
        ColorBy::Sector => {
            let all = document.sectors();
            let entries = present
                .sectors
                .iter()
                .map(|&sector| Entry {
                    sample: Sample::Swatch(sector_fill(Some(sector), &all)),
                    label: if sector.is_empty() { lang.tr("legend-no-sector") } else { sector.to_owned() },
                })
                .collect();
            out.push(Section::List(lang.tr("legend-sector"), entries));
        }
        ColorBy::Criterion => out.push(criterion_section(colouring.criterion, lang, document)),
    }
    out
}

/// The legend of a colouring by criterion: the criterion and round, each
/// level's colour, then "not applicable" and "not marked". Its texts are
/// in the language the map is shown in, where the rubric has them.
fn criterion_section(shown: Option<(i32, &Criterion)>, lang: Language, document: &Document) -> Section {
    let swatch = |fill, label| Entry { sample: Sample::Swatch(fill), label };
    let tag = document.meta.language.as_str();
    let (title, mut entries) = match shown {
        Some((year, criterion)) => {
            let name = criterion.translations.pick(tag, "title", &criterion.title);
            let levels = criterion
                .levels
                .iter()
                .enumerate()
                .map(|(i, level)| {
                    swatch(
                        level_color(criterion, i),
                        level.translations.pick(tag, "label", &level.label).to_owned(),
                    )
                })
                .collect();
            (tr!(lang, "legend-criterion", criterion = name, year = year.to_string()), levels)
        }
        None => (lang.tr("legend-criterion-none"), Vec::new()),
    };
    entries.push(swatch(NOT_APPLICABLE, lang.tr("legend-not-applicable")));
    entries.push(swatch(NOT_SCORED, lang.tr("legend-not-marked")));
    Section::List(title, entries)
}

fn link_entries(present: &Present<'_>, theme: Theme, lang: Language) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut strengths = BTreeSet::new();
    let mut recognised = BTreeSet::new();
    for &(kind, rec, strength) in &present.links {
        if kind == LinkKind::Relevant {
            strengths.insert(strength);
            recognised.insert(rec);
        }
    }
    let sample = |kind: LinkKind, rec: Recognised, strength: u8| {
        let link = Link { recognised: rec, strength, ..Link::new("legend", kind) };
        Sample::Line(link_stroke(&link, link_color(kind, theme)), kind.directed())
    };
    let kinds: BTreeSet<LinkKind> = present.links.iter().map(|entry| entry.0).collect();
    for kind in kinds {
        match kind {
            LinkKind::Relevant => {
                for rec in Recognised::ALL.into_iter().filter(|rec| recognised.contains(rec)) {
                    let label = match rec {
                        Recognised::Yes => "legend-relevant-made",
                        Recognised::No => "legend-relevant-not-made",
                        Recognised::Unknown => "legend-relevant-unchecked",
                    };
                    entries.push(Entry { sample: sample(kind, rec, 2), label: lang.tr(label) });
                }
                if strengths.len() > 1 {
                    for &strength in &strengths {
                        let word = match strength {
                            0 | 1 => "weak",
                            2 => "moderate",
                            _ => "strong",
                        };
                        entries.push(Entry {
                            sample: sample(kind, Recognised::Yes, strength),
                            label: tr!(lang, "legend-strength", strength = strength, word = word),
                        });
                    }
                }
            }
            LinkKind::Pursues | LinkKind::Obliges | LinkKind::Engages | LinkKind::Related => {
                let label = lang.tr(&format!("legend-link-{}", kind.key()));
                entries.push(Entry { sample: sample(kind, Recognised::Yes, 2), label });
            }
        }
    }
    entries
}
