//! The desktop editor, driven through its accessible labels with egui_kittest.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use egui::{Key, Modifiers};

use crate::common::{click, editor, retype, wait_for_export};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap_app::{Launch, SectormapApp, Start};
use sectormap_core::io::load_path;
use sectormap_core::model::{LinkKind, NodeKind};

fn node_count(harness: &Harness<'_, SectormapApp>) -> usize {
    harness.state().session().doc().node_count()
}

#[test]
fn add_a_node_from_the_toolbar_and_name_it() {
    let mut harness = editor(Start::Example);
    let before = node_count(&harness);
    click(&mut harness, "Add VAW issue");
    assert_eq!(node_count(&harness), before + 1);
    let doc = &harness.state().session().doc();
    let added = doc.nodes().find(|n| n.id == "issue-1").expect("the new node");
    assert_eq!(added.kind, NodeKind::Issue);
    // The new node is selected and its name field is open.
    harness.get_by_label("Rename node").type_text("Female genital mutilation");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().session().doc().node("issue-1").unwrap().label, "Female genital mutilation");
    assert!(harness.state().session().is_dirty());
    // F2 renames in place; Escape cancels and keeps the selection.
    harness.key_press(Key::F2);
    harness.run();
    harness.get_by_label("Rename node").type_text("QQQ");
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().session().doc().node("issue-1").unwrap().label, "Female genital mutilation");
    assert_eq!(harness.state().work.selection.single_node(), Some("issue-1"));
    assert!(harness.query_by_label("Rename node").is_none());
    // Undo takes the rename back, then the node itself.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().session().doc().node("issue-1").unwrap().label, "New VAW issue");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(node_count(&harness), before);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(node_count(&harness), before + 1);
}

#[test]
fn connect_two_nodes_with_the_connect_tool_and_by_dragging_the_handle() {
    let mut harness = editor(Start::Example);
    let links = harness.state().session().doc().link_count();
    // Connect tool: department first, then issue; the link is turned round
    // to issue -> department, the only way a relevant link can go.
    click(&mut harness, "Connect");
    click(&mut harness, "Department for Transport");
    click(&mut harness, "Forced marriage");
    let doc = &harness.state().session().doc();
    assert_eq!(doc.link_count(), links + 1);
    let (link, from, to) = doc.link("link-1").expect("new link");
    assert_eq!((link.kind, from, to), (LinkKind::Relevant, "issue-forced-marriage", "dept-dft"));
    // Drag the + handle of one department onto an objective: "pursues".
    let source = harness.get_by_label("Ministry of Defence").rect();
    harness.hover_at(source.center());
    harness.run();
    let handle = harness.get_by_label("Connect from Ministry of Defence").rect().center();
    let target = harness.get_by_label("Prevent homelessness").rect().center();
    harness.hover_at(handle);
    harness.run();
    harness.drag_at(handle);
    harness.run();
    harness.hover_at(handle + egui::vec2(30.0, 10.0));
    harness.run();
    harness.hover_at(target);
    harness.run();
    harness.drop_at(target);
    harness.run();
    let doc = &harness.state().session().doc();
    let (link, from, to) = doc.link("link-2").expect("dragged link");
    assert_eq!((link.kind, from, to), (LinkKind::Pursues, "dept-mod", "obj-dclg-homeless"));
    // Undo removes it again.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().session().doc().link("link-2").is_none());
    // Undo put back the selection from before the step: the first new link.
    assert_eq!(harness.state().work.selection.single_link(), Some("link-1"));
    harness.key_press(Key::Escape);
    harness.run();
    // Dropping the handle on empty canvas offers a new node there, linked.
    let source = harness.get_by_label("Department for Transport").rect();
    harness.hover_at(source.center());
    harness.run();
    let handle = harness.get_by_label("Connect from Department for Transport").rect().center();
    let empty = egui::pos2(30.0, 110.0);
    harness.hover_at(handle);
    harness.run();
    harness.drag_at(handle);
    harness.run();
    harness.hover_at(handle + egui::vec2(-40.0, -20.0));
    harness.run();
    harness.hover_at(empty);
    harness.run();
    harness.drop_at(empty);
    harness.run();
    assert!(harness.query_by_label("Add a linked node here:").is_some());
    click(&mut harness, "New objective");
    let doc = &harness.state().session().doc();
    let (link, from, to) = doc.links_of("objective-1").into_iter().next().expect("linked");
    assert_eq!((link.kind, from, to), (LinkKind::Pursues, "dept-dft", "objective-1"));
}

#[test]
fn edit_a_department_score_with_validation_undo_and_redo() {
    let mut harness = editor(Start::Example);
    click(&mut harness, "Department for Education and Skills");
    let score = |h: &Harness<'_, SectormapApp>, year| {
        h.state().session().doc().node("dept-dfes").unwrap().score(year)
    };
    retype(&mut harness, "Score for 2006", "11");
    assert_eq!(score(&harness, 2006), Some(1.0), "an out-of-range score is not used");
    assert!(harness.query_by_label("A score is from 0 to 10.").is_some());
    retype(&mut harness, "Score for 2006", "4.5");
    assert_eq!(score(&harness, 2006), Some(1.0), "a score is stored when the field is left");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(score(&harness, 2006), Some(4.5));
    // A new year.
    harness.get_by_label("New score year").click();
    harness.run();
    harness.get_by_label("New score year").type_text("2007");
    harness.get_by_label("New score value").click();
    harness.run();
    harness.get_by_label("New score value").type_text("3");
    harness.run();
    click(&mut harness, "Add score");
    assert_eq!(score(&harness, 2007), Some(3.0));
    // Undo from the Edit menu, then redo with the keyboard.
    click(&mut harness, "Edit");
    click(&mut harness, "Undo Add score 2007");
    assert_eq!(score(&harness, 2007), None);
    assert_eq!(score(&harness, 2006), Some(4.5));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(score(&harness, 2006), Some(1.0), "typing in one field is one step");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(score(&harness, 2006), Some(4.5));
}

#[test]
fn delete_a_node_with_its_links_and_undo() {
    let mut harness = editor(Start::Example);
    let (nodes, links) = (node_count(&harness), harness.state().session().doc().link_count());
    let touching = harness.state().session().doc().links_of("dept-dft").len();
    click(&mut harness, "Department for Transport");
    harness.key_press(Key::Delete);
    harness.run();
    let doc = &harness.state().session().doc();
    assert!(doc.node("dept-dft").is_none());
    assert_eq!((doc.node_count(), doc.link_count()), (nodes - 1, links - touching));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let doc = &harness.state().session().doc();
    assert_eq!((doc.node_count(), doc.link_count()), (nodes, links));
    assert!(!harness.state().session().is_dirty(), "undoing to the opened state is clean");
}

#[test]
fn search_finds_and_selects_a_node() {
    let mut harness = editor(Start::Example);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.get_by_label("Search nodes").type_text("homeless");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().work.selection.single_node(), Some("obj-dclg-homeless"));
}

#[test]
fn save_as_to_a_folder_and_reload_equal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("saved.json");
    let mut harness = editor(Start::Example);
    click(&mut harness, "File");
    click(&mut harness, "Save as…");
    retype(&mut harness, "File path", path.to_str().unwrap());
    click(&mut harness, "Save");
    assert!(path.exists(), "{}", harness.state().status.current().map(|s| s.0).unwrap_or_default());
    let state = harness.state();
    assert!(!state.session().is_dirty());
    assert_eq!(state.session().path(), Some(path.as_path()));
    assert!(state.title().ends_with("saved.json"), "{}", state.title());
    let reloaded = load_path(&path).unwrap();
    assert!(reloaded == *state.session().doc(), "the saved file differs from the map in the editor");
    // Every node has the position it had on screen.
    assert!(reloaded.nodes().all(|n| n.position.is_some()));
}

#[test]
fn new_asks_about_unsaved_changes() {
    let mut harness = editor(Start::Example);
    click(&mut harness, "Department of Health");
    harness.key_press(Key::Delete);
    harness.run();
    assert!(harness.state().session().is_dirty());
    assert!(harness.state().title().ends_with('*'), "{}", harness.state().title());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert!(harness.query_by_label("Unsaved changes").is_some());
    click(&mut harness, "Cancel");
    assert!(harness.query_by_label("Unsaved changes").is_none());
    assert_eq!(node_count(&harness), 33, "Cancel keeps the map");
    click(&mut harness, "File");
    click(&mut harness, "New");
    click(&mut harness, "Discard");
    assert_eq!(node_count(&harness), 0);
    assert!(!harness.state().session().is_dirty());
}

#[test]
fn a_bad_file_opens_nothing_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\n  \"format\": \"sectormap\",\n  \"version\": 1,\n  \"nodes\": [}\n").unwrap();
    let harness = editor(Start::File(bad));
    assert_eq!(node_count(&harness), 0);
    let message = harness.state().status.current().expect("an error").0.to_owned();
    assert!(message.contains("bad.json:4:"), "{message}");
    assert!(
        harness.query_all_by_label_contains("bad.json:4:").count() >= 1,
        "the error is shown in the window"
    );
}

#[test]
fn every_script_on_the_canvas() {
    // One label per script (Arabic, Hebrew, Devanagari, Bengali, Tamil,
    // Thai, Ethiopic, Chinese, Japanese, Korean...), drawn by the text engine.
    let fixture =
        std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/scripts.json"));
    let Some(mut harness) = drawn(Start::File(fixture), egui::vec2(1400.0, 900.0)) else { return };
    assert_eq!(node_count(&harness), 28);
    harness.snapshot("scripts_map");
}

#[test]
fn the_example_map_on_the_canvas() {
    let Some(mut harness) = drawn(Start::Example, egui::vec2(1200.0, 800.0)) else { return };
    harness.snapshot("example_map");
}

#[test]
fn saving_checks_the_path_and_a_failed_save_keeps_the_map_dirty() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = editor(Start::Example);
    click(&mut harness, "Home Office");
    harness.key_press(Key::Delete);
    harness.run();
    // A folder that does not exist is refused in the dialog.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let missing = dir.path().join("missing-folder").join("map.json");
    retype(&mut harness, "File path", missing.to_str().unwrap());
    click(&mut harness, "Save");
    assert!(harness.query_by_label_contains("does not exist").is_some());
    // A folder is not a file name.
    retype(&mut harness, "File path", dir.path().to_str().unwrap());
    click(&mut harness, "Save");
    assert!(harness.query_by_label_contains("is a folder").is_some());
    // An existing file is replaced only when the user says so.
    let existing = dir.path().join("old.json");
    std::fs::write(&existing, "old").unwrap();
    retype(&mut harness, "File path", existing.to_str().unwrap());
    click(&mut harness, "Save");
    assert!(harness.query_by_label_contains("already exists").is_some());
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "old");
    // A write the system refuses: the map stays dirty and the error shows.
    retype(&mut harness, "File path", "/proc/sectormap-cannot-write-here.json");
    click(&mut harness, "Save");
    assert!(harness.state().session().is_dirty(), "a failed save leaves the map dirty");
    assert!(harness.state().session().path().is_none());
    assert!(harness.query_by_label("The map was not saved").is_some());
    let status = harness.state().status.current().unwrap();
    assert!(status.1 && status.0.contains("not saved"), "{status:?}");
    assert!(!status.0.contains("os error"), "{status:?}");
    click(&mut harness, "OK");
    // Now replace the existing file for real.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    retype(&mut harness, "File path", existing.to_str().unwrap());
    click(&mut harness, "Save");
    click(&mut harness, "Replace");
    assert!(!harness.state().session().is_dirty());
    assert_eq!(std::fs::read_to_string(dir.path().join("old.json.bak")).unwrap(), "old");
}

#[test]
fn export_from_the_editor_writes_the_picture() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("briefing.png");
    let mut harness = editor(Start::Example);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    assert!(harness.query_by_label("Export picture").is_some());
    click(&mut harness, "Export…");
    retype(&mut harness, "File path", path.to_str().unwrap());
    click(&mut harness, "Export");
    wait_for_export(&mut harness);
    let image = image::open(&path).expect("the exported PNG");
    assert_eq!(image.width(), 2400, "the default export width");
}

/// The editor on `start` in a window of `size`, drawn with wgpu for image
/// snapshots, its first frames run; `None` (after saying so, or failing
/// under CI) where there is no Vulkan driver. The snapshots were made with
/// Mesa's software Vulkan driver (lavapipe); without a Vulkan driver wgpu
/// would fall back to OpenGL and compare pictures drawn another way.
fn drawn(start: Start, size: egui::Vec2) -> Option<Harness<'static, SectormapApp>> {
    if !has_vulkan() {
        crate::tools::missing(
            "A Vulkan driver",
            "apt-get install mesa-vulkan-drivers libvulkan1 for Mesa's software driver, lavapipe",
        );
        return None;
    }
    let mut harness = Harness::builder()
        .with_size(size)
        .wgpu()
        .build_eframe(move |cc| SectormapApp::new(cc, Launch::headless(start)));
    harness.run();
    Some(harness)
}

/// Whether wgpu finds a Vulkan adapter (Metal or DirectX 12 on other
/// systems), as the snapshot renderer prefers.
pub(crate) fn has_vulkan() -> bool {
    use eframe::wgpu;
    let native = wgpu::Backends::VULKAN | wgpu::Backends::METAL | wgpu::Backends::DX12;
    let instance = wgpu::Instance::new(wgpu::InstanceDescriptor::new_without_display_handle());
    !block_on(instance.enumerate_adapters(native)).is_empty()
}

/// The value of a future that is ready at once or soon (wgpu's native
/// adapter list), polled on this thread.
fn block_on<F: std::future::Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(value) = future.as_mut().poll(&mut cx) {
            return value;
        }
        std::thread::yield_now();
    }
}
