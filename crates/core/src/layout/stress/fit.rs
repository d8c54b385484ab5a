//! Making room on a freshly laid-out part before overlap removal: enlarge
//! it (which keeps its shape exactly) until few of its boxes touch.

use super::bounds;
use crate::layout::collide::count_overlaps;
use crate::layout::params::LayoutInput;

/// Parts above this many nodes are enlarged by their density, not by
/// counting overlaps (see [`thin_out`]).
pub(super) const SPREAD_UP_TO: usize = 5_000;
/// Boxes may cover at most this share of a large part's area.
const MAX_COVER: f32 = 0.12;

/// Largest uniform enlargement [`spread`] makes.
pub(super) const MAX_SPREAD: f32 = 2.5;

/// Enlarges a freshly laid-out part about its centre, by the least factor
/// (up to [`MAX_SPREAD`]) that leaves few of its boxes overlapping, so the
/// overlap removal after it has little left to do. An enlargement keeps
/// the drawing's shape exactly (stress does not depend on scale); moving
/// boxes apart one by one does not.
pub(super) fn spread(
    x: &mut [f32],
    y: &mut [f32],
    members: &[u32],
    input: &LayoutInput,
    gap: f32,
    most: f32,
) {
    let m = members.len();
    if m < 2 {
        return;
    }
    let (cx, cy) = members.iter().fold((0.0f32, 0.0f32), |(a, b), &i| (a + x[i as usize], b + y[i as usize]));
    let (cx, cy) = (cx / m as f32, cy / m as f32);
    let (hw, hh): (Vec<f32>, Vec<f32>) =
        members.iter().map(|&i| (input.nodes[i as usize].half[0], input.nodes[i as usize].half[1])).unzip();
    let allowed = m / 20;
    let mut chosen = most;
    let mut scale = 1.0f32;
    while scale < most {
        let sx: Vec<f32> = members.iter().map(|&i| cx + (x[i as usize] - cx) * scale).collect();
        let sy: Vec<f32> = members.iter().map(|&i| cy + (y[i as usize] - cy) * scale).collect();
        if count_overlaps(&sx, &sy, &hw, &hh, gap) <= allowed {
            chosen = scale;
            break;
        }
        scale += 0.1;
    }
    for &i in members {
        let i = i as usize;
        x[i] = cx + (x[i] - cx) * chosen;
        y[i] = cy + (y[i] - cy) * chosen;
    }
}

/// Enlarges a large part about its centre until its boxes cover at most
/// [`MAX_COVER`] of the box around it: counting overlaps there would cost
/// more than the layout, and a graph denser than that cannot be drawn
/// without boxes on top of each other.
pub(super) fn thin_out(x: &mut [f32], y: &mut [f32], members: &[u32], input: &LayoutInput, gap: f32) {
    let b = bounds(input, x, y, |i| members.binary_search(&(i as u32)).is_ok());
    let Some([x0, y0, x1, y1]) = b else { return };
    let area = ((x1 - x0) * (y1 - y0)).max(1.0);
    let boxes: f32 = members
        .iter()
        .map(|&i| {
            let [hw, hh] = input.nodes[i as usize].half;
            (2.0 * hw + gap) * (2.0 * hh + gap)
        })
        .sum();
    let scale = (boxes / (MAX_COVER * area)).sqrt();
    if scale <= 1.0 {
        return;
    }
    let (cx, cy) = ((x0 + x1) * 0.5, (y0 + y1) * 0.5);
    for &i in members {
        let i = i as usize;
        x[i] = cx + (x[i] - cx) * scale;
        y[i] = cy + (y[i] - cy) * scale;
    }
}
