//! Colours: by kind, by score (colour-blind-safe scale) and by sector; themes.

use std::collections::BTreeSet;

use super::geom::Color;
use crate::model::assess::Criterion;
use crate::model::{LinkKind, NodeKind, SectorFamily};

pub use crate::model::ColorBy;

/// Light or dark background, and colours to suit it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Dark text on white.
    #[default]
    Light,
    /// Light text on near-black.
    Dark,
    /// White text and bright lines on black, for projectors that wash
    /// colours out.
    Contrast,
}

/// Near-black used for text on light fills.
pub const INK: Color = Color::hex(0x111111);
/// White, for text on dark fills.
pub const WHITE: Color = Color::hex(0xFFFFFF);
/// Fill of a department that has no score for the chosen year (and, when
/// colouring by a criterion, of one not marked on it).
pub const NOT_SCORED: Color = Color::hex(0xC4C4C4);
/// Fill of a department a criterion does not apply to (or marked "not
/// applicable" on it): a lighter grey than [`NOT_SCORED`].
pub const NOT_APPLICABLE: Color = Color::hex(0xEBEBEB);

/// ColorBrewer RdYlBu, 11 classes, for scores 0 to 10 (red = low, blue = high).
/// It is one of the schemes ColorBrewer marks safe for colour-blind readers.
pub const SCORE_SCALE: [u32; 11] = [
    0xA50026, 0xD73027, 0xF46D43, 0xFDAE61, 0xFEE090, 0xFFFFBF, 0xE0F3F8, 0xABD9E9, 0x74ADD1, 0x4575B4,
    0x313695,
];

/// Okabe-Ito colours for the sectors named in the brief, in this order:
/// health, justice, education, social welfare, labour, transport, foreign affairs.
const SECTOR_COLORS: [u32; 7] = [0x56B4E9, 0x0072B2, 0xF0E442, 0x009E73, 0xE69F00, 0xCC79A7, 0xD55E00];

/// Paul Tol's "muted" scheme for any further sectors, in name order.
const EXTRA_SECTOR_COLORS: [u32; 8] =
    [0x882255, 0x332288, 0x999933, 0x44AA99, 0xAA4499, 0xDDCC77, 0x117733, 0x888888];

/// Colours of one theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Page background.
    pub background: Color,
    /// Titles and legend text.
    pub text: Color,
    /// Source line and secondary text.
    pub muted: Color,
    /// Legend box fill.
    pub panel: Color,
    /// Legend box outline.
    pub panel_stroke: Color,
}

impl Palette {
    /// The palette of `theme`.
    pub fn of(theme: Theme) -> Self {
        match theme {
            Theme::Light => Self {
                background: WHITE,
                text: INK,
                muted: Color::hex(0x555555),
                panel: Color::hex(0xF7F7F7),
                panel_stroke: Color::hex(0xD0D0D0),
            },
            Theme::Dark => Self {
                background: Color::hex(0x1B1F24),
                text: Color::hex(0xF2F2F2),
                muted: Color::hex(0xB8B8B8),
                panel: Color::hex(0x262B31),
                panel_stroke: Color::hex(0x4A515A),
            },
            Theme::Contrast => Self {
                background: Color::hex(0x000000),
                text: WHITE,
                muted: Color::hex(0xE6E6E6),
                panel: Color::hex(0x141414),
                panel_stroke: Color::hex(0xBDBDBD),
            },
        }
    }
}

/// Fill and outline of a node of `kind` when colouring by kind.
pub fn kind_colors(kind: NodeKind) -> (Color, Color) {
    let (fill, stroke) = match kind {
        NodeKind::Issue => (0xF9D3E3, 0xA3245E),
        NodeKind::Department => (0xD4E3F5, 0x1F4E89),
        NodeKind::Objective => (0xFFFFFF, 0x5B7FA8),
        NodeKind::Commitment => (0xFBE6C2, 0x9A5B00),
        NodeKind::Organisation => (0xD5EDD5, 0x2E7D32),
    };
    (Color::hex(fill), Color::hex(stroke))
}

/// Colour of links of `kind` on `theme`.
pub fn link_color(kind: LinkKind, theme: Theme) -> Color {
    let (light, dark, contrast) = match kind {
        LinkKind::Pursues => (0x5A6B7F, 0x9FB3C8, 0xD6E2EE),
        LinkKind::Relevant => (0xA3245E, 0xF27DB0, 0xFF9BCB),
        LinkKind::Obliges => (0x9A5B00, 0xE8B04B, 0xFFD166),
        LinkKind::Engages => (0x2E7D32, 0x7CCB80, 0x9BF0A6),
        LinkKind::Related => (0x8A8A8A, 0x9A9A9A, 0xD9D9D9),
    };
    Color::hex(match theme {
        Theme::Light => light,
        Theme::Dark => dark,
        Theme::Contrast => contrast,
    })
}

/// The fill for a score from 0 to 10, interpolated along [`SCORE_SCALE`].
pub fn score_color(value: f64) -> Color {
    let v = if value.is_finite() { value.clamp(0.0, 10.0) } else { 0.0 } as f32;
    let low = v.floor().min(9.0);
    let t = v - low;
    let i = low as usize;
    Color::hex(SCORE_SCALE[i]).mix(Color::hex(SCORE_SCALE[i + 1]), t)
}

/// The fill of `level` of `criterion`: its place on the scale, from the
/// lowest level (red) to the top (blue), on the score colours.
pub fn level_color(criterion: &Criterion, level: usize) -> Color {
    score_color(10.0 * criterion.fraction(level))
}

/// Index of `sector` among the brief's seven sectors, matched loosely.
fn known_sector(sector: &str) -> Option<usize> {
    SectorFamily::of(sector).map(SectorFamily::index)
}

/// The fill of `sector` given every sector on the map. The brief's sectors
/// have fixed colours; a second sector of the same family, and any other
/// sector, takes the next further colour in name order, so no two sectors
/// on one map share a colour (up to fifteen sectors).
pub fn sector_color(sector: &str, all: &BTreeSet<&str>) -> Color {
    let mut taken = [false; SECTOR_COLORS.len()];
    let mut extra = 0usize;
    for &name in all.iter().chain(std::iter::once(&sector)) {
        let color = match known_sector(name) {
            Some(i) if !taken[i] => {
                taken[i] = true;
                Color::hex(SECTOR_COLORS[i])
            }
            _ => {
                extra += 1;
                Color::hex(EXTRA_SECTOR_COLORS[(extra - 1) % EXTRA_SECTOR_COLORS.len()])
            }
        };
        if name == sector {
            return color;
        }
    }
    Color::hex(EXTRA_SECTOR_COLORS[0])
}

/// How much lines are widened on `theme` (projectors lose thin lines).
pub fn line_scale(theme: Theme) -> f32 {
    if theme == Theme::Contrast { 1.5 } else { 1.0 }
}

/// How far a dimmed node or link fades into the background (0 to 1).
pub const DIM: f32 = 0.78;

/// Of near-black and white, the text colour with more contrast on `fill`;
/// pure black on the few mid-tone fills (blended reds of the score scale)
/// where neither reaches 4.5:1.
pub fn text_on(fill: Color) -> Color {
    let (ink, white) = (fill.contrast(INK), fill.contrast(WHITE));
    if ink.max(white) < 4.5 && fill.contrast(BLACK) > white {
        BLACK
    } else if ink >= white {
        INK
    } else {
        WHITE
    }
}

/// Pure black, for text on mid-tone fills.
const BLACK: Color = Color::hex(0x000000);
