//! Names from other tools read as Sectormap's kinds and values.

use crate::model::{Engagement, LinkKind, NodeKind, Recognised};

/// The node kind a Kumu element type (or any tool's type name) stands for,
/// compared ignoring case and surrounding spaces.
pub fn node_kind(name: &str) -> Option<NodeKind> {
    let name = name.trim().to_lowercase();
    let kind = match name.as_str() {
        "department" | "ministry" | "agency" => NodeKind::Department,
        "issue" | "vaw issue" | "form of violence" | "form of vaw" => NodeKind::Issue,
        "objective" | "goal" => NodeKind::Objective,
        "commitment" | "law" | "treaty" | "policy" => NodeKind::Commitment,
        "organisation" | "organization" | "ngo" => NodeKind::Organisation,
        _ => return None,
    };
    Some(kind)
}

/// "an organisation", "a department": a kind with its article, for messages.
pub fn with_article(kind: NodeKind) -> String {
    let article = if kind.key().starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    format!("{article} {}", kind.key())
}

/// The words [`node_kind`] knows, for messages.
pub const NODE_KIND_NAMES: &str = "department (or ministry, agency), issue (or form of violence, form of VAW), \
     objective (or goal), commitment (or law, treaty, policy), organisation (or organization, NGO)";

/// The link kind a connection type names (`relevant`, `is relevant to`...).
pub fn link_kind(name: &str) -> Option<LinkKind> {
    let name = name.trim().to_lowercase();
    LinkKind::ALL.into_iter().find(|kind| kind.key() == name || kind.title() == name)
}

/// An engagement level by its name; empty is unknown.
pub fn engagement(name: &str) -> Option<Engagement> {
    let name = name.trim().to_lowercase();
    if name.is_empty() {
        return Some(Engagement::Unknown);
    }
    Engagement::ALL.into_iter().find(|e| e.key() == name)
}

/// A yes/no cell: yes, no, true, false, 1, 0, x; empty is no.
pub fn yes_no(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "yes" | "y" | "true" | "1" | "x" => Some(true),
        "no" | "n" | "false" | "0" | "" => Some(false),
        _ => None,
    }
}

/// Whether a department makes a link, as a cell or attribute says it:
/// yes, no, or nothing (or "unknown", "?") for not checked yet.
pub fn recognition(text: &str) -> Option<Recognised> {
    match text.trim().to_lowercase().as_str() {
        "" | "unknown" | "?" | "not checked" | "unchecked" => Some(Recognised::Unknown),
        other => yes_no(other).map(|yes| if yes { Recognised::Yes } else { Recognised::No }),
    }
}

/// A number cell (a decimal comma is read as a point); only finite numbers.
pub fn number(text: &str) -> Option<f64> {
    crate::model::parse_decimal(text).ok()
}

/// A coordinate cell: a number on the map (a decimal comma is read as a
/// point); else what is wrong with it (`not a number`, `off the map (...)`).
pub fn coordinate(text: &str) -> Result<f64, String> {
    let value = text.trim().replace(',', ".").parse::<f64>().map_err(|_| "not a number".to_owned())?;
    match crate::model::coordinate_problem(value) {
        None => Ok(value),
        Some(why) => Err(why),
    }
}

/// A strength of 1, 2 or 3; empty is 2.
pub fn strength(text: &str) -> Option<u8> {
    if text.trim().is_empty() {
        return Some(2);
    }
    let value = number(text)?;
    crate::model::STRENGTH_RANGE.into_iter().find(|&s| f64::from(s) == value)
}

/// An id made from a label: lower case, letters and digits joined by `-`.
pub fn slug(label: &str) -> String {
    let mut out = String::new();
    for c in label.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() { "node".to_owned() } else { out.to_owned() }
}

/// `base`, or `base-2`, `base-3`... whichever `taken` does not hold yet.
pub fn unique(base: &str, taken: &impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..).map(|n| format!("{base}-{n}")).find(|id| !taken(id)).unwrap_or_else(|| base.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_map_to_kinds() {
        assert_eq!(node_kind(" Ministry "), Some(NodeKind::Department));
        assert_eq!(node_kind("Form of VAW"), Some(NodeKind::Issue));
        assert_eq!(node_kind("NGO"), Some(NodeKind::Organisation));
        assert_eq!(node_kind("planet"), None);
        assert_eq!(link_kind("Is relevant to"), Some(LinkKind::Relevant));
        assert_eq!(strength("high"), None);
        assert_eq!(strength("3"), Some(3));
        assert_eq!(slug("Home Office (UK)"), "home-office-uk");
    }
}
