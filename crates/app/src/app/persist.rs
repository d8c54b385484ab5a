//! Saving the window's layout soon after it changes. eframe saves the
//! window's size and place, the panels' sizes and the app's settings on a
//! clean exit and every 30 seconds while frames run; a window left alone
//! after a change, then killed or crashed, came back as it was long before.
//! Here the layout is watched every frame: once a change has settled for
//! [`SETTLED`] seconds, or when the window loses focus, the app asks eframe
//! to save at the end of that frame (through `auto_save_interval`).

use std::time::Duration;

use egui::Rect;

use super::SectormapApp;
use super::settings::Settings;

/// Seconds a change of layout must hold before it is saved.
pub const SETTLED: f64 = 1.0;
/// eframe's own interval between saves, when nothing asks for one sooner.
pub const EVERY: Duration = Duration::from_secs(30);

/// What the next start takes from a save: the settings, the window's place,
/// size and state, and the panels around the canvas (as the canvas's place).
#[derive(Clone, Debug, PartialEq)]
struct Layout {
    settings: Settings,
    window: (Option<Rect>, Option<Rect>),
    state: (Option<bool>, Option<bool>),
    canvas: Rect,
}

/// The layout last saved, and the one seen since and when.
#[derive(Debug, Default)]
pub struct LayoutKeeper {
    saved: Option<Layout>,
    seen: Option<(Layout, f64)>,
    due: bool,
}

impl LayoutKeeper {
    /// How long eframe waits before its next save: none while one is due.
    pub fn interval(&self) -> Duration {
        if self.due { Duration::ZERO } else { EVERY }
    }

    /// The layout seen last is being saved now.
    pub fn saved(&mut self) {
        self.saved = self.seen.as_ref().map(|(layout, _)| layout.clone());
        self.due = false;
    }
}

impl SectormapApp {
    /// Notes the layout of this frame (time `now` in seconds) and asks for
    /// a save once a change has settled or the window loses focus.
    pub(super) fn keep_layout(&mut self, ctx: &egui::Context, now: f64) {
        let layout = ctx.input(|i| {
            let viewport = i.viewport();
            Layout {
                settings: self.settings.clone(),
                window: (viewport.outer_rect, viewport.inner_rect),
                state: (viewport.maximized, viewport.fullscreen),
                canvas: self.panes.canvas.rect,
            }
        });
        let keeper = &mut self.layout;
        let since = match &keeper.seen {
            Some((seen, at)) if *seen == layout => *at,
            _ => now,
        };
        let changed = keeper.saved.as_ref() != Some(&layout);
        keeper.seen = Some((layout, since));
        if !changed {
            keeper.due = false;
            return;
        }
        let focus_lost =
            ctx.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::WindowFocused(false))));
        let wait = since + SETTLED - now;
        if wait <= 0.0 || focus_lost {
            // eframe saves after painting this frame.
            keeper.due = true;
        } else {
            // A frame when it has settled, to save then.
            ctx.request_repaint_after(Duration::from_secs_f64(wait));
        }
    }
}
