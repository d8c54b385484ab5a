//! Shaping one line: bidi runs in visual order, each split into pieces of
//! one face (font fallback per character), each piece shaped by harfrust.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

use unicode_bidi::BidiInfo;
use unicode_script::{Script, UnicodeScript};

use super::Weight;
use super::faces::{self, FaceId};

/// One shaped glyph, in em units (multiply by the font size).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Glyph {
    /// The face it comes from.
    pub face: FaceId,
    /// Glyph id in that face (0 is .notdef: no font has the character).
    pub id: u16,
    /// Where its origin sits, from the left end of the line.
    pub x: f32,
    /// How far its origin is raised above the baseline.
    pub y: f32,
    /// How far it advances the pen.
    pub advance: f32,
    /// Byte offset in the text of the character cluster it draws.
    pub cluster: u32,
}

/// A shaped line, glyphs left to right as they are seen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shaped {
    /// The glyphs in visual order.
    pub glyphs: Vec<Glyph>,
    /// The line's width in em.
    pub advance: f32,
    /// Whether the line's base direction is right to left (its first strong
    /// character is Arabic, Hebrew...).
    pub rtl: bool,
}

impl Shaped {
    /// How many glyphs are .notdef (drawn as empty boxes).
    pub fn missing(&self) -> usize {
        self.glyphs.iter().filter(|g| g.id == 0).count()
    }
}

const CACHE_LIMIT: usize = 200_000;

/// Shaped lines by text, one map per weight (looked up by `&str`, so a
/// hit allocates nothing: the canvas asks for every label every frame).
type Cache = Mutex<[HashMap<String, Arc<Shaped>>; 2]>;

/// `text` shaped as one line in `weight` (cached: a label is shaped once).
pub fn shape(text: &str, weight: Weight) -> Arc<Shaped> {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Cache::default);
    let slot = usize::from(weight == Weight::Semibold);
    if let Some(hit) = cache.lock().unwrap_or_else(std::sync::PoisonError::into_inner)[slot].get(text) {
        return Arc::clone(hit);
    }
    let shaped = Arc::new(shape_uncached(text, weight));
    let mut maps = cache.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if maps[slot].len() >= CACHE_LIMIT {
        maps[slot].clear();
    }
    maps[slot].insert(text.to_owned(), Arc::clone(&shaped));
    shaped
}

fn shape_uncached(text: &str, weight: Weight) -> Shaped {
    let mut out = Shaped::default();
    if text.is_empty() {
        return out;
    }
    let bidi = BidiInfo::new(text, None);
    out.rtl = bidi.paragraphs.first().is_some_and(|p| p.level.is_rtl());
    let mut pen = 0.0;
    for paragraph in &bidi.paragraphs {
        let (levels, runs) = bidi.visual_runs(paragraph, paragraph.range.clone());
        for run in runs {
            let rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
            let mut pieces = split_by_face(text, run, weight);
            if rtl {
                pieces.reverse();
            }
            for (range, face) in pieces {
                shape_piece(text, range, face, rtl, &mut pen, &mut out.glyphs);
            }
        }
    }
    out.advance = pen;
    out
}

/// Splits a run into pieces drawn by one face each, in logical order.
/// Spaces, punctuation and combining marks stay with the face of what they
/// follow when it has them, so a phrase is shaped as one piece.
fn split_by_face(text: &str, run: Range<usize>, weight: Weight) -> Vec<(Range<usize>, FaceId)> {
    let mut pieces: Vec<(Range<usize>, FaceId)> = Vec::new();
    let Some(slice) = text.get(run.clone()) else { return pieces };
    let mut current: Option<FaceId> = None;
    for (offset, c) in slice.char_indices() {
        let at = run.start + offset;
        let neutral = matches!(c.script(), Script::Common | Script::Inherited);
        let face = match current {
            Some(face) if neutral && faces::covers(face, c) => face,
            Some(face) if matches!(c.script(), Script::Inherited) => face,
            _ => faces::covering(c, weight).or(current).unwrap_or_else(|| faces::primary(weight)),
        };
        match pieces.last_mut() {
            Some((range, last)) if *last == face => range.end = at + c.len_utf8(),
            _ => pieces.push((at..at + c.len_utf8(), face)),
        }
        current = Some(face);
    }
    pieces
}

fn shape_piece(
    text: &str,
    range: Range<usize>,
    face_id: FaceId,
    rtl: bool,
    pen: &mut f32,
    out: &mut Vec<Glyph>,
) {
    let Some(face) = faces::get(face_id) else { return };
    let Some(piece) = text.get(range.clone()) else { return };
    let mut buffer = harfrust::UnicodeBuffer::new();
    buffer.push_str(piece);
    buffer.set_direction(if rtl {
        harfrust::Direction::RightToLeft
    } else {
        harfrust::Direction::LeftToRight
    });
    buffer.guess_segment_properties();
    let shaper = face.shaper.shaper(&face.font).build();
    let shaped = shaper.shape(buffer, harfrust::ShapeOptions::new());
    let per_unit = 1.0 / face.upem;
    for (info, pos) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
        let advance = pos.x_advance as f32 * per_unit;
        out.push(Glyph {
            face: face_id,
            id: u16::try_from(info.glyph_id).unwrap_or(0),
            x: *pen + pos.x_offset as f32 * per_unit,
            y: pos.y_offset as f32 * per_unit,
            advance,
            cluster: u32::try_from(range.start).unwrap_or(0).saturating_add(info.cluster),
        });
        *pen += advance;
    }
}
