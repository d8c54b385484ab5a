//! The inspector's Asks section: a department's asks reworded, made more
//! or less urgent, moved, dropped and added to, each change one undo step,
//! shown in its brief and kept in the saved file.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sectormap_app::{SectormapApp, Start};
use sectormap_core::analysis::{Ask, asks_for};
use sectormap_core::brief::{Brief, to_html};
use sectormap_core::i18n::Language;
use sectormap_core::io::load_path;
use sectormap_core::model::{AskNote, Urgency};

use crate::common::{editor, retype};

const DFT: &str = "dept-dft";

/// Scrolls the control named `label` into view, clicks it and lets the frame run.
fn click(harness: &mut Harness<'_, SectormapApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// Clears the field named `label`, in view, and types `text` into it.
fn write(harness: &mut Harness<'static, SectormapApp>, label: &str, text: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    retype(harness, label, text);
}

/// Transport's asks as the inspector lists them: most urgent first.
fn listed(harness: &Harness<'_, SectormapApp>) -> Vec<Ask> {
    let mut asks = asks_for(harness.state().session().doc(), DFT, Language::En, None);
    asks.sort_by_key(|a| a.urgency);
    asks
}

/// The ask under `key`, and its number in the list (from 1).
fn find(harness: &Harness<'_, SectormapApp>, key: &str) -> (usize, Ask) {
    let asks = listed(harness);
    let at = asks.iter().position(|a| a.key == key).expect("the ask");
    (at + 1, asks[at].clone())
}

/// The first ask of people's own, if there is one.
fn find_own(harness: &Harness<'_, SectormapApp>) -> Option<Ask> {
    listed(harness).into_iter().find(|a| a.own)
}

/// What the file keeps of Transport's asks.
fn notes(harness: &Harness<'_, SectormapApp>) -> Option<Vec<AskNote>> {
    harness.state().session().doc().asks.get(DFT).cloned()
}

/// Transport's brief as a web page.
fn brief(harness: &Harness<'_, SectormapApp>) -> String {
    let doc = harness.state().session().doc();
    to_html(doc, &Brief::of(doc, DFT, "", Language::En).unwrap(), Language::En)
}

#[test]
fn asks_are_made_urgent_reworded_moved_dropped_and_added_each_one_undo_step_and_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("asks.json");
    let mut harness = editor(Start::Example);
    harness.get_by_role_and_label(Role::Button, "Department for Transport").click();
    harness.run();
    assert_eq!(harness.state().work.selection.single_node(), Some(DFT));
    let first = listed(&harness);
    assert!(first.len() >= 3, "{first:#?}");
    let mut states = vec![notes(&harness)];

    // Urgency: the first ask becomes one to consider, and goes down the list.
    let urgent = first[0].key.clone();
    assert_ne!(first[0].urgency, Urgency::ToConsider);
    click(&mut harness, "Urgency of ask 1");
    harness.get_all_by_label("To consider").last().unwrap().click();
    harness.run();
    assert_eq!(find(&harness, &urgent).1.urgency, Urgency::ToConsider);
    let note = notes(&harness).unwrap().into_iter().find(|n| n.key == urgent).unwrap();
    assert_eq!(note.urgency, Some(Urgency::ToConsider));
    states.push(notes(&harness));

    // Wording: stored once the field is left.
    let reworded = listed(&harness)[0].key.clone();
    let words = "Make every bus and train station safe for women at night.";
    write(&mut harness, "Ask 1", words);
    assert_ne!(find(&harness, &reworded).1.text, words, "nothing is stored while typing");
    harness.key_press(Key::Tab);
    harness.run();
    let (_, ask) = find(&harness, &reworded);
    assert_eq!(ask.text, words);
    assert!(ask.edited);
    states.push(notes(&harness));

    // Order: an ask moves up among asks as urgent.
    let asks = listed(&harness);
    let at = (1..asks.len()).find(|&i| asks[i].urgency == asks[i - 1].urgency).expect("two asks as urgent");
    let moved = asks[at].key.clone();
    click(&mut harness, &format!("Move ask {} up", at + 1));
    assert_eq!(find(&harness, &moved).0, at);
    assert_eq!(listed(&harness)[at].key, asks[at - 1].key);
    states.push(notes(&harness));

    // Dropping: greyed in the list, out of the brief.
    let (n, dropped) = listed(&harness)
        .into_iter()
        .enumerate()
        .find(|(_, a)| ![&urgent, &reworded, &moved].contains(&&a.key))
        .map(|(i, a)| (i + 1, a))
        .expect("another ask");
    assert!(brief(&harness).contains(&dropped.text), "{:?} is not in the brief to begin with", dropped.text);
    click(&mut harness, &format!("Drop ask {n}"));
    assert!(find(&harness, &dropped.key).1.dropped);
    assert!(harness.query_by_label(&format!("Restore ask {n}")).is_some());
    states.push(notes(&harness));

    // An ask of one's own.
    let own = "Fund a helpline poster at every station.";
    write(&mut harness, "New ask", own);
    harness.key_press(Key::Tab);
    harness.run();
    assert!(find_own(&harness).is_none(), "nothing is added before Add");
    click(&mut harness, "Add an ask");
    let (_, added) = find(&harness, "own:1");
    assert!(added.own && added.text == own, "{added:#?}");
    assert!(harness.query_by_label("New ask").is_some_and(|f| f.value().unwrap_or_default().is_empty()));
    states.push(notes(&harness));

    // The brief says the new words and the own ask, not the dropped one.
    let page = brief(&harness);
    assert!(page.contains(words) && page.contains(own));
    assert!(!page.contains(&dropped.text), "the dropped ask {:?} is in the brief", dropped.text);

    // Saved and opened again, the file keeps them.
    click(&mut harness, "File");
    click(&mut harness, "Save as…");
    retype(&mut harness, "File path", path.to_str().unwrap());
    click(&mut harness, "Save");
    assert_eq!(load_path(&path).unwrap().asks.get(DFT).cloned(), notes(&harness));

    // One Ctrl+Z per change takes each back.
    while states.len() > 1 {
        states.pop();
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run();
        assert_eq!(&notes(&harness), states.last().unwrap(), "undo after {} changes", states.len());
    }
    assert_eq!(listed(&harness), first);
    // The section shows the asks as they are again.
    harness.run();
    assert_eq!(harness.get_by_label("Ask 1").value().as_deref(), Some(first[0].text.as_str()));
    assert!(harness.query_by_label_contains("Restore ask").is_none());
}

/// Asks are map text: with a Spanish interface, an English map's asks are
/// listed in English, as its briefs word them, so a reworded one is stored
/// in the brief's language rather than the interface's.
#[test]
fn a_spanish_interface_lists_an_english_maps_asks_in_english() {
    let mut launch = sectormap_app::Launch::headless(Start::Example);
    launch.language = Some(Language::Es);
    let mut harness = crate::common::launch(launch);
    harness.get_by_role_and_label(Role::Button, "Department for Transport").click();
    harness.run();
    let english = asks_for(harness.state().session().doc(), DFT, Language::En, None);
    let spanish = asks_for(harness.state().session().doc(), DFT, Language::Es, None);
    assert_ne!(english[0].text, spanish[0].text, "the asks are worded differently in Spanish");
    harness.get_by_label("Petición 1").scroll_to_me();
    harness.run();
    let shown = harness.get_by_label("Petición 1").value().unwrap_or_default();
    assert!(english.iter().any(|a| a.text == shown), "listed in English: {shown:?}");
}
