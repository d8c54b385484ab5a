//! The gaps pages: every finding of the gap rules as a sentence, grouped
//! under the rule's heading, in the order `check --gaps` lists them. A
//! pack of chosen views lists only the findings that touch them: those
//! whose every node one of the views draws in full.

use std::collections::BTreeSet;

use super::compose::{Page, Role, Style};
use super::{Options, Part};
use crate::analysis::{Gap, GapKind, find_gaps};
use crate::model::Document;
use crate::scene::style::Palette;
use crate::scene::{Theme, Weight};
use crate::tr;

/// The gaps part.
pub fn pages(document: &Document, options: &Options) -> Vec<Page> {
    let lang = options.language;
    let palette = Palette::of(Theme::Light);
    let mut flow = super::text_flow(document, options, Part::Gaps);
    let heading = Style { size: 18.0, weight: Weight::Semibold, color: palette.text };
    let rule = Style { size: 12.5, weight: Weight::Semibold, color: palette.text };
    let body = Style { size: 10.0, weight: Weight::Regular, color: palette.text };
    let muted = Style { color: palette.muted, ..body };
    flow.paragraph(&Part::Gaps.title(lang), heading, 0.0, Role::Heading(1), 40.0);
    let gaps = find_gaps(document, lang);
    let total = gaps.len();
    if gaps.is_empty() {
        flow.paragraph(&crate::analysis::no_gaps(document, lang), body, 0.0, Role::Paragraph, 0.0);
        return flow.finish();
    }
    let (gaps, count) = match options.views.as_deref() {
        Some(names) => {
            let gaps = touching(document, gaps, names);
            let count = gaps.len();
            (gaps, tr!(lang, "briefing-gaps-views", count = count, total = total))
        }
        None => (gaps, tr!(lang, "briefing-gaps-count", count = total)),
    };
    flow.paragraph(&count, muted, 0.0, Role::Paragraph, 0.0);
    for kind in GapKind::ALL {
        let found: Vec<&str> = gaps.iter().filter(|g| g.kind == kind).map(|g| g.text.as_str()).collect();
        if found.is_empty() {
            continue;
        }
        flow.space(10.0);
        let title = format!("{} ({})", kind.title(lang), found.len());
        // A rule's heading stays with at least its first finding.
        flow.paragraph(&title, rule, 0.0, Role::Heading(2), body.size * 2.0 * super::compose::LEADING);
        for text in found {
            flow.space(2.0);
            flow.bullet("•", text, body, 4.0);
        }
    }
    flow.finish()
}

/// The gaps whose every node one of the views `names` draws in full (not
/// hidden, not faded).
fn touching(document: &Document, gaps: Vec<Gap>, names: &[String]) -> Vec<Gap> {
    let views = super::maps::chosen_views(document, Some(names)).unwrap_or_default();
    let shown: Vec<BTreeSet<&str>> = views
        .iter()
        .map(|view| {
            let (hidden, dimmed) = view.hidden_and_dimmed(document);
            document
                .nodes()
                .map(|node| node.id.as_str())
                .filter(|id| !hidden.contains(*id) && !dimmed.contains(*id))
                .collect()
        })
        .collect();
    gaps.into_iter()
        .filter(|gap| {
            !gap.nodes.is_empty()
                && shown.iter().any(|ids| gap.nodes.iter().all(|id| ids.contains(id.as_str())))
        })
        .collect()
}
