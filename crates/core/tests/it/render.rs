//! SVG and PNG output: valid, escaped, deterministic, the right size, not blank.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use sectormap_core::io::load_path;
use sectormap_core::model::{Document, Link, LinkKind, Node, NodeKind, Point};
use sectormap_core::pipeline::{DEFAULT_SEED, scene_for};
use sectormap_core::render::{Background, RenderOptions, Size, to_png, to_rgba, to_svg};
use sectormap_core::scene::{ColorBy, Element, Scene, View};

fn example() -> Document {
    load_path(&crate::common::root().join("maps/uk-evaw.json")).expect("example loads")
}

fn tricky() -> Document {
    let mut doc = Document::new();
    doc.meta.title = "Rape & \"sexual\" <assault> in 'transport'".to_owned();
    doc.meta.source = "Source: A & B <c>".to_owned();
    doc.add_node(Node::new("a", NodeKind::Issue, "Harassment <on> buses & \"trains\"")).expect("add");
    doc.add_node(Node::new("b", NodeKind::Department, "Dept. for Transport's 'safety'")).expect("add");
    let mut link = Link::new("l", LinkKind::Relevant);
    link.label = "a < b & c > d".to_owned();
    doc.add_link("a", "b", link).expect("link");
    doc
}

fn svg_of(doc: &Document, view: &View) -> (Scene, String) {
    let scene = scene_for(doc, view, DEFAULT_SEED);
    let svg = to_svg(&scene, &RenderOptions::default());
    (scene, svg)
}

#[test]
fn svg_is_well_formed_and_escapes_text() {
    let (_, svg) = svg_of(&tricky(), &View::default());
    let xml = roxmltree::Document::parse(&svg).expect("the SVG parses as XML");
    let root = xml.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    let title = root.children().find(|n| n.has_tag_name("title")).expect("a <title>");
    assert_eq!(title.text(), Some("Rape & \"sexual\" <assault> in 'transport'"));
    let texts: Vec<String> = xml
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text().map(str::to_owned))
        .collect();
    let all = texts.join(" ");
    for fragment in ["<on>", "& \"trains\"", "Transport's", "'safety'", "a < b & c > d", "Source: A & B <c>"]
    {
        assert!(all.contains(fragment), "{fragment:?} missing from {texts:?}");
    }
    assert!(!svg.contains("<on>") && svg.contains("&lt;on&gt;"));
}

#[test]
fn svg_is_byte_identical_for_the_same_input() {
    let doc = example();
    let view = View { color_by: ColorBy::Score, year: Some(2006), ..View::default() };
    let (_, first) = svg_of(&doc, &view);
    let (_, second) = svg_of(&doc, &view);
    assert_eq!(first, second);
    let (_, other) = svg_of(&doc, &View::default());
    assert_ne!(first, other);
}

#[test]
fn view_box_holds_everything_drawn() {
    let doc = example();
    for view in [View::default(), View { color_by: ColorBy::Sector, ..View::default() }] {
        let scene = scene_for(&doc, &view, DEFAULT_SEED);
        let legend = scene.groups.iter().find(|g| g.element == Element::Legend).expect("a legend");
        let title = scene.groups.iter().find(|g| g.element == Element::Title).expect("a title block");
        let source = scene.groups.iter().find(|g| g.element == Element::Source).expect("a source line");
        for group in &scene.groups {
            let b = group.bounds;
            let s = scene.bounds;
            assert!(
                b.x0 >= s.x0 && b.y0 >= s.y0 && b.x1 <= s.x1 && b.y1 <= s.y1,
                "{:?} sticks out",
                group.element
            );
        }
        // The legend sits beside the map and the title above it, apart from every node.
        for group in scene.groups.iter().filter(|g| matches!(g.element, Element::Node(_))) {
            for other in [legend, title, source] {
                assert!(
                    !group.bounds.intersects(&other.bounds),
                    "{:?} and {:?}",
                    group.element,
                    other.element
                );
            }
        }
    }
}

#[test]
fn png_has_the_requested_width_and_real_content() {
    let scene = scene_for(&example(), &View::default(), DEFAULT_SEED);
    let options = RenderOptions { size: Size::Width(1200), ..RenderOptions::default() };
    let bytes = to_png(&scene, &options).expect("png");
    let image = image::load_from_memory(&bytes).expect("decodes").to_rgba8();
    assert_eq!(image.width(), 1200);
    let view_box = options.view_box(&scene.bounds);
    let expected_h = (view_box.height() * 1200.0 / view_box.width()).round() as u32;
    assert_eq!(image.height(), expected_h);
    let pixels = image.pixels().count() as f64;
    let ink = image.pixels().filter(|p| p.0[0] < 200 || p.0[1] < 200 || p.0[2] < 200).count() as f64;
    assert!(ink / pixels > 0.02, "only {:.3} of the picture is drawn on", ink / pixels);
    let mut colours: Vec<[u8; 4]> = image.pixels().map(|p| p.0).collect();
    colours.sort_unstable();
    colours.dedup();
    assert!(colours.len() > 200, "only {} colours: text or shapes missing", colours.len());
    assert_eq!(image.get_pixel(0, 0).0, [255, 255, 255, 255], "white background");
}

#[test]
fn png_draws_the_label_text() {
    // One node: its label must put dark pixels inside the node box (fonts are loaded).
    let mut doc = Document::new();
    doc.add_node(Node::new("a", NodeKind::Objective, "Wide label text")).expect("add");
    let view = View { no_legend: true, no_title: true, ..View::default() };
    let scene = scene_for(&doc, &view, 1);
    let options = RenderOptions { size: Size::Scale(2.0), margin: 0.0, ..RenderOptions::default() };
    let (w, h, rgba) = to_rgba(&scene, &options).expect("render");
    let dark = rgba.chunks(4).filter(|p| p[0] < 90 && p[1] < 90 && p[2] < 90).count();
    assert!(dark > 200, "{dark} dark pixels in a {w}x{h} picture: the label did not render");
}

#[test]
fn backgrounds_change_the_page() {
    let doc = example();
    let transparent = RenderOptions {
        background: Background::Transparent,
        size: Size::Width(400),
        ..RenderOptions::default()
    };
    let scene = scene_for(&doc, &View::default(), 1);
    let (_, _, rgba) = to_rgba(&scene, &transparent).expect("render");
    assert_eq!(rgba[3], 0, "top-left corner is transparent");
    let dark =
        RenderOptions { background: Background::Dark, size: Size::Width(400), ..RenderOptions::default() };
    let view = View { theme: Background::Dark.theme(), ..View::default() };
    let scene = scene_for(&doc, &view, 1);
    let (_, _, rgba) = to_rgba(&scene, &dark).expect("render");
    assert!(rgba[0] < 60 && rgba[1] < 60 && rgba[2] < 60 && rgba[3] == 255, "dark corner {:?}", &rgba[..4]);
}

#[test]
fn oversized_pictures_are_refused_not_attempted() {
    let scene = scene_for(&example(), &View::default(), 1);
    let options = RenderOptions { size: Size::Scale(50.0), ..RenderOptions::default() };
    let err = to_png(&scene, &options).expect_err("too large");
    assert!(err.to_string().contains("the most is 20000 on a side"), "{err}");
}

/// The `width`, `height` and `viewBox` an SVG declares.
fn declared(svg: &str) -> (f64, f64, Vec<f64>) {
    let xml = roxmltree::Document::parse(svg).expect("the SVG parses");
    let root = xml.root_element();
    let number = |name: &str| root.attribute(name).expect(name).parse::<f64>().expect("a number");
    let view_box =
        root.attribute("viewBox").expect("viewBox").split(' ').map(|v| v.parse().unwrap()).collect();
    (number("width"), number("height"), view_box)
}

/// Two pinned nodes `x` apart across and half that down.
fn wide(x: f64) -> Document {
    let mut doc = Document::new();
    for (id, at) in [("west", -x / 2.0), ("east", x / 2.0)] {
        doc.add_node(Node::new(id, NodeKind::Issue, id)).expect("add");
        doc.set_position(id, Some(Point::new(at, at / 2.0)), true).expect("placed");
    }
    doc
}

#[test]
fn no_svg_declares_a_picture_larger_than_it_draws() {
    use sectormap_core::render::MAX_SIDE;
    // As wide as a map may be: 36 million pixels at the default scale.
    let scene = scene_for(&wide(1.8e7), &View::default(), DEFAULT_SEED);
    let options = RenderOptions::default();
    let (width, height, view_box) = declared(&to_svg(&scene, &options));
    assert!(width <= f64::from(MAX_SIDE) && height <= f64::from(MAX_SIDE), "{width} x {height}");
    assert!(width >= 1.0 && height >= 1.0, "{width} x {height}");
    assert!(view_box.iter().all(|v| v.is_finite()) && view_box[2] > 1.7e7, "{view_box:?}");
    let aspect = view_box[2] / view_box[3];
    assert!(((width / height) - aspect).abs() / aspect < 0.05, "{width} x {height} for {view_box:?}");
    let err = to_png(&scene, &options).expect_err("a PNG that size is refused");
    assert!(err.to_string().contains("the most is 20000 on a side"), "{err}");
    // A picture within the limit declares exactly its scale.
    let scene = scene_for(&wide(1000.0), &View::default(), DEFAULT_SEED);
    let (width, _, view_box) = declared(&to_svg(&scene, &options));
    assert_eq!(width, (view_box[2] * 2.0).round());
}

#[test]
fn a_scene_reaching_past_any_map_is_not_drawn() {
    // Not a map that loads (validation refuses it), but one built in code.
    let mut doc = wide(10.0);
    doc.set_position("east", Some(Point::new(1e308, 0.0)), true).expect("placed");
    let scene = scene_for(&doc, &View::default(), DEFAULT_SEED);
    let options = RenderOptions::default();
    let svg = sectormap_core::render::to_svg_checked(&scene, &options).map(|text| text.len());
    let png = sectormap_core::render::to_png(&scene, &options).map(|bytes| bytes.len());
    for (format, result) in [("SVG", svg), ("PNG", png)] {
        let err = result.expect_err("refused");
        assert!(err.to_string().contains("cannot be drawn"), "{format}: {err}");
    }
    let (width, height, _) = declared(&to_svg(&scene, &options));
    assert!(width <= 20_000.0 && height <= 20_000.0, "{width} x {height}");
}
