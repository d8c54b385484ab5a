//! Placing separately laid-out parts of a graph (its connected components,
//! isolated nodes among them) in rows, largest first, beside whatever part
//! of the map already has its place.

/// One laid-out part: its nodes and the box around them (boxes included).
pub struct Part {
    /// Node indices.
    pub nodes: Vec<u32>,
    /// Left, top, right, bottom.
    pub bounds: [f32; 4],
}

impl Part {
    fn width(&self) -> f32 {
        self.bounds[2] - self.bounds[0]
    }

    fn height(&self) -> f32 {
        self.bounds[3] - self.bounds[1]
    }
}

/// Moves each part so that they sit in rows, `gap` apart, largest first:
/// centred on the origin, or to the right of `beside` (the box of the
/// nodes that have their place) when there is one.
pub fn pack(parts: &[Part], x: &mut [f32], y: &mut [f32], gap: f32, beside: Option<[f32; 4]>) {
    if parts.is_empty() {
        return;
    }
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by(|&a, &b| {
        let (pa, pb) = (&parts[a], &parts[b]);
        pb.nodes.len().cmp(&pa.nodes.len()).then(pa.nodes.first().cmp(&pb.nodes.first()))
    });
    let area: f32 = parts.iter().map(|p| (p.width() + gap) * (p.height() + gap)).sum();
    let widest = parts.iter().map(Part::width).fold(0.0f32, f32::max);
    // Rows about as wide as the whole is tall, a little wider (screens are).
    let row_width = widest.max(area.sqrt() * 1.3);
    let mut offsets = vec![[0.0f32; 2]; parts.len()];
    let (mut cx, mut cy, mut row_height) = (0.0f32, 0.0f32, 0.0f32);
    for &k in &order {
        let part = &parts[k];
        if cx > 0.0 && cx + part.width() > row_width {
            cx = 0.0;
            cy += row_height + gap;
            row_height = 0.0;
        }
        offsets[k] = [cx - part.bounds[0], cy - part.bounds[1]];
        cx += part.width() + gap;
        row_height = row_height.max(part.height());
    }
    let total_width = order.iter().map(|&k| offsets[k][0] + parts[k].bounds[2]).fold(0.0f32, f32::max);
    let total_height = cy + row_height;
    let shift = match beside {
        Some([_, top, right, _]) => [right + gap * 2.0, top],
        None => [-total_width * 0.5, -total_height * 0.5],
    };
    for (part, offset) in parts.iter().zip(&offsets) {
        for &i in &part.nodes {
            x[i as usize] += offset[0] + shift[0];
            y[i as usize] += offset[1] + shift[1];
        }
    }
}
