//! Year on year: what changed since the round before, department by
//! department (most improved first), criterion by criterion with the
//! assessor's reason. Only criteria that follow one of the round before
//! are compared; those marked not comparable are named and left out.

use super::Styles;
use crate::analysis::assess::{CriterionChange, DepartmentChange, changes, words};
use crate::analysis::signed_change;
use crate::briefing::compose::{Flow, Role};
use crate::i18n::Language;
use crate::model::Document;
use crate::model::assess::{Lineage, Rubric};
use crate::tr;

/// The year-on-year section of the `year` round.
pub fn year_on_year(flow: &mut Flow, document: &Document, year: i32, lang: Language, styles: &Styles) {
    let assessment = &document.assessment;
    let Some(rubric) = assessment.rounds.get(&year) else { return };
    flow.space(14.0);
    let earlier = assessment.previous(year).and_then(|b| assessment.rounds.get(&b).map(|r| (b, r)));
    let Some((before, old)) = earlier else {
        flow.paragraph(&lang.tr("assess-changes-title"), styles.h2, 0.0, Role::Heading(2), styles.keep());
        let first = tr!(lang, "assess-changes-first", year = year.to_string());
        flow.paragraph(&first, styles.body, 0.0, Role::Paragraph, 0.0);
        return;
    };
    let (before_text, year_text) = (before.to_string(), year.to_string());
    let title = tr!(lang, "assess-changes", before = before_text.as_str(), year = year_text.as_str());
    flow.paragraph(&title, styles.h2, 0.0, Role::Heading(2), styles.keep());
    let rule = tr!(lang, "assess-changes-rule", before = before_text.as_str());
    flow.paragraph(&rule, styles.muted, 0.0, Role::Paragraph, 0.0);
    let titles = |keep: fn(&Lineage) -> bool| -> Vec<&str> {
        rubric.criteria.iter().filter(|c| keep(&c.lineage)).map(|c| c.title.trim()).collect()
    };
    let apart = titles(|l| matches!(l, Lineage::NotComparable(_)));
    if !apart.is_empty() {
        let names = crate::i18n::list(lang, &apart);
        let line = tr!(lang, "assess-not-comparable", before = before_text.as_str(), names = names);
        flow.paragraph(&line, styles.body, 0.0, Role::Paragraph, 0.0);
    }
    let new = titles(Lineage::is_new);
    if !new.is_empty() {
        let names = crate::i18n::list(lang, &new);
        flow.paragraph(
            &tr!(lang, "assess-new", year = year_text.as_str(), names = names),
            styles.body,
            0.0,
            Role::Paragraph,
            0.0,
        );
    }
    let moved: Vec<DepartmentChange> =
        changes(document, year).into_iter().filter(|d| !d.criteria.is_empty()).collect();
    if moved.is_empty() {
        flow.space(4.0);
        flow.paragraph(&lang.tr("assess-no-changes"), styles.body, 0.0, Role::Paragraph, 0.0);
        return;
    }
    let best = moved.first().and_then(|d| d.score_change).filter(|c| *c > 0.0);
    for department in &moved {
        flow.space(8.0);
        let name = words::name_of(document, &department.department);
        let points = department.score_change.map_or_else(|| "–".to_owned(), |c| points(c, lang));
        let id = if best.is_some_and(|b| department.score_change.is_some_and(|c| (c - b).abs() < 1e-9)) {
            "assess-most-improved"
        } else {
            "assess-change-department"
        };
        flow.paragraph(
            &tr!(lang, id, name = name, points = points),
            styles.h3,
            0.0,
            Role::Heading(3),
            styles.keep(),
        );
        for change in &department.criteria {
            criterion_change(flow, change, (rubric, old), lang, styles);
        }
    }
}

/// One criterion's change: the marks before and now, the points it makes,
/// and why.
fn criterion_change(
    flow: &mut Flow,
    change: &CriterionChange,
    (rubric, old): (&Rubric, &Rubric),
    lang: Language,
    styles: &Styles,
) {
    let (Some(now), Some(then)) = (rubric.criterion(&change.criterion), old.criterion(&change.previous))
    else {
        return;
    };
    let line = tr!(
        lang,
        "assess-change-criterion",
        criterion = now.title.trim(),
        from = words::mark_label(then, Some(change.marks.0), lang),
        to = words::mark_label(now, Some(change.marks.1), lang),
        points = points(change.points, lang)
    );
    flow.space(2.0);
    flow.bullet("•", &line, styles.body, 0.0);
    if !change.reason.trim().is_empty() {
        let reason = tr!(lang, "assess-reason", reason = change.reason.trim());
        flow.paragraph(&reason, styles.muted, 14.0, Role::Paragraph, 0.0);
    }
}

/// A change in points with its sign, as `lang` writes numbers.
fn points(change: f64, lang: Language) -> String {
    lang.number_text(&signed_change(change))
}
