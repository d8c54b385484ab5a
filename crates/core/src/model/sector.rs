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
    /// "law enforcement" are both justice, "housing" is welfare...).
    pub fn of(sector: &str) -> Option<SectorFamily> {
        let s = sector.to_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| s.contains(w));
        if has(&["health"]) {
            Some(SectorFamily::Health)
        } else if has(&["justice", "law", "polic", "prosecut", "home"]) {
            Some(SectorFamily::Justice)
        } else if has(&["educat", "school"]) {
            Some(SectorFamily::Education)
        } else if has(&["welfare", "social", "communit", "housing"]) {
            Some(SectorFamily::Welfare)
        } else if has(&["labour", "labor", "employ", "work"]) {
            Some(SectorFamily::Labour)
        } else if has(&["transport"]) {
            Some(SectorFamily::Transport)
        } else if has(&["foreign", "international", "overseas", "defence", "defense"]) {
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
