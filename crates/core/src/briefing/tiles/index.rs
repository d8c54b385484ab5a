//! The index of a map in parts: every element, its kind, and the part it
//! is drawn whole in, in alphabetical order.

use super::grid::Cell;
use crate::briefing::compose::{Flow, Page, Role, Style, fit};
use crate::briefing::fit::{Framing, Head};
use crate::briefing::paper::Sheet;
use crate::model::Document;
use crate::scene::style::Palette;
use crate::scene::{Anchor, Theme, Weight};
use crate::tr;

/// Text sizes of the index.
const HEADING: f32 = 14.0;
const BODY: f32 = 9.5;

/// The index pages of the parts `cells` of the map headed by `head`.
pub(super) fn pages(
    framing: &Framing,
    sheet: Sheet,
    document: &Document,
    cells: &[Cell],
    head: &Head,
) -> Vec<Page> {
    let lang = framing.language;
    let palette = Palette::of(Theme::Light);
    let mut flow = Flow::new(sheet, String::new());
    flow.rtl = framing.rtl;
    let strong = Style { size: HEADING, weight: Weight::Semibold, color: palette.text };
    let body = Style { size: BODY, weight: Weight::Regular, color: palette.text };
    let title = tr!(lang, "briefing-map-index", title = head.heading.as_str());
    flow.paragraph(&title, strong, 0.0, Role::Heading(2), BODY * 4.0);
    flow.paragraph(
        &lang.tr("briefing-map-index-note"),
        Style { color: palette.muted, ..body },
        0.0,
        Role::Paragraph,
        0.0,
    );
    flow.space(6.0);
    let mut entries: Vec<(String, String, usize)> = cells
        .iter()
        .enumerate()
        .flat_map(|(i, cell)| cell.nodes.iter().map(move |id| (i + 1, id)))
        .filter_map(|(part, id)| {
            let node = document.node(id)?;
            let label = node.label.split_whitespace().collect::<Vec<_>>().join(" ");
            Some((label, lang.node_kind(node.kind), part))
        })
        .collect();
    entries.sort_by(|a, b| a.0.to_lowercase().cmp(&b.0.to_lowercase()).then_with(|| a.cmp(b)));
    let frame = flow.frame();
    let kind_at = frame.x0 + frame.width() * 0.62;
    let label_room = kind_at - frame.x0 - 12.0;
    let kind_room = frame.x1 - kind_at - 60.0;
    let at = |x: f32, anchor: Anchor| {
        if framing.rtl {
            let flipped = match anchor {
                Anchor::Start => Anchor::End,
                Anchor::End => Anchor::Start,
                Anchor::Middle => Anchor::Middle,
            };
            (frame.x0 + frame.x1 - x, flipped)
        } else {
            (x, anchor)
        }
    };
    let row = |texts: [String; 3]| {
        let [label, kind, part] = texts;
        let cells =
            [(frame.x0, label, Anchor::Start), (kind_at, kind, Anchor::Start), (frame.x1, part, Anchor::End)];
        cells
            .into_iter()
            .map(|(x, text, anchor)| {
                let (x, anchor) = at(x, anchor);
                (x, text, anchor)
            })
            .collect::<Vec<_>>()
    };
    let header = [
        lang.tr("briefing-map-index-element"),
        lang.tr("briefing-map-index-kind"),
        lang.tr("briefing-map-index-part"),
    ];
    flow.row(row(header), Style { weight: Weight::Semibold, ..body }, true);
    for (label, kind, part) in entries {
        let label = fit(&label, BODY, Weight::Regular, label_room);
        let kind = fit(&kind, BODY, Weight::Regular, kind_room.max(20.0));
        flow.row(row([label, kind, part.to_string()]), body, false);
    }
    flow.finish()
}
