//! A map shared with others through a folder beside it: joining it when
//! it opens (asking the name others will see the first time), sharing it
//! (File > Share through a folder…), and looking at the folder every
//! second for others' changes, which come in as they arrive. Merging a
//! device file sent by email is in `merge_changes.rs`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::SectormapApp;
use super::dialogs::Then;
use super::files::Purpose;
use super::modal::Modal;
use super::share_dialog::{NameField, ShareForm};
use sectormap_core::share::{Device, Folder};
use sectormap_core::tr;

/// Seconds between looks at a shared map's folder.
const LOOK_EVERY: f64 = 1.0;
/// The file in the data folder that holds this device's identity.
const DEVICE_FILE: &str = "device.json";

/// Where this device's identity is kept, and when the shared folder is
/// next looked at.
#[derive(Debug, Default)]
pub struct Sharing {
    /// The data folder holding this device's identity; `None`: none.
    pub identity: Option<PathBuf>,
    next_look: f64,
    /// The last failure told, not told again every second.
    told: Option<String>,
    /// When the live connection next exchanges (`live.rs`).
    pub(super) next_live: f64,
    /// The sync server last connected to, offered next time.
    pub(super) last_url: Option<String>,
}

impl Sharing {
    /// The name this device goes by, if it has one yet.
    pub(super) fn known_name(&self) -> Option<String> {
        let dir = self.identity.as_ref().filter(|dir| dir.join(DEVICE_FILE).is_file())?;
        Device::load_or_create(dir, None).ok().map(|device| device.name)
    }
}

/// The system's name for the person logged in, to offer as theirs.
pub(super) fn system_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_default()
}

impl SectormapApp {
    /// Joins the open map's shared folder, if it has one: at once when this
    /// device has a name, else after asking for it.
    pub(super) fn join_shared(&mut self) {
        let Some(path) = self.work.session.path().map(Path::to_path_buf) else { return };
        if self.work.session.shared().is_some() || !Folder::beside(&path).exists() {
            return;
        }
        let lang = self.language();
        let Some(dir) = self.sharing.identity.clone() else {
            self.status.info(lang.tr("share-alone"));
            return;
        };
        if !dir.join(DEVICE_FILE).is_file() {
            let field = NameField::new(system_name());
            self.modals.open(Modal::Share(ShareForm { field, join: true, map: self.work.session.name() }));
            return;
        }
        match Device::load_or_create(&dir, None).and_then(|device| self.work.session.join(device)) {
            Ok(()) => self.joined(),
            Err(err) => self.status.error(tr!(lang, "share-join-failed", reason = err.to_string())),
        }
    }

    /// Tells that the map is shared now.
    fn joined(&mut self) {
        self.work.after_shared();
        let devices = self.work.session.shared().map_or(1, |map| map.devices());
        self.status.info(tr!(self.language(), "share-joined", devices = devices));
    }

    /// Every [`LOOK_EVERY`] seconds (and when the window gets the focus
    /// back), merges others' changes that arrived in the shared folder.
    pub(super) fn watch_shared(&mut self, ctx: &egui::Context, now: f64) {
        if self.work.session.shared().is_none() {
            return;
        }
        let focused = ctx.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::WindowFocused(true))));
        if self.modals.is_open() || (!focused && now < self.sharing.next_look) {
            return;
        }
        self.sharing.next_look = now + LOOK_EVERY;
        ctx.request_repaint_after(Duration::from_secs_f64(LOOK_EVERY));
        match self.work.pull_shared() {
            Ok(changed) => {
                self.sharing.told = None;
                if changed {
                    ctx.request_repaint();
                }
            }
            Err(err) => self.tell_failure(err),
        }
        self.tell_arrivals();
    }

    /// Tells what arrived from others, and what failed, once.
    pub(super) fn tell_arrivals(&mut self) {
        let lang = self.language();
        let Some(map) = self.work.session.shared_mut() else { return };
        let (arrived, error) = (map.take_arrived(), map.take_error());
        if let Some(arrived) = arrived.filter(|a| !a.from.is_empty()) {
            let names = arrived.from.join(", ");
            self.status.info(tr!(lang, "share-arrived", names = names, count = arrived.records));
        }
        if let Some(error) = error {
            self.tell_failure(error);
        }
    }

    /// Shows a failure of the shared folder, unless it was just shown (a
    /// folder that cannot be read fails every second).
    fn tell_failure(&mut self, error: String) {
        if self.sharing.told.as_ref() != Some(&error) {
            self.status.error(error.clone());
            self.sharing.told = Some(error);
        }
    }

    /// File > Share through a folder…: the dialog, or what the map is
    /// shared through already.
    pub(super) fn offer_share(&mut self) {
        let lang = self.language();
        if let Some(map) = self.work.session.shared() {
            let folder = map.folder().dir.display().to_string();
            let text = tr!(lang, "share-shared-text", folder = folder, devices = map.devices());
            let lines = vec![text, tr!(lang, "share-you-are", name = map.device().name.as_str())];
            self.modals.open(Modal::Info { title: lang.tr("share-shared-title"), lines });
            return;
        }
        if self.sharing.identity.is_none() {
            let lines = vec![lang.tr("share-no-data-dir")];
            self.modals.open(Modal::Error { title: lang.tr("share-not-possible"), lines });
            return;
        }
        let name = self.sharing.known_name().unwrap_or_else(system_name);
        let map = self.work.session.name();
        self.modals.open(Modal::Share(ShareForm { field: NameField::new(name), join: false, map }));
    }

    /// This device, named `name` from now on if given; an error is shown.
    pub(super) fn device(&mut self, name: Option<&str>) -> Option<Device> {
        let lang = self.language();
        let Some(dir) = self.sharing.identity.clone() else {
            let lines = vec![lang.tr("share-no-data-dir")];
            self.modals.open(Modal::Error { title: lang.tr("share-not-possible"), lines });
            return None;
        };
        match Device::load_or_create(&dir, name) {
            Ok(device) => Some(device),
            Err(err) => {
                self.modals.open(Modal::Error {
                    title: lang.tr("share-not-possible"),
                    lines: vec![err.to_string()],
                });
                None
            }
        }
    }

    /// Shares the map as `name` (saving it first), or joins it.
    pub(super) fn share_map(&mut self, ctx: &egui::Context, name: &str, join: bool) {
        let Some(device) = self.device(Some(name)) else { return };
        let lang = self.language();
        if join {
            match self.work.session.join(device) {
                Ok(()) => self.joined(),
                Err(err) => self.status.error(tr!(lang, "share-join-failed", reason = err.to_string())),
            }
            return;
        }
        let Some(path) = self.work.session.path().map(Path::to_path_buf) else {
            self.background.after_save = Some(Then::Share(name.to_owned()));
            self.ask(ctx, Purpose::SaveAs);
            return;
        };
        if (self.work.session.is_dirty() && !self.save_as(&path)) || self.work.session.shared().is_some() {
            // Not saved (the save said why), or saved into a shared folder and joined.
            return;
        }
        match self.work.session.share(device) {
            Ok(()) => {
                self.work.after_shared();
                let folder = Folder::beside(&path).dir.display().to_string();
                self.status.info(tr!(lang, "share-done-status", folder = folder.as_str()));
                let lines =
                    vec![tr!(lang, "share-done-text", folder = folder.as_str()), lang.tr("share-email-text")];
                self.modals.open(Modal::Info { title: lang.tr("share-done-title"), lines });
            }
            Err(err) => {
                self.modals.open(Modal::Error {
                    title: lang.tr("share-not-possible"),
                    lines: vec![err.to_string()],
                });
            }
        }
    }
}
