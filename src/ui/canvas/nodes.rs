//! One widget per visible node: click to select, drag to move (and pin),
//! double-click to rename, a handle to drag out a new link, a context menu.
//! Each is an accessible button named after the node, so screen readers and
//! tests can find nodes by their label.

use egui::{Id, Pos2, Rect, Response, Sense, Ui, Vec2, WidgetInfo};

use super::{CanvasState, Frame, NodeDrag, node_at};
use crate::edit::{Edit, Placement};
use crate::model::Point;
use crate::scene::Element;
use crate::ui::command::Command;
use crate::ui::state::Selection;

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
                Element::Node(id) => Some((&**id, self.camera.rect_to_screen(canvas, &group.bounds), k)),
                _ => None,
            })
            .filter(|(_, r, _)| r.intersects(canvas))
            .collect();
        // Thousands of specks on screen: one widget each would cost more
        // than the drawing; the background picks nodes by position instead.
        self.many_nodes = visible.len() > MAX_NODE_WIDGETS;
        if self.many_nodes {
            if let Some(p) = pointer.filter(|p| canvas.contains(*p)) {
                *hover = super::node_at(scene, &self.camera, canvas, p).map(|id| Element::Node(id.into()));
            }
            return;
        }
        for (id, r, _) in visible {
            let label = frame.session.doc.node(id).map(|n| n.label.clone()).unwrap_or_default();
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
            let show_handle = response.hovered()
                || pointer.is_some_and(|p| near.contains(p))
                || frame.selection.single_node() == Some(id)
                || self.connect_from.as_deref() == Some(id);
            if show_handle && !self.connect_tool {
                self.handle(ui, id, &label, handle_center(r), frame);
            }
        }
    }

    fn node_input(&mut self, ui: &Ui, response: &Response, id: &str, frame: &mut Frame<'_>) {
        let shift = ui.input(|i| i.modifiers.shift);
        if response.clicked() {
            if self.connect_tool {
                match self.connect_from.take() {
                    Some(first) => frame.commands.push(Command::Connect(first, id.to_owned())),
                    None => {
                        self.connect_from = Some(id.to_owned());
                        *frame.selection = Selection::node(id);
                    }
                }
            } else if shift {
                frame.selection.toggle_node(id);
            } else {
                *frame.selection = Selection::node(id);
            }
        }
        if response.double_clicked() {
            frame.commands.push(Command::Rename(id.to_owned()));
        }
        if response.drag_started_by(egui::PointerButton::Primary) && !self.connect_tool {
            if !frame.selection.nodes.contains(id) {
                if !shift {
                    frame.selection.links.clear();
                    frame.selection.nodes.clear();
                }
                frame.selection.nodes.insert(id.to_owned());
            }
            let start = response.interact_pointer_pos().unwrap_or(response.rect.center());
            let origins = frame
                .selection
                .nodes
                .iter()
                .filter_map(|n| frame.session.layout.position_of(n).map(|p| (n.clone(), p)))
                .collect();
            self.drag = Some(NodeDrag { start: self.camera.to_world(self.rect, start), origins });
            // The user is arranging by hand: the view stays where it is.
            self.follow = false;
        }
        if let (true, Some(drag), Some(pointer)) =
            (response.dragged(), &self.drag, response.interact_pointer_pos())
        {
            let now = self.camera.to_world(self.rect, pointer);
            let (dx, dy) = (now.x - drag.start.x, now.y - drag.start.y);
            for (node, [x, y]) in &drag.origins {
                frame.session.layout.hold(node, [x + dx, y + dy]);
            }
        }
        if response.drag_stopped()
            && let Some(drag) = self.drag.take()
        {
            Self::finish_drag(&drag, frame);
        }
    }

    /// Pins the dragged nodes where they were dropped, as one undo step.
    fn finish_drag(drag: &NodeDrag, frame: &mut Frame<'_>) {
        let moves: Vec<(String, Placement)> = drag
            .origins
            .iter()
            .filter_map(|(id, _)| {
                let [x, y] = frame.session.layout.position_of(id)?;
                Some((
                    id.clone(),
                    Placement { position: Some(Point::new(f64::from(x), f64::from(y))), pinned: true },
                ))
            })
            .collect();
        let moved = drag.origins.iter().zip(&moves).any(|((_, [x0, y0]), (_, p))| {
            p.position.is_some_and(|q| (q.x as f32 - x0).abs() + (q.y as f32 - y0).abs() > 0.5)
        });
        if moved {
            let label =
                if moves.len() == 1 { "Move node".to_owned() } else { format!("Move {} nodes", moves.len()) };
            frame.commands.push(Command::edit(Edit::Place(moves), label));
        }
    }

    /// The round handle on a node's right edge: drag it onto another node to link them.
    fn handle(&mut self, ui: &mut Ui, id: &str, label: &str, center: Pos2, frame: &mut Frame<'_>) {
        let rect = Rect::from_center_size(center, Vec2::splat(HANDLE_RADIUS * 2.0 + 4.0));
        let response = ui.interact(rect, Id::unique(("sectormap-handle", id)), Sense::drag());
        response
            .widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, format!("Connect from {label}")));
        let hot = response.hovered() || response.dragged();
        let painter = ui.painter_at(self.rect);
        let accent = crate::ui::draw::accent(ui);
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
            self.connect_from = Some(id.to_owned());
        }
        if response.drag_stopped() {
            let target = response
                .interact_pointer_pos()
                .or_else(|| ui.input(|i| i.pointer.latest_pos()))
                .and_then(|p| node_at(frame.scene, &self.camera, self.rect, p));
            let pointer = response.interact_pointer_pos().or_else(|| ui.input(|i| i.pointer.latest_pos()));
            match (self.connect_from.take(), target, pointer) {
                (Some(from), Some(to), _) => frame.commands.push(Command::Connect(from, to)),
                // Dropped on empty canvas: offer a new node there, linked from this one.
                (Some(from), None, Some(p)) if self.rect.contains(p) => {
                    self.picker = Some(self.camera.to_world(self.rect, p));
                    self.picker_from = Some(from);
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
    let pinned = frame.session.doc.node(id).is_some_and(|n| n.pinned);
    if ui.button("Rename").clicked() {
        frame.commands.push(Command::Rename(id.to_owned()));
    }
    let pin_label = if pinned { "Unpin" } else { "Pin here" };
    if ui.button(pin_label).clicked() {
        frame.commands.push(Command::SetPinned(vec![id.to_owned()], !pinned));
    }
    if ui.button("Centre view here").clicked() {
        frame.commands.push(Command::Reveal(id.to_owned()));
    }
    if ui.button("Focus here").on_hover_text("Show this node's neighbourhood; dim the rest (.)").clicked() {
        frame.commands.push(Command::FocusOn(id.to_owned()));
    }
    ui.separator();
    if ui.button("Delete node").clicked() {
        *frame.selection = Selection::node(id);
        frame.commands.push(Command::DeleteSelection);
    }
}
