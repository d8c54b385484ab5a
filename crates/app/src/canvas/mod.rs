//! The map canvas: draws the Scene and turns pointer input into selection,
//! camera moves, node moves, new links and new nodes.
//!
//! The camera moves only when the user moves it, fits the map once when a
//! map opens (after the panels around the canvas have their size), keeps a
//! fitted map fitted when the window changes size, and never drifts after
//! an edit.

mod aim;
mod background;
pub mod batch;
pub mod cache;
pub mod camera;
pub mod draw;
mod focus;
pub mod fonts;
mod gesture;
pub mod glyphs;
mod index;
mod items;
mod legend;
pub mod legible;
mod lift;
mod make;
mod nodes;
mod overlay;
mod reach;
mod thin;
mod worker;

use std::collections::BTreeSet;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use egui::{Pos2, Rect, Sense, Ui};

pub use self::aim::FitGoal;
use self::camera::Camera;
use self::draw::{Fade, Look, paint_scene};
pub use self::gesture::{Gesture, NodeDrag, Rename};
pub use self::legend::legend_camera;
use crate::lang::Speak;
use sectormap_core::editor::{Command, Workspace};
use sectormap_core::scene::{self, Element, Scene};
use sectormap_core::tr;

/// Canvas state that lives between frames.
pub struct CanvasState {
    /// The camera.
    pub camera: Camera,
    /// Where a smooth camera move is heading.
    pub target: Option<Camera>,
    /// The view still has to be fitted to the map (once the canvas has its size).
    pub needs_fit: bool,
    /// The user has moved the camera since it was last fitted: a change of
    /// window size no longer refits.
    pub touched: bool,
    /// Fit the view once the nodes stop gliding (after Re-layout).
    pub fit_when_still: bool,
    /// The element under the pointer.
    pub hover: Option<Element>,
    /// What the pointer is in the middle of doing.
    pub gesture: Option<Gesture>,
    /// The Connect tool is on: click a node, then another.
    pub connect_tool: bool,
    /// Where the context menu was opened, and the link under it if any.
    pub menu_at: Option<(scene::Pos, Option<String>)>,
    /// The canvas rectangle of the last frame.
    pub rect: Rect,
    /// Map text's glyphs at the sizes on screen.
    pub glyphs: glyphs::GlyphAtlas,
    /// The map's shapes kept between frames.
    pub drawn: cache::DrawCache,
    /// Too many nodes on screen for a widget each (picked by position).
    pub many_nodes: bool,
    /// The camera of the last frame (to tell when the view moves).
    pub last_camera: Option<Camera>,
    /// A smooth move to make once the next scene is built: to what it
    /// shows, or to an area of the map.
    pub fit_next: Option<FitGoal>,
    /// The goal the view was last fitted to, kept fitted when the canvas
    /// changes size while presenting (`None`: everything the scene shows).
    pub framed: Option<FitGoal>,
    /// How far fitting may enlarge (1 in the editor; more when presenting).
    pub max_fit_zoom: f32,
    /// Extra magnification after fitting (the presentation's text size).
    pub boost: f32,
    /// Presenting: the canvas moves the view but edits nothing.
    pub presenting: bool,
    /// The pointer was pressed on the canvas this frame (the keyboard's
    /// Delete is the map's again).
    pub pressed: bool,
    /// Smallest legible node label and the size labels that matter are
    /// lifted to, in screen points (larger when presenting).
    pub label_px: [f32; 2],
    /// The ranking of labels for the scene and focus it was made for.
    legibility: (u64, legible::Legibility),
}

/// Maps with more links than this hide them while the view moves.
pub const SKIP_LINKS_FROM: usize = 20_000;

/// Scenes with more groups than this are drawn, while the view zooms, from
/// shapes made for a nearby zoom (scaled), and drawn exactly once it stops.
pub const SCALE_WHILE_ZOOMING_FROM: usize = 5_000;

/// What the canvas needs from the app for one frame.
pub struct Frame<'a> {
    /// The open map, its selection and view.
    pub work: &'a mut Workspace,
    /// The scene to draw (shared, so the canvas can tell a new one).
    pub scene: &'a Arc<Scene>,
    /// Commands for the app to carry out after the frame.
    pub commands: &'a mut Vec<Command>,
}

impl Default for CanvasState {
    fn default() -> Self {
        Self {
            camera: Camera::default(),
            target: None,
            needs_fit: true,
            touched: false,
            fit_when_still: false,
            hover: None,
            gesture: None,
            connect_tool: false,
            menu_at: None,
            rect: Rect::from_min_size(Pos2::ZERO, egui::vec2(800.0, 600.0)),
            glyphs: glyphs::GlyphAtlas::default(),
            drawn: cache::DrawCache::default(),
            many_nodes: false,
            last_camera: None,
            fit_next: None,
            framed: None,
            max_fit_zoom: 1.0,
            boost: 1.0,
            presenting: false,
            pressed: false,
            label_px: [legible::EDITOR_MIN_PX, legible::EDITOR_LIFT_PX],
            legibility: (0, legible::Legibility::default()),
        }
    }
}

impl CanvasState {
    /// Shows the canvas, filling the rest of `ui`.
    pub fn show(&mut self, ui: &mut Ui, mut frame: Frame<'_>) {
        let (rect, background) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        self.pressed = ui.input(|i| i.pointer.any_pressed()) && ui.rect_contains_pointer(rect);
        let resized = (self.rect.size() - rect.size()).length() > 0.5 || self.rect.min != rect.min;
        self.rect = rect;
        if frame.work.session.is_placing() {
            // A large map's first layout is still being made: show progress,
            // not every node piled up at one point.
            self.waiting(ui, rect, frame.work);
            return;
        }
        let session = &mut frame.work.session;
        if session.has_preview() && !self.gesture.as_ref().is_some_and(Gesture::is_drag) {
            // The drag ended some other way (a rename, too many nodes for a
            // widget each): what is drawn goes back to where nodes are.
            session.end_preview();
        }
        let moving = session.is_gliding() || session.is_busy();
        self.aim(ui, resized, frame.scene, moving);
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, draw::color(frame.scene.background, 1.0));
        let neighbourhood = self.hover_neighbourhood(frame.work);
        let fade_key = neighbourhood.as_ref().map_or(0, |keep| {
            let mut hasher = DefaultHasher::new();
            keep.hash(&mut hasher);
            hasher.finish() | 1
        });
        let fade: Fade = Arc::new(move |element: &Element| match (&neighbourhood, element) {
            (Some(keep), Element::Node(id) | Element::Link(id)) if !keep.contains(&**id) => 0.22,
            _ => 1.0,
        });
        // On a huge map, links are left out while the view moves, so that
        // panning and zooming stay smooth; they return when it stops.
        let moving = self.last_camera != Some(self.camera);
        self.last_camera = Some(self.camera);
        let skip_links = moving && frame.work.session.doc().link_count() > SKIP_LINKS_FROM;
        if skip_links {
            ui.ctx().request_repaint();
        }
        let moving = moving && frame.scene.groups.len() > SCALE_WHILE_ZOOMING_FROM;
        let legend_room = self.legend_room();
        self.update_legibility(frame.work, frame.scene);
        let look = Look {
            canvas: rect,
            legend_room,
            camera: &self.camera,
            fade: &fade,
            fade_key,
            skip_links,
            moving,
            legibility: &self.legibility.1,
        };
        paint_scene(&painter, frame.scene, &look, &mut self.glyphs, &mut self.drawn);
        if frame.work.session.doc().node_count() == 0 && !self.presenting {
            let hint = ui.tr("canvas-empty");
            let color = ui.visuals().weak_text_color();
            let font = egui::FontId::proportional(16.0);
            painter.text(rect.center(), egui::Align2::CENTER_CENTER, hint, font, color);
        }
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
        // Under the nodes, so it takes no pointer from them.
        self.legend_widget(ui, frame.scene);
        self.node_widgets(ui, &mut frame, &mut hover);
        self.background(ui, &background, &mut frame, &mut hover);
        self.hover = hover;
        self.overlay(ui, &painter, &mut frame);
    }

    /// Ids of the hovered node, its neighbours and their links (to keep lit).
    fn hover_neighbourhood(&self, work: &Workspace) -> Option<BTreeSet<String>> {
        if self.gesture.as_ref().is_some_and(|g| g.is_drag() || g.connecting().is_some()) {
            return None;
        }
        let Some(Element::Node(id)) = &self.hover else {
            return None;
        };
        // The selection stays lit too: it is what the user is working on.
        let mut keep: BTreeSet<String> = work.selection.nodes.iter().cloned().collect();
        keep.insert(id.to_string());
        for (link, from, to) in work.session.doc().links_of(id) {
            keep.insert(link.id.clone());
            keep.insert(from.to_owned());
            keep.insert(to.to_owned());
        }
        Some(keep)
    }

    /// The canvas while a large map's first layout is made.
    fn waiting(&mut self, ui: &mut Ui, rect: Rect, work: &Workspace) {
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, ui.visuals().extreme_bg_color);
        let doc = work.session.doc();
        let text = tr!(ui.lang(), "canvas-laying-out", nodes = doc.node_count(), links = doc.link_count());
        let font = egui::FontId::proportional(18.0);
        let center = rect.center();
        painter.text(
            center - egui::vec2(0.0, 20.0),
            egui::Align2::CENTER_CENTER,
            text,
            font,
            ui.visuals().text_color(),
        );
        let bar = Rect::from_center_size(center + egui::vec2(0.0, 12.0), egui::vec2(320.0, 10.0));
        painter.rect_filled(bar, 5.0, ui.visuals().faint_bg_color);
        let done =
            Rect::from_min_size(bar.min, egui::vec2(bar.width() * work.session.progress(), bar.height()));
        painter.rect_filled(done, 5.0, draw::accent(ui));
        self.needs_fit = true;
        ui.ctx().request_repaint_after(std::time::Duration::from_millis(50));
    }

    /// Opens the name field of node `id`, holding `text`.
    pub fn start_rename(&mut self, id: String, text: String) {
        self.gesture = Some(Gesture::Rename(Rename { id, text, focused: false }));
    }

    /// The node being renamed in place, if any.
    pub fn renaming(&self) -> Option<&Rename> {
        match &self.gesture {
            Some(Gesture::Rename(rename)) => Some(rename),
            _ => None,
        }
    }

    /// Ends the Connect tool, a link being drawn or the add-node picker;
    /// returns whether there was one (Escape closes it before anything else).
    pub fn cancel_tools(&mut self) -> bool {
        let had =
            self.connect_tool || matches!(self.gesture, Some(Gesture::Connect { .. } | Gesture::Pick { .. }));
        if had {
            self.connect_tool = false;
            if !matches!(self.gesture, Some(Gesture::Rename(_))) {
                self.gesture = None;
            }
        }
        had
    }

    /// Fits the whole map once nodes stop gliding (after a Re-layout).
    pub fn fit_after_motion(&mut self) {
        self.fit_when_still = true;
    }

    /// Centres the view on map point `p` (smoothly).
    pub fn center_on(&mut self, p: [f32; 2]) {
        self.touched = true;
        let mut target = self.target.unwrap_or(self.camera);
        target.center = p;
        target.zoom = target.zoom.max(0.6);
        self.target = Some(target);
    }

    /// Zooms by `factor` about the middle of the canvas.
    pub fn zoom_by(&mut self, factor: f32) {
        let rect = self.rect;
        self.target = None;
        self.touched = true;
        self.camera.zoom_at(rect, rect.center(), factor);
    }

    /// Moves the view to show all of `bounds` (smoothly).
    pub fn fit(&mut self, bounds: &scene::Rect) {
        self.touched = false;
        self.target = Some(self.fitting(bounds));
    }

    /// The map point in the middle of the view.
    pub fn view_center(&self) -> scene::Pos {
        scene::Pos::new(self.camera.center[0], self.camera.center[1])
    }
}

impl CanvasState {
    /// Where node group `k` is drawn, in map units: larger than the scene
    /// when its label is lifted to a legible size.
    pub fn node_bounds(&self, k: usize, group: &scene::Group) -> scene::Rect {
        self.drawn.lifted(k as u32).unwrap_or(group.bounds)
    }

    /// Where node `id` is drawn on screen, if the scene draws it.
    pub fn node_on_screen(&self, scene: &Scene, id: &str) -> Option<Rect> {
        let (k, group) = scene
            .groups
            .iter()
            .enumerate()
            .find(|(_, group)| matches!(&group.element, Element::Node(node) if &**node == id))?;
        Some(self.camera.rect_to_screen(self.rect, &self.node_bounds(k, group)))
    }

    /// The node under screen point `p`: the one whose own box holds it,
    /// else a lifted label around it.
    pub fn node_at(&self, scene: &Scene, p: Pos2) -> Option<String> {
        let w = self.camera.to_world(self.rect, p);
        let nodes = || {
            scene.groups.iter().enumerate().rev().filter_map(|(k, group)| match &group.element {
                Element::Node(id) => Some((k, id, group)),
                _ => None,
            })
        };
        // A node's own box first, so a small node under a lifted label can
        // still be dropped on; then the lifted labels around it.
        let plain = nodes().find(|(_, _, group)| group.bounds.contains(w));
        let lifted = || nodes().find(|(k, _, _)| self.drawn.lifted(*k as u32).is_some_and(|r| r.contains(w)));
        plain.or_else(lifted).map(|(_, id, _)| id.to_string())
    }
}
