//! The assessment beyond marking: the department's reply accepted or
//! rejected beside the mark, the map coloured by one criterion's levels,
//! and Backspace and Delete in every new field never reaching the map.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use sectormap_app::SectormapApp;
use sectormap_core::editor::Selection;
use sectormap_core::model::ColorBy;
use sectormap_core::model::assess::{Mark, Verdict};
use sectormap_core::scene::{Element, Item};

use crate::common::click;
use crate::editor_assess::{answer, assessing, press, shown};
use crate::editor_fields::keys_stay_in_every_field;

/// The verdict on the Department for Transport's reply on planning, and its mark.
fn plan(harness: &Harness<'_, SectormapApp>) -> (Option<Verdict>, Option<Mark>) {
    let answer = answer(harness, 2008, "dept-dft", "plan").unwrap();
    (answer.reply.and_then(|r| r.verdict), answer.mark)
}

#[test]
fn a_reply_is_accepted_or_rejected_beside_the_mark_and_never_changes_it() {
    let mut harness = assessing();
    assert!(harness.query_by_label("replied · 1 to decide").is_some(), "the department has replied");
    assert_eq!(shown(&harness, "Department for Transport, Plans for it"), "None; reply to decide");
    press(&mut harness, "Department for Transport, Plans for it");
    assert!(harness.query_by_label("The coalition’s mark").is_some());
    assert!(harness.query_by_label("Disagrees").is_some());
    assert!(harness.query_by_label_contains("Our safe travel programme").is_some());
    press(&mut harness, "Accept");
    assert_eq!(plan(&harness), (Some(Verdict::Accepted), Some(Mark::Level(0))), "accepting leaves the mark");
    press(&mut harness, "Mark as Partial");
    assert_eq!(
        plan(&harness),
        (Some(Verdict::Accepted), Some(Mark::Level(1))),
        "the mark changes as its own step"
    );
    click(&mut harness, "Edit");
    click(&mut harness, "Undo Answer of Department for Transport to “Plans for it”");
    assert_eq!(plan(&harness), (Some(Verdict::Accepted), Some(Mark::Level(0))));
    press(&mut harness, "Decide again");
    assert_eq!(plan(&harness), (None, Some(Mark::Level(0))));
    press(&mut harness, "Reject");
    assert_eq!(plan(&harness), (Some(Verdict::Rejected), Some(Mark::Level(0))));
    assert!(harness.query_by_label("Rejected: the mark stands.").is_some());
    // In the grid, and in the inspector: opening its answer selected the department.
    assert!(harness.query_all_by_label("replied").next().is_some(), "replied, nothing left to decide");
    assert!(harness.query_by_label("replied · 1 to decide").is_none());
    let log: Vec<String> =
        answer(&harness, 2008, "dept-dft", "plan").unwrap().log.into_iter().map(|c| c.what).collect();
    assert_eq!(log, ["reply accepted", "reply to decide again", "reply rejected"]);
    assert_eq!(shown(&harness, "Department for Transport, Plans for it"), "None", "nothing left to decide");
}

/// The fill of node `id`'s shape in the scene on screen, as `#rrggbb`.
fn fill(harness: &mut Harness<'_, SectormapApp>, id: &str) -> String {
    let scene = harness.state_mut().scene_now();
    let group = scene.groups.iter().find(|g| g.element == Element::Node(id.into())).expect("the node");
    match scene.items_of(group).first() {
        Some(Item::Rect { fill: Some(fill), .. } | Item::Ellipse { fill: Some(fill), .. }) => fill.to_hex(),
        other => panic!("{id} is drawn as {other:?}"),
    }
}

/// Every text of the scene's legend.
fn legend(harness: &mut Harness<'_, SectormapApp>) -> Vec<String> {
    let scene = harness.state_mut().scene_now();
    let group = scene.groups.iter().find(|g| g.element == Element::Legend).expect("a legend");
    let texts = scene.items_of(group).iter().filter_map(|item| match item {
        Item::Text { text, .. } => Some(text.to_string()),
        _ => None,
    });
    texts.collect()
}

#[test]
fn the_map_is_coloured_by_one_criterions_levels() {
    let mut harness = assessing();
    press(&mut harness, "Home Office, Trains its staff");
    press(&mut harness, "Colour the map by this criterion");
    let view = &harness.state().work.view;
    assert_eq!(
        (view.color_by, view.criterion.as_deref(), view.year),
        (ColorBy::Criterion, Some("train"), Some(2008))
    );
    // Partial is the middle of three levels; Transport is marked not applicable.
    assert_eq!(fill(&mut harness, "dept-home-office"), "#ffffbf");
    assert_eq!(fill(&mut harness, "dept-health"), "#ffffbf");
    assert_eq!(fill(&mut harness, "dept-dft"), "#ebebeb");
    assert_eq!(fill(&mut harness, "dept-cps"), "#c4c4c4", "not marked");
    let legend = legend(&mut harness);
    for text in ["Trains its staff (2008)", "None", "Partial", "Full", "not applicable", "not marked"] {
        assert!(legend.iter().any(|t| t == text), "{text:?} not in the legend {legend:?}");
    }
    press(&mut harness, "Home Office, Defines violence against women");
    press(&mut harness, "Colour the map by this criterion");
    assert_eq!(fill(&mut harness, "dept-home-office"), "#313695", "Full: the top of the scale");
    assert_eq!(fill(&mut harness, "dept-dft"), "#a50026", "None: the bottom");
    assert_eq!(fill(&mut harness, "issue-domestic-violence"), "#ffffff", "other kinds white, as by score");
    // Second marking stops it: the colours would show first marks.
    press(&mut harness, "Second marking (blind)");
    assert_eq!(harness.state().work.view.color_by, ColorBy::Kind);
}

#[test]
fn backspace_and_delete_in_every_assessment_field_never_delete_the_selected_node() {
    let mut harness = assessing();
    harness.state_mut().work.selection = Selection::node("dept-home-office");
    harness.run();
    press(&mut harness, "Home Office, Plans for it");
    press(&mut harness, "Add evidence");
    let tried = keys_stay_in_every_field(&mut harness);
    let has = |tried: &[String], part: &str| tried.iter().any(|name| name.contains(part));
    for part in [
        "Your name",
        "Evidence 1: Title",
        "Evidence 1: Link or file",
        "Evidence 1: Page",
        "Evidence 1: Quote",
        "Evidence 1: Document date",
        "Evidence 1: Accessed",
        "Evidence 2: Title",
        "Private notes",
    ] {
        assert!(has(&tried, part), "no field {part:?} among {tried:#?}");
    }
    // A new round's year, and last round's reason in a round that follows one.
    press(&mut harness, "New round…");
    press(&mut harness, "Make the round");
    // Keys typed in the inspector's Label field have renamed Home Office.
    let name = harness.state().session().doc().node("dept-home-office").unwrap().label.clone();
    press(&mut harness, &format!("{name}, Plans for it"));
    press(&mut harness, "Second marking (blind)");
    press(&mut harness, "Mark as Full");
    let tried = keys_stay_in_every_field(&mut harness);
    assert!(has(&tried, "Notes of the second assessor"), "{tried:#?}");
    press(&mut harness, "Second marking (blind)");
    press(&mut harness, "New round…");
    let tried = keys_stay_in_every_field(&mut harness);
    for part in ["Why the mark changed since last round", "Year of the new round"] {
        assert!(has(&tried, part), "no field {part:?} among {tried:#?}");
    }
    assert!(harness.state().session().doc().node("dept-home-office").is_some());
    assert_eq!(harness.state().work.selection.single_node(), Some("dept-home-office"));
}

#[test]
fn delete_after_choosing_a_mark_does_not_delete_the_selected_department() {
    let mut harness = assessing();
    harness.state_mut().work.selection = Selection::node("dept-home-office");
    harness.run();
    press(&mut harness, "Home Office, Plans for it");
    press(&mut harness, "Mark as Partial");
    for key in [egui::Key::Delete, egui::Key::Backspace] {
        harness.key_press(key);
        harness.run();
    }
    assert!(harness.state().session().doc().node("dept-home-office").is_some());
}

#[test]
fn the_report_card_marks_computed_scores_and_labels_the_illustrative_round() {
    let mut harness = assessing();
    click(&mut harness, "View");
    click(&mut harness, "Report card panel");
    assert!(harness.query_by_label("Sort by 2008 (illustrative)").is_some(), "the round is labelled");
    // Computed from the 2008 marks: a value, not a field, marked as computed.
    let cell = harness.get_by_label("Home Office score 2008");
    assert_eq!((cell.accesskit_node().role(), cell.value().as_deref()), (Role::Cell, Some("5.71")));
    assert!(harness.query_all_by_label("computed").count() >= 3, "Home Office, Health, Transport");
    // A published figure stays a field to type in.
    let headline = harness.get_by_label("Department for Education and Skills score 2006");
    assert_eq!(headline.accesskit_node().role(), Role::TextInput);
    assert!(harness.query_by_label_contains("the other scores are headline figures").is_some());
}

#[test]
fn a_long_department_name_wraps_in_the_answer_pane_and_is_never_cut_off() {
    let mut harness = assessing();
    let name = "Department for Communities and Local Government";
    press(&mut harness, &format!("{name}, Defines violence against women"));
    press(&mut harness, "Add evidence");
    // The pane's heading: the name the furthest right (the grid's row and the
    // canvas name it too).
    let heading = harness
        .query_all_by_label(name)
        .map(|node| node.rect())
        .max_by(|a, b| a.min.x.total_cmp(&b.min.x))
        .expect("the answer pane's heading");
    let width = harness.ctx.content_rect().width();
    assert!(heading.max.x <= width, "the heading {heading:?} is cut off at {width}");
    assert!(heading.height() > 40.0, "the heading wraps onto two lines, not widening the pane: {heading:?}");
}
