//! One widget per visible node: click to select, drag to move (and pin),
//! double-click to rename, a handle to drag out a new link, a context menu.
//! Each is an accessible button named after the node, so screen readers and
//! tests can find nodes by their label.

use egui::{Id, Pos2, Rect, Response, Sense, Ui, Vec2, WidgetInfo};

use super::{CanvasState, Frame, Gesture, NodeDrag};
use crate::lang::Speak;
use sectormap_core::edit::{Edit, Placement};
use sectormap_core::editor::{Command, DocCommand, FileCommand, Selection, ViewCommand};
use sectormap_core::model::{NodeKind, Point};
use sectormap_core::scene::Element;
use sectormap_core::tr;

/// Most nodes on screen that get a widget each.
pub const MAX_NODE_WIDGETS: usize = 1500;

/// Radius of the connect handle, in screen points.
pub const HANDLE_RADIUS: f32 = 7.0;

impl CanvasState {
    /// Registers the node widgets and handles their input.
    pub(super) fn node_widgets(&mut self, ui: &mut Ui, frame: &mut Frame<'_>, hover: &mut Option<Element>) {
        let canvas = self.rect;
        let scene = frame.scene;
        let pointer = ui.input(|i| i.pointer.latest_pos());
        let visible: Vec<(&str, Rect, usize)> = scene
            .groups
            .iter()
            .enumerate()
            .filter_map(|(k, group)| match &group.element {
                Element::Node(id) => {
                    Some((&**id, self.camera.rect_to_screen(canvas, &self.node_bounds(k, group)), k))
                }
                _ => None,
            })
            .filter(|(_, r, _)| r.intersects(canvas))
            .collect();
        // Thousands of specks on screen: one widget each would cost more
        // than the drawing; the background picks nodes by position instead.
        self.many_nodes = visible.len() > MAX_NODE_WIDGETS;
        if self.many_nodes {
            if let Some(p) = pointer.filter(|p| canvas.contains(*p)) {
                *hover = self.node_at(scene, p).map(|id| Element::Node(id.into()));
            }
            return;
        }
        for (id, r, _) in visible {
            let label = frame.work.session.doc().node(id).map(|n| n.label.clone()).unwrap_or_default();
            let widget = Id::unique(("sectormap-node", id));
            let response = ui.interact(r.intersect(canvas), widget, Sense::click_and_drag());
            response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
            if response.hovered() {
                *hover = Some(Element::Node(id.into()));
            }
            self.node_input(ui, &response, id, frame);
            response.context_menu(|ui| node_menu(ui, id, frame));
            // The handle stays while the pointer is on it, even off the node.
            let near = Rect::from_center_size(handle_center(r), Vec2::splat(HANDLE_RADIUS * 2.0 + 8.0));
            let connecting = self.gesture.as_ref().and_then(Gesture::connecting);
            let show_handle = response.hovered()
                || pointer.is_some_and(|p| near.contains(p))
                || frame.work.selection.single_node() == Some(id)
                || connecting == Some(id);
            if show_handle && !self.connect_tool {
                self.handle(ui, id, &label, handle_center(r), frame);
            }
        }
    }

    fn node_input(&mut self, ui: &Ui, response: &Response, id: &str, frame: &mut Frame<'_>) {
        let shift = ui.input(|i| i.modifiers.shift);
        let selection = &mut frame.work.selection;
        if response.clicked() {
            if self.connect_tool {
                match self.gesture.take() {
                    Some(Gesture::Connect { from }) => {
                        frame.commands.push(DocCommand::Connect(from, id.to_owned()).into());
                    }
                    _ => {
                        self.gesture = Some(Gesture::Connect { from: id.to_owned() });
                        *selection = Selection::node(id);
                    }
                }
            } else if shift {
                selection.toggle_node(id);
            } else {
                *selection = Selection::node(id);
            }
        }
        if response.double_clicked() {
            frame.commands.push(ViewCommand::Rename(id.to_owned()).into());
        }
        if response.drag_started_by(egui::PointerButton::Primary) && !self.connect_tool {
            if !selection.nodes.contains(id) {
                if !shift {
                    *selection = Selection::default();
                }
                selection.nodes.insert(id.to_owned());
            }
            let start = response.interact_pointer_pos().unwrap_or(response.rect.center());
            let shown = frame.work.session.display();
            let origins =
                selection.nodes.iter().filter_map(|n| shown.get(n).map(|p| (n.clone(), p))).collect();
            self.gesture =
                Some(Gesture::Drag(NodeDrag { start: self.camera.to_world(self.rect, start), origins }));
        }
        if let (true, Some(Gesture::Drag(drag)), Some(pointer)) =
            (response.dragged(), &self.gesture, response.interact_pointer_pos())
        {
            let now = self.camera.to_world(self.rect, pointer);
            let (dx, dy) = (now.x - drag.start.x, now.y - drag.start.y);
            let moved = drag.origins.iter().map(|(node, [x, y])| (node.clone(), [x + dx, y + dy]));
            frame.work.session.preview(moved);
        }
        if response.drag_stopped()
            && let Some(Gesture::Drag(drag)) = self.gesture.take_if(|g| g.is_drag())
        {
            Self::finish_drag(&drag, frame);
        }
    }

    /// Places and pins the dragged nodes where they were dropped, as one
    /// undo step.
    fn finish_drag(drag: &NodeDrag, frame: &mut Frame<'_>) {
        let shown = frame.work.session.display();
        let moves: Vec<(String, Placement)> = drag
            .origins
            .iter()
            .filter_map(|(id, _)| {
                let position = Some(Point::from_layout(shown.get(id)?));
                Some((id.clone(), Placement { position, pinned: true }))
            })
            .collect();
        let moved = drag.origins.iter().zip(&moves).any(|((_, [x0, y0]), (_, p))| {
            p.position.is_some_and(|q| (q.x as f32 - x0).abs() + (q.y as f32 - y0).abs() > 0.5)
        });
        frame.work.session.end_preview();
        if moved {
            let label = tr!(frame.work.language(), "step-move-nodes", count = moves.len());
            frame.commands.push(Command::edit(Edit::Place(moves), label));
        }
    }

    /// The round handle on a node's right edge: drag it onto another node to link them.
    fn handle(&mut self, ui: &mut Ui, id: &str, label: &str, center: Pos2, frame: &mut Frame<'_>) {
        let rect = Rect::from_center_size(center, Vec2::splat(HANDLE_RADIUS * 2.0 + 4.0));
        let response = ui.interact(rect, Id::unique(("sectormap-handle", id)), Sense::drag());
        let name = tr!(ui.lang(), "canvas-connect-from", node = label);
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &name));
        let hot = response.hovered() || response.dragged();
        let painter = ui.painter_at(self.rect);
        let accent = super::draw::accent(ui);
        painter.circle(
            center,
            HANDLE_RADIUS,
            if hot { accent } else { ui.visuals().extreme_bg_color },
            egui::Stroke::new(2.0, accent),
        );
        painter.text(
            center,
            egui::Align2::CENTER_CENTER,
            "+",
            egui::FontId::proportional(12.0),
            if hot { egui::Color32::WHITE } else { accent },
        );
        if response.drag_started() {
            self.gesture = Some(Gesture::Connect { from: id.to_owned() });
        }
        if response.drag_stopped() {
            let pointer = response.interact_pointer_pos().or_else(|| ui.input(|i| i.pointer.latest_pos()));
            let target = pointer.and_then(|p| self.node_at(frame.scene, p));
            let from = match self.gesture.take() {
                Some(Gesture::Connect { from }) => Some(from),
                other => {
                    self.gesture = other;
                    None
                }
            };
            match (from, target, pointer) {
                (Some(from), Some(to), _) => frame.commands.push(DocCommand::Connect(from, to).into()),
                // Dropped on empty canvas: offer a new node there, linked from this one.
                (Some(from), None, Some(p)) if self.rect.contains(p) => {
                    self.gesture =
                        Some(Gesture::Pick { at: self.camera.to_world(self.rect, p), from: Some(from) });
                }
                _ => {}
            }
        }
    }
}

/// Where the connect handle of a node drawn at `r` sits.
pub fn handle_center(r: Rect) -> Pos2 {
    Pos2::new(r.right() + HANDLE_RADIUS * 0.4, r.center().y)
}

fn node_menu(ui: &mut Ui, id: &str, frame: &mut Frame<'_>) {
    let pinned = frame.work.session.doc().node(id).is_some_and(|n| n.pinned);
    let out = &mut *frame.commands;
    let lang = ui.lang();
    if ui.button(lang.tr("node-rename")).clicked() {
        out.push(ViewCommand::Rename(id.to_owned()).into());
    }
    let pin_label = if pinned { "step-unpin" } else { "node-pin-here" };
    if ui.button(lang.tr(pin_label)).clicked() {
        out.push(DocCommand::SetPinned(vec![id.to_owned()], !pinned).into());
    }
    if ui.button(lang.tr("node-centre")).clicked() {
        out.push(sectormap_core::editor::CameraCommand::Reveal(id.to_owned()).into());
    }
    if ui.button(lang.tr("node-focus")).on_hover_text(lang.tr("node-focus-hint")).clicked() {
        out.push(ViewCommand::FocusOn(id.to_owned()).into());
    }
    let department = frame.work.session.doc().node(id).is_some_and(|n| n.kind == NodeKind::Department);
    if department {
        ui.separator();
        if ui.button(lang.tr("node-export-brief")).clicked() {
            out.push(FileCommand::ExportBrief(id.to_owned()).into());
        }
        let hint = lang.tr("node-neighbourhood-view-hint");
        if ui.button(lang.tr("node-neighbourhood-view")).on_hover_text(hint).clicked() {
            out.push(ViewCommand::SaveNeighbourhood(id.to_owned()).into());
        }
        ui.separator();
    }
    let selected = frame.work.selection.nodes.contains(id) && frame.work.selection.nodes.len() > 1;
    let tidy = if selected { "node-tidy-selected" } else { "node-tidy-this" };
    if ui.button(lang.tr(tidy)).on_hover_text(lang.tr("node-tidy-hint")).clicked() {
        if !selected {
            frame.work.selection = Selection::node(id);
        }
        out.push(DocCommand::Tidy.into());
    }
    ui.separator();
    if ui.button(lang.tr("step-delete-node")).clicked() {
        frame.work.selection = Selection::node(id);
        out.push(DocCommand::DeleteSelection.into());
    }
}
