//! An assessment round in every output: the briefing's assessment part
//! (formula, criteria, marks with evidence, year on year; private notes
//! never printed), the report card chart and CSV telling computed scores
//! from headline figures and illustrative years from real ones.

use lopdf::Document as Pdf;
use sectormap_core::analysis::ReportCard;
use sectormap_core::briefing::{self, BriefingError, Options, Part};
use sectormap_core::i18n::Language;
use sectormap_core::model::Document;
use sectormap_core::model::assess::{AnswerKey, Change, FORMULA, Lineage, Mark, SecondMark};
use sectormap_core::render::{RenderOptions, to_svg};
use sectormap_core::scene::{Theme, report_chart};

use crate::briefing::{page_texts, squeeze};

/// Written where only assessors may read it.
const PRIVATE: [&str; 3] = ["Privatenoteforassessorsonly", "Secondassessorsownnote", "Changelogentry"];

/// The example map with private notes on Home Office's answers.
fn with_private_notes() -> Document {
    let mut doc = crate::common::example();
    let key = AnswerKey::new(2008, "dept-home-office", "define");
    let answer = doc.assessment.answers.get_mut(&key).expect("Home Office is marked on define");
    answer.notes = "Private note for assessors only".to_owned();
    answer.second = Some(SecondMark {
        mark: Mark::Level(2),
        by: "B".to_owned(),
        notes: "Second assessor's own note".to_owned(),
    });
    answer.log.push(Change {
        who: "A".to_owned(),
        when: "2008-06-01T10:00".to_owned(),
        what: "Change log entry".to_owned(),
    });
    doc
}

fn assessment_text(doc: &Document, language: Language) -> String {
    let options = Options {
        parts: vec![Part::Assessment],
        date: "2026-03-08".to_owned(),
        language,
        ..Options::default()
    };
    let bytes = briefing::to_pdf(doc, &options).expect("the assessment part is made");
    assert_eq!(bytes, briefing::to_pdf(doc, &options).unwrap(), "the same bytes every time");
    squeeze(&page_texts(&Pdf::load_mem(&bytes).unwrap()).concat())
}

#[test]
fn the_briefing_has_an_assessment_part_with_formula_criteria_and_marks_and_no_private_notes() {
    assert!(Part::ALL.contains(&Part::Assessment) && Options::default().parts.contains(&Part::Assessment));
    assert_eq!(Part::from_key("Assessment"), Some(Part::Assessment));
    let doc = with_private_notes();
    let text = assessment_text(&doc, Language::En);
    // The heading says the round is illustrative, and why; the source line.
    assert!(text.starts_with("The2008assessment(illustrative)"), "{text:.200}");
    assert!(text.contains("Thisroundisillustrative"));
    let rubric = &doc.assessment.rounds[&2008];
    assert!(text.contains(&squeeze(&rubric.source)));
    // The published formula, the criteria with their questions and levels.
    assert!(text.contains(&squeeze(FORMULA)), "the formula");
    for (i, criterion) in rubric.criteria.iter().enumerate() {
        assert!(text.contains(&squeeze(&format!("{}. {}", i + 1, criterion.title))), "{}", criterion.title);
        assert!(text.contains(&squeeze(&criterion.question)), "{}", criterion.question);
        for level in &criterion.levels {
            assert!(text.contains(&squeeze(&format!("{}: {}", level.label, level.description))));
        }
    }
    // The table: Home Office's marks and score, on 7 of 7 criteria.
    assert!(text.contains("HomeOfficeFullPartialFullPartialPartialPartialNone5.717of7"), "{text}");
    // Home Office's marks with their evidence, and its reply status.
    let home =
        &text[text.find("HomeOfficeScore5.71outof10,on7of7criteria.").expect("Home Office's section")..];
    assert!(home.starts_with("HomeOfficeScore5.71outof10,on7of7criteria.Reply:nonereceivedyet."));
    assert!(home.contains("Definesviolenceagainstwomen:Full"));
    let evidence = &doc.assessment.answer(2008, "dept-home-office", "define").unwrap().evidence[0];
    assert!(home.contains(&squeeze(&evidence.title)) && home.contains("dated2008,accessed2008-06-01"));
    // Transport's reply: it disagrees, with its evidence, not yet decided.
    assert!(text.contains("Thedepartmentdisagrees:Oursafetravelprogramme"), "{text}");
    assert!(text.contains("Decision:awaited."));
    assert!(text.contains("Theroundisthefirst") || text.contains("The2008roundisthefirst"));
    for private in PRIVATE {
        assert!(!text.contains(private), "{private} is printed");
    }
    // In Spanish, with the Spanish formula and the rubric's translations.
    let mut doc = doc;
    let rubric = doc.assessment.rounds.get_mut(&2008).unwrap();
    rubric.criteria[0].translations.set("es", "title", "Define la violencia contra las mujeres");
    rubric.criteria[0].levels[2].translations.set("es", "label", "Plena");
    let spanish = assessment_text(&doc.localized("es"), Language::Es);
    assert!(spanish.starts_with("Laevaluaciónde2008(ilustrativa)"), "{spanish:.200}");
    assert!(spanish.contains("puntuación=10×Σpeso×"));
    assert!(spanish.contains("1.Definelaviolenciacontralasmujeres"), "{spanish:.2000}");
    assert!(spanish.contains("Definelaviolenciacontralasmujeres:Plena"));
}

#[test]
fn a_map_without_a_round_has_no_assessment_pages_and_a_missing_round_is_refused() {
    let mut doc = crate::common::example();
    let wrong =
        Options { parts: vec![Part::Assessment, Part::Gaps], round: Some(1999), ..Options::default() };
    let err = briefing::to_pdf(&doc, &wrong).unwrap_err();
    assert!(matches!(err, BriefingError::NoSuchRound { year: 1999, .. }), "{err}");
    assert!(err.to_string().contains("its rounds are 2008"), "{err}");
    doc.assessment = Default::default();
    let only = Options { parts: vec![Part::Assessment], ..Options::default() };
    assert!(matches!(briefing::to_pdf(&doc, &only), Err(BriefingError::Empty)));
    let (with, _) = briefing::to_pdf_counted(&doc, &Options::default()).unwrap();
    let (without, _) = briefing::to_pdf_counted(
        &doc,
        &Options {
            parts: Part::ALL.into_iter().filter(|p| *p != Part::Assessment).collect(),
            ..Options::default()
        },
    )
    .unwrap();
    assert_eq!(with, without, "no round: the part adds nothing");
}

/// The example with a 2009 round: `define` follows 2008's, `analyse`
/// changed too much to compare, the rest follow; Transport improves.
fn two_rounds() -> Document {
    let mut doc = crate::common::example();
    let mut rubric = doc.assessment.rounds[&2008].clone();
    rubric.illustrative = false;
    rubric.source = "A later round, for the test".to_owned();
    for criterion in &mut rubric.criteria {
        criterion.lineage = if criterion.id == "analyse" {
            Lineage::NotComparable("analyse".to_owned())
        } else {
            Lineage::Follows(criterion.id.clone())
        };
    }
    doc.assessment.rounds.insert(2009, rubric);
    let mut mark = |department: &str, criterion: &str, level: usize, reason: &str| {
        let answer = doc.assessment.answers.entry(AnswerKey::new(2009, department, criterion)).or_default();
        answer.mark = Some(Mark::Level(level));
        answer.change_reason = reason.to_owned();
    };
    mark("dept-dft", "define", 2, "Published a strategy defining violence against women");
    mark("dept-dft", "analyse", 2, "");
    mark("dept-home-office", "define", 2, "");
    mark("dept-home-office", "plan", 1, "The plan lapsed");
    doc
}

#[test]
fn year_on_year_compares_only_comparable_criteria_most_improved_first() {
    let doc = two_rounds();
    let text = assessment_text(&doc, Language::En);
    assert!(text.starts_with("The2009assessment") && !text.starts_with("The2009assessment(illustrative)"));
    let changes = &text[text.find("Yearonyear:2008to2009").expect("year on year")..];
    assert!(changes.contains("Notcompared(changedtoomuchsince2008):Analysesit."), "{changes:.600}");
    let transport =
        changes.find("DepartmentforTransport:+10pointsonaverage,themostimproved").expect("most improved");
    let home = changes.find("HomeOffice:-2.5pointsonaverage").expect("Home Office went down");
    assert!(transport < home, "most improved first");
    assert!(changes.contains("Definesviolenceagainstwomen:None→Full(+10)"));
    assert!(changes.contains("Why:Publishedastrategydefiningviolenceagainstwomen"));
    assert!(changes.contains("Plansforit:Full→Partial(-5)Why:Theplanlapsed"), "{changes:.900}");
    assert!(!changes[..home].contains("Analysesit:"), "a criterion not comparable is never compared");
    // The earlier round can still be asked for.
    let earlier = Options { parts: vec![Part::Assessment], round: Some(2008), ..Options::default() };
    let pdf = Pdf::load_mem(&briefing::to_pdf(&doc, &earlier).unwrap()).unwrap();
    assert!(squeeze(&page_texts(&pdf).concat()).starts_with("The2008assessment(illustrative)"));
}

/// The SVG of one series group of a chart: from its `<g>` to its `</g>`.
fn series<'a>(svg: &'a str, id: &str) -> &'a str {
    let start = svg.find(&format!("<g class=\"series\" data-id=\"{id}\">")).expect("the series is drawn");
    let end = svg[start..].find("</g>").unwrap();
    &svg[start..start + end]
}

#[test]
fn the_chart_labels_the_illustrative_year_and_tells_computed_from_headline() {
    let doc = crate::common::example();
    let card = ReportCard::of(&doc);
    let svg = to_svg(&report_chart(&card, &doc.meta, Theme::Light, Language::En), &RenderOptions::default());
    let axes = &svg[svg.find("<g class=\"axes\">").unwrap()..];
    let axes = &axes[..axes.find("</g>").unwrap()];
    assert!(axes.contains(">2008</text>") && axes.contains(">illustrative</text>"), "{axes}");
    // Home Office's 2008 score is computed: a filled point; the
    // government's headline figures: hollow points (white inside).
    let home = series(&svg, "dept-home-office");
    assert!(home.contains("<ellipse") && !home.contains("fill=\"#ffffff\""), "{home}");
    let government = series(&svg, "dept-government");
    assert_eq!(government.matches("<ellipse").count(), 3);
    assert_eq!(government.matches("fill=\"#ffffff\"").count(), 3, "{government}");
    assert!(
        svg.contains("Filled points: computed from the round") && svg.contains("Hollow points: headline")
    );
    assert!(svg.contains("2008 is an illustrative round"));
    // A card of headline figures only has nothing to tell apart.
    let mut headline = doc.clone();
    headline.assessment = Default::default();
    let plain = to_svg(
        &report_chart(&ReportCard::of(&headline), &headline.meta, Theme::Light, Language::En),
        &RenderOptions::default(),
    );
    assert!(!plain.contains("fill=\"#ffffff\" stroke") && !plain.contains("Hollow points"), "{plain}");
    assert!(!plain.contains(">illustrative</text>"));
}

#[test]
fn the_report_card_csv_says_where_each_score_comes_from() {
    let csv = ReportCard::of(&crate::common::example()).to_csv().unwrap();
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(header.ends_with("Change 2008,Source 2005,Source 2006,Source 2007,Source 2008"), "{header}");
    let home = lines.clone().find(|l| l.starts_with("Home Office,")).unwrap();
    assert!(home.contains(",5.71,") && home.ends_with(",,,,\"computed, illustrative\""), "{home}");
    let government = lines.clone().find(|l| l.starts_with("UK Government")).unwrap();
    assert!(government.ends_with(",headline,headline,headline,"), "{government}");
    assert!(lines.last().unwrap().starts_with("Mean,"));
}
