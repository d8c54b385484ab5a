//! The map pages: the whole map, and one page per saved view with its
//! caption, each the same Scene an export draws, set so that no text on
//! it is under 6 points on paper ([`super::fit`]). A view with a focus is
//! framed on it: the nodes outside are left out rather than faded, so the
//! neighbourhood fills the page.

use super::compose::Page;
use super::fit::{Framing, Head, map_pages};
use super::{BriefingError, Options};
use crate::model::{Document, SavedView};
use crate::scene::{self, Layout, Theme, View};
use crate::tr;

/// The saved views `names` asks for, in that order (every view when
/// `None`); a name no view has is an error listing the views there are.
pub fn chosen_views<'a>(
    document: &'a Document,
    names: Option<&[String]>,
) -> Result<Vec<&'a SavedView>, BriefingError> {
    let Some(names) = names else { return Ok(document.views.iter().collect()) };
    names.iter().map(|name| document.view_named(name).map_err(BriefingError::NoSuchView)).collect()
}

/// The whole map, titled with the map's title.
pub fn whole_map(document: &Document, options: &Options) -> Vec<Page> {
    let view = View { language: options.language, no_title: true, ..View::default() };
    let scene = scene::build(document, &Layout::of(document), &view);
    let meta = &document.meta;
    let heading = if meta.title.trim().is_empty() {
        options.language.tr("briefing-untitled")
    } else {
        meta.title.clone()
    };
    let head = Head {
        heading,
        subtitle: meta.subtitle.clone(),
        notes: Vec::new(),
        bookmark: super::Part::Map.title(options.language),
        source: meta.source.clone(),
        compact: false,
    };
    map_pages(document, &Framing::of(document, options), scene, &head)
}

/// The pages of each view in `views`, headed by its caption.
pub fn view_pages(document: &Document, views: &[&SavedView], options: &Options) -> Vec<Page> {
    let layout = Layout::of(document);
    let measured = scene::measure_all(document);
    let framing = Framing::of(document, options);
    views
        .iter()
        .flat_map(|saved| {
            let (view, notes) = framed(document, saved, options);
            let scene = scene::build_measured(document, &measured, &layout, &view);
            let heading = saved.heading().to_owned();
            let head = Head {
                heading: heading.clone(),
                subtitle: document.meta.title.clone(),
                notes,
                bookmark: heading,
                source: document.meta.source.clone(),
                compact: false,
            };
            map_pages(document, &framing, scene, &head)
        })
        .collect()
}

/// How `saved` is drawn on paper: as on screen, except that a focus
/// leaves the rest of the map out (the page is framed on it), which a
/// note under the heading says.
fn framed(document: &Document, saved: &SavedView, options: &Options) -> (View, Vec<String>) {
    let lang = options.language;
    let mut view = View { language: lang, no_title: true, ..View::from_saved(document, saved, Theme::Light) };
    let mut notes = Vec::new();
    let focus = saved.focus.as_ref().and_then(|focus| Some((focus, document.node(&focus.node)?)));
    if let Some((focus, node)) = focus {
        let dimmed = std::mem::take(&mut view.dimmed);
        view.hidden.extend(dimmed);
        notes.push(tr!(lang, "briefing-view-framed", node = node.label.as_str(), depth = focus.depth));
    }
    (view, notes)
}
