//! The animation that shows a Re-layout or a Tidy: nodes glide from where
//! they were to where the layout put them. Only the picture moves; the
//! document has the new positions from the first frame.

use crate::scene::Layout;

/// How long the glide takes, in seconds.
pub const DURATION: f64 = 0.45;

/// Nodes on their way from one layout to another.
#[derive(Clone, Debug)]
pub struct Motion {
    from: Layout,
    to: Layout,
    started: Option<f64>,
}

impl Motion {
    /// A glide from `from` to `to`, starting at the first frame it is shown.
    pub fn new(from: Layout, to: Layout) -> Self {
        Self { from, to, started: None }
    }

    /// The layout at time `now` (seconds, any clock) and whether the
    /// glide is over.
    pub fn at(&mut self, now: f64) -> (Layout, bool) {
        let started = *self.started.get_or_insert(now);
        let t = ((now - started) / DURATION).clamp(0.0, 1.0);
        if t >= 1.0 {
            return (self.to.clone(), true);
        }
        // Ease in and out, so the motion starts and ends gently.
        let s = (t * t * (3.0 - 2.0 * t)) as f32;
        let layout = self
            .to
            .iter()
            .map(|(id, [x1, y1])| {
                let [x0, y0] = self.from.get(id).unwrap_or([x1, y1]);
                (id.to_owned(), [x0 + (x1 - x0) * s, y0 + (y1 - y0) * s])
            })
            .collect();
        (layout, false)
    }
}
