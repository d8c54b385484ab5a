//! Options shared by the SVG and PNG renderers.

use super::png::RenderError;
use crate::scene::{Rect, Theme};

/// What is behind the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Background {
    /// White, with the light theme.
    #[default]
    White,
    /// Nothing (the light theme on a transparent page).
    Transparent,
    /// Near-black, with the dark theme.
    Dark,
}

impl Background {
    /// Every choice, in menu order.
    pub const ALL: [Background; 3] = [Background::White, Background::Transparent, Background::Dark];

    /// The theme whose colours read on this background.
    pub fn theme(self) -> Theme {
        match self {
            Background::Dark => Theme::Dark,
            Background::White | Background::Transparent => Theme::Light,
        }
    }

    /// The name used on the command line (`"dark"`).
    pub fn key(self) -> &'static str {
        match self {
            Background::White => "white",
            Background::Transparent => "transparent",
            Background::Dark => "dark",
        }
    }
}

/// Size of the output picture.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Size {
    /// This many pixels wide; the height follows.
    Width(u32),
    /// This many pixels per map unit.
    Scale(f32),
}

/// How to render a scene.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RenderOptions {
    /// Output size.
    pub size: Size,
    /// What is behind the map.
    pub background: Background,
    /// Empty space around everything drawn, in map units.
    pub margin: f32,
    /// Draw only this part of the map (map units), as the editor's view
    /// shows it; `None` draws everything.
    pub crop: Option<Rect>,
}

impl Default for RenderOptions {
    fn default() -> Self {
        Self { size: Size::Scale(2.0), background: Background::White, margin: 32.0, crop: None }
    }
}

/// A picture's width when none is asked for, in pixels, from the editor
/// and the command line alike: about 200 dpi across A4, and the size an
/// SVG declares, so a browser shows it as the PNG of that width.
pub const DEFAULT_WIDTH: u32 = 2400;

/// Largest side of a rendered picture, in pixels: a PNG larger than this
/// is refused, and an SVG declares itself at most this large.
pub const MAX_SIDE: u32 = 20_000;

impl RenderOptions {
    /// The area drawn, in map units: the crop if any, otherwise the
    /// scene's bounds plus the margin.
    pub fn view_box(&self, bounds: &Rect) -> Rect {
        match self.crop {
            Some(crop) if crop.width() > 0.0 && crop.height() > 0.0 => crop,
            _ => bounds.expand(self.margin.max(0.0)),
        }
    }

    /// Output width and height in pixels for a view box, as asked for:
    /// possibly over [`MAX_SIDE`] (see [`RenderOptions::checked_pixel_size`]
    /// and [`RenderOptions::declared_size`]).
    pub fn pixel_size(&self, view_box: &Rect) -> (u32, u32) {
        let scale = self.scale(view_box);
        let w = (view_box.width() * scale).round().max(1.0);
        let h = (view_box.height() * scale).round().max(1.0);
        (w.min(u32::MAX as f32) as u32, h.min(u32::MAX as f32) as u32)
    }

    /// Refuses a view box that is no area a picture can show: an edge or
    /// side that is not a finite number (a node off the map, made in code:
    /// files, imports and edits refuse those).
    pub fn check_view_box(&self, view_box: &Rect) -> Result<(), RenderError> {
        let numbers =
            [view_box.x0, view_box.y0, view_box.x1, view_box.y1, view_box.width(), view_box.height()];
        if numbers.iter().all(|v| v.is_finite()) && self.scale(view_box).is_finite() {
            Ok(())
        } else {
            Err(RenderError::Unbounded)
        }
    }

    /// The pixel size of a picture of `view_box`, or why it cannot be
    /// made: a view box that is not finite, or a side over [`MAX_SIDE`].
    pub fn checked_pixel_size(&self, view_box: &Rect) -> Result<(u32, u32), RenderError> {
        self.check_view_box(view_box)?;
        let (width, height) = self.pixel_size(view_box);
        if width > MAX_SIDE || height > MAX_SIDE {
            return Err(RenderError::TooLarge { width, height });
        }
        Ok((width, height))
    }

    /// The width and height an SVG of `view_box` declares: the pixel size,
    /// or, when a side would be over [`MAX_SIDE`], the largest size within
    /// it in the view box's proportions. An SVG draws the same at any
    /// size, and no program can open a page of millions of pixels.
    pub fn declared_size(&self, view_box: &Rect) -> (u32, u32) {
        let (width, height) = self.pixel_size(view_box);
        if width <= MAX_SIDE && height <= MAX_SIDE {
            return (width, height);
        }
        let (w, h) = (f64::from(view_box.width()), f64::from(view_box.height()));
        if !(w.is_finite() && h.is_finite() && w > 0.0 && h > 0.0) {
            return (width.min(MAX_SIDE), height.min(MAX_SIDE));
        }
        let fit = f64::from(MAX_SIDE) / w.max(h);
        let side = |v: f64| (v * fit).round().clamp(1.0, f64::from(MAX_SIDE)) as u32;
        (side(w), side(h))
    }

    /// Pixels per map unit for a view box.
    pub fn scale(&self, view_box: &Rect) -> f32 {
        match self.size {
            Size::Width(width) => width as f32 / view_box.width().max(1.0),
            Size::Scale(scale) => scale,
        }
    }
}
