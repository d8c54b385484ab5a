//! Print sizes for pictures: lengths in pixels, millimetres, centimetres
//! or inches, turned into pixels at a resolution (dots per inch), and the
//! view box that gives a picture exactly a page's proportions.

use crate::scene::Rect;

/// Millimetres per inch.
pub const MM_PER_INCH: f32 = 25.4;

/// The resolution used when a length is physical and none is given.
pub const DEFAULT_DPI: f32 = 300.0;

/// A length on the command line: `2400` or `2400px`, `210mm`, `21cm`, `8.5in`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Length {
    /// Pixels.
    Px(u32),
    /// Millimetres.
    Mm(f32),
    /// Inches.
    In(f32),
}

impl Length {
    /// Reads `2400`, `2400px`, `210mm`, `21cm` or `8.5in` (spaces and case
    /// ignored); anything else is an error saying what is accepted.
    pub fn parse(text: &str) -> Result<Length, String> {
        let t = text.trim().to_ascii_lowercase().replace(' ', "");
        let bad = || {
            format!("\"{text}\" is not a length: give pixels (2400), mm (210mm), cm (21cm) or inches (8.5in)")
        };
        let number = |digits: &str| -> Result<f32, String> {
            let value: f32 = digits.parse().map_err(|_| bad())?;
            if value.is_finite() && value > 0.0 { Ok(value) } else { Err(bad()) }
        };
        if let Some(n) = t.strip_suffix("mm") {
            Ok(Length::Mm(number(n)?))
        } else if let Some(n) = t.strip_suffix("cm") {
            Ok(Length::Mm(number(n)? * 10.0))
        } else if let Some(n) = t.strip_suffix("in") {
            Ok(Length::In(number(n)?))
        } else {
            let digits = t.strip_suffix("px").unwrap_or(&t);
            digits.parse::<u32>().map(Length::Px).map_err(|_| bad())
        }
    }

    /// Whether it is a physical length (mm, cm, in), which needs a resolution.
    pub fn is_physical(self) -> bool {
        !matches!(self, Length::Px(_))
    }

    /// The length in pixels at `dpi` dots per inch (rounded).
    pub fn pixels(self, dpi: f32) -> f64 {
        match self {
            Length::Px(px) => f64::from(px),
            Length::Mm(mm) => f64::from(mm / MM_PER_INCH * dpi).round(),
            Length::In(inches) => f64::from(inches * dpi).round(),
        }
    }
}

/// `view_box` grown (about its centre) to `width / height`'s proportions,
/// so a picture of exactly that many pixels shows all of it.
pub fn fit_aspect(view_box: &Rect, width: u32, height: u32) -> Rect {
    let aspect = width.max(1) as f32 / height.max(1) as f32;
    let (w, h) = (view_box.width().max(1e-3), view_box.height().max(1e-3));
    let (w, h) = if w / h < aspect { (h * aspect, h) } else { (w, w / aspect) };
    let c = view_box.center();
    Rect::new(c.x - w * 0.5, c.y - h * 0.5, c.x + w * 0.5, c.y + h * 0.5)
}

/// Pixels per metre for the PNG `pHYs` chunk at `dpi`.
pub fn pixels_per_metre(dpi: f32) -> u32 {
    (f64::from(dpi) / 0.0254).round().clamp(1.0, f64::from(u32::MAX)) as u32
}
