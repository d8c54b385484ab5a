//! Text as glyph outlines from the text engine, for the SVG that becomes a
//! PNG: the picture then uses exactly the shaping, fallback and bidi the
//! canvas uses, whatever usvg would choose.

use std::collections::BTreeSet;
use std::fmt::Write;

use super::svg::{escape, num, paint_color};
use crate::scene::{Anchor, Color, Pos, Weight};
use crate::text::faces::FaceId;
use crate::text::outline::{Outline, Segment, outline};
use crate::text::shape;

/// Font units per em of the glyph paths in `<defs>`.
const UNITS: f32 = 1000.0;

/// Glyphs used so far, written once as `<defs>`.
#[derive(Default)]
pub struct GlyphDefs {
    used: BTreeSet<(FaceId, u16)>,
}

impl GlyphDefs {
    /// Writes one line of text as `<use>`s of glyph paths: a group with the
    /// text in its `aria-label`, placed at its baseline.
    pub fn write_text(
        &mut self,
        out: &mut String,
        text: (&str, Weight),
        (pos, size): (Pos, f32),
        color: Color,
        anchor: Anchor,
    ) {
        let (text, weight) = text;
        let shaped = shape(text, weight);
        let x = pos.x - anchor.offset(shaped.advance * size);
        let k = size / UNITS;
        let _ = write!(
            out,
            "<g aria-label=\"{}\" transform=\"matrix({} 0 0 {} {} {})\"{}>",
            escape(text),
            num_fine(k),
            num_fine(-k),
            num(x),
            num(pos.y),
            paint_color("fill", color)
        );
        for glyph in &shaped.glyphs {
            if outline(glyph.face, glyph.id).is_empty() {
                continue;
            }
            self.used.insert((glyph.face, glyph.id));
            let _ = write!(out, "<use href=\"#g{}-{}\" x=\"{}\"", glyph.face, glyph.id, num(glyph.x * UNITS));
            if glyph.y != 0.0 {
                let _ = write!(out, " y=\"{}\"", num(glyph.y * UNITS));
            }
            out.push_str("/>");
        }
        out.push_str("</g>\n");
    }

    /// The `<defs>` element with every glyph used.
    pub fn defs(&self) -> String {
        let mut out = String::from("<defs>\n");
        for &(face, id) in &self.used {
            let _ = writeln!(out, "<path id=\"g{face}-{id}\" d=\"{}\"/>", path_data(&outline(face, id)));
        }
        out.push_str("</defs>\n");
        out
    }
}

/// A scale factor with enough digits for small font sizes.
fn num_fine(value: f32) -> String {
    let s = format!("{value:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" || s.is_empty() { "0".to_owned() } else { s.to_owned() }
}

/// SVG path data of an outline at [`UNITS`] per em, y up.
fn path_data(outline: &Outline) -> String {
    let mut d = String::new();
    let n = |v: f32| num(v * UNITS);
    for segment in &outline.segments {
        let _ = match *segment {
            Segment::Move(x, y) => write!(d, "M{} {}", n(x), n(y)),
            Segment::Line(x, y) => write!(d, "L{} {}", n(x), n(y)),
            Segment::Quad(a, b, x, y) => write!(d, "Q{} {} {} {}", n(a), n(b), n(x), n(y)),
            Segment::Cubic(a, b, c, e, x, y) => {
                write!(d, "C{} {} {} {} {} {}", n(a), n(b), n(c), n(e), n(x), n(y))
            }
            Segment::Close => write!(d, "Z"),
        };
    }
    d
}
