//! The starter rubric: the coalition's seven questions (define, analyse,
//! plan, resource, train, set targets, evaluate), each with levels
//! described, reconstructed from press coverage and labelled so.

use super::Rubric;

/// The starter rubric as shipped (`assets/rubrics/starter.json`).
pub const STARTER_JSON: &str = include_str!("../../../../../assets/rubrics/starter.json");

/// The starter rubric, for a new round. A commitment it cites that the map
/// does not have is left uncited (see [`Rubric::cites_only`]).
pub fn starter() -> Result<Rubric, serde_json::Error> {
    serde_json::from_str(STARTER_JSON)
}

impl Rubric {
    /// The rubric with citations of commitments not in `has` dropped, so
    /// it fits a map that lacks them.
    pub fn cites_only(mut self, has: impl Fn(&str) -> bool) -> Self {
        for criterion in &mut self.criteria {
            if criterion.cites.as_ref().is_some_and(|c| !has(&c.commitment)) {
                criterion.cites = None;
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_starter_rubric_reads_and_asks_the_seven_questions() {
        let rubric = super::starter().map_err(|e| e.to_string());
        let ids: Vec<String> = rubric.iter().flat_map(|r| r.criteria.iter().map(|c| c.id.clone())).collect();
        assert_eq!(ids, ["define", "analyse", "plan", "resource", "train", "targets", "evaluate"]);
        assert!(rubric.is_ok_and(|r| r.source.contains("Reconstructed from press coverage")));
    }
}
