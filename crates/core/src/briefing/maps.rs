//! The map pages: the whole map, and one page per saved view with its
//! caption, each the same Scene an export draws, scaled to fit the page.

use super::compose::{Flow, Page, Role, Style};
use super::paper::{Orientation, Sheet};
use super::{BriefingError, Options};
use crate::model::{Document, SavedView, is_rtl_language};
use crate::scene::style::Palette;
use crate::scene::{self, Layout, Scene, Theme, View, Weight};

/// Largest enlargement of a small map, in points per map unit.
const MAX_SCALE: f32 = 1.5;
/// Heading sizes on map pages.
const HEADING: f32 = 17.0;
const SUBTITLE: f32 = 11.0;
const CAPTION: f32 = 8.5;

/// The saved views `names` asks for, in that order (every view when
/// `None`); a name no view has is an error listing the views there are.
pub fn chosen_views<'a>(
    document: &'a Document,
    names: Option<&[String]>,
) -> Result<Vec<&'a SavedView>, BriefingError> {
    let Some(names) = names else { return Ok(document.views.iter().collect()) };
    names.iter().map(|name| document.view_named(name).map_err(BriefingError::NoSuchView)).collect()
}

/// The whole map on one page, titled with the map's title.
pub fn whole_map(document: &Document, options: &Options) -> Vec<Page> {
    let view = View { language: options.language, no_title: true, ..View::default() };
    let scene = scene::build(document, &Layout::of(document), &view);
    let meta = &document.meta;
    let title = if meta.title.trim().is_empty() {
        options.language.tr("briefing-untitled")
    } else {
        meta.title.clone()
    };
    let bookmark = super::Part::Map.title(options.language);
    map_page(document, options, scene, (&title, &meta.subtitle), bookmark)
}

/// One page per view in `views`, headed by its caption.
pub fn view_pages(document: &Document, views: &[&SavedView], options: &Options) -> Vec<Page> {
    let layout = Layout::of(document);
    let measured = scene::measure_all(document);
    views
        .iter()
        .flat_map(|saved| {
            let view = View {
                language: options.language,
                no_title: true,
                ..View::from_saved(document, saved, Theme::Light)
            };
            let scene = scene::build_measured(document, &measured, &layout, &view);
            let heading = saved.heading().to_owned();
            map_page(document, options, scene, (&heading, &document.meta.title), heading.clone())
        })
        .collect()
}

/// A page with `heading` and `subtitle` above `scene` fitted into the
/// rest, and the map's source line under it.
fn map_page(
    document: &Document,
    options: &Options,
    scene: Scene,
    (heading, subtitle): (&str, &str),
    bookmark: String,
) -> Vec<Page> {
    let palette = Palette::of(Theme::Light);
    let sheet = sheet_for(&scene, options);
    let mut flow = Flow::new(sheet, bookmark);
    flow.rtl = is_rtl_language(&document.meta.language);
    let strong = Style { size: HEADING, weight: Weight::Semibold, color: palette.text };
    flow.paragraph(heading, strong, 0.0, Role::Heading(1), 0.0);
    if !subtitle.trim().is_empty() && subtitle.trim() != heading.trim() {
        let style = Style { size: SUBTITLE, weight: Weight::Regular, color: palette.muted };
        flow.paragraph(subtitle, style, 0.0, Role::Paragraph, 0.0);
    }
    flow.space(8.0);
    let source = document.meta.source.trim();
    let caption_room = if source.is_empty() { 0.0 } else { CAPTION * 2.0 * super::compose::LEADING + 6.0 };
    let alt = scene.description.clone();
    let height = (flow.room() - caption_room).max(40.0);
    flow.figure(scene, Some(height), 40.0, MAX_SCALE, Role::Figure(alt));
    if !source.is_empty() {
        flow.space(6.0);
        let style = Style { size: CAPTION, weight: Weight::Regular, color: palette.muted };
        flow.paragraph(source, style, 0.0, Role::Caption, 0.0);
    }
    flow.finish()
}

/// The sheet for a map page: the orientation asked for, or with `Auto`
/// the one that draws `scene` larger.
fn sheet_for(scene: &Scene, options: &Options) -> Sheet {
    let sheet = |landscape| Sheet::new(options.paper, landscape, options.margin_mm);
    match options.orientation {
        Orientation::Portrait => sheet(false),
        Orientation::Landscape => sheet(true),
        Orientation::Auto => {
            let fits = |s: Sheet| {
                let frame = s.frame();
                // Heading and caption take about this much of the frame.
                let height = (frame.height() - 90.0).max(1.0);
                (frame.width() / scene.bounds.width().max(1.0)).min(height / scene.bounds.height().max(1.0))
            };
            let (upright, turned) = (sheet(false), sheet(true));
            if fits(upright) > fits(turned) { upright } else { turned }
        }
    }
}
