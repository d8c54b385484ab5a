//! A drawing's links in a uniform grid, so that the links a segment may
//! cross are found among those sharing a cell with it rather than among
//! all of them; links are moved in the grid as their ends move.

/// The links of a drawing, each listed in every grid cell it passes through.
pub struct Segments {
    /// Each link's ends.
    ends: Vec<(u32, u32)>,
    /// Each link's end points: x, y of the first, x, y of the second.
    coords: Vec<[f32; 4]>,
    /// Links in each cell, row by row.
    cells: Vec<Vec<u32>>,
    origin: (f32, f32),
    size: f32,
    cols: usize,
    rows: usize,
    /// The query that last met each link (so a link in several cells is
    /// tested once).
    seen: Vec<u32>,
    query: u32,
}

impl Segments {
    /// The links `ends` of the drawing (`x`, `y`), in about as many cells as
    /// there are links.
    pub fn new(ends: &[(u32, u32)], x: &[f32], y: &[f32]) -> Self {
        let coords: Vec<[f32; 4]> =
            ends.iter().map(|&(a, b)| [x[a as usize], y[a as usize], x[b as usize], y[b as usize]]).collect();
        let (mut lo, mut hi) = ((f32::INFINITY, f32::INFINITY), (f32::NEG_INFINITY, f32::NEG_INFINITY));
        for (&px, &py) in x.iter().zip(y) {
            (lo, hi) = ((lo.0.min(px), lo.1.min(py)), (hi.0.max(px), hi.1.max(py)));
        }
        let (w, h) = ((hi.0 - lo.0).max(1.0), (hi.1 - lo.1).max(1.0));
        // About as many cells as links.
        let size = (w * h / ends.len().max(1) as f32).sqrt().max(1e-3);
        let cols = ((w / size).ceil() as usize).clamp(1, 512);
        let rows = ((h / size).ceil() as usize).clamp(1, 512);
        let mut grid = Self {
            ends: ends.to_vec(),
            coords: Vec::new(),
            cells: vec![Vec::new(); cols * rows],
            origin: lo,
            size,
            cols,
            rows,
            seen: vec![0; ends.len()],
            query: 0,
        };
        for (k, c) in coords.iter().enumerate() {
            grid.visit(*c, |cell| cell.push(k as u32));
        }
        grid.coords = coords;
        grid
    }

    /// How many links the segment from `a` to `b` crosses, leaving out the
    /// links that end at node `v` or node `u`.
    pub fn crossings(&mut self, a: (f32, f32), b: (f32, f32), v: usize, u: usize) -> usize {
        self.query = self.query.wrapping_add(1);
        if self.query == 0 {
            self.seen.iter_mut().for_each(|s| *s = 0);
            self.query = 1;
        }
        let (lo_x, hi_x, lo_y, hi_y) = (a.0.min(b.0), a.0.max(b.0), a.1.min(b.1), a.1.max(b.1));
        let mut count = 0;
        for (col, r0, r1) in self.columns_of([a.0, a.1, b.0, b.1]) {
            for &k in (r0..=r1).flat_map(|r| &self.cells[r * self.cols + col]) {
                let k = k as usize;
                if self.seen[k] == self.query {
                    continue;
                }
                self.seen[k] = self.query;
                let seg = self.coords[k];
                let (s, t) = (self.ends[k].0 as usize, self.ends[k].1 as usize);
                if seg[0].max(seg[2]) < lo_x
                    || seg[0].min(seg[2]) > hi_x
                    || seg[1].max(seg[3]) < lo_y
                    || seg[1].min(seg[3]) > hi_y
                    || s == v
                    || t == v
                    || s == u
                    || t == u
                {
                    continue;
                }
                count += usize::from(cross(a, b, (seg[0], seg[1]), (seg[2], seg[3])));
            }
        }
        count
    }

    /// Moves the end `first` (else the second) of link `k` to `p`.
    pub fn move_end(&mut self, k: usize, first: bool, p: (f32, f32)) {
        let old = self.coords[k];
        let key = k as u32;
        self.visit(old, |cell| cell.retain(|&j| j != key));
        let at = if first { 0 } else { 2 };
        (self.coords[k][at], self.coords[k][at + 1]) = p;
        let new = self.coords[k];
        self.visit(new, |cell| cell.push(key));
    }

    /// Calls `f` on every cell the segment `c` passes through.
    fn visit(&mut self, c: [f32; 4], mut f: impl FnMut(&mut Vec<u32>)) {
        let cols = self.cols;
        for (col, r0, r1) in self.columns_of(c) {
            for row in r0..=r1 {
                f(&mut self.cells[row * cols + col]);
            }
        }
    }

    /// The cells the segment `c` passes through, column by column (the
    /// column, its first and last row); points outside the grid count in
    /// its border cells.
    fn columns_of(&self, c: [f32; 4]) -> impl Iterator<Item = (usize, usize, usize)> + use<> {
        let (ox, oy, size) = (self.origin.0, self.origin.1, self.size);
        let (cols, rows) = (self.cols, self.rows);
        let col = move |x: f32| (((x - ox) / size).floor().max(0.0) as usize).min(cols - 1);
        let row = move |y: f32| (((y - oy) / size).floor().max(0.0) as usize).min(rows - 1);
        let (a, b) = if c[0] <= c[2] { ((c[0], c[1]), (c[2], c[3])) } else { ((c[2], c[3]), (c[0], c[1])) };
        let slope = if b.0 > a.0 { (b.1 - a.1) / (b.0 - a.0) } else { 0.0 };
        let y_at = move |x: f32| if b.0 > a.0 { a.1 + (x.clamp(a.0, b.0) - a.0) * slope } else { a.1 };
        (col(a.0)..=col(b.0)).map(move |k| {
            // The part of the segment within column k (border columns reach out).
            let left = if k == 0 { a.0 } else { (ox + k as f32 * size).max(a.0) };
            let right = if k + 1 == cols { b.0 } else { (ox + (k + 1) as f32 * size).min(b.0) };
            let (y0, y1) = if b.0 > a.0 { (y_at(left), y_at(right)) } else { (a.1, b.1) };
            let slack = size * 1e-3;
            (k, row(y0.min(y1) - slack), row(y0.max(y1) + slack))
        })
    }
}

/// Whether segments `ab` and `cd` cross at a point inside both.
fn cross(a: (f32, f32), b: (f32, f32), c: (f32, f32), d: (f32, f32)) -> bool {
    let orient = |p: (f32, f32), q: (f32, f32), r: (f32, f32)| {
        f64::from(q.0 - p.0) * f64::from(r.1 - p.1) - f64::from(q.1 - p.1) * f64::from(r.0 - p.0)
    };
    orient(c, d, a) * orient(c, d, b) < 0.0 && orient(a, b, c) * orient(a, b, d) < 0.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::rng::SplitMix64;

    fn brute(
        ends: &[(u32, u32)],
        x: &[f32],
        y: &[f32],
        a: (f32, f32),
        b: (f32, f32),
        v: usize,
        u: usize,
    ) -> usize {
        ends.iter()
            .filter(|&&(s, t)| ![v, u].contains(&(s as usize)) && ![v, u].contains(&(t as usize)))
            .filter(|&&(s, t)| cross(a, b, (x[s as usize], y[s as usize]), (x[t as usize], y[t as usize])))
            .count()
    }

    #[test]
    fn counts_the_crossings_every_pair_of_links_has_also_after_moves() {
        let mut rng = SplitMix64::new(3);
        let n = 60;
        let mut coord = || (rng.next_u64() % 10_000) as f32 / 10.0;
        let (mut x, mut y): (Vec<f32>, Vec<f32>) = (0..n).map(|_| (coord(), coord())).unzip();
        let ends: Vec<(u32, u32)> =
            (0..n as u32).flat_map(|i| [(i, (i * 7 + 3) % n as u32)]).filter(|(a, b)| a != b).collect();
        let mut grid = Segments::new(&ends, &x, &y);
        for round in 0..3 {
            for (k, &(s, t)) in ends.iter().enumerate() {
                let (v, u) = (s as usize, t as usize);
                let (a, b) = ((x[v], y[v]), (x[u], y[u]));
                assert_eq!(
                    grid.crossings(a, b, v, u),
                    brute(&ends, &x, &y, a, b, v, u),
                    "link {k}, round {round}"
                );
            }
            // Move a node far (out of the grid too) and its links with it.
            let v = round * 11;
            (x[v], y[v]) = (x[v] * 1.5 - 200.0, y[v] * 0.5 + 300.0);
            for (k, &(s, t)) in ends.iter().enumerate() {
                if s as usize == v || t as usize == v {
                    grid.move_end(k, s as usize == v, (x[v], y[v]));
                }
            }
        }
    }
}
