//! A generated VAW relevance map: forms of VAW, departments and their
//! objectives, each objective relevant to a few forms at strength 1 to 3.

use crate::layout::SplitMix64;
use crate::model::{Document, Link, LinkKind, Node, NodeKind};

/// Forms of VAW, in the order the map numbers them.
const FORMS: [&str; 15] = [
    "Domestic abuse",
    "Rape and sexual assault",
    "Stalking",
    "Forced marriage",
    "Female genital mutilation",
    "Honour-based abuse",
    "Trafficking",
    "Sexual harassment",
    "Online abuse",
    "Coercive control",
    "Child sexual abuse",
    "Economic abuse",
    "Femicide",
    "Sexual exploitation",
    "Image-based abuse",
];

/// Departments, in the order the map numbers them.
const DEPARTMENTS: [&str; 12] = [
    "Health",
    "Justice",
    "Home Office",
    "Education",
    "Housing",
    "Work and Pensions",
    "Foreign Office",
    "Culture and Media",
    "Transport",
    "Equalities Office",
    "Local Government",
    "Treasury",
];

/// A relevance map of `forms` forms of VAW (at most 15), `departments`
/// departments (at most 12) and `objectives` objectives shared out among
/// them in turn. Each department works mostly on a few forms: each of its
/// objectives is relevant to one to three forms, mostly among those, at a
/// strength of 1 to 3. Deterministic for a seed.
pub fn relevance_map(forms: usize, objectives: usize, departments: usize, seed: u64) -> Document {
    let (forms, departments) = (forms.clamp(1, FORMS.len()), departments.clamp(1, DEPARTMENTS.len()));
    let mut rng = SplitMix64::new(seed);
    let mut doc = Document::new();
    doc.meta.title = format!("Relevance of {objectives} objectives to {forms} forms of VAW");
    for (f, name) in FORMS.iter().take(forms).enumerate() {
        let _ = doc.add_node(Node::new(format!("form-{f:02}"), NodeKind::Issue, *name));
    }
    let mut focus = Vec::with_capacity(departments);
    for (d, name) in DEPARTMENTS.iter().take(departments).enumerate() {
        let _ = doc.add_node(Node::new(format!("dept-{d:02}"), NodeKind::Department, *name));
        // The two or three forms this department works on most.
        let count = 2 + (rng.next_u64() % 2) as usize;
        focus.push((0..count).map(|_| (rng.next_u64() % forms as u64) as usize).collect::<Vec<_>>());
    }
    let mut links = 0usize;
    for o in 0..objectives {
        let d = o % departments;
        let id = format!("obj-{o:02}");
        let label = format!("{} objective {}", DEPARTMENTS[d], o / departments + 1);
        let _ = doc.add_node(Node::new(id.clone(), NodeKind::Objective, label));
        let _ =
            doc.add_link(&format!("dept-{d:02}"), &id, Link::new(format!("pur-{o:02}"), LinkKind::Pursues));
        for _ in 0..1 + (rng.next_u64() % 3) as usize {
            let form = if rng.next_f32() < 0.75 {
                focus[d][(rng.next_u64() % focus[d].len() as u64) as usize]
            } else {
                (rng.next_u64() % forms as u64) as usize
            };
            let mut link = Link::new(format!("rel-{links:03}"), LinkKind::Relevant);
            link.strength = 1 + (rng.next_u64() % 3) as u8;
            links += 1;
            // A form already linked to this objective is not linked twice.
            let from = format!("form-{form:02}");
            let twice = doc.links().any(|(_, a, b)| a == from && b == id);
            if !twice {
                let _ = doc.add_link(&from, &id, link);
            }
        }
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_the_asked_nodes_and_valid_links() {
        let map = relevance_map(15, 40, 12, 7);
        assert_eq!(map.node_count(), 15 + 40 + 12);
        assert!(map.link_count() >= 80, "{}", map.link_count());
        assert!(map.validate().is_empty());
        assert_eq!(map, relevance_map(15, 40, 12, 7));
    }
}
