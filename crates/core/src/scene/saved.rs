//! The scene view of a saved view: what it hides and dims, how it colours,
//! and its caption as the picture's title.

use super::build::View;
use super::style::Theme;
use crate::model::{Document, MapMeta, SavedView};

impl View {
    /// How `saved` shows `document` on `theme`: its filters and focus, its
    /// colours and year, and its caption as the title with the map's title
    /// under it (the map's source line is kept).
    pub fn from_saved(document: &Document, saved: &SavedView, theme: Theme) -> Self {
        let (hidden, dimmed) = saved.hidden_and_dimmed(document);
        let map = &document.meta;
        let subtitle = if map.title.trim().is_empty() { map.subtitle.clone() } else { map.title.clone() };
        View {
            color_by: saved.color_by,
            year: saved.year,
            criterion: saved.criterion.clone(),
            theme,
            hidden,
            dimmed,
            meta: Some(MapMeta {
                title: saved.heading().to_owned(),
                subtitle,
                source: map.source.clone(),
                language: map.language.clone(),
                ..MapMeta::default()
            }),
            ..View::default()
        }
    }
}
