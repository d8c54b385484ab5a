//! How the open map is shown on screen: colours, legend, title, focus.
//! None of it is part of the document until saved as a view.

use std::collections::BTreeSet;

use crate::i18n::Language;
pub use crate::model::Filters;
use crate::model::{Document, Focus, SavedView};
use crate::scene::{ColorBy, Theme, View};

/// How the map is drawn on screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewOptions {
    /// What node colours show.
    pub color_by: ColorBy,
    /// Year of scores; `None` for the latest. Colouring by criterion, the
    /// round's year.
    pub year: Option<i32>,
    /// The criterion whose levels colour departments (by criterion).
    pub criterion: Option<String>,
    /// Hide the legend on the canvas.
    pub no_legend: bool,
    /// Hide the title block on the canvas.
    pub no_title: bool,
    /// The node in focus and how much around it shows (focus mode).
    pub focus: Option<Focus>,
    /// Show the map in this of its languages (`None`: its own). Sectormap's
    /// own words on the map (legend, score lines) follow it too; the
    /// interface language never reaches the map.
    pub map_language: Option<String>,
}

impl ViewOptions {
    /// The options for another map: what belongs to this map (colouring
    /// by a year, the focus, the language shown) goes; the legend and
    /// title switches stay.
    pub fn for_new_map(&self) -> Self {
        Self { no_legend: self.no_legend, no_title: self.no_title, ..Self::default() }
    }

    /// The language the map is shown in, when it is not the map's own.
    pub fn shown_language<'a>(&'a self, doc: &Document) -> Option<&'a str> {
        self.map_language.as_deref().filter(|lang| *lang != crate::model::map_language(doc))
    }

    /// The language of Sectormap's own words on the map as shown: the
    /// shown language's (when the map has it; else the map's own), as
    /// [`crate::scene::Shown`] gives every export.
    pub fn words(&self, doc: &Document) -> Language {
        let have = doc.languages();
        let shown = self.shown_language(doc).filter(|tag| have.iter().any(|l| l.eq_ignore_ascii_case(tag)));
        crate::scene::words_for(doc, shown)
    }

    /// The map in the language shown, with its boxes measured for those
    /// texts, when that is not the map's own language (`None`: draw `doc`
    /// with the session's boxes). Positions are `doc`'s, untouched.
    pub fn localized(&self, doc: &Document) -> Option<(Document, Vec<crate::scene::Measured>)> {
        // A language the map no longer has (its texts were deleted) shows its own.
        let shown = crate::scene::Shown::of(doc, Some(self.shown_language(doc)?)).ok()?;
        (shown.tag != crate::model::map_language(doc)).then_some((shown.doc, shown.measured))
    }

    /// The nodes `filters` and the focus hide, and those the focus dims.
    pub fn hidden_and_dimmed(
        &self,
        doc: &Document,
        filters: &Filters,
    ) -> (BTreeSet<String>, BTreeSet<String>) {
        let look = SavedView { hide: filters.clone(), focus: self.focus.clone(), ..SavedView::default() };
        look.hidden_and_dimmed(doc)
    }

    /// The scene view for these options on `theme`, with what `filters`
    /// and the focus hide or dim.
    pub fn scene_view(&self, theme: Theme, doc: &Document, filters: &Filters) -> View {
        let (hidden, dimmed) = self.hidden_and_dimmed(doc, filters);
        View {
            color_by: self.color_by,
            year: self.year,
            criterion: self.criterion.clone(),
            theme,
            no_legend: self.no_legend,
            no_title: self.no_title,
            hidden,
            dimmed,
            meta: None,
            language: self.words(doc),
        }
    }
}
