//! Input on the canvas outside the nodes: pan, zoom, box selection, link
//! selection, double-click to add a node, and the context menu.

use egui::{PointerButton, Pos2, Rect, Response, Ui};

use super::camera::Camera;
use super::{CanvasState, Frame, Gesture};
use crate::lang::Speak;
use sectormap_core::editor::{CameraCommand, DocCommand, Selection, ViewCommand};
use sectormap_core::model::NodeKind;
use sectormap_core::scene::{self, Element, Item, Scene};
use sectormap_core::tr;

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
        if response.drag_started_by(PointerButton::Primary)
            && (modifiers.shift || modifiers.command)
            && let Some(start) = response.interact_pointer_pos()
        {
            self.gesture = Some(Gesture::BoxSelect { start, additive: modifiers.shift });
        }
        let boxing = matches!(self.gesture, Some(Gesture::BoxSelect { .. }));
        if response.dragged() && !boxing {
            self.target = None;
            self.touched = true;
            self.camera.pan(response.drag_delta());
        }
        if response.drag_stopped()
            && let Some(Gesture::BoxSelect { start, additive }) = self.gesture.clone()
            && let Some(end) = response.interact_pointer_pos()
        {
            self.gesture = None;
            self.select_box(Rect::from_two_pos(start, end), additive, frame);
        }
        let selection = &mut frame.work.selection;
        if response.clicked() {
            if matches!(self.gesture, Some(Gesture::Connect { .. } | Gesture::Pick { .. })) {
                self.gesture = None;
            }
            if self.many_nodes
                && let Some(id) = pointer.and_then(|p| self.node_at(frame.scene, p))
            {
                if modifiers.shift {
                    selection.toggle_node(&id);
                } else {
                    *selection = Selection::node(&id);
                }
                return;
            }
            let link = pointer.and_then(|p| link_at(frame.scene, &self.camera, rect, p));
            match (link, modifiers.shift) {
                (Some(id), true) => selection.toggle_link(&id),
                (Some(id), false) => *selection = Selection::link(&id),
                (None, true) => {}
                (None, false) => *selection = Selection::default(),
            }
        }
        if response.double_clicked()
            && !self.connect_tool
            && let Some(p) = pointer
        {
            self.gesture = Some(Gesture::Pick { at: self.camera.to_world(rect, p), from: None });
        }
        if response.secondary_clicked() {
            let link = pointer.and_then(|p| link_at(frame.scene, &self.camera, rect, p));
            if let Some(id) = &link {
                *selection = Selection::link(id);
            }
            if matches!(self.gesture, Some(Gesture::Pick { .. })) {
                self.gesture = None;
            }
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
            self.touched = true;
            self.camera.zoom_at(self.rect, pointer.unwrap_or(self.rect.center()), zoom);
        } else if scroll != egui::Vec2::ZERO {
            self.target = None;
            self.touched = true;
            self.camera.pan(scroll);
        }
    }

    fn select_box(&self, screen: Rect, additive: bool, frame: &mut Frame<'_>) {
        let a = self.camera.to_world(self.rect, screen.min);
        let b = self.camera.to_world(self.rect, screen.max);
        let area = scene::Rect::new(a.x, a.y, b.x, b.y);
        let selection = &mut frame.work.selection;
        if !additive {
            *selection = Selection::default();
        }
        for group in &frame.scene.groups {
            if let Element::Node(id) = &group.element
                && area.intersects(&group.bounds)
            {
                selection.nodes.insert(id.to_string());
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
    let lang = ui.lang();
    if ui.button(lang.tr("step-delete-link")).clicked() {
        frame.work.selection = Selection::link(id);
        frame.commands.push(DocCommand::DeleteSelection.into());
        ui.close();
    }
    if let Some((_, from, to)) = frame.work.session.doc().link(id) {
        let ends = [from.to_owned(), to.to_owned()];
        if ui.button(lang.tr("menu-select-ends")).clicked() {
            frame.work.selection = Selection { nodes: ends.into_iter().collect(), links: Default::default() };
            ui.close();
        }
    }
}

fn space_menu(ui: &mut Ui, at: scene::Pos, frame: &mut Frame<'_>) {
    let lang = ui.lang();
    for kind in NodeKind::ALL {
        if ui.button(tr!(lang, "menu-add-here", kind = kind.key())).clicked() {
            frame.commands.push(DocCommand::AddNode { kind, at: Some(at), link_from: None }.into());
            ui.close();
        }
    }
    ui.separator();
    if ui.button(lang.tr("menu-select-all")).clicked() {
        frame.commands.push(ViewCommand::SelectAll.into());
        ui.close();
    }
    if ui.button(lang.tr("menu-zoom-fit")).clicked() {
        frame.commands.push(CameraCommand::Fit.into());
        ui.close();
    }
}
