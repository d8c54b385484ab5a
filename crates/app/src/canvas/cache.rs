//! The shapes of what is on screen, kept between frames. They are made for
//! an area a little larger than the view, at one zoom, from the groups the
//! [`SceneIndex`] finds there (see [`super::make`]), and only moved while
//! the view pans. They are made again when the Scene, the zoom, the fading
//! or the pixel size changes, or the view leaves the area; on a huge map
//! they are made on another thread while the last ones are shown, scaled
//! and moved to the view (see [`super::worker`]). Map text is laid out
//! every frame (its glyphs snap to pixels), and so is the legend (it stays
//! in view).

use std::sync::{Arc, Weak};

use egui::emath::TSTransform;
use egui::{Painter, Shape, Vec2};

use super::draw::Look;
use super::index::SceneIndex;
use super::make::{Key, Made, Piece, covers, make};
use super::worker::{Garbage, Job, Outcome};
use sectormap_core::scene::{self, Element, Scene};

/// While the view zooms, shapes made at a zoom up to this factor away are
/// scaled rather than made again (until the view stops).
const NEAR: f32 = 1.25;
/// Scenes of at least this many groups have their shapes made on another
/// thread whenever some are already on screen.
pub const BACKGROUND_FROM: usize = 20_000;

/// The index of the Scene drawn and the shapes last made from it.
pub struct DrawCache {
    /// The Scene drawn (its allocation stays while this is kept, so no
    /// other Scene can have its address).
    scene: Weak<Scene>,
    /// Made when a view shows part of that Scene only.
    index: Option<SceneIndex>,
    /// The shapes on screen (made from an earlier Scene while the shapes
    /// of this one are being made on another thread).
    made: Option<Made>,
    /// Shapes being made on another thread.
    job: Option<Job>,
    /// Shapes and an index no longer needed, to be freed off the frame: by
    /// the next job before it makes shapes (so no third thread competes
    /// with the frame and that job for two cores), else on a thread.
    garbage: Option<Garbage>,
    /// Node labels drawn in the last frame: group index and size on screen.
    labels: Vec<(u32, f32)>,
    /// Scenes with at least this many groups have their shapes made on
    /// another thread ([`BACKGROUND_FROM`]).
    pub background_from: usize,
}

impl Default for DrawCache {
    fn default() -> Self {
        Self {
            scene: Weak::new(),
            index: None,
            made: None,
            job: None,
            garbage: None,
            labels: Vec::new(),
            background_from: BACKGROUND_FROM,
        }
    }
}

impl DrawCache {
    /// The pieces to draw `scene` with `look`, made again if those kept do
    /// not fit, with the transform that takes them to where the view is
    /// now, and the Scene they were made from.
    fn pieces(
        &mut self,
        painter: &Painter,
        scene: &Arc<Scene>,
        look: &Look<'_>,
    ) -> Option<(&Made, TSTransform)> {
        if Weak::as_ptr(&self.scene) != Arc::as_ptr(scene) {
            self.scene = Arc::downgrade(scene);
            self.index = None;
        }
        self.collect(scene);
        let key = Key {
            pixels_per_point: painter.pixels_per_point().to_bits(),
            fade: look.fade_key,
            legibility: look.legibility.key,
        };
        let view = look.camera.visible(look.canvas.expand(8.0));
        let zoom = look.camera.zoom;
        let fits = self.made.as_ref().is_some_and(|made| {
            let ratio = zoom / made.camera.zoom;
            let near = zoom == made.camera.zoom || (look.moving && (1.0 / NEAR..=NEAR).contains(&ratio));
            Arc::ptr_eq(&made.scene, scene)
                && made.key == key
                && near
                && (made.whole || covers(&made.area, &view))
                && (look.skip_links || !made.skipped_links)
        });
        if !fits {
            self.renew(scene, look, key);
        }
        if let Some(garbage) = self.garbage.take() {
            // No job took it: nothing else runs beside the frame now.
            let _ = std::thread::Builder::new().name("canvas free".into()).spawn(move || drop(garbage));
        }
        if self.job.is_some() {
            painter.ctx().request_repaint();
        }
        let made = self.made.as_ref()?;
        if zoom != made.camera.zoom {
            // Scaled for now: made again once the view stops.
            painter.ctx().request_repaint();
        }
        // A point drawn at `v` for the kept camera is at
        // `(v - kept centre) * scale + centre + (kept map centre - map centre) * zoom` now.
        let (cam, was) = (look.camera, &made.camera);
        let scale = zoom / was.zoom;
        let translation = look.canvas.center().to_vec2() - made.canvas.center().to_vec2() * scale
            + Vec2::new(was.center[0] - cam.center[0], was.center[1] - cam.center[1]) * zoom;
        Some((made, TSTransform::new(translation, scale)))
    }

    /// Makes the shapes for `look` again: here and now, or, on a huge map
    /// with shapes already on screen, on another thread.
    fn renew(&mut self, scene: &Arc<Scene>, look: &Look<'_>, key: Key) {
        if self.job.is_some() {
            // One at a time: the next starts when this one is done.
            return;
        }
        // While a big map's view moves (`look.moving`), the shapes for the
        // new zoom or area are made on another thread too, the kept ones
        // scaled meanwhile: no frame of a zoom waits for them.
        let moved = look.moving
            && self.made.as_ref().is_some_and(|made| Arc::ptr_eq(&made.scene, scene) && made.key == key);
        // Lifted labels stay where they were at this zoom if they can: a
        // node hovered or selected is never moved from under the pointer.
        let previous = self
            .made
            .as_ref()
            .filter(|made| made.camera.zoom == look.camera.zoom && made.canvas == look.canvas)
            .map(|made| made.lifted.clone())
            .unwrap_or_default();
        if (moved || scene.groups.len() >= self.background_from) && self.made.is_some() {
            let garbage = self.garbage.take();
            self.job = Job::start(scene, self.index.take(), look, key, previous.clone(), garbage);
            if self.job.is_some() {
                return;
            }
        }
        self.made = Some(make(scene, &mut self.index, look, key, &previous));
    }

    /// Takes the shapes made on another thread, if they are ready.
    fn collect(&mut self, scene: &Arc<Scene>) {
        let Some(job) = &self.job else { return };
        match job.poll() {
            Outcome::Busy => return,
            Outcome::Lost => {}
            Outcome::Made(made, index) => {
                let current = job.is_for(scene);
                let stale_index = if current { std::mem::replace(&mut self.index, index) } else { index };
                // Shapes of an earlier Scene never replace this one's.
                let unused = if current || !self.made.as_ref().is_some_and(|m| Arc::ptr_eq(&m.scene, scene)) {
                    self.made.replace(*made)
                } else {
                    Some(*made)
                };
                // Freeing a huge map's shapes (and maybe the last hold on
                // its Scene) takes tens of milliseconds: not in a frame.
                self.garbage = Some(Box::new((unused, stale_index)));
            }
        }
        self.job = None;
    }

    /// Whether shapes are being made on another thread.
    pub fn is_busy(&self) -> bool {
        self.job.is_some()
    }

    /// The shapes drawing `scene` with `look`: those kept, moved, and the
    /// text and legend laid out for this frame.
    pub fn shapes(
        &mut self,
        painter: &Painter,
        scene: &Arc<Scene>,
        look: &Look<'_>,
        glyphs: &mut super::glyphs::GlyphAtlas,
    ) -> Vec<Shape> {
        let ppp = painter.pixels_per_point();
        let mut labels = std::mem::take(&mut self.labels);
        labels.clear();
        let Some((made, transform)) = self.pieces(painter, scene, look) else { return Vec::new() };
        // Node labels are told only for the Scene asked about.
        let current = Arc::ptr_eq(&made.scene, scene);
        let scene = &made.scene;
        let screen = look.canvas.expand(4.0);
        let mut out = Vec::new();
        for piece in &made.pieces {
            let (item, group, fade) = match piece {
                Piece::Shapes(shapes) if transform == TSTransform::IDENTITY => {
                    out.extend(shapes.iter().cloned());
                    continue;
                }
                Piece::Shapes(shapes) => {
                    out.extend(shapes.iter().map(|shape| {
                        let mut shape = shape.clone();
                        shape.transform(transform);
                        shape
                    }));
                    continue;
                }
                Piece::Legend(group) => {
                    if let Some(group) = scene.groups.get(*group) {
                        super::draw::legend_shapes(scene, group, look, (glyphs, ppp), &mut out);
                    }
                    continue;
                }
                Piece::Text { bounds, .. } | Piece::Lifted { bounds, .. }
                    if !look.camera.rect_to_screen(look.canvas, bounds).intersects(screen) =>
                {
                    continue;
                }
                Piece::Text { item, group, fade, .. } => match scene.items.get(*item) {
                    Some(item) => (item, *group, *fade),
                    None => continue,
                },
                Piece::Lifted { item, group, fade, .. } => (&**item, *group, *fade),
            };
            if let Some(shape) = super::items::text_shape(item, look, fade, glyphs, ppp) {
                out.push(shape);
                let node =
                    scene.groups.get(group as usize).is_some_and(|g| matches!(g.element, Element::Node(_)));
                if let (true, true, scene::Item::Text { size, .. }) = (current, node, item) {
                    labels.push((group, size * look.camera.zoom));
                }
            }
        }
        self.labels = labels;
        out
    }

    /// Where node group `group` is drawn larger than the scene, if it is
    /// (its label lifted to a legible size), in map units.
    pub fn lifted(&self, group: u32) -> Option<scene::Rect> {
        let made = self.made.as_ref().filter(|made| Weak::as_ptr(&self.scene) == Arc::as_ptr(&made.scene))?;
        made.lifted.get(&group).map(|lifted| lifted.bounds)
    }

    /// The node labels drawn in the last frame: each text's group index and
    /// its size on screen, in points.
    pub fn labels(&self) -> &[(u32, f32)] {
        &self.labels
    }
}
