//! Colouring the map by one criterion's levels (fills, legend, the
//! sentence for screen readers, saved views and the web page's colourings),
//! the next round copied from the last, and the log's time stamps.

use sectormap_core::model::assess::{Lineage, check_assessment, utc_minute};
use sectormap_core::model::{ColorBy, SavedView};
use sectormap_core::scene::{self, Element, Item, Layout, Scene, View};

use crate::common::{example, placed_example};

/// The example coloured by criterion `id` of the 2008 round.
fn by_criterion(id: &str) -> Scene {
    let doc = placed_example();
    let view = View {
        color_by: ColorBy::Criterion,
        criterion: Some(id.to_owned()),
        year: Some(2008),
        ..View::default()
    };
    scene::build(&doc, &Layout::of(&doc), &view)
}

/// The fill of node `id`'s shape, as `#rrggbb`.
fn fill(scene: &Scene, id: &str) -> String {
    let group = scene.groups.iter().find(|g| g.element == Element::Node(id.into())).expect("the node");
    match scene.items_of(group).first() {
        Some(Item::Rect { fill: Some(fill), .. }) => fill.to_hex(),
        other => panic!("{id} is drawn as {other:?}"),
    }
}

/// The texts of the legend.
fn legend(scene: &Scene) -> Vec<String> {
    let group = scene.groups.iter().find(|g| g.element == Element::Legend).expect("a legend");
    let texts = scene.items_of(group).iter().filter_map(|item| match item {
        Item::Text { text, .. } => Some(text.to_string()),
        _ => None,
    });
    texts.collect()
}

#[test]
fn departments_are_filled_by_their_level_grey_where_not_marked_or_not_put() {
    let scene = by_criterion("define");
    // Three levels on the score scale: None red, Partial pale yellow, Full blue.
    assert_eq!(fill(&scene, "dept-home-office"), "#313695");
    assert_eq!(fill(&scene, "dept-health"), "#ffffbf");
    assert_eq!(fill(&scene, "dept-dft"), "#a50026");
    assert_eq!(fill(&scene, "dept-cps"), "#c4c4c4", "not marked");
    let train = by_criterion("train");
    assert_eq!(fill(&train, "dept-dft"), "#ebebeb", "marked not applicable");
    let texts = legend(&scene);
    for text in
        ["Defines violence against women (2008)", "None", "Partial", "Full", "not applicable", "not marked"]
    {
        assert!(texts.iter().any(|t| t == text), "{text:?} not in {texts:?}");
    }
    assert!(
        scene
            .description
            .contains("departments coloured by their level on “Defines violence against women” in 2008")
    );
    // A criterion the round has not: every department not marked, and the legend says so.
    let none = by_criterion("no-such-criterion");
    assert_eq!(fill(&none, "dept-home-office"), "#c4c4c4");
    assert!(legend(&none).iter().any(|t| t == "No criterion chosen"));
}

#[test]
fn a_view_coloured_by_a_criterion_survives_the_file_and_shows_in_exports() {
    let mut doc = example();
    let view = SavedView {
        name: "Definitions".to_owned(),
        color_by: ColorBy::Criterion,
        year: Some(2008),
        criterion: Some("define".to_owned()),
        ..SavedView::default()
    };
    doc.views.insert(0, view.clone());
    let text = sectormap_core::io::to_json(&doc).unwrap();
    assert!(text.contains("\"color_by\": \"criterion\"") && text.contains("\"criterion\": \"define\""));
    let back = sectormap_core::io::load_str(&text, "views.json").unwrap();
    assert_eq!(back.views[0], view);
    // A view without a criterion, as older files have, reads as before.
    assert!(back.views.iter().skip(1).all(|v| v.criterion.is_none()));
    let mut placed = placed_example();
    placed.views.insert(0, view.clone());
    let scene =
        scene::build(&placed, &Layout::of(&placed), &View::from_saved(&placed, &view, Default::default()));
    assert_eq!(fill(&scene, "dept-home-office"), "#313695", "the saved view draws the criterion");
}

#[test]
fn a_round_copied_from_the_last_follows_each_of_its_criteria() {
    let mut doc = example();
    let last = doc.assessment.rounds.get(&2008).cloned().unwrap();
    let next = last.follow_on();
    assert!(!next.illustrative && next.source == last.source);
    for (new, old) in next.criteria.iter().zip(&last.criteria) {
        assert_eq!(new.lineage, Lineage::Follows(old.id.clone()));
        assert_eq!((&new.id, &new.levels), (&old.id, &old.levels));
    }
    doc.assessment.rounds.insert(2009, next);
    assert_eq!(check_assessment(&doc), Vec::new(), "the lineage names last round's criteria");
}

#[test]
fn a_change_is_stamped_in_utc_to_the_minute() {
    assert_eq!(utc_minute(0), "1970-01-01T00:00");
    assert_eq!(utc_minute(1_222_858_799), "2008-10-01T10:59");
    assert_eq!(utc_minute(i64::MAX), "1970-01-01T00:00", "a time out of range says so plainly");
}
