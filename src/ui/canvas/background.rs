//! Input on the canvas outside the nodes: pan, zoom, box selection, link
//! selection, double-click to add a node, and the context menu.

use egui::{PointerButton, Pos2, Rect, Response, Ui};

use super::{CanvasState, Frame};
use crate::model::NodeKind;
use crate::scene::{self, Element, Item, Scene};
use crate::ui::camera::Camera;
use crate::ui::command::Command;
use crate::ui::state::Selection;

impl CanvasState {
    /// Handles input that did not land on a node.
    pub(super) fn background(
        &mut self,
        ui: &mut Ui,
        response: &Response,
        frame: &mut Frame<'_>,
        hover: &mut Option<Element>,
    ) {
        let rect = self.rect;
        let pointer = ui.input(|i| i.pointer.hover_pos());
        let over_canvas = pointer.is_some_and(|p| rect.contains(p));
        if response.hovered() && hover.is_none() {
            *hover = pointer
                .and_then(|p| link_at(frame.scene, &self.camera, rect, p))
                .map(|id| Element::Link(id.into()));
        }
        if over_canvas {
            self.scroll_and_zoom(ui, pointer);
        }
        let modifiers = ui.input(|i| i.modifiers);
        if response.drag_started_by(PointerButton::Primary) && (modifiers.shift || modifiers.command) {
            self.boxsel = response.interact_pointer_pos().map(|p| (p, modifiers.shift));
        }
        if response.dragged() && self.boxsel.is_none() {
            self.target = None;
            self.follow = false;
            self.camera.pan(response.drag_delta());
        }
        if response.drag_stopped()
            && let (Some((start, additive)), Some(end)) =
                (self.boxsel.take(), response.interact_pointer_pos())
        {
            self.select_box(Rect::from_two_pos(start, end), additive, frame);
        }
        if response.clicked() {
            self.connect_from = None;
            self.picker = None;
            self.picker_from = None;
            if self.many_nodes
                && let Some(id) = pointer.and_then(|p| super::node_at(frame.scene, &self.camera, rect, p))
            {
                if modifiers.shift {
                    frame.selection.toggle_node(&id);
                } else {
                    *frame.selection = Selection::node(&id);
                }
                return;
            }
            let link = pointer.and_then(|p| link_at(frame.scene, &self.camera, rect, p));
            match (link, modifiers.shift) {
                (Some(id), true) => {
                    if !frame.selection.links.remove(&id) {
                        frame.selection.links.insert(id);
                    }
                }
                (Some(id), false) => *frame.selection = Selection::link(&id),
                (None, true) => {}
                (None, false) => *frame.selection = Selection::default(),
            }
        }
        if response.double_clicked()
            && !self.connect_tool
            && let Some(p) = pointer
        {
            self.picker = Some(self.camera.to_world(rect, p));
            self.picker_from = None;
        }
        if response.secondary_clicked() {
            let link = pointer.and_then(|p| link_at(frame.scene, &self.camera, rect, p));
            if let Some(id) = &link {
                *frame.selection = Selection::link(id);
            }
            self.picker = None;
            self.menu_at = pointer.map(|p| (self.camera.to_world(rect, p), link));
        }
        let menu_at = self.menu_at.clone();
        response.context_menu(|ui| match menu_at {
            Some((_, Some(link))) => link_menu(ui, &link, frame),
            Some((at, None)) => space_menu(ui, at, frame),
            None => {}
        });
    }

    pub(super) fn scroll_and_zoom(&mut self, ui: &Ui, pointer: Option<Pos2>) {
        let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta()));
        if zoom != 1.0 {
            self.target = None;
            self.follow = false;
            self.camera.zoom_at(self.rect, pointer.unwrap_or(self.rect.center()), zoom);
        } else if scroll != egui::Vec2::ZERO {
            self.target = None;
            self.follow = false;
            self.camera.pan(scroll);
        }
    }

    fn select_box(&self, screen: Rect, additive: bool, frame: &mut Frame<'_>) {
        let a = self.camera.to_world(self.rect, screen.min);
        let b = self.camera.to_world(self.rect, screen.max);
        let area = scene::Rect::new(a.x, a.y, b.x, b.y);
        if !additive {
            *frame.selection = Selection::default();
        }
        for group in &frame.scene.groups {
            if let Element::Node(id) = &group.element
                && area.intersects(&group.bounds)
            {
                frame.selection.nodes.insert(id.to_string());
            }
        }
    }
}

/// The link whose line passes within a few screen points of `p`.
pub fn link_at(scene: &Scene, camera: &Camera, canvas: Rect, p: Pos2) -> Option<String> {
    let w = camera.to_world(canvas, p);
    let slack = 6.0 / camera.zoom;
    let mut best: Option<(f32, &str)> = None;
    for group in &scene.groups {
        let Element::Link(id) = &group.element else {
            continue;
        };
        if !group.bounds.expand(slack).contains(w) {
            continue;
        }
        for item in scene.items_of(group) {
            if let Item::Line { from, to, stroke } = item {
                let d = segment_distance(w, *from, *to) - stroke.width * 0.5;
                if d <= slack && best.is_none_or(|(bd, _)| d < bd) {
                    best = Some((d, id));
                }
            }
        }
    }
    best.map(|(_, id)| id.to_owned())
}

fn segment_distance(p: scene::Pos, a: scene::Pos, b: scene::Pos) -> f32 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 { (((p.x - a.x) * dx + (p.y - a.y) * dy) / len2).clamp(0.0, 1.0) } else { 0.0 };
    let (cx, cy) = (a.x + dx * t, a.y + dy * t);
    ((p.x - cx).powi(2) + (p.y - cy).powi(2)).sqrt()
}

fn link_menu(ui: &mut Ui, id: &str, frame: &mut Frame<'_>) {
    if ui.button("Delete link").clicked() {
        *frame.selection = Selection::link(id);
        frame.commands.push(Command::DeleteSelection);
        ui.close();
    }
    if let Some((_, from, to)) = frame.session.doc.link(id) {
        let (from, to) = (from.to_owned(), to.to_owned());
        if ui.button("Select its two ends").clicked() {
            frame.selection.links.clear();
            frame.selection.nodes = [from, to].into_iter().collect();
            ui.close();
        }
    }
}

fn space_menu(ui: &mut Ui, at: scene::Pos, frame: &mut Frame<'_>) {
    for kind in NodeKind::ALL {
        if ui.button(format!("Add {} here", kind.noun())).clicked() {
            frame.commands.push(Command::AddNode { kind, at: Some(at), link_from: None });
            ui.close();
        }
    }
    ui.separator();
    if ui.button("Select all").clicked() {
        frame.commands.push(Command::SelectAll);
        ui.close();
    }
    if ui.button("Zoom to fit").clicked() {
        frame.commands.push(Command::ZoomFit);
        ui.close();
    }
}
