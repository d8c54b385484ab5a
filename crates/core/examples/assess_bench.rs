//! How long the assessment's outputs take for a full round: a map of 30
//! departments (and the forms of violence they answer for) with a round
//! of 20 criteria, every answer marked with evidence, a quarter second
//! marked, some settled and some replied to; all made the same way every
//! run. Timed, each the median of several runs: every department's scores
//! (`Document::scores_of`), the round's report (`RoundReport::of`), the
//! two assessors' agreement, what `sectormap assess --json` prints, all 30
//! reply packs made and written, the briefing pack (the assessment part
//! alone, then every part), the web page and the workbook.
//!
//!     cargo run --release -p sectormap-core --example assess_bench

use std::time::{Duration, Instant};

use sectormap_core::analysis::assess::{RoundReport, agreement, round_json};
use sectormap_core::briefing::{self, Options, Part};
use sectormap_core::export::{reply_packs, write_reply_packs};
use sectormap_core::i18n::Language;
use sectormap_core::interchange::to_xlsx;
use sectormap_core::model::assess::{
    Answer, AnswerKey, Change, Criterion, Evidence, Mark, Reply, Rubric, SecondMark, Verdict, starter,
};
use sectormap_core::model::{Document, Link, LinkKind, Node, NodeKind};
use sectormap_core::pipeline::{self, DEFAULT_SEED, Scope};
use sectormap_core::web::{PageOptions, page};

/// The round's year.
const YEAR: i32 = 2026;
/// Departments on the map.
const DEPARTMENTS: usize = 30;
/// Criteria in the round.
const CRITERIA: usize = 20;

/// The median of `runs` timings of `work` (at least one), and its last result.
fn time<T>(runs: usize, mut work: impl FnMut() -> T) -> (Duration, T) {
    let start = Instant::now();
    let mut last = work();
    let mut times = vec![start.elapsed()];
    for _ in 1..runs {
        let start = Instant::now();
        last = work();
        times.push(start.elapsed());
    }
    times.sort();
    (times[times.len() / 2], last)
}

/// Prints one row of the table: what, the median, and a note.
fn row(what: &str, took: Duration, note: &str) {
    println!("| {what} | {:.2} ms | {note} |", took.as_secs_f64() * 1000.0);
}

/// The starter rubric's criteria repeated to [`CRITERIA`], each its own id.
fn rubric() -> Result<Rubric, String> {
    let starter = starter().map_err(|e| e.to_string())?;
    let criteria: Vec<Criterion> = (0..CRITERIA)
        .map(|i| {
            let mut criterion = starter.criteria[i % starter.criteria.len()].clone();
            criterion.id = format!("c{:02}", i + 1);
            criterion.title = format!("{} ({})", criterion.title, i + 1);
            criterion.weight = 1.0 + (i % 3) as f64;
            criterion.allow_na = i % 5 == 4;
            criterion.cites = None;
            criterion
        })
        .collect();
    Ok(Rubric { source: "Generated for the benchmark".to_owned(), illustrative: false, criteria })
}

/// Department `d`'s answer to criterion `c`: a level (or not applicable),
/// one or two pieces of evidence, a second mark on a quarter of them
/// (differing, then settled, on a third of those), a reply on a tenth.
fn answer(d: usize, c: usize, allow_na: bool) -> Answer {
    let mark = if allow_na && (d + c).is_multiple_of(7) {
        Mark::NotApplicable
    } else {
        Mark::Level((d * 7 + c * 3) % 3)
    };
    let evidence = (0..1 + (d + c) % 2)
        .map(|k| Evidence {
            title: format!("Department {d}: annual report {}, part {k}", YEAR - 1),
            link: format!("https://example.org/d{d}/c{c}/{k}.pdf"),
            page: format!("p. {}", 3 + c + k),
            quote: format!("The department sets out how it meets criterion {c} in {} words.", 10 + d),
            document_date: format!("{}-0{}-15", YEAR - 1 - (k as i32), 1 + (d + c) % 9),
            accessed: format!("{YEAR}-02-{:02}", 1 + (d * c) % 28),
        })
        .collect();
    let mut answer = Answer { mark: Some(mark), by: "Ana Ruiz".to_owned(), evidence, ..Answer::default() };
    answer.log.push(Change::at(
        "Ana Ruiz",
        1_770_000_000 + (d * 100 + c) as i64 * 60,
        "mark: not marked → set",
    ));
    if (d + c).is_multiple_of(4) {
        let differ = (d + c).is_multiple_of(12);
        let second = if differ && mark == Mark::Level(0) { Mark::Level(1) } else { mark };
        let second = if differ && second == mark { Mark::Level(0) } else { second };
        answer.second = Some(SecondMark { mark: second, by: "Ben Osei".to_owned(), notes: String::new() });
        answer.settled = differ.then_some(second);
    }
    if (d * 3 + c).is_multiple_of(10) {
        let agree = d.is_multiple_of(2);
        answer.reply = Some(Reply {
            agree,
            reason: if agree { String::new() } else { "Our plan was published in March.".to_owned() },
            evidence: if agree { String::new() } else { format!("Plan {YEAR}, p. 2") },
            verdict: (!agree && c.is_multiple_of(3)).then_some(Verdict::Accepted),
        });
    }
    answer
}

/// The map: 30 departments, 8 forms of violence, each department linked
/// to two of them; laid out; the round marked throughout.
fn map() -> Result<Document, String> {
    let mut doc = Document::new();
    doc.meta.title = "Assessment benchmark".to_owned();
    for i in 0..8 {
        let issue = Node::new(format!("issue-{i}"), NodeKind::Issue, format!("Form of violence {i}"));
        doc.add_node(issue).map_err(|e| e.to_string())?;
    }
    for d in 0..DEPARTMENTS {
        let id = format!("dept-{d:02}");
        doc.add_node(Node::new(&id, NodeKind::Department, format!("Department {d}")))
            .map_err(|e| e.to_string())?;
        for issue in [d % 8, (d * 3 + 1) % 8].into_iter().collect::<std::collections::BTreeSet<_>>() {
            let link = Link::new(format!("l-{d}-{issue}"), LinkKind::Relevant);
            doc.add_link(&format!("issue-{issue}"), &id, link).map_err(|e| e.to_string())?;
        }
    }
    pipeline::place(&mut doc, &Scope::Missing, DEFAULT_SEED, &mut |_| {});
    let rubric = rubric()?;
    for d in 0..DEPARTMENTS {
        for (c, criterion) in rubric.criteria.iter().enumerate() {
            let key = AnswerKey::new(YEAR, &format!("dept-{d:02}"), &criterion.id);
            doc.assessment.answers.insert(key, answer(d, c, criterion.allow_na));
        }
    }
    doc.assessment.rounds.insert(YEAR, rubric);
    Ok(doc)
}

fn main() -> Result<(), String> {
    let (built, doc) = time(1, map);
    let doc = doc?;
    let answers = doc.assessment.answers.len();
    let evidence: usize = doc.assessment.answers.values().map(|a| a.evidence.len()).sum();
    println!(
        "{DEPARTMENTS} departments ({} nodes, {} links), {CRITERIA} criteria, {answers} answers, {evidence} pieces of evidence",
        doc.node_count(),
        doc.link_count()
    );
    println!("(map built and laid out in {:.0} ms)\n", built.as_secs_f64() * 1000.0);
    println!("| work | median | note |");
    println!("|---|---|---|");
    let ids: Vec<String> =
        doc.nodes().filter(|n| n.kind == NodeKind::Department).map(|n| n.id.clone()).collect();
    let (took, count) = time(21, || ids.iter().map(|id| doc.scores_of(id).len()).sum::<usize>());
    row("every department's scores (`Document::scores_of`)", took, &format!("{count} scores"));
    let (took, _) = time(21, || RoundReport::of(&doc, YEAR).map(|r| r.progress().marked));
    row("the round's report (`RoundReport::of`, progress)", took, "");
    let (took, rows) = time(21, || agreement(&doc, YEAR));
    row("agreement (rate and kappa per criterion)", took, &format!("{} criteria", rows.len()));
    let (took, json) = time(21, || {
        RoundReport::of(&doc, YEAR).map(|r| serde_json::to_string_pretty(&round_json(&r)).unwrap_or_default())
    });
    let json = json.unwrap_or_default();
    row("`sectormap assess --json` (report, JSON, text)", took, &format!("{} KB", json.len() / 1024));
    let (took, packs) = time(5, || reply_packs(&doc, YEAR));
    let packs = packs.map_err(|e| e.to_string())?;
    let bytes: usize = packs.iter().map(|p| p.exported.bytes.len()).sum();
    row("all reply packs made", took, &format!("{} packs, {} KB", packs.len(), bytes / 1024));
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let (took, written) = time(5, || write_reply_packs(&dir.path().join("packs"), &packs).map(|w| w.len()));
    row("all reply packs written", took, &format!("{} files", written.map_err(|e| e.to_string())?));
    for (what, parts) in [
        ("briefing: the assessment part", vec![Part::Assessment]),
        ("briefing: every part", Part::ALL.to_vec()),
    ] {
        let options = Options { parts, date: "2026-03-08".to_owned(), ..Options::default() };
        let (took, pdf) = time(5, || briefing::to_pdf_counted(&doc, &options));
        let (pdf, pages) = pdf.map_err(|e| e.to_string())?;
        row(what, took, &format!("{pages} pages, {} KB", pdf.len() / 1024));
    }
    let options = PageOptions { embed: false, words: Language::En };
    let (took, html) = time(5, || page(&doc, &options));
    row("web page", took, &format!("{} KB", html.map_err(|e| e.to_string())?.len() / 1024));
    let (took, xlsx) = time(5, || to_xlsx(&doc));
    row(
        "workbook (with Rubric and Marks sheets)",
        took,
        &format!("{} KB", xlsx.map_err(|e| e.to_string())?.len() / 1024),
    );
    Ok(())
}
