//! Paper sizes, orientation and margins of a briefing's pages, in points
//! (1/72 inch), as PDF measures them.

use crate::scene::Rect;

/// Points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// A sheet of paper.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    /// ISO A4, 210 x 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 x 11 in.
    Letter,
    /// ISO A3, 297 x 420 mm.
    A3,
}

impl Paper {
    /// Every size, in menu order.
    pub const ALL: [Paper; 3] = [Paper::A4, Paper::Letter, Paper::A3];

    /// Width and height upright, in points.
    pub fn portrait(self) -> (f32, f32) {
        match self {
            Paper::A4 => (210.0 * PT_PER_MM, 297.0 * PT_PER_MM),
            Paper::Letter => (8.5 * 72.0, 11.0 * 72.0),
            Paper::A3 => (297.0 * PT_PER_MM, 420.0 * PT_PER_MM),
        }
    }

    /// The name on the command line and in menus (`"A4"`).
    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "Letter",
            Paper::A3 => "A3",
        }
    }
}

/// Which way up the pages are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Orientation {
    /// Text pages upright, and each map page turned the way its map is
    /// drawn largest.
    #[default]
    Auto,
    /// Every page upright.
    Portrait,
    /// Every page on its side.
    Landscape,
}

impl Orientation {
    /// Every choice, in menu order.
    pub const ALL: [Orientation; 3] = [Orientation::Auto, Orientation::Portrait, Orientation::Landscape];

    /// The name on the command line (`"landscape"`).
    pub fn key(self) -> &'static str {
        match self {
            Orientation::Auto => "auto",
            Orientation::Portrait => "portrait",
            Orientation::Landscape => "landscape",
        }
    }
}

/// The size of one page and where its content goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sheet {
    /// Page width and height in points.
    pub size: (f32, f32),
    /// Margin on every side, in points.
    pub margin: f32,
}

/// Height of the band at the foot of every page that holds its number.
pub const FOOTER: f32 = 22.0;

impl Sheet {
    /// A page of `paper`, upright or on its side, with `margin_mm` margins.
    pub fn new(paper: Paper, landscape: bool, margin_mm: f32) -> Self {
        let (w, h) = paper.portrait();
        let size = if landscape { (h, w) } else { (w, h) };
        let most = size.0.min(size.1) * 0.25;
        Self { size, margin: (margin_mm.max(0.0) * PT_PER_MM).min(most) }
    }

    /// The whole page.
    pub fn page(&self) -> Rect {
        Rect::new(0.0, 0.0, self.size.0, self.size.1)
    }

    /// Where content goes: inside the margins, above the footer band.
    pub fn frame(&self) -> Rect {
        let m = self.margin;
        Rect::new(m, m, self.size.0 - m, self.size.1 - m - FOOTER)
    }

    /// The footer band, inside the margins.
    pub fn footer(&self) -> Rect {
        let m = self.margin;
        Rect::new(m, self.size.1 - m - FOOTER, self.size.0 - m, self.size.1 - m)
    }
}
