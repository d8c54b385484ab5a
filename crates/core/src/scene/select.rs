//! Parts of a [`Scene`]: the same items, fewer of them. A printed page
//! frames part of a picture (a tile of a dense map, its legend on its own)
//! by selecting from the one scene every export draws, never by drawing
//! again.

use super::geom::Rect;
use super::shapes::{Element, Group, Item, Scene};

impl Scene {
    /// The smallest font size of the text drawn, in scene units (`None`
    /// when nothing is written).
    pub fn smallest_text(&self) -> Option<f32> {
        self.items
            .iter()
            .filter_map(|item| match item {
                Item::Text { text, size, .. } if !text.trim().is_empty() => Some(*size),
                _ => None,
            })
            .reduce(f32::min)
    }

    /// The groups whose element `keep` accepts, with their items; the
    /// bounds cover what is kept.
    pub fn only(&self, keep: impl Fn(&Group) -> bool) -> Scene {
        self.select(keep, |_| true)
    }

    /// The scene with no text: shapes and lines only.
    pub fn without_text(&self) -> Scene {
        let mut out = self.select(|_| true, |item| !matches!(item, Item::Text { .. }));
        out.bounds = self.bounds;
        out
    }

    /// The groups `keep_group` accepts, each with the items `keep_item` accepts.
    fn select(&self, keep_group: impl Fn(&Group) -> bool, keep_item: impl Fn(&Item) -> bool) -> Scene {
        let mut items = Vec::new();
        let mut groups = Vec::new();
        for group in self.groups.iter().filter(|g| keep_group(g)) {
            let start = items.len();
            items.extend(self.items_of(group).iter().filter(|item| keep_item(item)).cloned());
            groups.push(Group { items: start..items.len(), ..group.clone() });
        }
        let bounds =
            Rect::union_all(groups.iter().map(|g| &g.bounds)).unwrap_or(Rect::new(0.0, 0.0, 0.0, 0.0));
        Scene {
            bounds,
            background: self.background,
            title: self.title.clone(),
            description: self.description.clone(),
            groups,
            items,
        }
    }
}

/// Whether `group` draws part of the map itself (a node or a link).
pub fn is_map(group: &Group) -> bool {
    matches!(group.element, Element::Node(_) | Element::Link(_))
}
