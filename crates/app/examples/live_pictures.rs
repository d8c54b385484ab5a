//! A picture of two people editing one map live through a sync server, to
//! look at: Amina and Bea each in an editor of their own (two data folders,
//! two copies of the map), connected to one document on a sync server this
//! example starts (`server/`, under node); Amina renames Transport and
//! Bea's editor shows it. Both status bars say "Live · ws://…".
//!
//!     cargo run -p sectormap-app --example live_pictures [DIR]
//!
//! writes `share-live.png` (the two editors side by side) into DIR (default
//! `assets/screenshots`). Needs node with `server/node_modules` installed
//! (`cd server && npm ci`) and a Vulkan driver (Mesa's lavapipe is enough).

mod shots;

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use sectormap_app::SectormapApp;
use sectormap_core::edit::Edit;
use sectormap_core::share::{Device, Folder};

const TOKEN: &str = "picture-token";

/// The sync server, stopped when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the sync server on a free port; returns it and its address.
fn start_server() -> Result<(Server, String), String> {
    let port =
        TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map_err(|e| e.to_string())?.port();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../server");
    let child = Command::new("node")
        .arg("sync-server.mjs")
        .current_dir(&dir)
        .env("PORT", port.to_string())
        .env("HOST", "127.0.0.1")
        .env("SECTORMAP_SYNC_TOKEN", TOKEN)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("node sync-server.mjs in {}: {e}", dir.display()))?;
    let server = Server(child);
    let until = Instant::now() + Duration::from_secs(15);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if Instant::now() > until {
            return Err(format!("the sync server in {} is not listening on {port}", dir.display()));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok((server, format!("ws://127.0.0.1:{port}")))
}

/// The editor (960 × 720) of the person whose data folder is `data`, on `map`.
fn editor_of(data: &Path, map: &Path) -> Harness<'static, SectormapApp> {
    shots::editor_of(data, map, egui::vec2(960.0, 720.0))
}

/// A data folder for `name`, and a copy of `map` with its shared folder in a folder of its own.
fn person(name: &str, map: &Path) -> Result<(tempfile::TempDir, PathBuf), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    Device::load_or_create(dir.path(), Some(name)).map_err(|e| e.to_string())?;
    let copy = dir.path().join("map").join("uk-evaw.json");
    let (from, to) = (Folder::beside(map).dir, Folder::beside(&copy).dir);
    std::fs::create_dir_all(&to).map_err(|e| format!("{}: {e}", to.display()))?;
    std::fs::copy(map, &copy).map_err(|e| format!("{}: {e}", copy.display()))?;
    for entry in std::fs::read_dir(&from).map_err(|e| format!("{}: {e}", from.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        std::fs::copy(entry.path(), to.join(entry.file_name())).map_err(|e| e.to_string())?;
    }
    Ok((dir, copy))
}

fn main() -> Result<(), String> {
    let dir = shots::out_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/screenshots"))?;
    let (_server, url) = start_server()?;
    let folder = tempfile::tempdir().map_err(|e| e.to_string())?;
    let map = shots::shared_example(folder.path(), Device::fresh("Amina"))?;
    let ((amina, a_map), (bea, b_map)) = (person("Amina", &map)?, person("Bea", &map)?);
    let mut a = editor_of(amina.path(), &a_map);
    let mut b = editor_of(bea.path(), &b_map);
    for harness in [&mut a, &mut b] {
        harness.state_mut().work.session.connect(&url, "uk-evaw", TOKEN).map_err(|e| e.to_string())?;
        harness.run();
    }
    let node = a.state().session().doc().node("dept-dft").cloned();
    let mut node = node.ok_or("no node dept-dft")?;
    node.label = "Department for Transport (DfT)".into();
    a.state_mut().work.edit(Edit::SetNode(node), "Rename", None, None)?;
    let until = Instant::now() + Duration::from_secs(5);
    while b.state().session().doc().node("dept-dft").is_some_and(|n| !n.label.ends_with("(DfT)")) {
        if Instant::now() > until {
            return Err("Bea's editor did not show Amina's rename within 5 s".into());
        }
        a.step();
        b.step();
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut shots = Vec::new();
    for harness in [&mut a, &mut b] {
        harness.state_mut().work.selection = sectormap_core::editor::Selection::node("dept-dft");
        harness.key_press(egui::Key::F);
        harness.run();
        shots.push(harness.render()?);
    }
    let (width, height) = (shots[0].width(), shots[0].height());
    let mut both = image::RgbaImage::from_pixel(width * 2 + 8, height, image::Rgba([90, 90, 90, 255]));
    image::imageops::replace(&mut both, &shots[0], 0, 0);
    image::imageops::replace(&mut both, &shots[1], i64::from(width + 8), 0);
    let out = dir.join("share-live.png");
    both.save(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    println!("wrote {}", out.display());
    Ok(())
}
