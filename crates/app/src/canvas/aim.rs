//! Where the camera goes: the first fit of a map, a move asked for (a
//! saved view's area, its focus, or all the scene shows), and a fitted view
//! kept fitted when the canvas changes size.

use egui::Ui;

use super::CanvasState;
use super::camera::{Camera, ZOOM_RANGE};
use sectormap_core::scene::{self, Scene};

/// Where the camera should go once the scene is ready. `lead` is the point
/// to keep in the middle when the view is enlarged past fitting (the node
/// a view is about).
#[derive(Clone, Debug, PartialEq)]
pub enum FitGoal {
    /// Everything the scene shows.
    Scene {
        /// The point to keep in the middle.
        lead: Option<[f32; 2]>,
    },
    /// This part of the map.
    Area {
        /// The part of the map.
        area: scene::Rect,
        /// The point to keep in the middle.
        lead: Option<[f32; 2]>,
    },
    /// These nodes (what a view's focus shows).
    Nodes {
        /// Ids of the nodes.
        ids: Vec<String>,
        /// The point to keep in the middle.
        lead: Option<[f32; 2]>,
    },
}

impl CanvasState {
    /// Points the camera: the first fit of a map, a move asked for, a
    /// fitted view kept fitted when the canvas changes size.
    pub(super) fn aim(&mut self, ui: &Ui, resized: bool, scene: &Scene, moving: bool) {
        if self.needs_fit {
            // Fit once the canvas has kept its size for a frame: on the
            // first frames the panels around it are still finding theirs.
            if !resized && self.rect.width() > 50.0 && self.rect.height() > 50.0 {
                self.camera = self.fitting(&scene.bounds);
                (self.needs_fit, self.touched, self.target, self.framed) = (false, false, None, None);
            }
            ui.ctx().request_repaint();
        } else if let Some(goal) = self.fit_next.take() {
            self.target = Some(self.goal_camera(&goal, scene));
            self.touched = matches!(goal, FitGoal::Area { .. });
            self.framed = Some(goal);
        } else if resized && !self.touched {
            // Presenting keeps the slide's framing; the editor, as it always
            // has, refits to all the scene shows (a focus since cleared
            // would otherwise keep the rest of the map out of sight).
            let framed = self.framed.clone().filter(|_| self.presenting);
            let goal = framed.unwrap_or(FitGoal::Scene { lead: None });
            self.camera = self.goal_camera(&goal, scene);
            self.target = None;
        }
        if self.fit_when_still && !moving {
            self.fit_when_still = false;
            self.target = Some(self.fitting(&scene.bounds));
            (self.touched, self.framed) = (false, None);
        }
        if let Some(target) = self.target {
            if self.camera.approach(&target, 0.25) {
                self.target = None;
            }
            ui.ctx().request_repaint();
        }
    }

    /// The camera that shows `goal` in `scene`: fitted, kept on the goal's
    /// lead when the text size control enlarges it past fitting.
    pub fn goal_camera(&self, goal: &FitGoal, scene: &Scene) -> Camera {
        let (bounds, lead) = match goal {
            FitGoal::Scene { lead } => (scene.bounds, *lead),
            FitGoal::Area { area, lead } => (*area, *lead),
            FitGoal::Nodes { ids, lead } => (nodes_bounds(scene, ids).unwrap_or(scene.bounds), *lead),
        };
        let mut camera = self.fitting(&bounds);
        if let Some(p) = lead.filter(|_| self.boost > 1.0) {
            camera.center = p;
        }
        camera
    }

    /// The camera showing `bounds` on this canvas, within the fitting limit
    /// and magnified by the boost.
    pub fn fitting(&self, bounds: &scene::Rect) -> Camera {
        let mut camera = Camera::fitting_up_to(bounds, self.rect, self.max_fit_zoom);
        camera.zoom = (camera.zoom * self.boost).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        camera
    }
}

/// The extent of the nodes `ids` the scene draws (`None`: it draws none).
pub fn nodes_bounds(scene: &Scene, ids: &[String]) -> Option<scene::Rect> {
    let rects: Vec<scene::Rect> =
        ids.iter().filter_map(|id| scene.node_group(id).map(|g| g.bounds)).collect();
    scene::Rect::union_all(&rects)
}
