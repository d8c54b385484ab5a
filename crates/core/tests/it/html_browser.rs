//! The web page in headless Chromium: a small script clicks a node, steps
//! through the views with the clicker's keys, searches and filters, then
//! writes what the page showed into the DOM, which Chromium dumps.
//!
//! Skips (saying so) when Chromium is not installed, and fails instead
//! under CI (`CI=true`, see `tools.rs`); `.ci/run` installs Debian's
//! `chromium`. `SECTORMAP_CHROMIUM` names another binary.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use sectormap_core::i18n::Language;
use sectormap_core::io::load_path;
use sectormap_core::model::Document;
use sectormap_core::pipeline::{self, Scope};
use sectormap_core::web::{PageOptions, page};
use sha2::{Digest, Sha256};

/// What the page is asked to do; it records what it showed in `#test-result`.
const DRIVE: &str = r##"(function () {
  var out = {}, q = function (s) { return document.querySelector(s); };
  var ids = function (css) { return Array.from(document.querySelectorAll(css)).map(function (g) { return g.getAttribute("data-id"); }).sort(); };
  var key = function (k) { document.body.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true })); };
  out.ready = document.documentElement.getAttribute("data-ready");
  out.caption0 = q("#caption").textContent;
  var target = q('#map g.node[data-id="' + NODE + '"]');
  if (target) {
    var r = target.firstElementChild.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
    var hit = document.elementFromPoint(x, y), at = { bubbles: true, clientX: x, clientY: y, pointerId: 1, isPrimary: true };
    out.hit = hit && hit.closest("g.node") ? hit.closest("g.node").getAttribute("data-id") : null;
    hit.dispatchEvent(new PointerEvent("pointerover", at));
    out.lit = ids("#map g.node.on");
    hit.dispatchEvent(new PointerEvent("pointerdown", at));
    hit.dispatchEvent(new PointerEvent("pointerup", at));
    out.details = q("#details").hidden ? null : q("#details-title").textContent;
    out.links = document.querySelectorAll("#details-body .links li").length;
    var marks = Array.from(document.querySelectorAll("#details-body .marks summary"));
    out.marks = marks.map(function (m) { return m.textContent; });
    out.markTitle = marks.length ? marks[0].title : null;
    if (marks.length) marks[0].click();
    var open = document.querySelector("#details-body .marks details[open]");
    out.opened = open ? Array.from(open.querySelectorAll(".level, .evidence li")).map(function (e) { return e.textContent; }) : [];
    var shown = open && open.querySelector(".evidence li");
    out.evidenceShown = !!shown && shown.getBoundingClientRect().height > 0;
    var score = document.querySelector("#details-body .assessment .score");
    out.score = score ? score.textContent : null;
  }
  var before = q("#map").getAttribute("viewBox");
  for (var i = 0; i < STEPS; i++) key(i % 2 ? "ArrowRight" : "PageDown");
  setTimeout(function () {
    out.caption = q("#caption").textContent;
    out.step = q("#step").textContent;
    out.dimmed = ids("#map g.node.vd");
    out.moved = q("#map").getAttribute("viewBox") !== before;
    key("PageUp");
    out.back = q("#caption").textContent;
    out.fills = {};
    document.querySelectorAll("#map g.node").forEach(function (g) { out.fills[g.getAttribute("data-id")] = g.firstElementChild.getAttribute("fill"); });
    var s = q("#search");
    if (s) {
      s.value = SEARCH;
      s.dispatchEvent(new Event("input", { bubbles: true }));
      out.matches = ids("#map g.node.match");
      out.results = document.querySelectorAll("#results button").length;
      s.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
      out.found = q("#details-title").textContent;
      q('#filter-kinds input[value="objective"]').click();
      out.off = ids("#map g.node.off");
    }
    var pre = document.createElement("pre");
    pre.id = "test-result";
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }, 1500);
})();"##;

/// The browser to run, or `None` after saying it is missing (a failure
/// under CI).
fn chromium() -> Option<PathBuf> {
    let found = match std::env::var_os("SECTORMAP_CHROMIUM") {
        Some(path) => Some(PathBuf::from(path)).filter(|p| p.exists()),
        None => ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
            .iter()
            .map(PathBuf::from)
            .find(|p| p.exists()),
    };
    if found.is_none() {
        crate::tools::missing(
            "Chromium",
            "apt-get install chromium, or set SECTORMAP_CHROMIUM to a Chromium or Chrome binary",
        );
    }
    found
}

fn example() -> Document {
    let mut doc = load_path(&crate::common::root().join("maps/uk-evaw.json")).unwrap();
    pipeline::place(&mut doc, &Scope::Missing, 1, &mut |_| {});
    doc
}

/// The page with the driving script added (and allowed by its policy).
fn driven(page: &str, node: &str, steps: usize, search: &str) -> String {
    let script = DRIVE
        .replace("NODE", &serde_json::to_string(node).unwrap())
        .replace("STEPS", &steps.to_string())
        .replace("SEARCH", &serde_json::to_string(search).unwrap());
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script.as_bytes()));
    page.replacen("script-src ", &format!("script-src 'sha256-{hash}' "), 1).replacen(
        "</body>",
        &format!("<script>{script}</script>\n</body>"),
        1,
    )
}

/// How long Chromium may run before it is taken to have hung.
const HUNG: Duration = Duration::from_secs(600);

/// Opens `url` in headless Chromium and returns what `#test-result` says.
fn run(browser: &Path, dir: &Path, url: &str) -> serde_json::Value {
    let mut child = Command::new(browser)
        .args(["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--hide-scrollbars"])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .args(["--window-size=1400,900", "--virtual-time-budget=6000", "--dump-dom", url])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Read as it comes: a page is more than a pipe holds.
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || std::io::read_to_string(&mut stdout).unwrap());
    // Not a measure of speed (the page runs on Chromium's virtual clock):
    // only a browser stuck for ten minutes, say on a missing display, is
    // stopped, so that it does not hang the whole run.
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > HUNG {
            let _ = child.kill();
            panic!("chromium hung: still running after {HUNG:?} on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let dom = reader.join().unwrap();
    let html = scraper::Html::parse_document(&dom);
    let result = html.select(&scraper::Selector::parse("#test-result").unwrap()).next();
    let text: String =
        result.unwrap_or_else(|| panic!("no test result in the page: {dom:.2000}")).text().collect();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn a_click_a_story_step_a_search_and_a_filter_show_on_the_page() {
    let Some(browser) = chromium() else { return };
    let doc = example();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("page.html");
    let html = page(&doc, &PageOptions { embed: false, words: Language::En }).unwrap();
    let node = "dept-home-office";
    // The fourth view focuses the Home Office: four steps from the whole map.
    let focus = doc.views.iter().position(|v| v.focus.is_some()).unwrap();
    std::fs::write(&file, driven(&html, node, focus + 1, "marriage")).unwrap();
    let out = run(&browser, dir.path(), &format!("file://{}", file.display()));

    assert_eq!(out["ready"], "true", "{out}");
    assert_eq!(out["caption0"], Language::En.tr("web-whole-map"));
    // The click lands on the node, lights its neighbours and opens its details.
    let label = &doc.node(node).unwrap().label;
    assert_eq!(out["hit"], node);
    assert_eq!(out["details"], label.as_str());
    let mut neighbours: BTreeSet<String> = doc
        .links_of(node)
        .iter()
        .map(|(_, from, to)| if *from == node { (*to).to_owned() } else { (*from).to_owned() })
        .collect();
    neighbours.insert(node.to_owned());
    assert_eq!(strings(&out["lit"]), neighbours);
    assert_eq!(out["links"], doc.links_of(node).len());
    // Its marks in the 2008 round, each level's meaning on hover, and
    // opened: the meaning and the evidence.
    let marks: Vec<&str> = out["marks"].as_array().unwrap().iter().map(|m| m.as_str().unwrap()).collect();
    assert_eq!(marks.len(), 7, "{out}");
    assert_eq!(marks[0], "Defines violence against women: Full");
    assert!(marks.contains(&"Evaluates: None"), "{marks:?}");
    let define = &doc.assessment.rounds[&2008].criteria[0];
    assert_eq!(out["markTitle"], define.levels[2].description.as_str());
    let opened = &out["opened"];
    assert_eq!(opened[0], define.levels[2].description.as_str());
    assert!(opened[1].as_str().unwrap().contains("the department's strategy defines"), "{opened}");
    assert_eq!(out["evidenceShown"], true);
    assert_eq!(out["score"], "Score 5.71 out of 10, on 7 of 7 criteria.");
    // The story step shows its caption, dims what is outside its focus and moves the camera.
    let view = &doc.views[focus];
    assert_eq!(out["caption"], view.heading());
    assert_eq!(out["step"], format!("View {} of {}", focus + 1, doc.views.len()));
    assert_eq!(strings(&out["dimmed"]), view.hidden_and_dimmed(&doc).1);
    assert_eq!(out["moved"], true);
    assert_eq!(out["back"], doc.views[focus - 1].heading());
    // Search finds what has the word in it; Enter opens the first.
    let found: BTreeSet<String> = doc
        .nodes()
        .filter(|n| {
            format!("{} {} {}", n.label, n.description, n.tags.join(" ")).to_lowercase().contains("marriage")
        })
        .map(|n| n.id.clone())
        .collect();
    assert!(!found.is_empty());
    assert_eq!(strings(&out["matches"]), found);
    assert_eq!(out["results"], found.len());
    assert_eq!(out["found"], doc.node(found.iter().next().unwrap()).unwrap().label.as_str());
    // Unticking objectives hides every objective.
    let objectives: BTreeSet<String> = doc
        .nodes()
        .filter(|n| n.kind == sectormap_core::model::NodeKind::Objective)
        .map(|n| n.id.clone())
        .collect();
    assert_eq!(strings(&out["off"]), objectives);
}

#[test]
fn the_embeddable_page_opens_on_the_view_its_address_names_in_its_colours() {
    let Some(browser) = chromium() else { return };
    let doc = example();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("embed.html");
    let html = page(&doc, &PageOptions { embed: true, words: Language::En }).unwrap();
    std::fs::write(&file, driven(&html, "none", 0, "")).unwrap();
    // The view coloured by score: departments change colour from the map's own.
    let scored = doc.views.iter().position(|v| v.color_by == sectormap_core::model::ColorBy::Score).unwrap();
    let out = run(&browser, dir.path(), &format!("file://{}#view-{}", file.display(), scored + 2));
    assert_eq!(out["caption0"], doc.views[scored + 1].heading());
    // Page Up from there is the score view.
    assert_eq!(out["back"], doc.views[scored].heading());
    let fills = out["fills"].as_object().unwrap();
    let departments: Vec<&str> = doc
        .nodes()
        .filter(|n| n.kind == sectormap_core::model::NodeKind::Department)
        .map(|n| n.id.as_str())
        .collect();
    let colours: BTreeSet<&str> = departments.iter().map(|id| fills[*id].as_str().unwrap()).collect();
    assert!(colours.len() > 1, "departments all one colour under scores: {colours:?}");
}

fn strings(value: &serde_json::Value) -> BTreeSet<String> {
    value.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect()
}
