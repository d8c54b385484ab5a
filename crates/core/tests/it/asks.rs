//! What each department is asked to do: worded from the map, then
//! arranged by people (reworded, reordered, dropped, their own added),
//! kept in the file and undone in one step.

use sectormap_core::analysis::{asks_for, for_brief};
use sectormap_core::edit::{Edit, History};
use sectormap_core::i18n::Language;
use sectormap_core::io::{load_str, to_json};
use sectormap_core::model::{AskNote, Urgency};

use crate::common::example;

#[test]
fn the_map_words_asks_from_unmade_links_marks_commitments_and_unaddressed_forms() {
    let doc = example();
    let asks = asks_for(&doc, "dept-dft", Language::En, None);
    let keys: Vec<&str> = asks.iter().map(|a| a.key.as_str()).collect();
    let recognise = asks.iter().find(|a| a.key == "link:rel-sexual-harassment-dft-safe").unwrap();
    assert_eq!(recognise.urgency, Urgency::Urgent, "a strong link the department does not make");
    assert!(
        recognise.text.starts_with("Recognise that Sexual harassment bears on your objective of"),
        "{}",
        recognise.text
    );
    assert!(keys.contains(&"criterion:2008:plan"), "{keys:?}");
    let plan = asks.iter().find(|a| a.key == "criterion:2008:plan").unwrap();
    assert!(
        plan.text.starts_with("Plans for it: Commitments scattered"),
        "the next level's description: {}",
        plan.text
    );
    assert!(!keys.contains(&"criterion:2008:train"), "not applicable: nothing to ask");
    assert!(keys.contains(&"commitment:commit-cedaw"), "{keys:?}");
    assert!(keys.contains(&"issue:issue-rape"), "{keys:?}");
    let brief = for_brief(&asks);
    assert!(brief.windows(2).all(|w| w[0].urgency <= w[1].urgency), "most urgent first");
    // Home Office makes its links: no ask to recognise them.
    assert!(
        !asks_for(&doc, "dept-home-office", Language::En, None).iter().any(|a| a.key.starts_with("link:"))
    );
    // In Spanish words.
    let es = asks_for(&doc, "dept-dft", Language::Es, None);
    assert!(es.iter().any(|a| a.text.starts_with("Reconozca que")), "{:?}", es[0].text);
}

#[test]
fn people_reword_reorder_drop_and_add_asks_and_undo_takes_it_back_in_one_step() {
    let mut doc = example();
    let notes = vec![
        AskNote {
            key: "own:meeting".into(),
            text: Some("Meet the coalition before the budget.".into()),
            urgency: Some(Urgency::Urgent),
            ..AskNote::default()
        },
        AskNote { key: "issue:issue-rape".into(), dropped: true, ..AskNote::default() },
        AskNote {
            key: "commitment:commit-cedaw".into(),
            text: Some("Report on CEDAW to Parliament.".into()),
            urgency: Some(Urgency::ToConsider),
            ..AskNote::default()
        },
    ];
    let mut history: History<()> = History::new();
    let edit = Edit::SetAsks { department: "dept-dft".into(), notes: notes.clone() };
    history.apply(&mut doc, edit, "asks", None, ((), ())).unwrap();
    let again = load_str(&to_json(&doc).unwrap(), "x.json").unwrap();
    assert_eq!(again.asks.get("dept-dft"), Some(&notes), "kept in the file");
    let asks = asks_for(&again, "dept-dft", Language::En, None);
    assert_eq!(asks[0].key, "own:meeting", "people's order first");
    assert!(asks[0].own && asks[0].text == "Meet the coalition before the budget.");
    assert!(asks.iter().any(|a| a.key == "issue:issue-rape" && a.dropped));
    let brief = for_brief(&asks);
    assert!(!brief.iter().any(|a| a.key == "issue:issue-rape"), "dropped asks stay out of the brief");
    assert_eq!(
        brief.last().map(|a| a.text.as_str()),
        Some("Report on CEDAW to Parliament."),
        "to consider comes last"
    );
    history.undo(&mut doc).unwrap();
    assert!(!doc.asks.contains_key("dept-dft"));
    // Bad notes are refused with their place.
    let bad = to_json(&again).unwrap().replace("own:meeting", "meeting");
    let err = load_str(&bad, "bad.json").unwrap_err().to_string();
    assert!(err.contains("node \"dept-dft\"") && err.contains("\"meeting\" is no ask's key"), "{err}");
}
