//! Which groups of a Scene lie in a part of the map: grids over the map,
//! in map units, so that drawing a huge map looks only at what is on
//! screen. Each group sits in the finest grid whose cells are at least as
//! large as its extent (so in at most four cells); a long link lands in a
//! coarse grid rather than in hundreds of fine cells.

use super::reach::Reach;
use sectormap_core::scene::{Element, Rect, Scene};

/// One grid: cells `cell` map units wide, `columns` by `rows` from `origin`.
struct Grid {
    cell: f32,
    columns: usize,
    rows: usize,
    /// Where each cell's groups start in `entries` (one more than cells).
    starts: Vec<u32>,
    entries: Vec<u32>,
}

impl Grid {
    /// The cells `r` touches, as column and row ranges.
    fn span(&self, origin: [f32; 2], r: &Rect) -> ([usize; 2], [usize; 2]) {
        let at = |v: f32, o: f32, n: usize| (((v - o) / self.cell).floor().max(0.0) as usize).min(n - 1);
        let cols = [at(r.x0, origin[0], self.columns), at(r.x1, origin[0], self.columns)];
        let rows = [at(r.y0, origin[1], self.rows), at(r.y1, origin[1], self.rows)];
        (cols, rows)
    }
}

/// The groups of one Scene by place, in drawing order when asked.
pub struct SceneIndex {
    origin: [f32; 2],
    grids: Vec<Grid>,
    /// Groups drawn apart from the map's grid (the legend, titles).
    always: Vec<u32>,
    /// Where each group's link reaches (`None`: not a link).
    reach: Vec<Option<Reach>>,
}

impl SceneIndex {
    /// Indexes the node and link groups of `scene` by their bounds.
    pub fn new(scene: &Scene) -> Self {
        let b = &scene.bounds;
        let origin = [b.x0, b.y0];
        let (width, height) = (b.width().max(1.0), b.height().max(1.0));
        let placed = scene.groups.iter().filter(|g| matches!(g.element, Element::Node(_) | Element::Link(_)));
        // About one finest cell per two groups; each grid four times coarser.
        let count = placed.count().max(1) as f32;
        let mut cell = ((width * height) / count * 2.0).sqrt().max(1.0);
        let mut sizes = Vec::new();
        loop {
            sizes.push(cell);
            if cell >= width.max(height) {
                break;
            }
            cell *= 4.0;
        }
        let mut grids: Vec<Grid> = sizes
            .iter()
            .map(|&cell| {
                let columns = ((width / cell).ceil() as usize).max(1);
                let rows = ((height / cell).ceil() as usize).max(1);
                Grid { cell, columns, rows, starts: vec![0; columns * rows + 1], entries: Vec::new() }
            })
            .collect();
        let mut always = Vec::new();
        let mut homes = Vec::with_capacity(scene.groups.len());
        for (k, group) in scene.groups.iter().enumerate() {
            let r = &group.bounds;
            let size = r.width().max(r.height());
            let level = sizes.iter().position(|&cell| size <= cell);
            match (&group.element, level) {
                (Element::Node(_) | Element::Link(_), Some(level)) => homes.push((k as u32, level)),
                _ => always.push(k as u32),
            }
        }
        // Two passes: count each cell's groups, then fill them in.
        for pass in 0..2 {
            let mut fill: Vec<Vec<u32>> = grids.iter().map(|g| g.starts.clone()).collect();
            for &(k, level) in &homes {
                let grid = &mut grids[level];
                let (cols, rows) = grid.span(origin, &scene.groups[k as usize].bounds);
                for row in rows[0]..=rows[1] {
                    for col in cols[0]..=cols[1] {
                        let cell = row * grid.columns + col;
                        if pass == 0 {
                            grid.starts[cell + 1] += 1;
                        } else {
                            grid.entries[fill[level][cell] as usize] = k;
                            fill[level][cell] += 1;
                        }
                    }
                }
            }
            if pass == 0 {
                for grid in &mut grids {
                    for cell in 1..grid.starts.len() {
                        grid.starts[cell] += grid.starts[cell - 1];
                    }
                    grid.entries = vec![0; grid.starts.last().copied().unwrap_or(0) as usize];
                }
            }
        }
        let reach = scene
            .groups
            .iter()
            .map(|group| match group.element {
                Element::Link(_) => Reach::of(scene, group),
                _ => None,
            })
            .collect();
        Self { origin, grids, always, reach }
    }

    /// The groups that may show in map area `area`, in drawing order: those
    /// whose cells it touches (links only if their line comes near it), and
    /// those kept apart (the caller tests them).
    pub fn query(&self, area: &Rect) -> Vec<u32> {
        let mut seen = vec![false; self.reach.len()];
        let mut out = self.always.clone();
        for grid in &self.grids {
            let (cols, rows) = grid.span(self.origin, area);
            for row in rows[0]..=rows[1] {
                for col in cols[0]..=cols[1] {
                    let cell = row * grid.columns + col;
                    let (a, b) = (grid.starts[cell] as usize, grid.starts[cell + 1] as usize);
                    for &k in grid.entries.get(a..b).unwrap_or(&[]) {
                        if let Some(mark) = seen.get_mut(k as usize)
                            && !*mark
                        {
                            *mark = true;
                            if self.reach[k as usize].is_none_or(|reach| reach.meets(area)) {
                                out.push(k);
                            }
                        }
                    }
                }
            }
        }
        out.sort_unstable();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::{Reach, SceneIndex};
    use sectormap_core::scene::{self, Element, Rect, View};

    #[test]
    fn a_query_finds_every_group_that_may_show_in_drawing_order() {
        let mut doc = sectormap_core::generate::random_map_with_links(400, 1200, 3);
        sectormap_core::pipeline::place(&mut doc, &sectormap_core::pipeline::Scope::Missing, 1, &mut |_| {});
        let prepared = scene::Prepared::new(&doc, &View::default());
        let scene = prepared.build(&scene::measure_all(&doc), &scene::Layout::of(&doc));
        let index = SceneIndex::new(&scene);
        let b = scene.bounds;
        for k in 0..40u16 {
            let (fx, fy, fw) =
                (f32::from(k % 7) / 7.0, f32::from(k % 5) / 5.0, 0.02 + f32::from(k % 4) * 0.1);
            let (x, y) = (b.x0 + b.width() * fx, b.y0 + b.height() * fy);
            let area = Rect::new(x, y, x + b.width() * fw, y + b.height() * fw);
            let found = index.query(&area);
            assert!(found.windows(2).all(|w| w[0] < w[1]), "in drawing order, once each");
            for (g, group) in scene.groups.iter().enumerate() {
                let shows = group.bounds.intersects(&area)
                    && match group.element {
                        Element::Link(_) => Reach::of(&scene, group).is_none_or(|r| r.meets(&area)),
                        _ => true,
                    };
                if shows {
                    assert!(found.contains(&(g as u32)), "group {g} ({:?}) in {area:?}", group.element);
                }
            }
        }
    }
}
