//! Gap rules and the report card on small hand-built maps.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure

use sectormap_core::analysis::{GapKind, ReportCard, SortBy, find_gaps};
use sectormap_core::i18n::Language;
use sectormap_core::model::{Document, Link, LinkKind, Node, NodeKind, Recognised, Score};

/// A tiny map builder for the tests.
struct Map(Document);

impl Map {
    fn new() -> Self {
        Self(Document::new())
    }

    fn node(mut self, id: &str, kind: NodeKind, label: &str) -> Self {
        self.0.add_node(Node::new(id, kind, label)).unwrap();
        self
    }

    fn dept(mut self, id: &str, label: &str, sector: &str, scores: &[(i32, f64)]) -> Self {
        let mut node = Node::new(id, NodeKind::Department, label);
        node.department.sector = sector.to_owned();
        for &(year, value) in scores {
            node.department.scores.insert(year, Score { value, note: String::new() });
        }
        self.0.add_node(node).unwrap();
        self
    }

    fn link(mut self, id: &str, from: &str, to: &str, kind: LinkKind, recognised: bool) -> Self {
        let mut link = Link::new(id, kind);
        link.recognised = if recognised { Recognised::Yes } else { Recognised::No };
        self.0.add_link(from, to, link).unwrap();
        self
    }

    /// A department in `sector` pursuing one objective that `issues` bear on,
    /// every link recognised.
    fn linked_dept(self, n: usize, sector: &str, issues: &[&str]) -> Self {
        let (dept, obj) = (format!("d{n}"), format!("o{n}"));
        let mut map = self
            .dept(&dept, &format!("Dept {n}"), sector, &[(2023, 5.0)])
            .node(&obj, NodeKind::Objective, &format!("Objective {n}"))
            .link(&format!("p{n}"), &dept, &obj, LinkKind::Pursues, false);
        for (i, issue) in issues.iter().enumerate() {
            map = map.link(&format!("r{n}-{i}"), issue, &obj, LinkKind::Relevant, true);
        }
        map
    }

    /// A map with no gaps: two forms of VAW reaching health, education and
    /// transport, a commitment obliging a department, everyone scored.
    fn sound() -> Self {
        Map::new()
            .node("dv", NodeKind::Issue, "Domestic violence")
            .node("sv", NodeKind::Issue, "Sexual violence")
            .linked_dept(1, "health", &["dv", "sv"])
            .linked_dept(2, "education", &["dv", "sv"])
            .linked_dept(3, "transport", &["dv", "sv"])
            .node("law", NodeKind::Commitment, "Istanbul Convention")
            .link("ob", "law", "d1", LinkKind::Obliges, false)
    }

    fn gaps(&self) -> Vec<(GapKind, Vec<String>, String)> {
        find_gaps(&self.0, Language::En).into_iter().map(|g| (g.kind, g.nodes, g.text)).collect()
    }
}

#[test]
fn a_sound_map_has_no_gaps() {
    assert_eq!(Map::sound().gaps(), Vec::new());
}

#[test]
fn an_objective_linked_to_no_issue_is_a_gap() {
    let map = Map::sound().node("o9", NodeKind::Objective, "Build more roads").link(
        "p9",
        "d3",
        "o9",
        LinkKind::Pursues,
        false,
    );
    let gaps = map.gaps();
    assert_eq!(gaps.len(), 1, "{gaps:?}");
    let (kind, nodes, text) = &gaps[0];
    assert_eq!(*kind, GapKind::UnlinkedObjective);
    assert_eq!(nodes, &["o9", "d3"]);
    assert!(text.contains("\"Build more roads\" (Dept 3) is linked to no form"), "{text}");
}

#[test]
fn a_link_the_department_does_not_make_is_a_gap() {
    let map = Map::sound()
        .node("o9", NodeKind::Objective, "Safe stations")
        .link("p9", "d3", "o9", LinkKind::Pursues, false)
        .link("r9", "sv", "o9", LinkKind::Relevant, false);
    let gaps = find_gaps(&map.0, Language::En);
    assert_eq!(gaps.len(), 1, "{gaps:?}");
    assert_eq!(gaps[0].kind, GapKind::UnrecognisedLink);
    assert_eq!(gaps[0].links, ["r9"]);
    assert_eq!(gaps[0].nodes, ["o9", "sv", "d3"]);
    assert_eq!(
        gaps[0].text,
        "Sexual violence bears on the objective \"Safe stations\" (Dept 3), but the department does \
         not make that link itself."
    );
}

#[test]
fn a_department_with_no_link_to_vaw_is_a_gap() {
    let map = Map::sound().dept("d9", "Ministry of Defence", "defence", &[(2023, 1.0)]).link(
        "ob9",
        "law",
        "d9",
        LinkKind::Obliges,
        false,
    );
    let gaps = map.gaps();
    assert_eq!(gaps.len(), 1, "{gaps:?}");
    assert_eq!(gaps[0].0, GapKind::DepartmentWithoutVaw);
    assert_eq!(gaps[0].1, ["d9"]);
    assert!(gaps[0].2.starts_with("Ministry of Defence has no link to any form"), "{}", gaps[0].2);
    assert!(gaps[0].2.ends_with("although a commitment on the map obliges it."), "{}", gaps[0].2);
}

#[test]
fn a_department_that_sees_only_one_form_is_a_gap() {
    let map = Map::sound().linked_dept(4, "labour", &["dv"]);
    let gaps = map.gaps();
    assert_eq!(gaps.len(), 1, "{gaps:?}");
    assert_eq!(gaps[0].0, GapKind::SingleForm);
    assert_eq!(gaps[0].1, ["d4", "dv"]);
    assert_eq!(
        gaps[0].2,
        "Dept 4's links to VAW touch only Domestic violence; other forms of violence against women \
         such as Sexual violence do not reach its work."
    );
}

#[test]
fn a_form_of_vaw_left_to_health_and_justice_is_a_gap() {
    let map = Map::sound()
        .node("fgm", NodeKind::Issue, "FGM")
        .linked_dept(4, "justice", &["fgm", "dv"])
        .link("r-fgm", "fgm", "o1", LinkKind::Relevant, true);
    let gaps = map.gaps();
    assert_eq!(gaps.len(), 1, "{gaps:?}");
    assert_eq!(gaps[0].0, GapKind::HealthAndJusticeOnly);
    assert_eq!(gaps[0].1, ["fgm", "d1", "d4"]);
    assert!(gaps[0].2.starts_with("FGM reaches only the health and justice sectors (Dept 1 and Dept 4)"));
}

#[test]
fn a_form_of_vaw_linked_to_nothing_is_a_gap() {
    let map = Map::sound().node("tr", NodeKind::Issue, "Trafficking");
    let gaps = map.gaps();
    assert_eq!(gaps.len(), 1, "{gaps:?}");
    assert_eq!(gaps[0].0, GapKind::UnlinkedIssue);
    assert!(gaps[0].2.starts_with("Trafficking is linked to no department or objective"));
}

#[test]
fn a_commitment_obliging_no_department_is_a_gap() {
    let map = Map::sound().node("cedaw", NodeKind::Commitment, "CEDAW");
    let gaps = map.gaps();
    assert_eq!(gaps.len(), 1, "{gaps:?}");
    assert_eq!(gaps[0].0, GapKind::IdleCommitment);
    assert_eq!(gaps[0].1, ["cedaw"]);
    assert!(gaps[0].2.starts_with("CEDAW obliges no department on this map"));
}

#[test]
fn a_department_not_scored_in_the_latest_year_is_a_gap() {
    let mut map = Map::sound();
    for id in ["d1", "d2"] {
        let mut node = map.0.node(id).unwrap().clone();
        node.department.scores.insert(2024, Score { value: 6.0, note: String::new() });
        map.0.replace_node(node).unwrap();
    }
    let gaps = map.gaps();
    assert_eq!(gaps.len(), 1, "{gaps:?}");
    assert_eq!(gaps[0].0, GapKind::NotScored);
    assert_eq!(gaps[0].1, ["d3"]);
    assert_eq!(
        gaps[0].2,
        "Dept 3 has no score for 2024, the latest year scored. It was last scored 5/10 in 2023."
    );
}

#[test]
fn gaps_are_listed_by_rule_then_node() {
    let map = Map::sound()
        .node("zz", NodeKind::Commitment, "Z treaty")
        .node("aa", NodeKind::Commitment, "A treaty")
        .node("tr", NodeKind::Issue, "Trafficking");
    let kinds: Vec<(GapKind, String)> =
        find_gaps(&map.0, Language::En).into_iter().map(|g| (g.kind, g.nodes[0].clone())).collect();
    assert_eq!(
        kinds,
        [
            (GapKind::UnlinkedIssue, "tr".to_owned()),
            (GapKind::IdleCommitment, "aa".to_owned()),
            (GapKind::IdleCommitment, "zz".to_owned()),
        ]
    );
}

fn scored_card() -> ReportCard {
    let map = Map::new()
        .dept("home", "Home Office", "justice", &[(2022, 6.0), (2023, 7.5)])
        .dept("dft", "Transport", "transport", &[(2022, 2.0), (2023, 1.0)])
        .dept("dwp", "Work and Pensions", "welfare", &[(2023, 4.0)])
        .node("o", NodeKind::Objective, "Not a department");
    ReportCard::of(&map.0)
}

#[test]
fn the_report_card_has_a_row_per_department_and_a_column_per_year() {
    let card = scored_card();
    assert_eq!(card.years, [2022, 2023]);
    let labels: Vec<&str> = card.rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["Home Office", "Transport", "Work and Pensions"]);
    assert_eq!(card.rows[0].scores, [Some(6.0), Some(7.5)]);
    assert_eq!(card.rows[2].scores, [None, Some(4.0)]);
    assert_eq!(card.rows[0].change(1), Some(1.5));
    assert_eq!(card.rows[1].change(1), Some(-1.0));
    assert_eq!(card.rows[2].change(1), None, "no change without a score the year before");
    assert_eq!(card.rows[0].change(0), None);
    assert_eq!(card.means(), [Some(4.0), Some(12.5 / 3.0)]);
}

#[test]
fn the_report_card_sorts_with_unscored_rows_last() {
    let card = scored_card();
    let labels = |order: Vec<usize>| -> Vec<String> {
        order.into_iter().map(|i| card.rows[i].label.clone()).collect()
    };
    assert_eq!(labels(card.order(SortBy::Score(0), true)), ["Home Office", "Transport", "Work and Pensions"]);
    assert_eq!(
        labels(card.order(SortBy::Score(0), false)),
        ["Transport", "Home Office", "Work and Pensions"]
    );
    assert_eq!(
        labels(card.order(SortBy::Change(1), false)),
        ["Transport", "Home Office", "Work and Pensions"]
    );
    assert_eq!(labels(card.order(SortBy::Name, true)), ["Work and Pensions", "Transport", "Home Office"]);
    assert_eq!(labels(card.order(SortBy::Sector, false)), ["Home Office", "Transport", "Work and Pensions"]);
}

#[test]
fn the_report_card_writes_csv_with_changes_and_means() {
    let csv = scored_card().to_csv().unwrap();
    assert_eq!(
        csv,
        "Department,Id,Sector,2022,2023,Change 2023\n\
         Home Office,home,justice,6,7.5,+1.5\n\
         Transport,dft,transport,2,1,-1\n\
         Work and Pensions,dwp,welfare,,4,\n\
         Mean,,,4,4.17,+0.17\n"
    );
}

#[test]
fn the_report_card_quotes_names_with_commas() {
    let map = Map::new().dept("d", "Business, Energy and Industrial Strategy", "", &[(2020, 3.0)]);
    let csv = ReportCard::of(&map.0).to_csv().unwrap();
    assert!(csv.contains("\"Business, Energy and Industrial Strategy\",d,,3\n"), "{csv}");
}

#[test]
fn the_example_map_has_real_findings() {
    let path = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../maps/uk-evaw.json"));
    let doc = sectormap_core::io::load_path(path).unwrap();
    let gaps = find_gaps(&doc, Language::En);
    let kinds: std::collections::BTreeSet<GapKind> = gaps.iter().map(|g| g.kind).collect();
    assert!(kinds.contains(&GapKind::UnrecognisedLink), "{kinds:?}");
    assert!(gaps.len() >= 5, "{gaps:#?}");
    for gap in &gaps {
        println!("{}: {}", gap.kind.key(), gap.text);
    }
}

#[test]
fn gaps_are_said_in_the_language_asked_for() {
    let path = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../maps/uk-evaw.json"));
    let doc = sectormap_core::io::load_path(path).unwrap();
    let english = find_gaps(&doc, Language::En);
    let french = find_gaps(&doc, Language::Fr);
    let spanish = find_gaps(&doc, Language::Es);
    // The same findings, about the same nodes, in other words.
    let about = |gaps: &[sectormap_core::analysis::Gap]| -> Vec<_> {
        gaps.iter().map(|g| (g.kind, g.nodes.clone(), g.links.clone())).collect()
    };
    assert_eq!(about(&english), about(&french));
    assert_eq!(about(&english), about(&spanish));
    let unrecognised = french.iter().find(|g| g.kind == GapKind::UnrecognisedLink).unwrap();
    assert!(
        unrecognised.text.contains("mais le ministère ne reconnaît pas lui-même ce lien"),
        "{}",
        unrecognised.text
    );
    assert_eq!(GapKind::UnrecognisedLink.title(Language::Fr), "Liens que le ministère ne reconnaît pas");
    assert!(
        spanish.iter().any(|g| g.text.contains("pero el ministerio no reconoce ese vínculo")),
        "{spanish:#?}"
    );
    for gap in &french {
        assert_ne!(
            gap.text,
            english.iter().find(|e| e.nodes == gap.nodes && e.kind == gap.kind).unwrap().text
        );
    }
}

#[test]
fn french_sentences_name_counts_and_scores_the_french_way() {
    let map = Map::new().dept("d1", "Ministère de l'Intérieur", "justice", &[(2006, 7.5)]).dept(
        "d2",
        "Ministère des Transports",
        "transport",
        &[(2007, 3.0)],
    );
    let gaps = find_gaps(&map.0, Language::Fr);
    let not_scored = gaps.iter().find(|g| g.kind == GapKind::NotScored).unwrap();
    assert_eq!(
        not_scored.text,
        "Ministère de l'Intérieur n'a pas de note pour 2007, la dernière année notée. \
         Sa dernière note était 7,5/10 en 2006."
    );
}

#[test]
fn an_empty_map_is_not_said_to_have_every_objective_linked() {
    use sectormap_core::export::{Content, Export, export};
    use sectormap_core::format::Format;
    let empty = Document::new();
    assert!(find_gaps(&empty, Language::En).is_empty());
    let request = Export { content: Content::WebPage { embed: false }, format: Format::Html, language: None };
    let page = String::from_utf8(export(&empty, &request).unwrap().bytes).unwrap();
    assert!(
        page.contains("The map is empty: add departments and forms of VAW to find gaps."),
        "the web page"
    );
    assert!(!page.contains("every objective is linked"));
    // Organisations alone: still nothing the gap rules look at.
    let organisations = Map::new().node("org", NodeKind::Organisation, "Women's Aid").0;
    let said = sectormap_core::analysis::no_gaps(&organisations, Language::Es);
    assert!(said.contains("ministerios") && !said.contains("todos los objetivos"), "{said}");
    let uk = crate::common::example();
    assert!(
        sectormap_core::analysis::no_gaps(&uk, Language::En).starts_with("No gaps found"),
        "a map with nodes"
    );
}

/// The point markers of a report card chart: centre and radius.
fn chart_points(chart: &sectormap_core::scene::Scene) -> Vec<(f32, f32, f32)> {
    use sectormap_core::scene::{Element, Item};
    chart
        .groups
        .iter()
        .filter(|g| matches!(g.element, Element::Series(_)))
        .flat_map(|g| chart.items_of(g))
        .filter_map(|item| match item {
            Item::Ellipse { center, rx, .. } => Some((center.x, center.y, *rx)),
            _ => None,
        })
        .collect()
}

#[test]
fn no_point_of_the_report_card_chart_hides_another() {
    use sectormap_core::scene::{Theme, report_chart};
    // Equal scores, and scores close enough that their points would touch.
    let doc = Map::new()
        .dept("a", "Home Office", "justice", &[(2006, 2.0), (2007, 2.0)])
        .dept("b", "Department of Health", "health", &[(2006, 2.2), (2007, 6.0)])
        .dept("c", "Department for Transport", "transport", &[(2006, 2.0), (2007, 6.1)])
        .dept("d", "Ministry of Defence", "defence", &[(2006, 1.9), (2007, 6.0)])
        .0;
    let card = ReportCard::of(&doc);
    let chart = report_chart(&card, &doc.meta, Theme::Light, Language::En);
    let points = chart_points(&chart);
    assert_eq!(points.len(), 4 * 2 + 2, "four departments and the mean, two years each");
    for (i, a) in points.iter().enumerate() {
        for b in &points[i + 1..] {
            let apart = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
            assert!(apart >= a.2 + b.2 - 0.01, "the points at {a:?} and {b:?} overlap");
        }
    }
}

#[test]
fn the_report_card_chart_gives_most_of_its_width_to_the_plot() {
    use sectormap_core::scene::{Element, Theme, report_chart};
    let doc = crate::common::example();
    let chart = report_chart(&ReportCard::of(&doc), &doc.meta, Theme::Light, Language::En);
    let axes = chart.groups.iter().find(|g| g.element == Element::Axes).unwrap().bounds;
    let labels = chart.groups.iter().find(|g| g.element == Element::Legend).unwrap().bounds;
    let share = axes.width() / (axes.width() + labels.width());
    assert!(share >= 0.6, "the plot is {:.0}% of the chart's width, beside its labels", share * 100.0);
    assert!(labels.x0 > axes.x1, "the labels are right of the plot");
}

#[test]
fn the_report_card_chart_spaces_the_years_as_time_passed() {
    use sectormap_core::scene::{Element, Item, Theme, report_chart};
    let doc = Map::new().dept("a", "Home Office", "justice", &[(2004, 2.0), (2006, 3.0), (2007, 4.0)]).0;
    let chart = report_chart(&ReportCard::of(&doc), &doc.meta, Theme::Light, Language::En);
    let axes = chart.groups.iter().find(|g| g.element == Element::Axes).unwrap();
    let at = |year: &str| {
        chart.items_of(axes).iter().find_map(|item| match item {
            Item::Text { text, pos, .. } if &**text == year => Some(pos.x),
            _ => None,
        })
    };
    let (a, b, c) = (at("2004").unwrap(), at("2006").unwrap(), at("2007").unwrap());
    assert!(((b - a) - 2.0 * (c - b)).abs() < 0.5, "two years from 2004 to 2006, one to 2007: {a} {b} {c}");
}
