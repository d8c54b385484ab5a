//! The fonts bundled in `assets/fonts`, used to measure, shape and draw map
//! text on screen and in every export.
//!
//! Measuring and drawing with the same font files is what makes an exported
//! PNG match the screen: no system font is ever consulted. The faces are
//! tried in [`FACES`] order for each character (font fallback), and SVG
//! names the same families in the same order ([`family_list`]).

/// One bundled font file.
#[derive(Debug)]
pub struct FontFile {
    /// Family name, as written into SVG `font-family`.
    pub family: &'static str,
    /// The font file.
    pub data: &'static [u8],
    /// Whether this is a semibold face (used for titles and department names).
    pub semibold: bool,
    /// The scripts it is bundled for, as people name them (for messages and the README).
    pub scripts: &'static str,
}

/// Family name of the Latin, Greek and Cyrillic font.
pub const FAMILY: &str = "Open Sans";

/// Open Sans Regular (Apache-2.0), used for body text.
pub static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/OpenSans-Regular.ttf");

/// Open Sans Semibold (Apache-2.0), used for titles and department labels.
pub static SEMIBOLD: &[u8] = include_bytes!("../../../assets/fonts/OpenSans-Semibold.ttf");

/// CSS weight of [`SEMIBOLD`].
pub const SEMIBOLD_WEIGHT: u16 = 600;

const fn file(family: &'static str, data: &'static [u8], scripts: &'static str) -> FontFile {
    FontFile { family, data, semibold: false, scripts }
}

/// Every bundled face, in fallback order. The first two are Open Sans; the
/// Noto faces (SIL Open Font License 1.1) have one weight each and serve
/// both weights.
pub static FACES: [FontFile; 10] = [
    FontFile { family: FAMILY, data: REGULAR, semibold: false, scripts: "Latin, Greek, Cyrillic" },
    FontFile { family: FAMILY, data: SEMIBOLD, semibold: true, scripts: "Latin, Greek, Cyrillic" },
    file("Noto Sans Arabic", include_bytes!("../../../assets/fonts/NotoSansArabic-Regular.ttf"), "Arabic"),
    file("Noto Sans Hebrew", include_bytes!("../../../assets/fonts/NotoSansHebrew-Regular.ttf"), "Hebrew"),
    file(
        "Noto Sans Devanagari",
        include_bytes!("../../../assets/fonts/NotoSansDevanagari-Regular.ttf"),
        "Devanagari",
    ),
    file("Noto Sans Bengali", include_bytes!("../../../assets/fonts/NotoSansBengali-Regular.ttf"), "Bengali"),
    file("Noto Sans Tamil", include_bytes!("../../../assets/fonts/NotoSansTamil-Regular.ttf"), "Tamil"),
    file("Noto Sans Thai", include_bytes!("../../../assets/fonts/NotoSansThai-Regular.ttf"), "Thai"),
    file(
        "Noto Sans Ethiopic",
        include_bytes!("../../../assets/fonts/NotoSansEthiopic-Regular.ttf"),
        "Ethiopic",
    ),
    file(
        "Noto Sans CJK SC",
        include_bytes!("../../../assets/fonts/NotoSansCJKsc-Subset.otf"),
        "Chinese (simplified and traditional), Japanese, Korean: 12,607 common characters",
    ),
];

/// The families of [`FACES`] once each, in order, as SVG `font-family`
/// names them (with a generic family last).
pub fn family_list() -> String {
    let mut names: Vec<&str> = Vec::new();
    for face in &FACES {
        if !names.contains(&face.family) {
            names.push(face.family);
        }
    }
    let quoted: Vec<String> =
        names.iter().map(|n| if n.contains(' ') { format!("'{n}'") } else { (*n).to_owned() }).collect();
    format!("{}, sans-serif", quoted.join(", "))
}
