//! The web page, parsed: self-contained (nothing fetched from anywhere),
//! escaped, labelled, in the map's language, and small.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use base64::Engine;
use scraper::{Html, Selector};
use sectormap_core::analysis::{ReportCard, find_gaps};
use sectormap_core::i18n::Language;
use sectormap_core::io::load_path;
use sectormap_core::model::{Document, Link, LinkKind, Node, NodeKind};
use sectormap_core::pipeline::{self, Scope};
use sectormap_core::web::{PageOptions, page};
use sha2::{Digest, Sha256};

fn map(name: &str) -> Document {
    let mut doc = load_path(crate::common::root().join(name).as_path()).unwrap();
    pipeline::place(&mut doc, &Scope::Missing, 1, &mut |_| {});
    doc
}

fn full(doc: &Document, words: Language) -> String {
    page(doc, &PageOptions { embed: false, words }).unwrap()
}

fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

/// Whether a reference stays inside the page: a fragment or a data: URL.
fn local(reference: &str) -> bool {
    let r = reference.trim().to_ascii_lowercase();
    r.is_empty() || r.starts_with('#') || r.starts_with("data:")
}

/// Every `url(...)` in CSS text.
fn css_urls(css: &str) -> Vec<String> {
    css.match_indices("url(")
        .map(|(at, _)| {
            let rest = &css[at + 4..];
            rest[..rest.find(')').unwrap_or(rest.len())].trim_matches(['"', '\'', ' ']).to_owned()
        })
        .collect()
}

#[test]
fn the_page_asks_no_address_for_anything() {
    for (name, embed) in
        [("maps/uk-evaw.json", false), ("maps/uk-evaw.json", true), ("tests/fixtures/scripts.json", false)]
    {
        let text = page(&map(name), &PageOptions { embed, words: Language::En }).unwrap();
        let html = Html::parse_document(&text);
        let mut references = Vec::new();
        for element in select(&html, "*") {
            for (attr, value) in element.value().attrs() {
                if matches!(
                    attr,
                    "src" | "href" | "xlink:href" | "action" | "formaction" | "poster" | "data" | "srcset"
                ) {
                    references.push(format!("{attr}={value}"));
                    assert!(
                        local(value),
                        "{name}: <{} {attr}=\"{value}\"> leaves the page",
                        element.value().name()
                    );
                }
                if attr == "style" {
                    assert!(css_urls(value).iter().all(|u| local(u)), "{name}: style=\"{value}\"");
                }
            }
        }
        for style in select(&html, "style") {
            let css = style.text().collect::<String>();
            assert!(!css.contains("@import"), "{name}: the style sheet imports another");
            assert!(css_urls(&css).iter().all(|u| local(u)), "{name}: the style sheet names an address");
        }
        for tag in ["link", "iframe", "img", "object", "embed", "audio", "video", "source", "base"] {
            assert!(select(&html, tag).is_empty(), "{name}: has a <{tag}>");
        }
        // Only the skip link points anywhere, and at the map.
        assert_eq!(references, vec!["href=#map-wrap".to_owned()], "{name}");
        let code: String = select(&html, "script:not([type])").iter().flat_map(|s| s.text()).collect();
        for call in [
            "fetch(",
            "XMLHttpRequest",
            "WebSocket",
            "EventSource",
            "import(",
            "sendBeacon",
            "http:",
            "https:",
        ] {
            assert!(!code.contains(call), "{name}: the script uses {call}");
        }
    }
}

#[test]
fn the_policy_forbids_the_network_and_allows_exactly_the_pages_own_style_and_script() {
    let text = full(&map("maps/uk-evaw.json"), Language::En);
    let html = Html::parse_document(&text);
    let meta = select(&html, "meta[http-equiv=\"Content-Security-Policy\"]");
    let policy = meta[0].value().attr("content").unwrap();
    assert!(policy.starts_with("default-src 'none';"), "{policy}");
    let hash = |text: &str| {
        format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
        )
    };
    let script: String = select(&html, "script:not([type])")[0].text().collect();
    let style: String = select(&html, "style")[0].text().collect();
    assert!(policy.contains(&format!("script-src {}", hash(&script))), "{policy}");
    assert!(policy.contains(&format!("style-src {}", hash(&style))), "{policy}");
    assert!(!policy.contains("unsafe") && !policy.contains("http"), "{policy}");
}

#[test]
fn every_node_and_link_is_on_the_page_with_its_details_and_the_tables_match_the_analysis() {
    let doc = map("maps/uk-evaw.json");
    let text = full(&doc, Language::En);
    let html = Html::parse_document(&text);
    let ids = |css: &str| -> Vec<String> {
        let mut ids: Vec<String> =
            select(&html, css).iter().map(|g| g.value().attr("data-id").unwrap().to_owned()).collect();
        ids.sort();
        ids
    };
    let nodes: Vec<String> = doc.nodes().map(|n| n.id.clone()).collect();
    let links: Vec<String> = doc.links().map(|(l, _, _)| l.id.clone()).collect();
    assert_eq!(ids("svg#map g.node"), nodes);
    assert_eq!(ids("svg#map g.link"), links);
    let data: serde_json::Value =
        serde_json::from_str(&select(&html, "script#data")[0].text().collect::<String>()).unwrap();
    let home = data["nodes"].as_array().unwrap().iter().find(|n| n["id"] == "dept-home-office").unwrap();
    assert_eq!(home["label"], doc.node("dept-home-office").unwrap().label.as_str());
    assert!(
        !home["evidence"].as_array().unwrap().is_empty() || !home["description"].as_str().unwrap().is_empty()
    );
    let ends: Vec<(String, String)> = data["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["from"].as_str().unwrap().to_owned(), l["to"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(ends, doc.links().map(|(_, f, t)| (f.to_owned(), t.to_owned())).collect::<Vec<_>>());
    // The saved views, in order, with their captions.
    let captions: Vec<&str> =
        data["views"].as_array().unwrap().iter().map(|v| v["caption"].as_str().unwrap()).collect();
    assert_eq!(captions, doc.views.iter().map(|v| v.heading()).collect::<Vec<_>>());
    // The report card: a row per department, a column per year.
    let card = ReportCard::of(&doc);
    assert_eq!(select(&html, "table.report tbody tr").len(), card.rows.len());
    assert_eq!(select(&html, "table.report thead th").len(), 2 + card.years.len());
    let first: String = select(&html, "table.report tbody tr th")[0].text().collect();
    assert_eq!(first, card.rows[0].label);
    // The gaps, each with a button to show it.
    assert_eq!(select(&html, "ul.gaps li").len(), find_gaps(&doc, Language::En).len());
    assert_eq!(select(&html, "button.to-gap").len(), data["gaps"].as_array().unwrap().len());
}

#[test]
fn hostile_labels_stay_text() {
    let mut doc = Document::new();
    let nasty = "</script><script>alert(1)</script> \"q\" 'a' & \u{202E}RTL\u{202C} <!--";
    doc.add_node(Node::new("n1", NodeKind::Department, nasty)).unwrap();
    let mut other = Node::new("n2\"><b>", NodeKind::Issue, "Forced marriage");
    other.evidence.push("javascript:alert(2)".to_owned());
    doc.add_node(other).unwrap();
    doc.add_link("n2\"><b>", "n1", Link::new("l1", LinkKind::Relevant)).unwrap();
    doc.meta.title = "<title>".to_owned();
    pipeline::place(&mut doc, &Scope::Missing, 1, &mut |_| {});
    let text = full(&doc, Language::En);
    let html = Html::parse_document(&text);
    // Still exactly the page's two scripts, and no element came from a label.
    assert_eq!(select(&html, "script").len(), 2);
    assert!(select(&html, "b").is_empty());
    let data: serde_json::Value =
        serde_json::from_str(&select(&html, "script#data")[0].text().collect::<String>()).unwrap();
    assert_eq!(data["nodes"][0]["label"], nasty);
    assert_eq!(data["nodes"][1]["evidence"][0], "javascript:alert(2)");
    let drawn: String =
        select(&html, "svg#map g.node[data-id=\"n1\"] text").iter().flat_map(|t| t.text()).collect();
    assert!(drawn.contains("</script>"), "{drawn}");
    assert_eq!(select(&html, "h1")[0].text().collect::<String>(), "<title>");
}

#[test]
fn the_page_speaks_the_maps_language_and_runs_in_its_direction() {
    let doc = map("maps/uk-evaw.json");
    let french = full(&doc.localized("fr"), Language::Fr);
    let html = Html::parse_document(&french);
    let root = select(&html, "html")[0];
    assert_eq!(root.value().attr("lang"), Some("fr"));
    assert_eq!(root.value().attr("dir"), Some("ltr"));
    assert_eq!(select(&html, "#gaps-title")[0].text().collect::<String>(), Language::Fr.tr("web-gaps"));
    assert_eq!(select(&html, "label[for=search]")[0].text().collect::<String>(), "Rechercher sur la carte");
    let caption = &doc.localized("fr").views[0];
    assert!(french.contains(&serde_json::to_string(caption.heading()).unwrap()[1..10]));

    let mut arabic = Document::new();
    arabic.meta.language = "ar".to_owned();
    arabic.add_node(Node::new("a", NodeKind::Issue, "الزواج القسري")).unwrap();
    pipeline::place(&mut arabic, &Scope::Missing, 1, &mut |_| {});
    let html = Html::parse_document(&full(&arabic, Language::En));
    let root = select(&html, "html")[0];
    assert_eq!((root.value().attr("lang"), root.value().attr("dir")), (Some("ar"), Some("rtl")));
    let label: String = select(&html, "svg#map g.node text").iter().flat_map(|t| t.text()).collect();
    assert_eq!(label, "الزواج القسري");
}

#[test]
fn the_embeddable_page_has_the_map_and_no_chrome() {
    let doc = map("maps/uk-evaw.json");
    let text = page(&doc, &PageOptions { embed: true, words: Language::En }).unwrap();
    let html = Html::parse_document(&text);
    assert_eq!(select(&html, "body")[0].value().attr("class"), Some("embed"));
    for chrome in ["header", "footer", "#search", "table.report", "ul.gaps", "#filter-kinds"] {
        assert!(select(&html, chrome).is_empty(), "the embeddable page has {chrome}");
    }
    assert_eq!(select(&html, "svg#map g.node").len(), doc.node_count());
    assert!(!select(&html, "#story").is_empty() && !select(&html, "#details").is_empty());
    // The map keeps its own title block, since there is no header.
    assert_eq!(select(&html, "svg#map g.title").len(), 1);
}

#[test]
fn the_example_page_is_small_and_the_same_every_time() {
    let doc = map("maps/uk-evaw.json");
    let once = full(&doc, Language::En);
    assert!(once.len() < 1024 * 1024, "{} bytes", once.len());
    assert_eq!(once, full(&doc, Language::En));
}

#[test]
fn a_departments_details_have_its_marks_and_the_report_card_the_rubric() {
    let mut doc = map("maps/uk-evaw.json");
    let key = sectormap_core::model::assess::AnswerKey::new(2008, "dept-home-office", "define");
    doc.assessment.answers.get_mut(&key).unwrap().notes = "Private note for assessors only".to_owned();
    let text = full(&doc, Language::En);
    assert!(!text.contains("Private note for assessors only"), "a private note is on the page");
    let html = Html::parse_document(&text);
    let data: serde_json::Value =
        serde_json::from_str(&select(&html, "script#data")[0].text().collect::<String>()).unwrap();
    let node = |id: &str| data["nodes"].as_array().unwrap().iter().find(|n| n["id"] == id).unwrap().clone();
    let home = node("dept-home-office");
    let marks = &home["assessment"];
    assert_eq!(marks["heading"], "The 2008 assessment (illustrative)");
    assert!(marks["illustrative"].as_str().unwrap().starts_with("This round is illustrative"));
    assert_eq!(marks["score"], "Score 5.71 out of 10, on 7 of 7 criteria.");
    assert_eq!(marks["reply"], "Reply: none received yet.");
    let define = &marks["marks"][0];
    assert_eq!(define["line"], "Defines violence against women: Full");
    assert!(define["description"].as_str().unwrap().starts_with("A gendered definition"));
    let evidence = define["evidence"][0].as_str().unwrap();
    assert!(
        evidence.contains("the department's strategy defines") && evidence.contains("accessed 2008-06-01")
    );
    assert_eq!(marks["marks"].as_array().unwrap().len(), 7);
    // Its scores: the computed one starred, the illustrative year said so.
    assert_eq!(home["scores"][0], serde_json::json!(["2008 (illustrative)", "5.71*"]));
    assert!(home["scores_note"].as_str().unwrap().contains("score = 10 ×"));
    // Transport's reply; a department not assessed has no marks.
    let dft = node("dept-dft");
    assert!(
        dft["assessment"]["marks"][2]["reply"][0].as_str().unwrap().starts_with("The department disagrees")
    );
    assert!(node("dept-mod")["assessment"].is_null());
    // The report card: the illustrative year, the computed scores starred
    // and explained, then the rubric: formula, criteria and levels.
    let head: String = select(&html, "table.report thead").iter().flat_map(|t| t.text()).collect();
    assert!(head.contains("2008illustrative"), "{head}");
    let starred = select(&html, "table.report tbody td .computed");
    assert_eq!(starred.len(), 3, "Home Office, Health and Transport in 2008");
    assert!(starred[0].value().attr("title").unwrap().contains("computed"));
    let notes: String = select(&html, "section.tables p.note").iter().flat_map(|p| p.text()).collect();
    assert!(notes.contains("2008 is an illustrative round"), "{notes}");
    let rubric = select(&html, "section.assessment");
    assert_eq!(rubric.len(), 1);
    let words: String = rubric[0].text().collect();
    assert!(words.contains(sectormap_core::model::assess::FORMULA), "{words}");
    assert_eq!(select(&html, "section.assessment ol.criteria > li").len(), 7);
    assert_eq!(select(&html, "section.assessment dl.levels dt").len(), 21);
    assert_eq!(
        select(&html, "#assessment-title")[0].text().collect::<String>(),
        "The 2008 assessment (illustrative)"
    );
}
