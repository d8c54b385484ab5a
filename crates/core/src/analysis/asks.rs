//! What is asked of each department, worded from the map: every relevant
//! link it does not make, every criterion it is below the top of, every
//! commitment that obliges it, every form of VAW its work touches that it
//! addresses nowhere; merged with what people changed (`Document::asks`).

use super::reach::Reach;
use super::rules::name;
use crate::i18n::Language;
use crate::model::assess::Mark;
use crate::model::{AskNote, Document, LinkKind, NodeKind, Recognised, Urgency};
use crate::tr;

/// One ask of a department, as the brief and the editor show it.
#[derive(Clone, Debug, PartialEq)]
pub struct Ask {
    /// Its stable key (see [`AskNote::key`]).
    pub key: String,
    /// How urgent it is.
    pub urgency: Urgency,
    /// What is asked, in the map's language (or the one asked for).
    pub text: String,
    /// Its sources.
    pub evidence: Vec<String>,
    /// Whether it is an ask of people's own rather than worded from the map.
    pub own: bool,
    /// Whether people changed its wording or urgency.
    pub edited: bool,
    /// Whether people left it out of the brief.
    pub dropped: bool,
}

/// The asks the map itself words for department `id`, in a fixed order.
fn worded(doc: &Document, id: &str, reach: &Reach, lang: Language) -> Vec<Ask> {
    let mut out = Vec::new();
    let mut ask = |key: String, urgency, text: String, evidence: Vec<String>| {
        out.push(Ask { key, urgency, text, evidence, own: false, edited: false, dropped: false });
    };
    let objectives: Vec<&str> = doc
        .links_of(id)
        .into_iter()
        .filter(|(l, from, _)| l.kind == LinkKind::Pursues && *from == id)
        .map(|(_, _, to)| to)
        .collect();
    let mut made_any = std::collections::BTreeSet::new();
    for (link, from, to) in doc
        .links()
        .filter(|(l, _, to)| l.kind == LinkKind::Relevant && (*to == id || objectives.contains(to)))
    {
        let (Some(issue), Some(target)) = (doc.node(from), doc.node(to)) else { continue };
        if link.recognised == Recognised::Yes {
            made_any.insert(from.to_owned());
        }
        if link.recognised != Recognised::No {
            continue;
        }
        let urgency = match link.strength {
            3.. => Urgency::Urgent,
            2 => Urgency::Important,
            _ => Urgency::ToConsider,
        };
        let text = if target.kind == NodeKind::Objective {
            tr!(lang, "ask-recognise-objective", issue = name(issue), objective = name(target))
        } else {
            tr!(lang, "ask-recognise-department", issue = name(issue))
        };
        ask(format!("link:{}", link.id), urgency, text, link.evidence.clone());
    }
    if let Some(year) = doc.assessment.latest()
        && let Some(rubric) = doc.assessment.rounds.get(&year)
    {
        for criterion in rubric.criteria.iter().filter(|c| crate::model::assess::applies(doc, c, id)) {
            let mark = doc.assessment.answer(year, id, &criterion.id).and_then(|a| a.final_mark());
            let Some(Mark::Level(level)) = mark else { continue };
            let Some(next) = criterion.levels.get(level + 1) else { continue };
            let urgency = if criterion.top() - level >= 2 { Urgency::Urgent } else { Urgency::Important };
            let text = tr!(
                lang,
                "ask-criterion",
                criterion = criterion.title.as_str(),
                next = next.description.as_str()
            );
            ask(format!("criterion:{year}:{}", criterion.id), urgency, text, Vec::new());
        }
    }
    for (link, from, _) in
        doc.links_of(id).into_iter().filter(|(l, _, to)| l.kind == LinkKind::Obliges && *to == id)
    {
        let Some(commitment) = doc.node(from) else { continue };
        let text = if link.label.trim().is_empty() {
            tr!(lang, "ask-commitment", commitment = name(commitment))
        } else {
            tr!(lang, "ask-commitment-clause", commitment = name(commitment), clause = link.label.as_str())
        };
        ask(format!("commitment:{from}"), Urgency::Important, text, link.evidence.clone());
    }
    for issue_id in reach.issues_of_department(id) {
        let Some(issue) = doc.node(issue_id).filter(|_| !made_any.contains(issue_id)) else { continue };
        ask(
            format!("issue:{issue_id}"),
            Urgency::Important,
            tr!(lang, "ask-address-issue", issue = name(issue)),
            Vec::new(),
        );
    }
    out
}

/// Every ask of department `id`, worded in `lang` (the map's words) and
/// shown in `tag` where people translated their wording: people's
/// arrangement first (their order, their changes, their own asks), then
/// the map's new asks, most urgent first. Dropped asks are included,
/// marked so; [`for_brief`] leaves them out.
pub fn asks_for(doc: &Document, id: &str, lang: Language, tag: Option<&str>) -> Vec<Ask> {
    let reach = Reach::of(doc);
    let mut generated = worded(doc, id, &reach, lang);
    let notes: &[AskNote] = doc.asks.get(id).map_or(&[], Vec::as_slice);
    let mut out = Vec::new();
    for note in notes {
        let text_in =
            |text: &str| tag.and_then(|t| note.translations.get(t, "text")).unwrap_or(text).to_owned();
        let base = match generated.iter().position(|a| a.key == note.key) {
            Some(at) => generated.remove(at),
            None if note.is_own() => Ask {
                key: note.key.clone(),
                urgency: Urgency::Important,
                text: String::new(),
                evidence: Vec::new(),
                own: true,
                edited: false,
                dropped: false,
            },
            // The map no longer words it (the link is made now...): gone.
            None => continue,
        };
        out.push(Ask {
            urgency: note.urgency.unwrap_or(base.urgency),
            text: note.text.as_deref().map_or_else(|| base.text.clone(), text_in),
            evidence: if note.evidence.is_empty() { base.evidence.clone() } else { note.evidence.clone() },
            edited: note.text.is_some() || note.urgency.is_some(),
            dropped: note.dropped,
            ..base
        });
    }
    generated.sort_by_key(|a| a.urgency);
    out.extend(generated);
    out
}

/// The asks a brief lists: not dropped, most urgent first, people's order
/// kept within each urgency.
pub fn for_brief(asks: &[Ask]) -> Vec<&Ask> {
    let mut kept: Vec<&Ask> = asks.iter().filter(|a| !a.dropped).collect();
    kept.sort_by_key(|a| a.urgency);
    kept
}

/// How many asks each department has in its brief, by department id.
pub fn ask_counts(doc: &Document, lang: Language) -> std::collections::BTreeMap<String, usize> {
    doc.nodes()
        .filter(|n| n.kind == NodeKind::Department)
        .map(|n| (n.id.clone(), asks_for(doc, &n.id, lang, None).iter().filter(|a| !a.dropped).count()))
        .collect()
}
