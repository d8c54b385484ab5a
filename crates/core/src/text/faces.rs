//! The bundled faces, parsed once: for shaping (harfrust), coverage and
//! outlines (ttf-parser).

use std::sync::OnceLock;

use super::Weight;
use crate::fonts::{self, FontFile};

/// Index of a face in [`crate::fonts::FACES`].
pub type FaceId = u8;

/// One parsed face.
pub struct Face {
    /// Its file.
    pub file: &'static FontFile,
    /// Parsed for coverage and outlines.
    pub ttf: ttf_parser::Face<'static>,
    /// Parsed for shaping.
    pub font: harfrust::FontRef<'static>,
    /// The shaper's tables, built once.
    pub shaper: harfrust::ShaperData,
    /// Font units per em.
    pub upem: f32,
}

/// Every bundled face that parses, indexed like [`crate::fonts::FACES`]
/// (a face that does not parse is `None` and is never chosen).
pub fn all() -> &'static [Option<Face>] {
    static FACES: OnceLock<Vec<Option<Face>>> = OnceLock::new();
    FACES.get_or_init(|| {
        fonts::FACES
            .iter()
            .map(|file| {
                let ttf = ttf_parser::Face::parse(file.data, 0).ok()?;
                let font = harfrust::FontRef::from_index(file.data, 0).ok()?;
                let shaper = harfrust::ShaperData::new(&font);
                let upem = f32::from(ttf.units_per_em()).max(1.0);
                Some(Face { file, ttf, font, shaper, upem })
            })
            .collect()
    })
}

/// The face with this id, if it parsed.
pub fn get(id: FaceId) -> Option<&'static Face> {
    all().get(usize::from(id)).and_then(Option::as_ref)
}

/// Whether every bundled face parses (checked by tests).
pub fn all_parse() -> bool {
    all().iter().all(Option::is_some)
}

/// Faces to try for `weight`, in fallback order: the Open Sans face of
/// that weight, then every other script's face.
pub fn candidates(weight: Weight) -> impl Iterator<Item = (FaceId, &'static Face)> {
    let semibold = weight == Weight::Semibold;
    all().iter().enumerate().filter_map(move |(i, face)| {
        let face = face.as_ref()?;
        let open_sans = face.file.family == fonts::FAMILY;
        if open_sans && face.file.semibold != semibold {
            return None;
        }
        Some((FaceId::try_from(i).ok()?, face))
    })
}

/// The first face in fallback order that has a glyph for `c`.
pub fn covering(c: char, weight: Weight) -> Option<FaceId> {
    candidates(weight).find(|(_, face)| face.ttf.glyph_index(c).is_some_and(|g| g.0 != 0)).map(|(id, _)| id)
}

/// Whether face `id` has a glyph for `c`.
pub fn covers(id: FaceId, c: char) -> bool {
    get(id).is_some_and(|face| face.ttf.glyph_index(c).is_some_and(|g| g.0 != 0))
}

/// The face used when nothing covers a character (it draws .notdef).
pub fn primary(weight: Weight) -> FaceId {
    candidates(weight).next().map_or(0, |(id, _)| id)
}
