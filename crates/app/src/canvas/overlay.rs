//! What the canvas draws over the map but never exports: selection, pins,
//! the box being dragged, a link being drawn, the rename field and the
//! add-node picker.

use egui::{Color32, FontId, Key, Painter, Rect, Stroke, Ui, Vec2};

use super::nodes::handle_center;
use super::{CanvasState, Frame, Gesture};
use crate::lang::Speak;
use sectormap_core::edit::Edit;
use sectormap_core::editor::{Command, DocCommand};
use sectormap_core::model::NodeKind;
use sectormap_core::scene::{Element, Item};
use sectormap_core::tr;

impl CanvasState {
    /// Draws overlays and runs the inline editors.
    pub(super) fn overlay(&mut self, ui: &mut Ui, painter: &Painter, frame: &mut Frame<'_>) {
        let accent = super::draw::accent(ui);
        self.paint_selection(painter, frame, accent);
        self.paint_pins(painter, frame);
        if let Some(Gesture::BoxSelect { start, .. }) = self.gesture
            && let Some(now) = ui.input(|i| i.pointer.latest_pos())
        {
            let r = Rect::from_two_pos(start, now);
            painter.rect(
                r,
                0.0,
                accent.gamma_multiply(0.12),
                Stroke::new(1.0, accent),
                egui::StrokeKind::Inside,
            );
        }
        self.paint_connect(ui, painter, frame, accent);
        self.rename_field(ui, frame);
        self.picker(ui, frame);
    }

    fn paint_selection(&self, painter: &Painter, frame: &Frame<'_>, accent: Color32) {
        for (k, group) in frame.scene.groups.iter().enumerate() {
            match &group.element {
                Element::Node(id) if frame.work.selection.nodes.contains(&**id) => {
                    let r = self.camera.rect_to_screen(self.rect, &self.node_bounds(k, group)).expand(4.0);
                    painter.rect_stroke(r, 6.0, Stroke::new(2.5, accent), egui::StrokeKind::Outside);
                }
                Element::Link(id) if frame.work.selection.links.contains(&**id) => {
                    for item in frame.scene.items_of(group) {
                        if let Item::Line { from, to, stroke } = item {
                            let pts = [
                                self.camera.to_screen(self.rect, *from),
                                self.camera.to_screen(self.rect, *to),
                            ];
                            let width = stroke.width * self.camera.zoom + 5.0;
                            painter.line_segment(pts, Stroke::new(width, accent.gamma_multiply(0.45)));
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn paint_pins(&self, painter: &Painter, frame: &Frame<'_>) {
        for (k, group) in frame.scene.groups.iter().enumerate() {
            let Element::Node(id) = &group.element else {
                continue;
            };
            if !frame.work.session.doc().node(id).is_some_and(|n| n.pinned) {
                continue;
            }
            let r = self.camera.rect_to_screen(self.rect, &self.node_bounds(k, group));
            let head = r.left_top() + Vec2::new(2.0, 2.0);
            painter
                .line_segment([head, head + Vec2::new(5.0, 7.0)], Stroke::new(2.0, Color32::from_gray(60)));
            painter.circle(head, 4.5, Color32::from_rgb(0xD0, 0x3A, 0x2F), Stroke::new(1.0, Color32::WHITE));
        }
    }

    fn paint_connect(&self, ui: &Ui, painter: &Painter, frame: &Frame<'_>, accent: Color32) {
        if self.connect_tool {
            let hint = match self.gesture.as_ref().and_then(Gesture::connecting) {
                Some(_) => "canvas-connect-to",
                None => "canvas-connect-from-hint",
            };
            let font = FontId::proportional(14.0);
            let galley = painter.layout_no_wrap(ui.tr(hint), font, Color32::WHITE);
            let at = self.rect.left_top() + Vec2::new(12.0, 10.0);
            let plate = Rect::from_min_size(at, galley.size()).expand2(Vec2::new(8.0, 4.0));
            painter.rect_filled(plate, 6.0, accent);
            painter.galley(at, galley, Color32::WHITE);
        }
        let from = self.gesture.as_ref().and_then(Gesture::connecting);
        let (Some(from), Some(pointer)) = (from, ui.input(|i| i.pointer.latest_pos())) else {
            return;
        };
        let Some(on_screen) = self.node_on_screen(frame.scene, from) else {
            return;
        };
        let start = if self.connect_tool { on_screen.center() } else { handle_center(on_screen) };
        painter.extend(egui::Shape::dashed_line(&[start, pointer], Stroke::new(2.0, accent), 8.0, 5.0));
        if let Some(target) = self.node_at(frame.scene, pointer).filter(|t| t != from)
            && let Some(r) = self.node_on_screen(frame.scene, &target)
        {
            let r = r.expand(5.0);
            painter.rect_stroke(r, 6.0, Stroke::new(3.0, accent), egui::StrokeKind::Outside);
        }
    }

    fn rename_field(&mut self, ui: &mut Ui, frame: &mut Frame<'_>) {
        let Some(renaming) = self.renaming() else { return };
        let Some(r) = self.node_on_screen(frame.scene, &renaming.id) else {
            self.gesture = None;
            return;
        };
        let Some(Gesture::Rename(rename)) = &mut self.gesture else {
            return;
        };
        // The field covers the node, so the old label does not show around it.
        let cover = Rect::from_center_size(
            r.center(),
            egui::vec2(r.width().max(200.0), r.height().clamp(32.0, 48.0)),
        );
        // Escape must be seen before the field reacts to it: the field only
        // reports losing focus on the next frame, which would commit.
        let escape = ui.input(|i| i.key_pressed(Key::Escape));
        let mut done = escape.then_some(false);
        egui::Area::new(egui::Id::unique("sectormap-rename"))
            .fixed_pos(cover.min)
            .order(egui::Order::Foreground)
            .show(ui.ctx(), |ui| {
                let frame = egui::Frame::popup(ui.style()).inner_margin(4.0);
                let lang = ui.lang();
                frame.show(ui, |ui| {
                    let id = egui::Id::unique("sectormap-rename-field");
                    let edit =
                        egui::TextEdit::singleline(&mut rename.text).id(id).hint_text(lang.tr("rename-hint"));
                    let size = egui::vec2(cover.width() - 8.0, 24.0f32.max(cover.height() - 8.0).min(40.0));
                    let response = ui.add_sized(size, edit);
                    let shown = rename.text.clone();
                    let name = lang.tr("rename-name");
                    response.widget_info(|| crate::widgets::field_info(&name, &shown));
                    if !rename.focused {
                        // The whole label is selected: typing replaces it.
                        response.request_focus();
                        let mut state =
                            egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
                        state
                            .cursor
                            .set_char_range(Some(egui::text::CCursorRange::select_all_str(&rename.text)));
                        state.store(ui.ctx(), id);
                        rename.focused = true;
                    }
                    if done.is_none() && response.lost_focus() {
                        done = Some(true);
                    }
                });
            });
        match done {
            Some(true) => {
                if let Some(mut node) = frame.work.session.doc().node(&rename.id).cloned()
                    && node.label != rename.text
                    && !rename.text.trim().is_empty()
                {
                    node.label = rename.text.trim().to_owned();
                    frame.commands.push(Command::edit(Edit::SetNode(node), ui.tr("rename-name")));
                }
                self.gesture = None;
            }
            Some(false) => self.gesture = None,
            None => {}
        }
    }

    fn picker(&mut self, ui: &mut Ui, frame: &mut Frame<'_>) {
        let Some(Gesture::Pick { at, from }) = &self.gesture else { return };
        let (at, link_from) = (*at, from.clone());
        let screen = self.camera.to_screen(self.rect, at);
        let mut close = false;
        egui::Area::new(egui::Id::unique("sectormap-kind-picker"))
            .fixed_pos(screen)
            .order(egui::Order::Foreground)
            .show(ui.ctx(), |ui| {
                let lang = ui.lang();
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.label(lang.tr(if link_from.is_some() { "picker-linked" } else { "picker-node" }));
                    for kind in NodeKind::ALL {
                        if ui.button(tr!(lang, "new-node-label", kind = kind.key())).clicked() {
                            let link_from = link_from.clone();
                            frame.commands.push(DocCommand::AddNode { kind, at: Some(at), link_from }.into());
                            close = true;
                        }
                    }
                    if ui.button(lang.tr("cancel")).clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                        close = true;
                    }
                });
            });
        if close {
            self.gesture = None;
        }
    }
}
