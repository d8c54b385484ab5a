//! The cover: the map's title, subtitle, source line and the date, then
//! the contents with the page each part starts on.

use super::compose::{Flow, Page, Role, Style};
use super::{Options, Part};
use crate::model::Document;
use crate::scene::style::Palette;
use crate::scene::{Anchor, Theme, Weight};
use crate::tr;

/// One line of the contents: indent level, title, page number.
type Entry = (u8, String, usize);

/// The cover pages (one, unless the contents are very long), with page
/// numbers counted from the cover's first page.
pub fn pages(document: &Document, options: &Options, parts: &[(Part, Vec<Page>)]) -> Vec<Page> {
    let mut cover_pages = 1;
    loop {
        let pages = set(document, options, &contents(options, parts, cover_pages));
        if pages.len() <= cover_pages || cover_pages >= 8 {
            return pages;
        }
        cover_pages = pages.len();
    }
}

/// The contents, counting `cover_pages` for the cover.
fn contents(options: &Options, parts: &[(Part, Vec<Page>)], cover_pages: usize) -> Vec<Entry> {
    let lang = options.language;
    let mut entries = Vec::new();
    let mut number = 1;
    for (part, pages) in parts {
        if *part == Part::Cover {
            number += cover_pages;
            continue;
        }
        if pages.is_empty() {
            continue;
        }
        match part {
            Part::Views => {
                entries.push((0, part.title(lang), number));
                for (i, page) in pages.iter().enumerate() {
                    if let Some(name) = &page.bookmark {
                        entries.push((1, name.clone(), number + i));
                    }
                }
            }
            _ => entries.push((0, part.title(lang), number)),
        }
        number += pages.len();
    }
    entries
}

fn set(document: &Document, options: &Options, entries: &[Entry]) -> Vec<Page> {
    let lang = options.language;
    let palette = Palette::of(Theme::Light);
    let meta = &document.meta;
    let mut flow: Flow = super::text_flow(document, options, Part::Cover);
    let frame = flow.frame();
    let muted = |size| Style { size, weight: Weight::Regular, color: palette.muted };
    flow.space(frame.height() * 0.12);
    flow.paragraph(&lang.tr("briefing-label"), muted(12.0), 0.0, Role::Paragraph, 0.0);
    flow.space(6.0);
    let title = if meta.title.trim().is_empty() { lang.tr("briefing-untitled") } else { meta.title.clone() };
    let strong = Style { size: 30.0, weight: Weight::Semibold, color: palette.text };
    flow.paragraph(&title, strong, 0.0, Role::Heading(1), 0.0);
    if !meta.subtitle.trim().is_empty() {
        flow.space(4.0);
        flow.paragraph(&meta.subtitle, muted(16.0), 0.0, Role::Paragraph, 0.0);
    }
    flow.space(18.0);
    let body = Style { size: 10.5, weight: Weight::Regular, color: palette.text };
    if !meta.source.trim().is_empty() {
        flow.paragraph(&meta.source, body, 0.0, Role::Paragraph, 0.0);
    }
    if !options.date.trim().is_empty() {
        flow.paragraph(
            &tr!(lang, "briefing-date", date = options.date.trim()),
            body,
            0.0,
            Role::Paragraph,
            0.0,
        );
    }
    if entries.is_empty() {
        return flow.finish();
    }
    flow.space(36.0);
    let heading = Style { size: 14.0, weight: Weight::Semibold, color: palette.text };
    flow.paragraph(&lang.tr("briefing-contents"), heading, 0.0, Role::Heading(2), 30.0);
    flow.space(4.0);
    for (level, title, number) in entries {
        let weight = if *level == 0 { Weight::Semibold } else { Weight::Regular };
        let style = Style { size: 10.5, weight, color: palette.text };
        let indent = f32::from(*level) * 16.0;
        let width = frame.width() - indent - 40.0;
        let title = super::compose::fit(title, style.size, weight, width);
        let (start, end) = if flow.rtl {
            ((frame.x1 - indent, Anchor::End), (frame.x0, Anchor::Start))
        } else {
            ((frame.x0 + indent, Anchor::Start), (frame.x1, Anchor::End))
        };
        let cells = vec![(start.0, title, start.1), (end.0, number.to_string(), end.1)];
        flow.row(cells, style, false);
    }
    flow.finish()
}
