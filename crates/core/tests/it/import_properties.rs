//! Importers take hostile input: whatever the sheets, XML or JSON hold,
//! they return a map or problems, never a panic; and what they read back
//! from their own output is what was written.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use proptest::prelude::*;
use sectormap_core::interchange::{
    Table, from_blueprint, from_gexf, from_graphml, from_tables, parse_cell, to_blueprint, to_gexf,
    to_graphml,
};

fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        prop::sample::select(vec![
            "Label",
            "ID",
            "Type",
            "From",
            "To",
            "Strength",
            "Recognised",
            "X",
            "Y",
            "Pinned",
            "2024",
            "Department",
            "Form of VAW",
            "department",
            "issue",
            "objective",
            "3✓",
            "x",
            "11",
            "a|b",
            "yes",
            "Home Office",
        ])
        .prop_map(str::to_owned),
        "\\PC{0,12}",
    ]
}

fn table() -> impl Strategy<Value = Table> {
    (
        prop::sample::select(vec![
            "Elements",
            "Connections",
            "Relevance",
            "Report card",
            "Map",
            "Notes",
            "x (ignore)",
        ]),
        prop::collection::vec(prop::collection::vec(cell(), 0..6), 0..10),
    )
        .prop_map(|(name, rows)| Table { name: name.to_owned(), rows })
}

fn example() -> sectormap_core::model::Document {
    sectormap_core::io::load_str(sectormap_core::io::EXAMPLE_MAP, "uk-evaw.json").unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_sheets_give_a_map_or_problems_with_places(tables in prop::collection::vec(table(), 1..4)) {
        if let Err(problems) = from_tables(&tables, &mut Default::default()) {
            prop_assert!(!problems.is_empty());
            prop_assert!(problems.iter().all(|p| !p.place.is_empty() && !p.message.is_empty()));
        }
    }

    #[test]
    fn any_matrix_cell_reads_or_says_why(text in "\\PC{0,8}") {
        match parse_cell(&text) {
            Ok(Some((strength, _))) => prop_assert!((1..=3).contains(&strength)),
            Ok(None) => prop_assert!(text.trim().is_empty()),
            Err(message) => prop_assert!(message.contains("is not a link")),
        }
    }

    #[test]
    fn cut_or_spliced_graph_files_never_panic(cut in 0usize..40_000, junk in "\\PC{0,16}") {
        let doc = example();
        for text in [to_graphml(&doc).unwrap(), to_gexf(&doc).unwrap()] {
            let at = text.char_indices().map(|(i, _)| i).nth(cut % text.chars().count()).unwrap_or(0);
            let spliced = format!("{}{junk}{}", &text[..at], &text[at..]);
            let _ = from_graphml(&spliced);
            let _ = from_gexf(&spliced);
            let _ = from_graphml(&text[..at]);
            let _ = from_gexf(&text[..at]);
        }
    }

    #[test]
    fn cut_json_never_panics(cut in 0usize..60_000, junk in "\\PC{0,16}") {
        let text = serde_json::to_string(&to_blueprint(&example())).unwrap();
        let at = text.char_indices().map(|(i, _)| i).nth(cut % text.chars().count()).unwrap_or(0);
        let spliced = format!("{}{junk}{}", &text[..at], &text[at..]);
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(&spliced) {
            let _ = from_blueprint(&value, &mut Default::default());
        }
        let map = sectormap_core::io::EXAMPLE_MAP;
        let at = map.char_indices().map(|(i, _)| i).nth(cut % map.chars().count()).unwrap_or(0);
        let err = sectormap_core::io::load_str(&format!("{}{junk}{}", &map[..at], &map[at..]), "cut.json");
        if let Err(err) = err {
            prop_assert!(err.to_string().contains("cut.json"), "the error names the file: {err}");
        }
    }
}
