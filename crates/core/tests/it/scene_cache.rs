//! A large map's scene is built on another thread: after an edit the
//! canvas keeps the last scene for the frames the new one takes, then
//! shows exactly what building it here would have shown.

use std::time::{Duration, Instant};

use sectormap_core::edit::Edit;
use sectormap_core::editor::{Session, ViewOptions, Workspace};
use sectormap_core::scene::{Element, Item, Scene, Theme};

fn example() -> Workspace {
    let doc = sectormap_core::io::load_str(sectormap_core::io::EXAMPLE_MAP, "uk-evaw.json").unwrap();
    Workspace::new(Session::new(doc, None), &ViewOptions::default())
}

/// The texts drawn for node `id`.
fn texts(scene: &Scene, id: &str) -> Vec<String> {
    let group = scene.groups.iter().find(|g| g.element == Element::Node(id.into())).unwrap();
    scene
        .items_of(group)
        .iter()
        .filter_map(|item| match item {
            Item::Text { text, .. } => Some(text.to_string()),
            _ => None,
        })
        .collect()
}

fn renamed(work: &mut Workspace, id: &str, label: &str) {
    let mut node = work.session.doc().node(id).unwrap().clone();
    node.label = label.into();
    work.edit(Edit::SetNode(node), "Rename", None, None).unwrap();
}

/// Asks for the scene until it is no longer being built elsewhere.
fn settled(work: &mut Workspace) -> std::sync::Arc<Scene> {
    let start = Instant::now();
    loop {
        let scene = work.scene(Theme::Light, None);
        if !work.is_building_scene() {
            return scene;
        }
        assert!(start.elapsed() < Duration::from_secs(30), "the scene was never built");
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn a_large_maps_edit_shows_once_its_scene_is_built_elsewhere() {
    let mut work = example();
    // As if the example were a large map.
    work.build_scenes_in_background_from(1);
    let id = work.session.doc().nodes().next().unwrap().id.clone();
    let before = work.scene(Theme::Light, None);
    assert!(!work.is_building_scene(), "the first scene is built at once: there is none to show meanwhile");
    renamed(&mut work, &id, "Renamed while large");
    let meanwhile = work.scene(Theme::Light, None);
    assert!(work.is_building_scene());
    assert!(std::sync::Arc::ptr_eq(&before, &meanwhile), "the last scene stays on screen meanwhile");
    let after = settled(&mut work);
    assert!(texts(&after, &id).iter().any(|t| t.contains("Renamed")), "{:?}", texts(&after, &id));

    // Exactly what building it here gives.
    let mut here = example();
    renamed(&mut here, &id, "Renamed while large");
    assert_eq!(*here.scene(Theme::Light, None), *after);
}

#[test]
fn of_several_quick_edits_the_last_is_what_stays() {
    let mut work = example();
    work.build_scenes_in_background_from(1);
    let id = work.session.doc().nodes().next().unwrap().id.clone();
    work.scene(Theme::Light, None);
    for n in 0..5 {
        renamed(&mut work, &id, &format!("Label {n}"));
        work.scene(Theme::Light, None);
    }
    let last = settled(&mut work);
    assert!(texts(&last, &id).iter().any(|t| t.contains("Label 4")), "{:?}", texts(&last, &id));
    // And it stays: no late scene of an earlier edit replaces it.
    std::thread::sleep(Duration::from_millis(50));
    assert!(std::sync::Arc::ptr_eq(&last, &work.scene(Theme::Light, None)));
}
