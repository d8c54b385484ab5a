//! What the fonts and the text engine cost at start: parsing the bundled
//! faces, the first shaping in every script, and the editor's first frames
//! (egui's own fonts included), median of a few runs in fresh processes.
//!
//! `cargo run --release -p sectormap-app --example startup_bench`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)] // a benchmark binary

use std::process::Command;
use std::time::Instant;

use egui_kittest::Harness;
use sectormap_app::{Launch, SectormapApp, Start};

const SAMPLES: [&str; 10] = [
    "Violencia doméstica",
    "العنف الأسري",
    "אלימות במשפחה",
    "घरेलू हिंसा",
    "পারিবারিক সহিংসতা",
    "குடும்ப வன்முறை",
    "ความรุนแรงในครอบครัว",
    "የቤት ውስጥ ጥቃት",
    "针对妇女的暴力",
    "여성에 대한 폭력",
];

fn one_run() {
    let start = Instant::now();
    let ok = sectormap_core::text::faces::all_parse();
    let faces = start.elapsed();
    let start = Instant::now();
    for sample in SAMPLES {
        let _ = sectormap_core::text::wrap(sample, 14.0, sectormap_core::text::Weight::Regular, 120.0, 3);
    }
    let shaping = start.elapsed();
    let start = Instant::now();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .build_eframe(|cc| SectormapApp::new(cc, Launch::headless(Start::Example)));
    harness.run();
    let editor = start.elapsed();
    println!(
        "{} {:.1} {:.1} {:.1}",
        ok,
        faces.as_secs_f64() * 1e3,
        shaping.as_secs_f64() * 1e3,
        editor.as_secs_f64() * 1e3
    );
}

fn main() {
    if std::env::args().any(|a| a == "--one") {
        one_run();
        return;
    }
    let exe = std::env::current_exe().expect("own path");
    let mut rows: Vec<[f64; 3]> = Vec::new();
    for _ in 0..7 {
        let out = Command::new(&exe).arg("--one").output().expect("runs");
        let text = String::from_utf8_lossy(&out.stdout);
        let v: Vec<f64> = text.split_whitespace().skip(1).filter_map(|s| s.parse().ok()).collect();
        if v.len() == 3 {
            rows.push([v[0], v[1], v[2]]);
        }
    }
    let median = |i: usize| {
        let mut col: Vec<f64> = rows.iter().map(|r| r[i]).collect();
        col.sort_by(f64::total_cmp);
        col.get(col.len() / 2).copied().unwrap_or(f64::NAN)
    };
    println!("Median of {} fresh processes, milliseconds:", rows.len());
    println!("  parse the 10 bundled faces (shaper tables included): {:.1}", median(0));
    println!("  first wrap of a label in each of 10 scripts:          {:.1}", median(1));
    println!("  editor start to first frame (example map, no GPU):    {:.1}", median(2));
}
