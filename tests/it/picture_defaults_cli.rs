//! Pictures exported without a size: as wide as the editor's (2400 pixels),
//! an SVG declaring the size of the PNG of that width (a browser shows it
//! whole on a large screen, not one corner of a 6,000-pixel page), its
//! drawing in map units.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use crate::common::{BIN, root};

/// The `width`, `height` and `viewBox` an SVG file declares.
fn declared(svg: &str) -> (u32, u32, Vec<f32>) {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let top = doc.root_element();
    let number = |name| top.attribute(name).unwrap().parse::<u32>().unwrap();
    let view_box = top.attribute("viewBox").unwrap().split(' ').map(|v| v.parse().unwrap()).collect();
    (number("width"), number("height"), view_box)
}

fn run(args: &[&str]) {
    let out = std::process::Command::new(BIN).args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn an_svg_declares_the_size_of_the_png_of_the_default_width() {
    let dir = tempfile::tempdir().unwrap();
    let map = root().join("maps/uk-evaw.json");
    let (svg, png) = (dir.path().join("map.svg"), dir.path().join("map.png"));
    run(&["export", map.to_str().unwrap(), "-o", svg.to_str().unwrap()]);
    run(&["export", map.to_str().unwrap(), "-o", png.to_str().unwrap()]);
    let (width, height, view_box) = declared(&std::fs::read_to_string(&svg).unwrap());
    let picture = image::open(&png).unwrap();
    assert_eq!(width, 2400, "the editor's default width, not two pixels per map unit");
    assert_eq!((width, height), (picture.width(), picture.height()), "the SVG is the PNG's size");
    assert!(view_box[2] > 2400.0, "the drawing keeps its map units: {view_box:?}");
    let proportions = view_box[2] / view_box[3];
    assert!((proportions - width as f32 / height as f32).abs() < 0.01, "nothing stretched");

    // The report card chart too.
    let chart = dir.path().join("chart.svg");
    run(&["report", map.to_str().unwrap(), "--chart", chart.to_str().unwrap()]);
    assert_eq!(declared(&std::fs::read_to_string(&chart).unwrap()).0, 2400);
}
