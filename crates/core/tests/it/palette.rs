//! Every palette entry passes WCAG's 4.5:1 contrast for the text drawn on
//! it, on light, dark and high-contrast backgrounds.

use std::collections::BTreeSet;

use sectormap_core::model::NodeKind;
use sectormap_core::scene::style::{
    NOT_SCORED, Palette, SCORE_SCALE, WHITE, kind_colors, score_color, sector_color, text_on,
};
use sectormap_core::scene::{Color, Theme};

const AA: f32 = 4.5;

fn assert_readable(what: &str, fill: Color) {
    let text = text_on(fill);
    let ratio = fill.contrast(text);
    assert!(ratio >= AA, "{what}: {} text on {} is {ratio:.2}:1", text.to_hex(), fill.to_hex());
}

#[test]
fn node_labels_read_on_every_kind_fill() {
    for kind in NodeKind::ALL {
        assert_readable(kind.title(), kind_colors(kind).0);
    }
}

#[test]
fn node_labels_read_on_every_score_colour_and_not_scored() {
    for step in SCORE_SCALE {
        assert_readable("score scale step", Color::hex(step));
    }
    // Scores between steps are blended; check every quarter point.
    for quarter in 0..=40 {
        let score = f64::from(quarter) / 4.0;
        assert_readable(&format!("score {score}"), score_color(score));
    }
    assert_readable("not scored", NOT_SCORED);
}

#[test]
fn node_labels_read_on_every_sector_colour() {
    let names: Vec<String> =
        ["health", "justice", "education", "social welfare", "labour", "transport", "foreign affairs"]
            .into_iter()
            .map(str::to_owned)
            .chain((1..=9).map(|n| format!("other sector {n}")))
            .collect();
    let all: BTreeSet<&str> = names.iter().map(String::as_str).collect();
    let mut seen = BTreeSet::new();
    for sector in &all {
        let fill = sector_color(sector, &all);
        seen.insert(fill.to_hex());
        assert_readable(sector, fill);
        // Objectives show their department's sector, lightened.
        assert_readable(&format!("{sector} objective"), fill.mix(WHITE, 0.6));
    }
    assert!(seen.len() >= 15, "fifteen sectors get fifteen colours: {seen:?}");
}

#[test]
fn titles_legends_and_notes_read_on_every_theme() {
    for theme in [Theme::Light, Theme::Dark, Theme::Contrast] {
        let palette = Palette::of(theme);
        for (what, text) in [("text", palette.text), ("muted text", palette.muted)] {
            for (ground, fill) in [("background", palette.background), ("legend panel", palette.panel)] {
                let ratio = text.contrast(fill);
                assert!(ratio >= AA, "{theme:?}: {what} on the {ground} is {ratio:.2}:1");
            }
        }
    }
}

#[test]
fn the_contrast_theme_has_more_contrast_than_the_dark_one() {
    let dark = Palette::of(Theme::Dark);
    let contrast = Palette::of(Theme::Contrast);
    assert!(contrast.muted.contrast(contrast.background) > dark.muted.contrast(dark.background));
    assert!(contrast.text.contrast(contrast.background) >= 19.0);
}
