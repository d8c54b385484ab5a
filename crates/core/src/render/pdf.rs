//! A Scene onto a PDF page (krilla): shapes as vector paths, every line of
//! text as real text in the bundled fonts (subsets embedded), set from the
//! text engine's own glyphs, so a PDF is shaped exactly like the PNG and
//! the canvas, and its text can be selected, searched and copied.

use krilla::color::rgb;
use krilla::geom::{Path, PathBuilder, Rect as PdfRect, Transform};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, LineCap, Stroke as PdfStroke, StrokeDash};
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, Identifier, SpanTag};

use super::pdf_text::{PdfFonts, draw_line};
use crate::scene::{Color, Item, Pos, Rect, Scene, Stroke};

/// How a scene is placed on a page: `page = map * scale + offset`, in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    /// Points per scene unit.
    pub scale: f32,
    /// Where the scene's origin lands on the page.
    pub offset: Pos,
}

impl Placement {
    /// Scene units drawn as they are (text pages are built in points).
    pub const IDENTITY: Placement = Placement { scale: 1.0, offset: Pos { x: 0.0, y: 0.0 } };

    /// `area` (scene units) scaled as large as fits in `frame` (points)
    /// and centred in it, never enlarged more than `max_scale`.
    pub fn fit(area: &Rect, frame: &Rect, max_scale: f32) -> Placement {
        let sx = frame.width() / area.width().max(1e-3);
        let sy = frame.height() / area.height().max(1e-3);
        let scale = sx.min(sy).min(max_scale).max(1e-6);
        let x = frame.x0 + (frame.width() - area.width() * scale) * 0.5 - area.x0 * scale;
        let y = frame.y0 + (frame.height() - area.height() * scale) * 0.5 - area.y0 * scale;
        Placement { scale, offset: Pos { x, y } }
    }

    /// Where `rect` (scene units) lands on the page.
    pub fn apply(&self, rect: &Rect) -> Rect {
        let s = self.scale;
        Rect::new(
            rect.x0 * s + self.offset.x,
            rect.y0 * s + self.offset.y,
            rect.x1 * s + self.offset.x,
            rect.y1 * s + self.offset.y,
        )
    }
}

/// What the text of a drawn scene is, for the PDF's structure tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextRole {
    /// Real content: each line becomes a tagged span.
    Content,
    /// Page furniture (page numbers, running heads): not part of the structure.
    Artifact(ArtifactKind),
}

/// Kinds of page furniture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArtifactKind {
    /// A page number.
    PageNumber,
    /// A running head or foot.
    Pagination,
}

/// Draws `scene` placed by `at`. Shapes are layout artifacts; each line of
/// text is a span (or an artifact, as `role` says). Returns the spans'
/// identifiers in drawing order, for the structure tree.
pub fn draw_scene(
    surface: &mut Surface<'_>,
    scene: &Scene,
    at: Placement,
    fonts: &PdfFonts,
    role: TextRole,
) -> Vec<Identifier> {
    let mut spans = Vec::new();
    surface.push_transform(&Transform::from_row(at.scale, 0.0, 0.0, at.scale, at.offset.x, at.offset.y));
    for item in &scene.items {
        if let Item::Text { pos, text, size, weight, color, anchor } = item {
            if text.trim().is_empty() {
                continue;
            }
            match role {
                TextRole::Content => {
                    // A right-to-left line is drawn in visual order; its
                    // text in reading order goes with it, so copying gives
                    // the words the right way round (ligatures included).
                    let actual = has_rtl(text).then_some(&**text);
                    spans.push(
                        surface.start_tagged(ContentTag::Span(SpanTag::empty().with_actual_text(actual))),
                    );
                }
                TextRole::Artifact(kind) => {
                    let kind = match kind {
                        ArtifactKind::PageNumber => ArtifactType::PageNumber,
                        ArtifactKind::Pagination => ArtifactType::PaginationOther,
                    };
                    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(kind)));
                }
            }
            surface.set_fill(Some(fill(*color)));
            surface.set_stroke(None);
            draw_line(surface, fonts, (text, *weight), (*pos, *size), *anchor);
            surface.end_tagged();
        } else {
            surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(ArtifactType::Layout)));
            draw_shape(surface, item);
            surface.end_tagged();
        }
    }
    surface.pop();
    spans
}

/// Whether `text` has right-to-left letters (Hebrew, Arabic, Syriac, Thaana...).
fn has_rtl(text: &str) -> bool {
    use unicode_bidi::BidiClass;
    text.chars().any(|c| matches!(unicode_bidi::bidi_class(c), BidiClass::R | BidiClass::AL))
}

fn draw_shape(surface: &mut Surface<'_>, item: &Item) {
    let (path, fill_color, stroke) = match item {
        Item::Rect { rect, radius, fill, stroke } => (rounded_rect(rect, *radius), *fill, *stroke),
        Item::Ellipse { center, rx, ry, fill, stroke } => (ellipse(*center, *rx, *ry), *fill, *stroke),
        Item::Polygon { points, fill, stroke } => (polygon(points, true), *fill, *stroke),
        Item::Line { from, to, stroke } => (polygon(&[*from, *to], false), None, Some(*stroke)),
        Item::Arrow { points, color } => (polygon(points, true), Some(*color), None),
        Item::Text { .. } => return,
    };
    let Some(path) = path else { return };
    surface.set_fill(fill_color.map(fill));
    surface.set_stroke(stroke.map(pdf_stroke));
    if fill_color.is_some() || stroke.is_some() {
        surface.draw_path(&path);
    }
}

/// A fill of `color`, its alpha as opacity.
pub(crate) fn fill(color: Color) -> Fill {
    Fill {
        paint: rgb::Color::new(color.r, color.g, color.b).into(),
        opacity: alpha(color),
        rule: FillRule::NonZero,
    }
}

fn alpha(color: Color) -> NormalizedF32 {
    NormalizedF32::new(f32::from(color.a) / 255.0).unwrap_or(NormalizedF32::ONE)
}

fn pdf_stroke(stroke: Stroke) -> PdfStroke {
    let c = stroke.color;
    PdfStroke {
        paint: rgb::Color::new(c.r, c.g, c.b).into(),
        width: stroke.width.max(0.0),
        opacity: alpha(c),
        line_cap: LineCap::Butt,
        dash: stroke
            .dash
            .filter(|[dash, gap]| *dash > 0.0 && *gap >= 0.0)
            .map(|[dash, gap]| StrokeDash { array: vec![dash, gap], offset: 0.0 }),
        ..PdfStroke::default()
    }
}

fn polygon(points: &[Pos], close: bool) -> Option<Path> {
    let (first, rest) = points.split_first()?;
    let mut pb = PathBuilder::new();
    pb.move_to(first.x, first.y);
    for p in rest {
        pb.line_to(p.x, p.y);
    }
    if close {
        pb.close();
    }
    pb.finish()
}

/// How far a cubic's control points sit along the tangent for a quarter circle.
const KAPPA: f32 = 0.552_284_8;

fn rounded_rect(rect: &Rect, radius: f32) -> Option<Path> {
    let r = radius.min(rect.width() * 0.5).min(rect.height() * 0.5).max(0.0);
    if r <= 0.0 {
        let mut pb = PathBuilder::new();
        pb.push_rect(PdfRect::from_ltrb(rect.x0, rect.y0, rect.x1, rect.y1)?);
        return pb.finish();
    }
    let (x0, y0, x1, y1, k) = (rect.x0, rect.y0, rect.x1, rect.y1, r * (1.0 - KAPPA));
    let mut pb = PathBuilder::new();
    pb.move_to(x0 + r, y0);
    pb.line_to(x1 - r, y0);
    pb.cubic_to(x1 - k, y0, x1, y0 + k, x1, y0 + r);
    pb.line_to(x1, y1 - r);
    pb.cubic_to(x1, y1 - k, x1 - k, y1, x1 - r, y1);
    pb.line_to(x0 + r, y1);
    pb.cubic_to(x0 + k, y1, x0, y1 - k, x0, y1 - r);
    pb.line_to(x0, y0 + r);
    pb.cubic_to(x0, y0 + k, x0 + k, y0, x0 + r, y0);
    pb.close();
    pb.finish()
}

fn ellipse(c: Pos, rx: f32, ry: f32) -> Option<Path> {
    let (kx, ky) = (rx * KAPPA, ry * KAPPA);
    let mut pb = PathBuilder::new();
    pb.move_to(c.x + rx, c.y);
    pb.cubic_to(c.x + rx, c.y + ky, c.x + kx, c.y + ry, c.x, c.y + ry);
    pb.cubic_to(c.x - kx, c.y + ry, c.x - rx, c.y + ky, c.x - rx, c.y);
    pb.cubic_to(c.x - rx, c.y - ky, c.x - kx, c.y - ry, c.x, c.y - ry);
    pb.cubic_to(c.x + kx, c.y - ry, c.x + rx, c.y - ky, c.x + rx, c.y);
    pb.close();
    pb.finish()
}
