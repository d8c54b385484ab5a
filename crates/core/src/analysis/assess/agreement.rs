//! How far two assessors agree, criterion by criterion: the share of
//! answers both marked the same, and Cohen's kappa (agreement beyond
//! what chance would give), which shows which criteria are vague.

use std::collections::BTreeMap;

use crate::model::Document;
use crate::model::assess::Mark;

/// Agreement on one criterion over every department both assessors marked.
#[derive(Clone, Debug, PartialEq)]
pub struct CriterionAgreement {
    /// The criterion's id.
    pub criterion: String,
    /// Answers with both a first and a second mark.
    pub pairs: usize,
    /// Of them, where the two marks are the same.
    pub agreed: usize,
    /// Cohen's kappa; `None` with no pairs, or when chance alone would
    /// give full agreement (both always gave one and the same mark).
    pub kappa: Option<f64>,
}

impl CriterionAgreement {
    /// The share of pairs that agree, 0 to 1; `None` with no pairs.
    pub fn rate(&self) -> Option<f64> {
        (self.pairs > 0).then(|| self.agreed as f64 / self.pairs as f64)
    }
}

/// Cohen's kappa of paired marks: (observed − expected) ÷ (1 − expected),
/// the expected agreement from each assessor's own share of each mark.
fn kappa(pairs: &[(Mark, Mark)]) -> Option<f64> {
    if pairs.is_empty() {
        return None;
    }
    let n = pairs.len() as f64;
    let observed = pairs.iter().filter(|(a, b)| a == b).count() as f64 / n;
    let mut first: BTreeMap<Mark, f64> = BTreeMap::new();
    let mut second: BTreeMap<Mark, f64> = BTreeMap::new();
    for (a, b) in pairs {
        *first.entry(*a).or_default() += 1.0 / n;
        *second.entry(*b).or_default() += 1.0 / n;
    }
    let expected: f64 = first.iter().map(|(mark, p)| p * second.get(mark).copied().unwrap_or(0.0)).sum();
    (expected < 1.0 - 1e-12).then(|| (observed - expected) / (1.0 - expected))
}

/// Agreement per criterion of the `year` round, in the rubric's order
/// (empty when there is no such round).
pub fn agreement(doc: &Document, year: i32) -> Vec<CriterionAgreement> {
    let Some(rubric) = doc.assessment.rounds.get(&year) else { return Vec::new() };
    rubric
        .criteria
        .iter()
        .map(|criterion| {
            let pairs: Vec<(Mark, Mark)> = doc
                .assessment
                .answers
                .iter()
                .filter(|(key, _)| key.year == year && key.criterion == criterion.id)
                .filter_map(|(_, answer)| Some((answer.mark?, answer.second.as_ref()?.mark)))
                .collect();
            CriterionAgreement {
                criterion: criterion.id.clone(),
                pairs: pairs.len(),
                agreed: pairs.iter().filter(|(a, b)| a == b).count(),
                kappa: kappa(&pairs),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kappa_of_known_tables() {
        use Mark::Level;
        // Perfect agreement over two marks: kappa 1.
        let perfect = [(Level(0), Level(0)), (Level(1), Level(1))];
        assert_eq!(kappa(&perfect), Some(1.0));
        // 50 pairs: 20 yes/yes, 15 no/no, 5 yes/no, 10 no/yes -> po 0.7,
        // pe 0.5 × 0.6 + 0.5 × 0.4 = 0.5, kappa 0.4 (a textbook table).
        let mut table = Vec::new();
        table.extend(std::iter::repeat_n((Level(1), Level(1)), 20));
        table.extend(std::iter::repeat_n((Level(0), Level(0)), 15));
        table.extend(std::iter::repeat_n((Level(1), Level(0)), 5));
        table.extend(std::iter::repeat_n((Level(0), Level(1)), 10));
        let k = kappa(&table).unwrap_or(f64::NAN);
        assert!((k - 0.4).abs() < 1e-9, "{k}");
        // Both always gave one mark: chance explains it all, no kappa.
        assert_eq!(kappa(&[(Level(2), Level(2)), (Level(2), Level(2))]), None);
        assert_eq!(kappa(&[]), None);
    }
}
