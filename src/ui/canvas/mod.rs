//! The map canvas: draws the Scene and turns pointer input into selection,
//! camera moves, node moves, new links and new nodes.

mod background;
mod nodes;
mod overlay;

use std::collections::BTreeSet;

use egui::{Pos2, Rect, Sense, Ui};

use super::camera::Camera;
use super::command::Command;
use super::draw::{Look, paint_scene};
use super::session::Session;
use super::state::Selection;
use crate::scene::{self, Element, Scene};

/// Nodes being moved with the pointer.
#[derive(Clone, Debug)]
pub struct NodeDrag {
    /// Map point where the drag started.
    pub start: scene::Pos,
    /// Each moved node and where it started.
    pub origins: Vec<(String, [f32; 2])>,
}

/// An inline rename in progress.
#[derive(Clone, Debug)]
pub struct Rename {
    /// The node.
    pub id: String,
    /// The text typed so far.
    pub text: String,
    /// Whether focus has been given to the field yet.
    pub focused: bool,
}

/// Canvas state that lives between frames.
pub struct CanvasState {
    /// The camera.
    pub camera: Camera,
    /// Where a smooth camera move is heading.
    pub target: Option<Camera>,
    /// Whether the view still has to be fitted to the map.
    pub needs_fit: bool,
    /// Keep the whole map in view while the layout moves (until the user
    /// pans or zooms by hand).
    pub follow: bool,
    /// The element under the pointer.
    pub hover: Option<Element>,
    /// Nodes being dragged.
    pub drag: Option<NodeDrag>,
    /// Screen point where a box selection started, and whether it adds.
    pub boxsel: Option<(Pos2, bool)>,
    /// The node a new link is being dragged from.
    pub connect_from: Option<String>,
    /// The Connect tool is on: click a node, then another.
    pub connect_tool: bool,
    /// An inline rename.
    pub rename: Option<Rename>,
    /// Map point where the "add node" picker was opened.
    pub picker: Option<scene::Pos>,
    /// The node a link was dragged from onto empty canvas: the new node
    /// picked there is linked from it.
    pub picker_from: Option<String>,
    /// Where the context menu was opened, and the link under it if any.
    pub menu_at: Option<(scene::Pos, Option<String>)>,
    /// The canvas rectangle of the last frame.
    pub rect: Rect,
    /// egui text size per unit of export font size.
    pub text_scale: f32,
    /// Too many nodes on screen for a widget each (picked by position).
    pub many_nodes: bool,
    /// The camera of the last frame (to tell when the view moves).
    pub last_camera: Option<Camera>,
    /// Whether the layout was settled last frame (to fit once more when it settles).
    pub was_settled: bool,
    /// A smooth move to make once the next scene is built: to what it
    /// shows, or to an area of the map.
    pub fit_next: Option<FitGoal>,
    /// How far fitting may enlarge (1 in the editor; more when presenting).
    pub max_fit_zoom: f32,
    /// Extra magnification after fitting (the presentation's text size).
    pub boost: f32,
    /// Presenting: the canvas moves the view but edits nothing.
    pub presenting: bool,
}

/// Where the camera should go once the scene is ready.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FitGoal {
    /// Everything the scene shows.
    Scene,
    /// This part of the map.
    Area(scene::Rect),
}

/// Maps with more links than this hide them while the view moves.
pub const SKIP_LINKS_FROM: usize = 20_000;

/// What the canvas needs from the app for one frame.
pub struct Frame<'a> {
    /// The open map.
    pub session: &'a mut Session,
    /// Selected nodes and links.
    pub selection: &'a mut Selection,
    /// The scene to draw, built for this frame.
    pub scene: &'a Scene,
    /// Commands for the app to carry out after the frame.
    pub commands: &'a mut Vec<Command>,
}

impl Default for CanvasState {
    fn default() -> Self {
        Self {
            camera: Camera::default(),
            target: None,
            needs_fit: true,
            follow: true,
            hover: None,
            drag: None,
            boxsel: None,
            connect_from: None,
            connect_tool: false,
            rename: None,
            picker: None,
            picker_from: None,
            menu_at: None,
            rect: Rect::from_min_size(Pos2::ZERO, egui::vec2(800.0, 600.0)),
            text_scale: 0.0,
            many_nodes: false,
            last_camera: None,
            was_settled: false,
            fit_next: None,
            max_fit_zoom: 1.0,
            boost: 1.0,
            presenting: false,
        }
    }
}

impl CanvasState {
    /// Shows the canvas, filling the rest of `ui`.
    pub fn show(&mut self, ui: &mut Ui, mut frame: Frame<'_>) {
        let (rect, background) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        let resized = (self.rect.size() - rect.size()).length() > 0.5;
        self.rect = rect;
        if self.text_scale <= 0.0 {
            self.text_scale = super::draw::calibrate_text(ui.ctx());
        }
        if !frame.session.layout.has_layout() {
            // A large map's first layout is still being made: show progress,
            // not every node piled up at one point.
            self.waiting(ui, rect, frame.session);
            return;
        }
        let settled = frame.session.layout.is_settled();
        let just_settled = settled && !self.was_settled;
        self.was_settled = settled;
        if self.needs_fit && rect.width() > 50.0 {
            self.camera = self.fitting(&frame.scene.bounds);
            self.needs_fit = false;
            self.follow = true;
        } else if let Some(goal) = self.fit_next.take() {
            let (bounds, follow) = match goal {
                FitGoal::Scene => (frame.scene.bounds, true),
                FitGoal::Area(area) => (area, false),
            };
            self.target = Some(self.fitting(&bounds));
            self.follow = follow;
        } else if self.follow && (resized || !settled || just_settled) && self.drag.is_none() {
            self.target = Some(self.fitting(&frame.scene.bounds));
        }
        if let Some(target) = self.target {
            if self.camera.approach(&target, 0.25) {
                self.target = None;
            }
            ui.ctx().request_repaint();
        }
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, super::draw::color(frame.scene.background, 1.0));
        let neighbourhood = self.hover_neighbourhood(frame.session);
        let fade = |element: &Element| match (&neighbourhood, element) {
            (Some(keep), Element::Node(id) | Element::Link(id)) if !keep.contains(&**id) => 0.22,
            _ => 1.0,
        };
        // On a huge map, links are left out while the view moves, so that
        // panning and zooming stay smooth; they return when it stops.
        let moving = self.last_camera != Some(self.camera);
        self.last_camera = Some(self.camera);
        let skip_links = moving && frame.session.doc.link_count() > SKIP_LINKS_FROM;
        if skip_links {
            ui.ctx().request_repaint();
        }
        let look =
            Look { canvas: rect, camera: &self.camera, fade: &fade, text_scale: self.text_scale, skip_links };
        paint_scene(&painter, frame.scene, &look);
        if self.presenting {
            // Presenting shows the map; it does not edit it. Drag and
            // scroll still move the view.
            let pointer = ui.input(|i| i.pointer.hover_pos());
            if pointer.is_some_and(|p| rect.contains(p)) {
                self.scroll_and_zoom(ui, pointer);
            }
            if background.dragged() {
                self.target = None;
                self.camera.pan(background.drag_delta());
            }
            self.hover = None;
            return;
        }
        let mut hover = None;
        self.node_widgets(ui, &mut frame, &mut hover);
        self.background(ui, &background, &mut frame, &mut hover);
        self.hover = hover;
        self.overlay(ui, &painter, &mut frame);
    }

    /// Ids of the hovered node, its neighbours and their links (to keep lit).
    fn hover_neighbourhood(&self, session: &Session) -> Option<BTreeSet<String>> {
        if self.drag.is_some() || self.connect_from.is_some() {
            return None;
        }
        let Some(Element::Node(id)) = &self.hover else {
            return None;
        };
        let mut keep = BTreeSet::from([id.to_string()]);
        for (link, from, to) in session.doc.links_of(id) {
            keep.insert(link.id.clone());
            keep.insert(from.to_owned());
            keep.insert(to.to_owned());
        }
        Some(keep)
    }

    /// The canvas while a large map's first layout is made.
    fn waiting(&mut self, ui: &mut Ui, rect: Rect, session: &Session) {
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, ui.visuals().extreme_bg_color);
        let text =
            format!("Laying out {} nodes and {} links…", session.doc.node_count(), session.doc.link_count());
        painter.text(
            rect.center() - egui::vec2(0.0, 20.0),
            egui::Align2::CENTER_CENTER,
            text,
            egui::FontId::proportional(18.0),
            ui.visuals().text_color(),
        );
        let bar = Rect::from_center_size(rect.center() + egui::vec2(0.0, 12.0), egui::vec2(320.0, 10.0));
        painter.rect_filled(bar, 5.0, ui.visuals().faint_bg_color);
        let done =
            Rect::from_min_size(bar.min, egui::vec2(bar.width() * session.layout.progress(), bar.height()));
        painter.rect_filled(done, 5.0, super::draw::accent(ui));
        self.needs_fit = true;
        ui.ctx().request_repaint_after(std::time::Duration::from_millis(50));
    }

    /// Centres the view on map point `p` (smoothly).
    pub fn center_on(&mut self, p: [f32; 2]) {
        self.follow = false;
        let mut target = self.target.unwrap_or(self.camera);
        target.center = p;
        target.zoom = target.zoom.max(0.6);
        self.target = Some(target);
    }

    /// Zooms by `factor` about the middle of the canvas.
    pub fn zoom_by(&mut self, factor: f32) {
        let rect = self.rect;
        self.target = None;
        self.follow = false;
        self.camera.zoom_at(rect, rect.center(), factor);
    }

    /// Moves the view to show all of `bounds` (smoothly).
    pub fn fit(&mut self, bounds: &scene::Rect) {
        self.follow = true;
        self.target = Some(self.fitting(bounds));
    }

    /// The camera showing `bounds` on this canvas, within the fitting limit
    /// and magnified by the boost.
    pub fn fitting(&self, bounds: &scene::Rect) -> Camera {
        let mut camera = Camera::fitting_up_to(bounds, self.rect, self.max_fit_zoom);
        camera.zoom = (camera.zoom * self.boost)
            .clamp(*super::camera::ZOOM_RANGE.start(), *super::camera::ZOOM_RANGE.end());
        camera
    }

    /// The map point in the middle of the view.
    pub fn view_center(&self) -> scene::Pos {
        scene::Pos::new(self.camera.center[0], self.camera.center[1])
    }
}

/// The node group under screen point `p`, topmost first.
pub fn node_at(scene: &Scene, camera: &Camera, canvas: Rect, p: Pos2) -> Option<String> {
    let w = camera.to_world(canvas, p);
    scene.groups.iter().rev().find_map(|group| match &group.element {
        Element::Node(id) if group.bounds.contains(w) => Some(id.to_string()),
        _ => None,
    })
}
