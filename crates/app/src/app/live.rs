//! A shared map edited live through a sync server: File > Connect to a
//! sync server… (the server's address, the document's name and the token;
//! a map not shared yet is shared through a folder first), the exchange
//! every tenth of a second while connected (the session's, in the core's
//! `session/live.rs`), a lost server told in the status bar, and
//! File > Disconnect.

use std::path::Path;
use std::time::Duration;

use egui::Color32;

use super::SectormapApp;
use super::dialogs::{Reply, window};
use super::modal::Modal;
use super::share_dialog::NameField;
use super::sharing::system_name;
use crate::lang::Speak;
use crate::widgets;
use sectormap_core::share::TOKEN_ENV;
use sectormap_core::tr;

/// Seconds between exchanges with the sync server.
const EXCHANGE_EVERY: f64 = 0.1;
/// The address offered the first time.
const DEFAULT_URL: &str = "ws://localhost:1234";

/// File > Connect to a sync server…, with what is typed so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConnectForm {
    /// The server's address, `ws://host:port`.
    pub url: String,
    /// The document's name on the server.
    pub document: String,
    /// The token the server asks for.
    pub token: String,
    /// The name others will see, asked when the map is shared first and
    /// this device has no name yet.
    pub name: Option<NameField>,
    /// The map is not shared yet: connecting shares it first.
    pub shares: bool,
    /// Why the last try failed.
    pub error: Option<String>,
}

/// Shows the connect dialog.
pub fn dialog(ctx: &egui::Context, form: &mut ConnectForm) -> Option<Reply> {
    let lang = ctx.lang();
    window(
        ctx,
        || Reply::Closed,
        |ui| {
            ui.heading(lang.tr("live-title"));
            ui.label(lang.tr("live-text"));
            if form.shares {
                ui.add_space(4.0);
                ui.label(lang.tr("live-shares"));
            }
            if let Some(field) = &mut form.name {
                ui.add_space(6.0);
                field.show(ui);
            }
            ui.add_space(6.0);
            egui::Grid::new("sectormap-live-form").num_columns(2).show(ui, |ui| {
                for (key, text, password) in [
                    ("live-url", &mut form.url, false),
                    ("live-document", &mut form.document, false),
                    ("live-token", &mut form.token, true),
                ] {
                    let label = ui.label(lang.tr(key));
                    let edit = egui::TextEdit::singleline(text).password(password).desired_width(300.0);
                    ui.add(edit).labelled_by(label.id);
                    ui.end_row();
                }
            });
            ui.weak(tr!(lang, "live-token-hint", variable = TOKEN_ENV));
            if let Some(error) = &form.error {
                ui.add_space(6.0);
                ui.colored_label(Color32::from_rgb(0xC6, 0x28, 0x28), error.as_str());
            }
            ui.add_space(8.0);
            let named = form.name.as_ref().is_none_or(|field| field.chosen().is_some());
            let ready = named && !form.url.trim().is_empty() && !form.document.trim().is_empty();
            match widgets::go_or_cancel(ui, &lang.tr("live-go"), ready) {
                Some(true) => Some(Reply::Connect(Box::new(form.clone()))),
                Some(false) => Some(Reply::Closed),
                None => None,
            }
        },
    )
}

impl SectormapApp {
    /// File > Connect to a sync server…: the dialog (the map must have
    /// been saved, to be shared).
    pub(super) fn offer_connect(&mut self) {
        let lang = self.language();
        let Some(path) = self.work.session.path().map(Path::to_path_buf) else {
            let lines = vec![lang.tr("live-untitled")];
            self.modals.open(Modal::Error { title: lang.tr("live-not-possible"), lines });
            return;
        };
        let shares = self.work.session.shared().is_none();
        if shares && self.sharing.identity.is_none() {
            let lines = vec![lang.tr("share-no-data-dir")];
            self.modals.open(Modal::Error { title: lang.tr("live-not-possible"), lines });
            return;
        }
        let ask = shares && self.sharing.known_name().is_none();
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        self.modals.open(Modal::Connect(Box::new(ConnectForm {
            url: self.sharing.last_url.clone().unwrap_or_else(|| DEFAULT_URL.to_owned()),
            document: stem,
            token: std::env::var(TOKEN_ENV).unwrap_or_default(),
            name: ask.then(|| NameField::new(system_name())),
            shares,
            error: None,
        })));
    }

    /// Connects as `form` says, sharing the map first if it is not
    /// shared; a failure reopens the dialog saying why.
    pub(super) fn connect_live(&mut self, mut form: ConnectForm) {
        let lang = self.language();
        if self.work.session.shared().is_none() && !self.share_for_live(&form) {
            return;
        }
        let url = form.url.trim().to_owned();
        self.sharing.last_url = Some(url.clone());
        match self.work.session.connect(&url, form.document.trim(), &form.token) {
            Ok(()) => {
                self.work.after_shared();
                self.sharing.next_live = 0.0;
                self.status.info(tr!(lang, "live-connected", url = url));
            }
            Err(err) => {
                form.error = Some(tr!(lang, "live-failed", reason = err.to_string()));
                form.shares = self.work.session.shared().is_none();
                form.name = form.name.filter(|_| form.shares);
                self.modals.open(Modal::Connect(Box::new(form)));
            }
        }
    }

    /// Shares the map through a folder (saving it first), as the form's
    /// name if it asked one; returns whether it is shared now.
    fn share_for_live(&mut self, form: &ConnectForm) -> bool {
        let name = form.name.as_ref().and_then(NameField::chosen);
        let Some(device) = self.device(name.as_deref()) else { return false };
        let Some(path) = self.work.session.path().map(Path::to_path_buf) else { return false };
        if self.work.session.is_dirty() && !self.save_as(&path) {
            return false;
        }
        if self.work.session.shared().is_some() {
            // Saved beside a shared folder, and joined it.
            return true;
        }
        match self.work.session.share(device) {
            Ok(()) => {
                self.work.after_shared();
                true
            }
            Err(err) => {
                let lang = self.language();
                let lines = vec![err.to_string()];
                self.modals.open(Modal::Error { title: lang.tr("share-not-possible"), lines });
                false
            }
        }
    }

    /// File > Disconnect: closes the connection (its failure is told; the
    /// connection is closed all the same).
    pub(super) fn disconnect_live(&mut self) {
        let lang = self.language();
        let Some(url) = self.work.session.live_url().map(str::to_owned) else {
            self.status.info(lang.tr("live-not-connected"));
            return;
        };
        match self.work.session.disconnect() {
            Ok(()) => self.status.info(tr!(lang, "live-disconnected", url = url)),
            Err(err) => self.status.error(err.to_string()),
        }
    }

    /// While connected, every [`EXCHANGE_EVERY`] seconds, sends this
    /// device's edits and takes in others'; a lost server is told.
    pub(super) fn exchange_live(&mut self, ctx: &egui::Context, now: f64) {
        if self.work.session.live_url().is_none() {
            return;
        }
        ctx.request_repaint_after(Duration::from_secs_f64(EXCHANGE_EVERY));
        if self.modals.is_open() || now < self.sharing.next_live {
            return;
        }
        self.sharing.next_live = now + EXCHANGE_EVERY;
        match self.work.session.exchange_live() {
            Ok(changed) => {
                self.work.after_shared();
                if changed {
                    ctx.request_repaint();
                }
                self.tell_arrivals();
            }
            Err(err) => {
                let lang = self.language();
                self.status.error(tr!(lang, "live-lost", reason = err.to_string()));
            }
        }
    }
}
