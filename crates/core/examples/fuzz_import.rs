//! A bounded fuzz run over the JSON loader and every importer: mutated
//! copies of real files (the example map as JSON, XLSX, CSV, GraphML, GEXF
//! and Kumu JSON, and the shipped templates) and sheets made of random
//! cells, for a fixed time. Any panic is a failure; the run prints how many
//! inputs it tried and exits non-zero if one panicked.
//!
//! `cargo run --release -p sectormap-core --example fuzz_import -- [SECONDS] [SEED]` (600 s by default).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use sectormap_core::interchange::{self, KindMap, Limits, Table, from_blueprint, from_gexf, from_graphml};

/// splitmix64: a small deterministic generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Pieces that make parsers take unusual paths.
const TOKENS: [&str; 24] = [
    "<",
    ">",
    "</",
    "\"",
    "'",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "&amp;",
    "&#xD800;",
    "1e309",
    "-0",
    "NaN",
    "\u{202E}",
    "\u{FEFF}",
    "|",
    "\n",
    "null",
    "99999999999999999999",
    "<node id=\"x\"/>",
    "\"nodes\":",
];

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..=rng.below(8) {
        let at = rng.below(out.len() + 1);
        match rng.below(6) {
            0 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] = rng.next() as u8;
            }
            1 => out.truncate(at),
            2 => out.splice(at..at, TOKENS[rng.below(TOKENS.len())].bytes()).for_each(drop),
            3 if !out.is_empty() => {
                let end = (at + rng.below(64)).min(out.len());
                let chunk = out[at.min(end)..end].to_vec();
                let to = rng.below(out.len() + 1);
                out.splice(to..to, chunk).for_each(drop);
            }
            4 if at < out.len() => {
                let end = (at + rng.below(32)).min(out.len());
                out.drain(at..end);
            }
            _ => {
                let i = at.min(out.len());
                out.insert(i, rng.next() as u8);
            }
        }
    }
    out
}

const HEADERS: [&str; 22] = [
    "Label",
    "ID",
    "Type",
    "From",
    "To",
    "Strength",
    "Recognised",
    "X",
    "Y",
    "Pinned",
    "Sector",
    "Tags",
    "2024",
    "2025",
    "Department",
    "Form of VAW",
    "Year",
    "Note",
    "Field",
    "Value",
    "Description",
    "",
];
const CELLS: [&str; 16] = [
    "",
    "Home Office",
    "department",
    "issue",
    "objective",
    "3✓",
    "x",
    "2*",
    "11",
    "-1",
    "1e309",
    "a|b|",
    "yes",
    "Elements",
    "\u{202E}abc",
    "Domestic abuse",
];
const SHEETS: [&str; 9] =
    ["Elements", "Connections", "Relevance", "Report card", "Score notes", "Map", "Other", "x (ignore)", ""];

fn random_tables(rng: &mut Rng) -> Vec<Table> {
    (0..=rng.below(4))
        .map(|_| {
            let width = rng.below(7) + 1;
            let mut rows = vec![(0..width).map(|_| HEADERS[rng.below(HEADERS.len())].to_owned()).collect()];
            for _ in 0..rng.below(12) {
                rows.push(
                    (0..rng.below(width + 2)).map(|_| CELLS[rng.below(CELLS.len())].to_owned()).collect(),
                );
            }
            Table { name: SHEETS[rng.below(SHEETS.len())].to_owned(), rows }
        })
        .collect()
}

fn seeds(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let doc =
        sectormap_core::io::load_str(sectormap_core::io::EXAMPLE_MAP, "uk-evaw.json").unwrap_or_default();
    let mut out = vec![("map.json".to_owned(), sectormap_core::io::EXAMPLE_MAP.as_bytes().to_vec())];
    for (name, format) in [
        ("map.xlsx", interchange::Format::Workbook),
        ("map.graphml", interchange::Format::GraphMl),
        ("map.gexf", interchange::Format::Gexf),
        ("map.kumu.json", interchange::Format::Kumu),
    ] {
        if let Ok(bytes) = interchange::export_bytes(&doc, format, name) {
            out.push((name.to_owned(), bytes));
        }
    }
    out.push((
        "elements.csv".to_owned(),
        b"Label,Type,X,Y\nHome Office,ministry,1,2\nRape,issue,,\n".to_vec(),
    ));
    let templates = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join("maps/templates");
    for name in ["workbook.xlsx", "matrix.xlsx", "report-card.xlsx"] {
        if let Ok(bytes) = std::fs::read(templates.join(name)) {
            out.push((name.to_owned(), bytes));
        }
    }
    let _ = std::fs::create_dir_all(dir);
    out
}

/// Runs `work`, counting a panic.
fn guard(panics: &mut Vec<String>, what: String, work: impl FnOnce()) {
    if catch_unwind(AssertUnwindSafe(work)).is_err() {
        eprintln!("PANIC: {what}");
        panics.push(what);
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let seconds = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(600);
    let mut rng = Rng(args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1));
    let dir: PathBuf = std::env::temp_dir().join(format!("sectormap-fuzz-{}", std::process::id()));
    let seeds = seeds(&dir);
    std::panic::set_hook(Box::new(|_| {}));
    let limits =
        Limits { max_bytes: 5_000_000, max_rows: 20_000, max_unpacked: 50_000_000, max_cells: 400_000 };
    let (started, until) = (Instant::now(), Duration::from_secs(seconds));
    let (mut tried, mut panics) = (0u64, Vec::new());
    while started.elapsed() < until {
        tried += 1;
        let (name, seed) = &seeds[rng.below(seeds.len())];
        let bytes = mutate(&mut rng, seed);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let path = dir.join(name);
        let case = format!("input {tried} from {name} (seed {})", rng.0);
        guard(&mut panics, case.clone(), || {
            if std::fs::write(&path, &bytes).is_ok() {
                let _ = interchange::import_path_with(&path, &limits, &KindMap::default());
            }
            let _ = sectormap_core::io::load_str(&text, name);
            let _ = from_graphml(&text);
            let _ = from_gexf(&text);
            if let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) {
                let _ = from_blueprint(&value, &mut Default::default());
            }
        });
        let tables = random_tables(&mut rng);
        guard(&mut panics, format!("{case}: random sheets {tables:?}"), || {
            let _ = interchange::from_tables(&tables, &mut Default::default());
        });
    }
    let _ = std::fs::remove_dir_all(&dir);
    println!(
        "fuzz_import: {tried} mutated files and {tried} random workbooks in {:.0} s, {} panics",
        started.elapsed().as_secs_f64(),
        panics.len()
    );
    if panics.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
