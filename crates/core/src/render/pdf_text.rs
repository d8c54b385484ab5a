//! One line of text onto a PDF page as real text: the text engine's glyphs
//! (its bidi, font fallback and shaping), a run per face, each glyph mapped
//! to the characters it draws so copying and searching give the text back.

use std::ops::Range;

use krilla::geom::Point;
use krilla::surface::Surface;
use krilla::text::{Font, Glyph, GlyphId};

use crate::fonts;
use crate::scene::{Anchor, Pos, Weight};
use crate::text::shape;

/// The bundled faces as PDF fonts, indexed like [`fonts::FACES`]; a face
/// krilla cannot read is `None` and its glyphs are left out.
pub struct PdfFonts {
    faces: Vec<Option<Font>>,
}

impl PdfFonts {
    /// Every bundled face. Only the glyphs a document uses are embedded.
    pub fn new() -> Self {
        Self { faces: fonts::FACES.iter().map(|face| Font::new(face.data.into(), 0)).collect() }
    }

    fn get(&self, face: u8) -> Option<&Font> {
        self.faces.get(usize::from(face)).and_then(Option::as_ref)
    }
}

impl Default for PdfFonts {
    fn default() -> Self {
        Self::new()
    }
}

/// One glyph as krilla wants it, in em units.
struct PdfGlyph {
    id: u16,
    range: Range<usize>,
    advance: f32,
    x_offset: f32,
    y_offset: f32,
}

impl Glyph for PdfGlyph {
    fn glyph_id(&self) -> GlyphId {
        GlyphId::new(u32::from(self.id))
    }
    fn text_range(&self) -> Range<usize> {
        self.range.clone()
    }
    fn x_advance(&self, size: f32) -> f32 {
        self.advance * size
    }
    fn x_offset(&self, size: f32) -> f32 {
        self.x_offset * size
    }
    fn y_offset(&self, size: f32) -> f32 {
        self.y_offset * size
    }
    fn y_advance(&self, _size: f32) -> f32 {
        0.0
    }
    fn location(&self) -> Option<krilla::surface::Location> {
        None
    }
}

/// Draws `text` with its baseline at `pos` (aligned as `anchor` says) in
/// the surface's current fill.
pub fn draw_line(
    surface: &mut Surface<'_>,
    fonts: &PdfFonts,
    (text, weight): (&str, Weight),
    (pos, size): (Pos, f32),
    anchor: Anchor,
) {
    let shaped = shape(text, weight);
    let left = pos.x - anchor.offset(shaped.advance * size);
    // Each glyph draws the characters from its cluster to the next cluster.
    let mut starts: Vec<usize> = shaped.glyphs.iter().map(|g| g.cluster as usize).collect();
    starts.push(text.len());
    starts.sort_unstable();
    starts.dedup();
    let end_of = |start: usize| {
        let i = starts.partition_point(|&s| s <= start);
        starts.get(i).copied().unwrap_or(text.len())
    };
    let mut pen = 0.0f32;
    let mut run: Vec<PdfGlyph> = Vec::new();
    let mut run_face: Option<u8> = None;
    let mut run_pen = 0.0f32;
    for glyph in &shaped.glyphs {
        if run_face != Some(glyph.face) {
            flush(surface, fonts, run_face, &mut run, (left + run_pen * size, pos.y), (text, size));
            run_face = Some(glyph.face);
            run_pen = pen;
        }
        let start = (glyph.cluster as usize).min(text.len());
        run.push(PdfGlyph {
            id: glyph.id,
            range: start..end_of(start).max(start),
            advance: glyph.advance,
            x_offset: glyph.x - pen,
            y_offset: glyph.y,
        });
        pen += glyph.advance;
    }
    flush(surface, fonts, run_face, &mut run, (left + run_pen * size, pos.y), (text, size));
}

/// Draws the glyphs gathered for one face and empties the run.
fn flush(
    surface: &mut Surface<'_>,
    fonts: &PdfFonts,
    face: Option<u8>,
    run: &mut Vec<PdfGlyph>,
    (x, y): (f32, f32),
    (text, size): (&str, f32),
) {
    let glyphs = std::mem::take(run);
    let Some(font) = face.and_then(|face| fonts.get(face)) else { return };
    if glyphs.is_empty() || !x.is_finite() || !y.is_finite() {
        return;
    }
    surface.draw_glyphs(Point::from_xy(x, y), &glyphs, font.clone(), text, size, false);
}
