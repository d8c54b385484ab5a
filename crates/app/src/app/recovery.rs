//! Keeping the recovery copy while there are unsaved changes (at the first
//! change, then [`SETTLED`] seconds after the changes stop, at least every
//! [`EVERY`] seconds while they go on, and whenever the window loses
//! focus), removing it when the map is saved or clean again or the user
//! chooses to quit without saving, and offering at start to restore what
//! an earlier run lost.

use std::path::Path;
use std::time::Duration;

use super::SectormapApp;
use super::dialogs::Recovered;
use super::modal::Modal;
use sectormap_core::editor::{Recovery, Session};
use sectormap_core::tr;

/// Seconds between recovery copies while changes go on without a pause.
pub const EVERY: f64 = 30.0;
/// Seconds after the last change before the copy is brought up to date.
pub const SETTLED: f64 = 2.0;

/// This run's recovery copy and when it was last written.
#[derive(Debug, Default)]
pub struct Keeper {
    store: Option<Recovery>,
    /// Frame time of the last copy, if one is on disk for the open map.
    written_at: Option<f64>,
    /// The map's revision last seen, and the frame time it was first seen.
    seen: Option<(sectormap_core::editor::Revision, f64)>,
}

impl Keeper {
    /// The recovery store, if recovery is on.
    pub fn store(&self) -> Option<&Recovery> {
        self.store.as_ref()
    }

    /// Removes the copy (the map was saved, replaced, or its changes were
    /// given up). The next unsaved change writes one again at once.
    pub fn forget(&mut self, session: &mut Session) {
        if let Some(store) = &self.store {
            store.clear();
        }
        self.written_at = None;
        session.recovery_lost();
    }
}

impl SectormapApp {
    /// Turns recovery on with copies kept in `dir`, and offers to restore
    /// what earlier runs lost.
    pub(super) fn start_recovery(&mut self, dir: &Path) {
        match Recovery::open(dir) {
            Ok(store) => {
                let orphans = store.orphans();
                self.recovery.store = Some(store);
                if !orphans.is_empty() && !self.modals.is_open() {
                    self.modals.open(Modal::Recover(orphans));
                }
            }
            Err(err) => {
                let (dir, reason) = (dir.display().to_string(), err.to_string());
                self.status.error(tr!(self.language(), "error-recovery-off", dir = dir, reason = reason));
            }
        }
    }

    /// Writes the recovery copy when it is due (time `now` in seconds).
    pub(super) fn keep_recovery_copy(&mut self, ctx: &egui::Context, now: f64) {
        if self.recovery.store.is_none() {
            return;
        }
        if !self.work.session.is_dirty() {
            if self.recovery.written_at.is_some() {
                self.recovery.forget(&mut self.work.session);
            }
            return;
        }
        let Some(store) = &self.recovery.store else { return };
        let session = &mut self.work.session;
        if !session.needs_recovery_copy() {
            return;
        }
        let focus_lost =
            ctx.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::WindowFocused(false))));
        let revision = session.revision();
        let changed_at = match self.recovery.seen {
            Some((seen, at)) if seen == revision => at,
            _ => {
                self.recovery.seen = Some((revision, now));
                now
            }
        };
        let settled = (changed_at + SETTLED - now).max(0.0);
        let wait = self.recovery.written_at.map_or(0.0, |at| (at + EVERY - now).max(0.0).min(settled));
        if wait > 0.0 && !focus_lost {
            // Come back when it is due, even if nothing else happens.
            ctx.request_repaint_after(Duration::from_secs_f64(wait));
            return;
        }
        match store.write(session.doc(), session.path()) {
            Ok(()) => {
                session.recovery_written();
                self.recovery.written_at = Some(now);
            }
            Err(err) => {
                let lang = self.language();
                self.status.error(tr!(lang, "error-recovery-write", reason = err.to_string()));
                // Try again at the next interval, not every frame.
                self.recovery.written_at = Some(now);
            }
        }
    }

    /// Acts on the answer to the offer to restore a lost map.
    pub(super) fn answer_recovery(&mut self, answer: Recovered) {
        match answer {
            Recovered::Restore(orphan) => match Recovery::restore(&orphan) {
                Ok((doc, path)) => {
                    self.replace_session(Session::restored(doc, path));
                    // This run's copy holds the changes before the old one goes.
                    if let Some(store) = &self.recovery.store {
                        let session = &mut self.work.session;
                        if store.write(session.doc(), session.path()).is_ok() {
                            session.recovery_written();
                            Recovery::discard(&orphan);
                        }
                    }
                    let lang = self.language();
                    let (name, when) = (orphan.name(), orphan.when_in(lang));
                    self.status.info(tr!(lang, "status-restored", name = name, when = when));
                }
                Err(err) => {
                    let lang = self.language();
                    let kept = tr!(lang, "error-copy-kept", path = orphan.file.display().to_string());
                    let title = lang.tr("error-not-restored");
                    self.modals.open(Modal::Error { title, lines: vec![err, kept] });
                }
            },
            Recovered::Discard(orphan) => {
                Recovery::discard(&orphan);
                let left = self.recovery.store().map(Recovery::orphans).unwrap_or_default();
                if !left.is_empty() {
                    self.modals.open(Modal::Recover(left));
                }
            }
            Recovered::Later => {}
        }
    }
}

impl SectormapApp {
    /// The editor is closing: a copy of changes the user chose to give up
    /// goes; one of changes never answered for (the window closed without
    /// asking) stays for the next start.
    pub(super) fn end_recovery(&mut self) {
        if !self.work.session.is_dirty() || self.window.allow_close {
            self.recovery.forget(&mut self.work.session);
        }
    }
}
