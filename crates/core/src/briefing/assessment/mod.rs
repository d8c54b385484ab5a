//! The assessment part: one round of the coalition's assessment as the
//! public may read it. Its heading (saying "illustrative" where the round
//! is) and source line; the published formula; the criteria with their
//! questions and the description of every level; a table of departments by
//! criteria with marks and scores; what changed since the round before;
//! then each department's marks with their evidence and its reply.
//!
//! Assessors' private notes, second marks and change logs are never
//! printed. Text pages, set by [`super::compose::Flow`] as the other parts
//! are, so every line is tagged text.

mod changes;
mod departments;
mod table;

use super::compose::{Flow, Page, Role, Style};
use super::{BriefingError, Options, Part};
use crate::analysis::assess::{RoundReport, formula, words};
use crate::i18n::Language;
use crate::model::Document;
use crate::model::assess::Rubric;
use crate::scene::style::Palette;
use crate::scene::{Theme, Weight};
use crate::tr;

/// The part's text styles (every one at least 6 pt).
#[derive(Clone, Copy, Debug)]
struct Styles {
    h1: Style,
    h2: Style,
    h3: Style,
    body: Style,
    strong: Style,
    muted: Style,
}

impl Styles {
    fn new() -> Self {
        let palette = Palette::of(Theme::Light);
        let text = |size, weight| Style { size, weight, color: palette.text };
        Self {
            h1: text(18.0, Weight::Semibold),
            h2: text(13.5, Weight::Semibold),
            h3: text(11.0, Weight::Semibold),
            body: text(10.0, Weight::Regular),
            strong: text(10.0, Weight::Semibold),
            muted: Style { size: 9.5, weight: Weight::Regular, color: palette.muted },
        }
    }

    /// What a heading in `style` keeps with: two lines of body text.
    fn keep(&self) -> f32 {
        self.body.size * 2.0 * super::compose::LEADING
    }
}

/// An error when `round` is asked for and the map has no such round.
pub fn check_round(document: &Document, round: Option<i32>) -> Result<(), BriefingError> {
    let Some(year) = round else { return Ok(()) };
    if document.assessment.rounds.contains_key(&year) {
        return Ok(());
    }
    let rounds: Vec<String> = document.assessment.rounds.keys().map(i32::to_string).collect();
    let known = if rounds.is_empty() {
        "it has none".to_owned()
    } else {
        format!("its rounds are {}", rounds.join(", "))
    };
    Err(BriefingError::NoSuchRound { year, known })
}

/// The assessment part: the round `options` asks for, else the latest;
/// no pages when the map has no round.
pub fn pages(document: &Document, options: &Options) -> Vec<Page> {
    let Some(year) = options.round.or_else(|| document.assessment.latest()) else { return Vec::new() };
    let Some(report) = RoundReport::of(document, year) else { return Vec::new() };
    let lang = options.language;
    let styles = Styles::new();
    let mut flow = super::text_flow(document, options, Part::Assessment);
    intro(&mut flow, year, report.rubric, lang, &styles);
    criteria(&mut flow, document, report.rubric, lang, &styles);
    table::marks(&mut flow, &report, lang, &styles);
    changes::year_on_year(&mut flow, document, year, lang, &styles);
    departments::marks(&mut flow, &report, lang, &styles);
    flow.finish()
}

/// The heading, "illustrative" where the round is, the source line and
/// the formula.
fn intro(flow: &mut Flow, year: i32, rubric: &Rubric, lang: Language, styles: &Styles) {
    flow.paragraph(&words::round_heading(year, rubric, lang), styles.h1, 0.0, Role::Heading(1), 40.0);
    flow.space(6.0);
    if rubric.illustrative {
        flow.paragraph(&lang.tr("assess-illustrative"), styles.strong, 0.0, Role::Paragraph, 0.0);
        flow.space(4.0);
    }
    if !rubric.source.trim().is_empty() {
        let source = tr!(lang, "assess-source", source = rubric.source.trim());
        flow.paragraph(&source, styles.muted, 0.0, Role::Paragraph, 0.0);
    }
    flow.space(10.0);
    flow.paragraph(&lang.tr("assess-formula-heading"), styles.h2, 0.0, Role::Heading(2), styles.keep());
    flow.space(2.0);
    flow.paragraph(&formula(lang), styles.body, 0.0, Role::Paragraph, 0.0);
    flow.space(2.0);
    flow.paragraph(&lang.tr("assess-formula-mark"), styles.muted, 0.0, Role::Paragraph, 0.0);
}

/// Each criterion: its number and title, question, terms, guidance and
/// every level with its description.
fn criteria(flow: &mut Flow, document: &Document, rubric: &Rubric, lang: Language, styles: &Styles) {
    flow.space(12.0);
    flow.paragraph(&lang.tr("assess-criteria"), styles.h2, 0.0, Role::Heading(2), styles.keep());
    let weighted = words::weighted(rubric);
    for (i, criterion) in rubric.criteria.iter().enumerate() {
        flow.space(8.0);
        let title = tr!(lang, "assess-criterion", number = i + 1, title = criterion.title.trim());
        flow.paragraph(&title, styles.h3, 0.0, Role::Heading(3), styles.keep());
        if !criterion.question.trim().is_empty() {
            flow.paragraph(criterion.question.trim(), styles.body, 0.0, Role::Paragraph, 0.0);
        }
        let terms = words::criterion_terms(document, criterion, weighted, lang);
        flow.paragraph(&terms, styles.muted, 0.0, Role::Paragraph, 0.0);
        if !criterion.guidance.trim().is_empty() {
            let guidance = tr!(lang, "assess-guidance", guidance = criterion.guidance.trim());
            flow.paragraph(&guidance, styles.muted, 0.0, Role::Paragraph, 0.0);
        }
        for (n, level) in criterion.levels.iter().enumerate() {
            flow.space(1.5);
            let text = if level.description.trim().is_empty() {
                level.label.trim().to_owned()
            } else {
                tr!(lang, "assess-level", label = level.label.trim(), description = level.description.trim())
            };
            flow.bullet(&n.to_string(), &text, styles.body, 6.0);
        }
    }
}
