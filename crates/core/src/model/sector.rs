//! The families of sectors named in the brief, matched loosely from the free
//! text a user gives a department's sector.

/// A family of sectors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SectorFamily {
    /// Health.
    Health,
    /// Law enforcement and criminal justice.
    Justice,
    /// Education.
    Education,
    /// Social welfare (including housing and communities).
    Welfare,
    /// Labour and employment.
    Labour,
    /// Transport.
    Transport,
    /// Foreign affairs, defence and overseas work.
    Foreign,
}

impl SectorFamily {
    /// Every family, in the brief's order.
    pub const ALL: [SectorFamily; 7] = [
        SectorFamily::Health,
        SectorFamily::Justice,
        SectorFamily::Education,
        SectorFamily::Welfare,
        SectorFamily::Labour,
        SectorFamily::Transport,
        SectorFamily::Foreign,
    ];

    /// The family a sector name belongs to, if any ("criminal justice" and
    /// "law enforcement" are both justice, "housing" is welfare...), in
    /// English, Spanish or French (the editor offers the sectors in the
    /// interface's language: "salud" and "santé" are health).
    pub fn of(sector: &str) -> Option<SectorFamily> {
        let s = sector.to_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| s.contains(w));
        if has(&["health", "salud", "sanidad", "santé"]) {
            Some(SectorFamily::Health)
        } else if has(&["justice", "justicia", "law", "polic", "prosecut", "fiscal", "home"]) {
            Some(SectorFamily::Justice)
        } else if has(&["educat", "educa", "éduca", "school", "escuela", "école"]) {
            Some(SectorFamily::Education)
        } else if has(&["welfare", "social", "communit", "housing", "vivienda", "logement"]) {
            Some(SectorFamily::Welfare)
        } else if has(&["labour", "labor", "employ", "work", "trabaj", "empleo", "travail", "emploi"]) {
            Some(SectorFamily::Labour)
        } else if has(&["transport"]) {
            Some(SectorFamily::Transport)
        } else if has(&[
            "foreign",
            "international",
            "internacional",
            "overseas",
            "defence",
            "defense",
            "defensa",
            "défense",
            "exterior",
            "étrang",
        ]) {
            Some(SectorFamily::Foreign)
        } else {
            None
        }
    }

    /// Its position in [`SectorFamily::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The sectors the editor suggests for a department, as message ids (the
/// editor shows each in the interface's language and puts that name in the
/// map), with the family each belongs to.
pub const SUGGESTED_SECTORS: [(&str, Option<SectorFamily>); 8] = [
    ("sector-health", Some(SectorFamily::Health)),
    ("sector-justice", Some(SectorFamily::Justice)),
    ("sector-education", Some(SectorFamily::Education)),
    ("sector-welfare", Some(SectorFamily::Welfare)),
    ("sector-labour", Some(SectorFamily::Labour)),
    ("sector-transport", Some(SectorFamily::Transport)),
    ("sector-foreign", Some(SectorFamily::Foreign)),
    ("sector-cross-government", None),
];

#[cfg(test)]
mod tests {
    use super::{SUGGESTED_SECTORS, SectorFamily};
    use crate::i18n::Language;

    #[test]
    fn each_suggested_sector_is_known_in_every_language() {
        for lang in Language::ALL {
            for (id, family) in SUGGESTED_SECTORS {
                let name = lang.tr(id);
                assert_eq!(SectorFamily::of(&name), family, "{lang:?} {id}: {name}");
            }
        }
        assert_eq!(Language::Es.tr("sector-health"), "salud");
    }
}
