//! Every major script is shaped with a real font (no .notdef), Arabic joins
//! and runs right to left, and CJK text wraps inside its box.

use sectormap::text::{self, Weight, shape, width, wrap};

/// "Domestic violence" (or close to it) in each script the app bundles a font for.
pub const SAMPLES: [(&str, &str); 14] = [
    ("Latin", "Violencia doméstica"),
    ("Greek", "Ενδοοικογενειακή βία"),
    ("Cyrillic", "Домашнее насилие"),
    ("Arabic", "العنف الأسري"),
    ("Hebrew", "אלימות במשפחה"),
    ("Devanagari", "घरेलू हिंसा और स्त्री"),
    ("Bengali", "পারিবারিক সহিংসতা"),
    ("Tamil", "குடும்ப வன்முறை"),
    ("Thai", "ความรุนแรงในครอบครัว"),
    ("Ethiopic", "የቤት ውስጥ ጥቃት"),
    ("Chinese (simplified)", "针对妇女的暴力"),
    ("Chinese (traditional)", "對婦女的暴力行為"),
    ("Japanese", "女性に対する暴力"),
    ("Korean", "여성에 대한 폭력"),
];

#[test]
fn every_script_shapes_without_notdef() {
    assert!(text::faces::all_parse());
    for (script, sample) in SAMPLES {
        for weight in [Weight::Regular, Weight::Semibold] {
            let shaped = shape(sample, weight);
            assert!(!shaped.glyphs.is_empty(), "{script}");
            assert_eq!(shaped.missing(), 0, "{script} {weight:?}: .notdef in {sample}");
            assert!(shaped.advance > 1.0, "{script} is drawn with some width");
            assert!(text::missing_chars(sample).is_empty(), "{script}");
        }
    }
}

#[test]
fn arabic_letters_join_and_run_right_to_left() {
    let word = "العنف";
    let joined = shape(word, Weight::Regular);
    let isolated: Vec<u16> =
        word.chars().map(|c| shape(&c.to_string(), Weight::Regular).glyphs[0].id).collect();
    let mut ids: Vec<u16> = joined.glyphs.iter().map(|g| g.id).collect();
    ids.reverse();
    assert_ne!(ids, isolated, "joined letters use their initial, medial and final forms");
    assert!(joined.rtl);
    // Visual order: the first glyph seen on the left is the word's last letter.
    let first = joined.glyphs.first().map(|g| g.cluster);
    let last = joined.glyphs.last().map(|g| g.cluster);
    assert!(first > last, "right to left: {first:?} then {last:?}");
}

#[test]
fn devanagari_forms_conjuncts() {
    // क्ष is one conjunct glyph cluster, not three letters side by side.
    let conjunct = shape("क्ष", Weight::Regular);
    assert!(conjunct.glyphs.len() < 3, "{:?}", conjunct.glyphs);
    assert_eq!(conjunct.missing(), 0);
}

#[test]
fn mixed_latin_and_arabic_keeps_both_fonts() {
    let shaped = shape("VAW العنف 2024", Weight::Regular);
    assert_eq!(shaped.missing(), 0);
    let faces: std::collections::BTreeSet<u8> = shaped.glyphs.iter().map(|g| g.face).collect();
    assert!(faces.len() >= 2, "Latin from Open Sans, Arabic from Noto Sans Arabic: {faces:?}");
    assert!(!shaped.rtl, "a line that starts in Latin is left to right");
}

#[test]
fn chinese_wraps_without_spaces_inside_its_width() {
    let label = "针对妇女的暴力行为是一个严重的公共卫生问题和人权问题";
    let lines = wrap(label, 14.0, Weight::Regular, 120.0, 9);
    assert!(lines.len() >= 3, "{lines:?}");
    for line in &lines {
        assert!(width(line, 14.0, Weight::Regular) <= 120.0 + 0.01, "{line}");
    }
    assert_eq!(lines.concat(), label, "nothing lost or added");
}

#[test]
fn thai_and_devanagari_never_split_inside_a_cluster() {
    for label in ["ความรุนแรงในครอบครัวความรุนแรงในครอบครัว", "क्षक्षक्षक्षक्षक्षक्षक्षक्षक्ष"]
    {
        let lines = wrap(label, 14.0, Weight::Regular, 60.0, 20);
        assert!(lines.len() >= 2, "{lines:?}");
        for line in &lines {
            let first = line.chars().next().map(unicode_mark);
            assert_eq!(first, Some(false), "a line never starts with a combining mark: {line:?}");
        }
        assert_eq!(lines.concat(), label);
    }
}

fn unicode_mark(c: char) -> bool {
    // Thai vowel signs above/below and Devanagari virama/signs are combining.
    matches!(c as u32, 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x0900..=0x0903 | 0x093A..=0x094F)
}
