//! The pages as a PDF (krilla): numbered, with metadata (title, subject,
//! language), bookmarks, and a structure tree of headings, paragraphs,
//! table rows and figures, so the text reads in order in a screen reader.

use std::num::{NonZeroU16, NonZeroU32};

use krilla::Document as PdfDocument;
use krilla::geom::{Path, PathBuilder, Point, Rect as PdfRect};
use krilla::metadata::{DateTime, Metadata};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::{NumberingStyle, PageLabel, PageSettings};
use krilla::paint::FillRule;
use krilla::tagging::{Identifier, Node, Tag, TagGroup, TagKind, TagTree};

use super::compose::{Block, Line, Page, Role, text_scene};
use super::{BriefingError, Options};
use crate::i18n::Language;
use crate::model::{Document, is_rtl_language};
use crate::render::{ArtifactKind, PdfFonts, Placement, TextRole, draw_scene};
use crate::scene::style::Palette;
use crate::scene::{Anchor, Pos, Theme, Weight};
use crate::tr;

/// Size of the page number and running foot.
const FOOT: f32 = 8.0;

/// Puts the page number (and the map's title) in every page's footer band.
pub fn number_pages(pages: &mut [Page], document: &Document, lang: Language) {
    let count = pages.len();
    let palette = Palette::of(Theme::Light);
    let rtl = is_rtl_language(&document.meta.language);
    for (i, page) in pages.iter_mut().enumerate() {
        let band = page.sheet.footer();
        let baseline = band.y1 - 4.0;
        let number = tr!(lang, "briefing-page", page = i + 1, count = count);
        let (left, right) = if rtl { (Anchor::End, Anchor::Start) } else { (Anchor::Start, Anchor::End) };
        let (x_title, x_number) = if rtl { (band.x1, band.x0) } else { (band.x0, band.x1) };
        let room = band.width() - crate::text::width(&number, FOOT, Weight::Regular) - 24.0;
        let title = super::compose::fit(&document.meta.title, FOOT, Weight::Regular, room.max(0.0));
        let line = |x: f32, text: String, anchor| Line {
            pos: Pos::new(x, baseline),
            text,
            size: FOOT,
            weight: Weight::Regular,
            color: palette.muted,
            anchor,
        };
        let mut lines = vec![line(x_number, number, right)];
        if i > 0 && !title.trim().is_empty() {
            lines.push(line(x_title, title, left));
        }
        page.blocks.push(Block {
            scene: text_scene(lines),
            at: Placement::IDENTITY,
            role: Role::Furniture,
            clip: false,
        });
    }
}

/// The PDF of `pages`.
pub fn pdf(pages: &[Page], document: &Document, options: &Options) -> Result<Vec<u8>, BriefingError> {
    let fonts = PdfFonts::new();
    let mut pdf = PdfDocument::new();
    let mut tree = Tree::default();
    let mut outline = Outline::new();
    for (index, page) in pages.iter().enumerate() {
        let (w, h) = page.sheet.size;
        let mut settings = PageSettings::from_wh(w, h)
            .ok_or_else(|| BriefingError::Pdf(format!("page {}: bad size", index + 1)))?;
        if index == 0 {
            settings = settings.with_page_label(PageLabel::new(
                Some(NumberingStyle::Arabic),
                None,
                NonZeroU32::new(1),
            ));
        }
        if let Some(name) = &page.bookmark {
            outline.push_child(OutlineNode::new(
                name.clone(),
                krilla::destination::XyzDestination::new(index, Point::from_xy(0.0, 0.0)),
            ));
        }
        let mut pdf_page = pdf.start_page_with(settings);
        let mut surface = pdf_page.surface();
        for block in &page.blocks {
            let role = match block.role {
                Role::Furniture => TextRole::Artifact(ArtifactKind::PageNumber),
                _ => TextRole::Content,
            };
            let clip = block.clip.then(|| clip_path(&block.at.apply(&block.scene.bounds))).flatten();
            if let Some(path) = &clip {
                surface.push_clip_path(path, &FillRule::NonZero);
            }
            let spans = draw_scene(&mut surface, &block.scene, block.at, &fonts, role);
            if clip.is_some() {
                surface.pop();
            }
            tree.add(&block.role, spans);
        }
        surface.finish();
        pdf_page.finish();
    }
    let lang = if document.meta.language.trim().is_empty() {
        "en".to_owned()
    } else {
        document.meta.language.clone()
    };
    pdf.set_tag_tree(tree.finish(Some(lang.clone())));
    pdf.set_outline(outline);
    pdf.set_metadata(metadata(document, options, lang));
    pdf.finish().map_err(|err| BriefingError::Pdf(format!("{err:?}")))
}

/// The outline of `rect` (page points), to clip a block to.
fn clip_path(rect: &crate::scene::Rect) -> Option<Path> {
    let mut builder = PathBuilder::new();
    builder.push_rect(PdfRect::from_ltrb(rect.x0, rect.y0, rect.x1, rect.y1)?);
    builder.finish()
}

fn metadata(document: &Document, options: &Options, lang: String) -> Metadata {
    let meta = &document.meta;
    let title = if meta.title.trim().is_empty() {
        options.language.tr("briefing-untitled")
    } else {
        meta.title.clone()
    };
    let subject = if meta.subtitle.trim().is_empty() {
        options.language.tr("briefing-label")
    } else {
        format!("{}: {}", options.language.tr("briefing-label"), meta.subtitle)
    };
    let mut out =
        Metadata::new().title(title).description(subject).language(lang).creator("Sectormap".to_owned());
    if let Some(date) = date(&options.date) {
        out = out.creation_date(date);
    }
    out
}

/// `2026-03-08` as a PDF date (no clock: the same options give the same file).
fn date(text: &str) -> Option<DateTime> {
    let date: jiff::civil::Date = text.trim().parse().ok()?;
    let year = u16::try_from(date.year()).ok()?;
    Some(DateTime::new(year).month(u8::try_from(date.month()).ok()?).day(u8::try_from(date.day()).ok()?))
}

/// The structure tree being built: consecutive table rows make one table.
#[derive(Default)]
struct Tree {
    children: Vec<Node>,
    table: Vec<Node>,
}

impl Tree {
    fn add(&mut self, role: &Role, spans: Vec<Identifier>) {
        if spans.is_empty() {
            return;
        }
        if !matches!(role, Role::Row { .. }) {
            self.end_table();
        }
        let leaves = || spans.iter().copied().map(Node::from).collect::<Vec<_>>();
        let group = |tag: TagKind| Node::from(TagGroup::with_children(tag, leaves()));
        match role {
            Role::Figure(alt) => self.children.push(group(Tag::Figure(Some(alt.clone())).into())),
            Role::Heading(level) => {
                let level = NonZeroU16::new(*level).unwrap_or(NonZeroU16::MIN);
                self.children.push(group(Tag::Hn(level, None).into()));
            }
            Role::Paragraph => self.children.push(group(Tag::P.into())),
            Role::Caption => self.children.push(group(Tag::Caption.into())),
            Role::Row { header } => {
                let cells = spans
                    .iter()
                    .map(|id| {
                        let tag: TagKind = if *header {
                            Tag::TH(krilla::tagging::TableHeaderScope::Column).into()
                        } else {
                            Tag::TD.into()
                        };
                        Node::from(TagGroup::with_children(tag, vec![Node::from(*id)]))
                    })
                    .collect();
                self.table.push(Node::from(TagGroup::with_children(Tag::TR, cells)));
            }
            Role::Furniture => {}
        }
    }

    fn end_table(&mut self) {
        if !self.table.is_empty() {
            let rows = std::mem::take(&mut self.table);
            self.children.push(Node::from(TagGroup::with_children(Tag::Table, rows)));
        }
    }

    fn finish(mut self, lang: Option<String>) -> TagTree {
        self.end_table();
        let mut tree = TagTree::new().with_lang(lang);
        for child in self.children {
            tree.push(child);
        }
        tree
    }
}
