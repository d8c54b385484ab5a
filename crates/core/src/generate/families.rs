//! Graph families with a known best drawing, for judging a layout engine:
//! grids, trees, cycles, meshes, clustered graphs and hypercubes. Each is a
//! node count and a list of links by node index.

/// A `w` x `h` grid: each node linked to its right and lower neighbour.
pub fn grid(w: usize, h: usize) -> (usize, Vec<(u32, u32)>) {
    let at = |x: usize, y: usize| (y * w + x) as u32;
    let mut edges = Vec::with_capacity(2 * w * h);
    for y in 0..h {
        for x in 0..w {
            if x + 1 < w {
                edges.push((at(x, y), at(x + 1, y)));
            }
            if y + 1 < h {
                edges.push((at(x, y), at(x, y + 1)));
            }
        }
    }
    (w * h, edges)
}

/// A complete binary tree of `depth` levels below the root.
pub fn binary_tree(depth: u32) -> (usize, Vec<(u32, u32)>) {
    let n = (1usize << (depth + 1)) - 1;
    let edges = (1..n).map(|i| (((i - 1) / 2) as u32, i as u32)).collect();
    (n, edges)
}

/// A cycle of `n` nodes.
pub fn cycle(n: usize) -> (usize, Vec<(u32, u32)>) {
    (n, (0..n).map(|i| (i as u32, ((i + 1) % n) as u32)).collect())
}

/// A triangulated `w` x `h` mesh: a grid with one diagonal in every square.
pub fn mesh(w: usize, h: usize) -> (usize, Vec<(u32, u32)>) {
    let (n, mut edges) = grid(w, h);
    let at = |x: usize, y: usize| (y * w + x) as u32;
    for y in 0..h.saturating_sub(1) {
        for x in 0..w.saturating_sub(1) {
            edges.push((at(x, y), at(x + 1, y + 1)));
        }
    }
    (n, edges)
}

/// `count` cliques of `size` nodes, each joined to the next in a ring by
/// one link.
pub fn clique_ring(count: usize, size: usize) -> (usize, Vec<(u32, u32)>) {
    let mut edges = Vec::new();
    for c in 0..count {
        let base = c * size;
        for a in 0..size {
            for b in a + 1..size {
                edges.push(((base + a) as u32, (base + b) as u32));
            }
        }
        let next = ((c + 1) % count) * size;
        if count > 1 {
            edges.push(((base + size - 1) as u32, next as u32));
        }
    }
    (count * size, edges)
}

/// The hypercube of dimension `dim`: nodes differing in one bit are linked.
pub fn hypercube(dim: u32) -> (usize, Vec<(u32, u32)>) {
    let n = 1usize << dim;
    let mut edges = Vec::new();
    for i in 0..n {
        for bit in 0..dim {
            let j = i ^ (1 << bit);
            if i < j {
                edges.push((i as u32, j as u32));
            }
        }
    }
    (n, edges)
}
