//! Scene to SVG text: real `<text>` elements, escaped, byte-identical for the
//! same scene and options.

use std::fmt::Write;

use super::glyphs::GlyphDefs;
use super::options::{Background, RenderOptions};
use super::png::RenderError;
use crate::fonts;
use crate::scene::{Anchor, Color, Element, Item, Scene, Stroke, Weight};

/// Text set smaller than this many pixels is left out of PNGs: it cannot be
/// read, and the editor does not draw it either.
pub const MIN_TEXT_PX: f32 = 3.0;

/// The scene as a standalone SVG document (every label kept: SVG scales),
/// with real `<text>` naming the bundled families in fallback order.
pub fn to_svg(scene: &Scene, options: &RenderOptions) -> String {
    svg_document(scene, options, 0.0, None)
}

/// As [`to_svg`], refusing a scene whose bounds are not finite (see
/// [`RenderOptions::check_view_box`]): what files are written from.
pub fn to_svg_checked(scene: &Scene, options: &RenderOptions) -> Result<String, RenderError> {
    options.check_view_box(&options.view_box(&scene.bounds))?;
    Ok(to_svg(scene, options))
}

/// The scene as SVG with every label drawn as the text engine's glyph
/// outlines (each line's text kept in an `aria-label`): what PNGs are made
/// from, for tools that cannot be trusted with fonts.
pub fn to_svg_outlined(scene: &Scene, options: &RenderOptions) -> String {
    svg_document(scene, options, 0.0, Some(GlyphDefs::default()))
}

/// The SVG rendered for a PNG: labels too small to read at the PNG's scale
/// are left out, as on screen, and text is drawn as the text engine's glyph
/// outlines, so the PNG is shaped exactly like the canvas.
pub(crate) fn to_svg_for_pixels(scene: &Scene, options: &RenderOptions) -> String {
    svg_document(scene, options, MIN_TEXT_PX, Some(GlyphDefs::default()))
}

fn svg_document(
    scene: &Scene,
    options: &RenderOptions,
    min_text_px: f32,
    mut glyphs: Option<GlyphDefs>,
) -> String {
    let view_box = options.view_box(&scene.bounds);
    let (width, height) = options.declared_size(&view_box);
    let mut out = String::with_capacity(4096 + scene.groups.len() * 400);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"{} {} {} {}\" role=\"img\" aria-labelledby=\"map-title map-desc\" font-family=\"{}\">",
        num(view_box.x0),
        num(view_box.y0),
        num(view_box.width()),
        num(view_box.height()),
        fonts::family_list(),
    );
    let _ = writeln!(out, "<title id=\"map-title\">{}</title>", escape(&scene.title));
    let _ = writeln!(out, "<desc id=\"map-desc\">{}</desc>", escape(&scene.description));
    let head = std::mem::take(&mut out);
    if options.background != Background::Transparent {
        let _ = writeln!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{}/>",
            num(view_box.x0),
            num(view_box.y0),
            num(view_box.width()),
            num(view_box.height()),
            paint_attr("fill", scene.background),
        );
    }
    let scale = options.scale(&view_box);
    for group in &scene.groups {
        write_group(&mut out, scene, group, (scale, min_text_px), glyphs.as_mut());
    }
    out.push_str("</svg>\n");
    let defs = glyphs.map(|g| g.defs()).unwrap_or_default();
    format!("{head}{defs}{out}")
}

/// The legend of `scene` as SVG groups (real `<text>`), for pages that swap
/// legends when the colouring changes.
pub(crate) fn legend_svg(scene: &Scene) -> String {
    let mut out = String::new();
    for group in scene.groups.iter().filter(|g| g.element == Element::Legend) {
        write_group(&mut out, scene, group, (1.0, 0.0), None);
    }
    out
}

/// One group: `<g>` with its class and id, then its items. `scale` is the
/// picture's pixels per unit; text under `min_text_px` pixels is left out.
fn write_group(
    out: &mut String,
    scene: &Scene,
    group: &crate::scene::Group,
    (scale, min_text_px): (f32, f32),
    mut glyphs: Option<&mut GlyphDefs>,
) {
    let (class, id) = match &group.element {
        Element::Node(id) => ("node", Some(id)),
        Element::Link(id) => ("link", Some(id)),
        Element::Legend => ("legend", None),
        Element::Title => ("title", None),
        Element::Source => ("source", None),
        Element::Axes => ("axes", None),
        Element::Series(id) => ("series", Some(id)),
    };
    match (id, group.anchor) {
        // A node says where it is placed, so its position can be read
        // back from the picture exactly.
        (Some(id), Some(at)) => {
            let (x, y, id) = (num(at.x), num(at.y), escape(id));
            let _ = writeln!(out, "<g class=\"{class}\" data-id=\"{id}\" data-x=\"{x}\" data-y=\"{y}\">");
        }
        (Some(id), None) => {
            let _ = writeln!(out, "<g class=\"{class}\" data-id=\"{}\">", escape(id));
        }
        (None, _) => {
            let _ = writeln!(out, "<g class=\"{class}\">");
        }
    }
    for item in scene.items_of(group) {
        if let Item::Text { size, .. } = item
            && size * scale < min_text_px
        {
            continue;
        }
        match (item, glyphs.as_deref_mut()) {
            (Item::Text { pos, text, size, weight, color, anchor }, Some(defs)) => {
                defs.write_text(out, (text, *weight), (*pos, *size), *color, *anchor);
            }
            _ => write_item(out, item),
        }
    }
    out.push_str("</g>\n");
}

fn write_item(out: &mut String, item: &Item) {
    match item {
        Item::Rect { rect, radius, fill, stroke } => {
            let r = radius.min(rect.width() * 0.5).min(rect.height() * 0.5);
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
                num(rect.x0),
                num(rect.y0),
                num(rect.width()),
                num(rect.height())
            );
            if r > 0.0 {
                let _ = write!(out, " rx=\"{}\"", num(r));
            }
            write_paint(out, *fill, stroke.as_ref());
        }
        Item::Ellipse { center, rx, ry, fill, stroke } => {
            let _ = write!(
                out,
                "<ellipse cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\"",
                num(center.x),
                num(center.y),
                num(*rx),
                num(*ry)
            );
            write_paint(out, *fill, stroke.as_ref());
        }
        Item::Polygon { points, fill, stroke } => {
            let _ = write!(out, "<polygon points=\"{}\"", points_attr(points));
            write_paint(out, *fill, stroke.as_ref());
        }
        Item::Line { from, to, stroke } => {
            let _ = write!(
                out,
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"",
                num(from.x),
                num(from.y),
                num(to.x),
                num(to.y)
            );
            write_stroke(out, stroke);
            out.push_str(" stroke-linecap=\"butt\"/>\n");
        }
        Item::Arrow { points, color } => {
            let _ = write!(out, "<polygon points=\"{}\"", points_attr(points));
            write_paint(out, Some(*color), None);
        }
        Item::Text { pos, text, size, weight, color, anchor } => {
            let _ =
                write!(out, "<text x=\"{}\" y=\"{}\" font-size=\"{}\"", num(pos.x), num(pos.y), num(*size));
            if *weight == Weight::Semibold {
                let _ = write!(out, " font-weight=\"{}\"", fonts::SEMIBOLD_WEIGHT);
            }
            // A line whose first strong letter is Arabic or Hebrew is a
            // right-to-left paragraph, as the text engine sets it; `start`
            // and `end` swap sides in one.
            let rtl = crate::text::shape(text, *weight).rtl;
            if rtl {
                out.push_str(" direction=\"rtl\"");
            }
            match (anchor, rtl) {
                (Anchor::Middle, _) => out.push_str(" text-anchor=\"middle\""),
                (Anchor::Start, true) | (Anchor::End, false) => out.push_str(" text-anchor=\"end\""),
                (Anchor::Start, false) | (Anchor::End, true) => {}
            }
            out.push_str(&paint_attr("fill", *color));
            let _ = writeln!(out, ">{}</text>", escape(text));
        }
    }
}

fn write_paint(out: &mut String, fill: Option<Color>, stroke: Option<&Stroke>) {
    match fill {
        Some(color) => out.push_str(&paint_attr("fill", color)),
        None => out.push_str(" fill=\"none\""),
    }
    if let Some(stroke) = stroke {
        write_stroke(out, stroke);
    }
    out.push_str("/>\n");
}

fn write_stroke(out: &mut String, stroke: &Stroke) {
    out.push_str(&paint_attr("stroke", stroke.color));
    let _ = write!(out, " stroke-width=\"{}\"", num(stroke.width));
    if let Some([dash, gap]) = stroke.dash {
        let _ = write!(out, " stroke-dasharray=\"{} {}\"", num(dash), num(gap));
    }
}

/// ` fill="#rrggbb"` plus an opacity attribute when not opaque.
pub(crate) fn paint_color(name: &str, color: Color) -> String {
    paint_attr(name, color)
}

fn paint_attr(name: &str, color: Color) -> String {
    if color.a == 255 {
        format!(" {name}=\"{}\"", color.to_hex())
    } else {
        format!(" {name}=\"{}\" {name}-opacity=\"{}\"", color.to_hex(), num(f32::from(color.a) / 255.0))
    }
}

fn points_attr(points: &[crate::scene::Pos]) -> String {
    let mut s = String::new();
    for (i, p) in points.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        let _ = write!(s, "{},{}", num(p.x), num(p.y));
    }
    s
}

/// A number with at most two decimals and no trailing zeros; never `-0`.
pub fn num(value: f32) -> String {
    if !value.is_finite() {
        return "0".to_owned();
    }
    let rounded = (f64::from(value) * 100.0).round() / 100.0;
    let mut s = format!("{rounded:.2}");
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    if s == "-0" { "0".to_owned() } else { s }
}

/// Escapes text for XML content and attribute values; drops characters XML forbids.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(1.256), "1.26");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f32::NAN), "0");
        assert_eq!(num(12.5), "12.5");
    }

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(escape("a<b & \"c\" 'd'\u{1}"), "a&lt;b &amp; &quot;c&quot; &apos;d&apos;");
    }
}
