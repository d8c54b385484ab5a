//! Presentation mode (F5): the saved views one after another, full screen,
//! without panels, in a high-contrast theme with large text and the view's
//! caption as a title bar. The keys presentation clickers send move on and
//! back; Escape leaves and puts the editor back as it was.

use egui::{Key, Modifiers};

mod panels;

use super::app::SectormapApp;
use super::canvas::FitGoal;
use super::canvas::camera::Camera;
use super::canvas::legible;
use sectormap_core::editor::{Filters, ViewOptions};

/// Smallest and largest text size, as a share of the fitted view.
pub const TEXT_SCALE: std::ops::RangeInclusive<f32> = 0.6..=3.0;
/// How much each step of the text size control changes it.
const TEXT_STEP: f32 = 0.2;

/// Node labels while presenting: none under 18 points at the normal text
/// size (read from the back of a room), larger with the text size control.
fn presenting_px(text_scale: f32) -> [f32; 2] {
    [legible::PRESENTING_PX * text_scale; 2]
}

/// The presentation's state.
#[derive(Clone, Debug)]
pub struct Presenter {
    /// Whether the editor is presenting.
    pub active: bool,
    /// The view on screen (an index into the map's views).
    pub index: usize,
    /// Text size: how much the map is enlarged past fitting the screen.
    pub text_scale: f32,
    /// Captions egui cannot shape, drawn by the text engine.
    pub shaped: crate::shaped::ShapedPreview,
    /// Use the high-contrast theme.
    pub contrast: bool,
    /// The editor as it was before presenting.
    restore: Option<Restore>,
}

impl Default for Presenter {
    fn default() -> Self {
        Self {
            active: false,
            index: 0,
            text_scale: 1.0,
            contrast: true,
            restore: None,
            shaped: Default::default(),
        }
    }
}

/// The editor as it was before presenting: filters, colours and focus,
/// camera (and whether the user had moved it), and the view picked in the
/// Views panel.
type Restore = (Filters, ViewOptions, (Camera, bool), Option<usize>);

/// What a key asks of the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Next,
    Previous,
    First,
    Last,
    Leave,
    Larger,
    Smaller,
    Contrast,
}

/// Keys and what they do. Clickers send Page Down/Page Up (some send the
/// arrows or space).
const KEYS: [(Modifiers, Key, Step); 14] = [
    (Modifiers::NONE, Key::ArrowRight, Step::Next),
    (Modifiers::NONE, Key::ArrowDown, Step::Next),
    (Modifiers::NONE, Key::PageDown, Step::Next),
    (Modifiers::NONE, Key::Space, Step::Next),
    (Modifiers::NONE, Key::ArrowLeft, Step::Previous),
    (Modifiers::NONE, Key::ArrowUp, Step::Previous),
    (Modifiers::NONE, Key::PageUp, Step::Previous),
    (Modifiers::NONE, Key::Home, Step::First),
    (Modifiers::NONE, Key::End, Step::Last),
    (Modifiers::NONE, Key::Escape, Step::Leave),
    (Modifiers::NONE, Key::Plus, Step::Larger),
    (Modifiers::NONE, Key::Equals, Step::Larger),
    (Modifiers::NONE, Key::Minus, Step::Smaller),
    (Modifiers::NONE, Key::C, Step::Contrast),
];

impl SectormapApp {
    /// Starts presenting the saved views: from the first, or with
    /// `from_current` from the one picked in the Views panel (the way
    /// presentation software treats F5 and Shift+F5). With no saved views,
    /// presents the canvas as it is.
    pub(crate) fn start_presenting(&mut self, ctx: &egui::Context, from_current: bool) {
        if self.present.active {
            return;
        }
        let work = &mut self.work;
        let canvas = &mut self.panes.canvas;
        let picked = self.panes.views.selected;
        let camera = (canvas.camera, canvas.touched);
        self.present.restore = Some((work.filters.clone(), work.view.clone(), camera, picked));
        self.present.active = true;
        canvas.presenting = true;
        canvas.max_fit_zoom = 4.0;
        canvas.boost = self.present.text_scale;
        canvas.label_px = presenting_px(self.present.text_scale);
        work.selection = Default::default();
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        let views = work.session.doc().views.len();
        let current = self.panes.views.selected.filter(|&i| i < views);
        self.present.index = if from_current { current.unwrap_or(0) } else { 0 };
        self.show_slide();
    }

    /// Leaves presentation mode, restoring filters, colours and camera.
    pub(crate) fn stop_presenting(&mut self, ctx: &egui::Context) {
        self.present.active = false;
        let canvas = &mut self.panes.canvas;
        canvas.presenting = false;
        canvas.max_fit_zoom = 1.0;
        canvas.boost = 1.0;
        canvas.label_px = [legible::EDITOR_MIN_PX, legible::EDITOR_LIFT_PX];
        if let Some((filters, view, (camera, touched), picked)) = self.present.restore.take() {
            self.work.filters = filters;
            self.work.view = view;
            canvas.target = Some(camera);
            // A view the app kept fitted stays so (it refits when panels
            // open or close); one the user moved stays where they put it.
            canvas.touched = touched;
            self.panes.views.selected = picked;
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
    }

    /// Shows the current slide: its saved view, or everything.
    fn show_slide(&mut self) {
        if self.present.index < self.work.session.doc().views.len() {
            self.apply_view(self.present.index);
        } else {
            self.panes.canvas.fit_next = Some(FitGoal::Scene { lead: None });
        }
    }

    /// Handles the presentation's keys (all keys go to it while presenting).
    pub(crate) fn presentation_keys(&mut self, ctx: &egui::Context) {
        let steps: Vec<Step> = ctx.input_mut(|i| {
            KEYS.iter().filter(|(m, k, _)| i.consume_key(*m, *k)).map(|(_, _, step)| *step).collect()
        });
        for step in steps {
            self.present_step(ctx, step);
        }
    }

    fn present_step(&mut self, ctx: &egui::Context, step: Step) {
        let last = self.work.session.doc().views.len().saturating_sub(1);
        let index = self.present.index;
        match step {
            Step::Next => self.go_to(index.saturating_add(1).min(last)),
            Step::Previous => self.go_to(index.saturating_sub(1)),
            Step::First => self.go_to(0),
            Step::Last => self.go_to(last),
            Step::Leave => self.stop_presenting(ctx),
            Step::Larger => self.set_text_scale(self.present.text_scale + TEXT_STEP),
            Step::Smaller => self.set_text_scale(self.present.text_scale - TEXT_STEP),
            Step::Contrast => self.present.contrast = !self.present.contrast,
        }
    }

    /// Moves to slide `index` (no move when it is the one shown).
    pub(crate) fn go_to(&mut self, index: usize) {
        if index != self.present.index {
            self.present.index = index;
            self.show_slide();
        }
    }

    /// Sets the text size and fits the view again.
    pub(crate) fn set_text_scale(&mut self, scale: f32) {
        let scale = scale.clamp(*TEXT_SCALE.start(), *TEXT_SCALE.end());
        self.present.text_scale = (scale * 10.0).round() / 10.0;
        self.panes.canvas.boost = self.present.text_scale;
        self.panes.canvas.label_px = presenting_px(self.present.text_scale);
        self.show_slide();
    }
}
