//! Every major script is shaped with a real font (no .notdef), Arabic joins
//! and runs right to left, and CJK text wraps inside its box.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use sectormap_core::text::{self, Weight, shape, width, wrap};

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

mod maps {
    use sectormap_core::pipeline::scene_for;
    use sectormap_core::render::{RenderOptions, to_png, to_svg, to_svg_outlined};
    use sectormap_core::scene::{Element, Item, View};

    fn scripts_map() -> sectormap_core::model::Document {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/scripts.json");
        sectormap_core::io::load_path(std::path::Path::new(path)).expect("the fixture loads")
    }

    #[test]
    fn every_label_of_the_scripts_map_is_drawn_with_real_glyphs_in_png() {
        let doc = scripts_map();
        let scene = scene_for(&doc, &View::default(), 1);
        let svg = to_svg_outlined(&scene, &RenderOptions::default());
        assert!(!svg.contains("-0\""), "no glyph 0 (.notdef) is used");
        for node in doc.nodes() {
            // A wrapped label is drawn line by line; its first letter starts a line.
            let first = sectormap_core::render::escape(&node.label.chars().take(1).collect::<String>());
            assert!(svg.contains(&format!("aria-label=\"{first}")), "{} is drawn", node.id);
        }
        let png = to_png(&scene, &RenderOptions::default()).expect("a PNG");
        let picture = image::load_from_memory(&png).expect("it decodes").to_rgba8();
        // Each label's box has dark text pixels in it.
        let view_box = RenderOptions::default().view_box(&scene.bounds);
        let scale = RenderOptions::default().scale(&view_box);
        for group in &scene.groups {
            let Element::Node(id) = &group.element else { continue };
            let b = &group.bounds;
            let to_px =
                |x: f32, y: f32| (((x - view_box.x0) * scale) as u32, ((y - view_box.y0) * scale) as u32);
            let ((x0, y0), (x1, y1)) = (to_px(b.x0, b.y0), to_px(b.x1, b.y1));
            let dark = (x0..x1)
                .flat_map(|x| (y0..y1).map(move |y| (x, y)))
                .filter(|&(x, y)| {
                    picture.get_pixel_checked(x, y).is_some_and(|p| p[0] < 90 && p[1] < 90 && p[2] < 120)
                })
                .count();
            assert!(dark > 30, "{id}: only {dark} text pixels");
        }
    }

    #[test]
    fn a_long_chinese_label_wraps_inside_its_box() {
        let doc = scripts_map();
        let scene = scene_for(&doc, &View::default(), 1);
        let group = scene
            .groups
            .iter()
            .find(|g| matches!(&g.element, Element::Node(id) if &**id == "issue-zh-hans"))
            .expect("the node is drawn");
        let lines: Vec<(f32, f32)> = scene
            .items_of(group)
            .iter()
            .filter_map(|item| match item {
                Item::Text { pos, text, size, weight, anchor, .. } => {
                    let w = sectormap_core::text::width(text, *size, *weight);
                    let left = pos.x - anchor.offset(w);
                    Some((left, left + w))
                }
                _ => None,
            })
            .collect();
        assert!(lines.len() >= 2, "the label wraps: {lines:?}");
        for (left, right) in lines {
            assert!(
                left >= group.bounds.x0 && right <= group.bounds.x1,
                "{left}..{right} in {:?}",
                group.bounds
            );
        }
    }

    #[test]
    fn svg_of_a_multilingual_map_is_valid_stable_and_names_every_family() {
        let doc = scripts_map();
        let scene = scene_for(&doc, &View::default(), 1);
        let svg = to_svg(&scene, &RenderOptions::default());
        assert_eq!(svg, to_svg(&scene_for(&doc, &View::default(), 1), &RenderOptions::default()));
        let tree = roxmltree::Document::parse(&svg).expect("valid XML");
        let family = tree.root_element().attribute("font-family").expect("a font family");
        for name in [
            "'Open Sans'",
            "'Noto Sans Arabic'",
            "'Noto Sans Devanagari'",
            "'Noto Sans CJK SC'",
            "sans-serif",
        ] {
            assert!(family.contains(name), "{family}");
        }
        let rtl: Vec<_> = tree.descendants().filter(|n| n.attribute("direction") == Some("rtl")).collect();
        assert!(rtl.iter().any(|n| n.text() == Some("العنف الأسري")), "Arabic is a right-to-left paragraph");
        assert!(rtl.iter().any(|n| n.text() == Some("אלימות במשפחה")));
        let outlined = to_svg_outlined(&scene, &RenderOptions::default());
        roxmltree::Document::parse(&outlined).expect("the outlined SVG is valid XML too");
    }
}

#[test]
fn thai_breaks_between_words_found_by_its_dictionary() {
    // ความ|รุนแรง|ใน|ครอบครัว ("violence in the family"): no spaces between words.
    let label = "ความรุนแรงในครอบครัว";
    let full = width(label, 14.0, Weight::Regular);
    let lines = wrap(label, 14.0, Weight::Regular, full * 0.7, 5);
    assert!(lines.len() >= 2, "{lines:?}");
    let words = ["ความ", "รุนแรง", "ใน", "ครอบครัว"];
    let mut ends = Vec::new();
    let mut at = String::new();
    for word in words {
        at.push_str(word);
        ends.push(at.clone());
    }
    assert!(ends.contains(&lines[0]), "the first line ends at a word: {lines:?}");
    assert_eq!(lines.concat(), label);
}

#[test]
fn wrapped_lines_keep_their_paragraphs_direction() {
    let title = "Violence against women in every script · العنف ضد المرأة · महिलाओं के विरुद्ध हिंसा";
    let lines = wrap(title, 14.0, Weight::Regular, 170.0, 9);
    assert!(lines.len() >= 3, "{lines:?}");
    for line in &lines {
        assert!(!shape(line, Weight::Regular).rtl, "every line is left to right like its paragraph: {line}");
        assert_eq!(shape(line, Weight::Regular).missing(), 0, "the direction mark draws nothing: {line}");
    }
    let arabic = "العنف ضد المرأة Violence against women في كل وزارة";
    for line in wrap(arabic, 14.0, Weight::Regular, 90.0, 9) {
        assert!(shape(&line, Weight::Regular).rtl, "an Arabic paragraph stays right to left: {line}");
    }
}

#[test]
fn chinese_words_stay_whole_when_a_line_can_hold_them() {
    // 暴力 ("violence") is one word: a line may end before or after it, not inside.
    let titles = [
        "针对妇女的暴力 · العنف ضد المرأة",
        "العنف ضد المرأة · 针对妇女的暴力",
        "Violence · العنف ضد المرأة · 针对妇女的暴力问题",
    ];
    for title in titles {
        for max in (100..700).step_by(10) {
            let lines = wrap(title, 30.0, Weight::Semibold, max as f32, 9);
            for pair in lines.windows(2) {
                let (end, start) = (pair[0].trim_end(), pair[1].trim_start_matches(['\u{200E}', '\u{200F}']));
                assert!(!(end.ends_with('暴') && start.starts_with('力')), "暴力 split at {max}: {lines:?}");
            }
            let joined: String = lines
                .concat()
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '\u{200E}' && *c != '\u{200F}')
                .collect();
            let want: String = title.chars().filter(|c| !c.is_whitespace()).collect();
            assert_eq!(joined, want, "nothing lost at {max}");
        }
    }
    // A word longer than the line is still cut, so nothing overflows.
    let lines = wrap("暴力", 30.0, Weight::Semibold, 40.0, 9);
    assert_eq!(lines, ["暴", "力"]);
}

#[test]
fn a_two_thousand_character_label_keeps_its_box_small_and_its_link_drawn() {
    use sectormap_core::model::{Document, Link, LinkKind, Node, NodeKind, Point};
    use sectormap_core::scene::{Element, Item, Layout, View, build};
    let labels = [
        "Domestic violence and coercive control across every service ".repeat(40),
        "x".repeat(2000),
        "针对妇女的家庭暴力和性暴力问题".repeat(134),
        "العنف ضد المرأة في كل مكان ".repeat(75),
    ];
    for long in labels {
        let mut doc = Document::new();
        let mut dept = Node::new("dept", NodeKind::Department, "Department of Health");
        dept.position = Some(Point { x: 0.0, y: 0.0 });
        let mut issue = Node::new("issue", NodeKind::Issue, &long);
        issue.position = Some(Point { x: 320.0, y: 0.0 });
        doc.add_node(dept).unwrap();
        doc.add_node(issue).unwrap();
        doc.add_link("issue", "dept", Link::new("rel", LinkKind::Relevant)).unwrap();
        let scene = build(&doc, &Layout::of(&doc), &View::default());
        let node = scene.node_group("issue").unwrap();
        assert!(
            node.bounds.width() < 320.0 && node.bounds.height() < 160.0,
            "a small box: {:?}",
            node.bounds
        );
        let texts = scene.items_of(node).iter().filter(|i| matches!(i, Item::Text { .. })).count();
        assert!(texts <= 5, "at most five lines, the last cut with an ellipsis");
        let link = scene.groups.iter().find(|g| matches!(&g.element, Element::Link(id) if &**id == "rel"));
        let line = link.and_then(|g| scene.items_of(g).iter().find(|i| matches!(i, Item::Line { .. })));
        assert!(line.is_some(), "the link is drawn between the boxes");
    }
}
