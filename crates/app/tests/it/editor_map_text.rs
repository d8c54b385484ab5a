//! Map text in the panels reads in its own order: a two-word Arabic label
//! in the gaps, report card, views, search results, filters and import
//! preview is drawn by the map's text engine (as the canvas and exports
//! draw it), never laid out by egui, which would reverse its words.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use std::path::{Path, PathBuf};

use crate::common::{click, editor, retype};
use egui::{Key, Modifiers, Shape};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use sectormap_app::app::settings::SideTab;
use sectormap_app::map_text::TEXTURE_PREFIX;
use sectormap_app::{SectormapApp, Start};
use sectormap_core::model::{Document, Focus, Node, NodeKind, Others, Point, SavedView, Score};

/// "Ministry of Health": its first word is drawn rightmost.
const ARABIC: &str = "وزارة الصحة";
/// "Public health", the department's sector.
const SECTOR: &str = "الصحة العامة";

/// A map whose one department has an Arabic name, a score, no link to VAW
/// (a gap naming it), and a saved view named after it.
fn arabic_map(dir: &Path, id: &str) -> PathBuf {
    let mut doc = Document::new();
    doc.meta.title = "Health".to_owned();
    let mut dept = Node::new(id, NodeKind::Department, ARABIC);
    dept.department.sector = SECTOR.to_owned();
    dept.department.scores.insert(2007, Score { value: 3.0, note: String::new() });
    dept.position = Some(Point { x: 0.0, y: 0.0 });
    doc.add_node(dept).unwrap();
    let mut issue = Node::new("issue-dv", NodeKind::Issue, "Domestic violence");
    issue.position = Some(Point { x: 300.0, y: 0.0 });
    doc.add_node(issue).unwrap();
    doc.views.push(SavedView {
        name: ARABIC.to_owned(),
        focus: Some(Focus { node: id.to_owned(), depth: 1, others: Others::Dim }),
        ..SavedView::default()
    });
    let path = dir.join(format!("{id}.json"));
    sectormap_core::io::save_path(&doc, &path).unwrap();
    path
}

/// What the last frame drew: every text egui laid out itself, and every
/// line the text engine drew (by its texture's name) with where.
fn drawn(harness: &Harness<'_, SectormapApp>) -> (Vec<String>, Vec<(String, egui::Rect)>) {
    let textures = harness.ctx.tex_manager();
    let textures = textures.read();
    let (mut galleys, mut lines) = (Vec::new(), Vec::new());
    let mut stack: Vec<&Shape> = harness.output().shapes.iter().map(|s| &s.shape).collect();
    while let Some(shape) = stack.pop() {
        match shape {
            Shape::Vec(shapes) => stack.extend(shapes),
            Shape::Text(text) => galleys.push(text.galley.text().to_owned()),
            Shape::Mesh(mesh) => {
                let name = textures.meta(mesh.texture_id).map(|m| m.name.clone()).unwrap_or_default();
                if let Some(line) = name.strip_prefix(TEXTURE_PREFIX) {
                    lines.push((line.to_owned(), mesh.calc_bounds()));
                }
            }
            _ => {}
        }
    }
    (galleys, lines)
}

/// The panel shows `text` (two Arabic words) in reading order: egui lays
/// out no text holding it, and inside a widget a screen reader finds by
/// that text, the text engine's lines spell it out.
fn reads_in_order(harness: &Harness<'_, SectormapApp>, panel: &str, text: &str) {
    let (galleys, lines) = drawn(harness);
    let reversed: Vec<&String> = galleys.iter().filter(|g| g.contains(text)).collect();
    assert!(reversed.is_empty(), "{panel}: egui lays out {reversed:?} itself, its words reversed");
    let named = harness.query_all(By::new().label_contains(text).include_labels());
    let shown = named.into_iter().any(|node| {
        let inside: Vec<&str> = lines
            .iter()
            .filter(|(_, at)| node.rect().expand(1.0).contains_rect(*at))
            .map(|(line, _)| line.trim_start_matches(['\u{200E}', '\u{200F}']))
            .collect();
        inside.join(" ").contains(text)
    });
    assert!(shown, "{panel}: the text engine draws the label; it drew {lines:?}");
    for (line, _) in lines.iter().filter(|(line, _)| line.contains(text)) {
        assert!(first_word_on_the_right(line, text), "{panel}: {line:?} is drawn with its words reversed");
    }
}

/// Whether, in `line` as the text engine sets it, the first word of
/// `words` (two right-to-left words) is drawn right of the second.
fn first_word_on_the_right(line: &str, words: &str) -> bool {
    let start = line.find(words).unwrap();
    let space = start + words.find(' ').unwrap();
    let end = start + words.len();
    let shaped = sectormap_core::text::shape(line, sectormap_core::text::Weight::Regular);
    let xs = |range: std::ops::Range<usize>| {
        let of = shaped.glyphs.iter().filter(|g| range.contains(&(g.cluster as usize))).map(|g| g.x);
        of.fold((f32::MAX, f32::MIN), |(lo, hi), x| (lo.min(x), hi.max(x)))
    };
    let (first, second) = (xs(start..space), xs(space + 1..end));
    second.1 < first.0
}

fn side_tab(harness: &mut Harness<'_, SectormapApp>, tab: SideTab) {
    let settings = &mut harness.state_mut().settings;
    settings.show_filters = true;
    settings.side_tab = tab;
    harness.run();
}

#[test]
fn the_engine_sets_the_first_word_of_an_arabic_label_on_the_right() {
    assert!(first_word_on_the_right(ARABIC, ARABIC));
    assert!(first_word_on_the_right(&format!("\u{200E}1. {ARABIC}, then"), ARABIC), "in a sentence too");
    // Left to right, as egui sets every text, the first word is on the left.
    assert!(!first_word_on_the_right("Ministry Health", "Ministry Health"), "the check tells them apart");
}

#[test]
fn gaps_report_card_views_filters_and_search_show_an_arabic_label_in_reading_order() {
    let dir = tempfile::tempdir().unwrap();
    let map = arabic_map(dir.path(), "dept-arabic");
    let mut harness = editor(Start::File(map));
    side_tab(&mut harness, SideTab::Gaps);
    assert!(harness.query_all_by_label_contains(ARABIC).next().is_some(), "a gap names the department");
    reads_in_order(&harness, "gaps", ARABIC);
    // The sentence is the interface's: left to right, though it starts
    // with the Arabic name (else its full stop would end up on the left).
    let (_, lines) = drawn(&harness);
    let sentence = lines.iter().find(|(line, _)| line.contains(ARABIC)).unwrap();
    assert!(
        !sectormap_core::text::shape(&sentence.0, sectormap_core::text::Weight::Regular).rtl,
        "{sentence:?}"
    );
    side_tab(&mut harness, SideTab::Views);
    reads_in_order(&harness, "views", ARABIC);
    side_tab(&mut harness, SideTab::Filters);
    assert!(harness.query_by_label(SECTOR).is_some(), "the sector's box is named by it");
    reads_in_order(&harness, "filters", SECTOR);
    harness.state_mut().settings.show_filters = false;
    harness.state_mut().settings.show_report = true;
    harness.run();
    reads_in_order(&harness, "report card", ARABIC);
    harness.state_mut().settings.show_report = false;
    harness.run();
    harness.get_by_label("Search nodes").click();
    harness.run();
    harness.get_by_label("Search nodes").type_text("الصحة");
    harness.run();
    reads_in_order(&harness, "search results", ARABIC);
}

#[test]
fn the_import_preview_shows_an_arabic_label_in_reading_order() {
    let dir = tempfile::tempdir().unwrap();
    let other = arabic_map(dir.path(), "dept-imported");
    let mut harness = editor(Start::Example);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::I);
    harness.run();
    retype(&mut harness, "File path", other.to_str().unwrap());
    click(&mut harness, "Import");
    click(&mut harness, "Merge it into this map");
    assert!(
        harness.query_all_by_label_contains(ARABIC).next().is_some(),
        "the preview lists the new department"
    );
    reads_in_order(&harness, "import preview", ARABIC);
}
