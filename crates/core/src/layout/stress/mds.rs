//! A starting layout by pivot MDS (Brandes and Pich, "Eigensolver Methods
//! for Progressive Multidimensional Scaling of Large Data", 2006): the
//! distances from a few pivots to every node, double-centred, projected on
//! the two main axes. It unfolds the graph's overall shape (a cycle comes
//! out as a ring, a grid as a grid) before SGD refines it.

use crate::layout::rng::SplitMix64;

/// Power iterations for each axis.
const ITERATIONS: usize = 200;

/// Start positions for `n` nodes from `rows`, the distances from each pivot
/// to every node (finite). Falls back on seeded random spots when the
/// distances have no spread along an axis.
pub fn pivot_mds(rows: &[Vec<f32>], n: usize, rng: &mut SplitMix64) -> (Vec<f32>, Vec<f32>) {
    let k = rows.len();
    if k == 0 || n == 0 {
        return (vec![0.0; n], vec![0.0; n]);
    }
    // C[i][p]: squared distance, double-centred.
    let mut c = vec![0.0f64; n * k];
    let mut col_mean = vec![0.0f64; k];
    let mut row_mean = vec![0.0f64; n];
    for (p, row) in rows.iter().enumerate() {
        for i in 0..n {
            let d = f64::from(row.get(i).copied().unwrap_or(0.0));
            let v = d * d;
            c[i * k + p] = v;
            col_mean[p] += v;
            row_mean[i] += v;
        }
    }
    let total: f64 = col_mean.iter().sum::<f64>() / (n * k) as f64;
    col_mean.iter_mut().for_each(|m| *m /= n as f64);
    row_mean.iter_mut().for_each(|m| *m /= k as f64);
    for i in 0..n {
        for p in 0..k {
            let v = &mut c[i * k + p];
            *v = -0.5 * (*v - row_mean[i] - col_mean[p] + total);
        }
    }
    // B = CᵀC, k x k.
    let mut b = vec![0.0f64; k * k];
    for i in 0..n {
        let row = &c[i * k..(i + 1) * k];
        for p in 0..k {
            let cp = row[p];
            for q in p..k {
                b[p * k + q] += cp * row[q];
            }
        }
    }
    for p in 0..k {
        for q in 0..p {
            b[p * k + q] = b[q * k + p];
        }
    }
    let first = main_axis(&b, k, &[]);
    let second = main_axis(&b, k, std::slice::from_ref(&first));
    let project = |axis: &[f64]| -> Vec<f32> {
        (0..n).map(|i| (0..k).map(|p| c[i * k + p] * axis[p]).sum::<f64>() as f32).collect()
    };
    let (mut x, mut y) = (project(&first), project(&second));
    // A path or a star has no second axis: give it a little spread.
    for axis in [&mut x, &mut y] {
        let spread = axis.iter().map(|v| v.abs()).fold(0.0f32, f32::max);
        if spread < 1e-6 {
            for v in axis.iter_mut() {
                *v = rng.next_signed();
            }
        }
    }
    (x, y)
}

/// The eigenvector of `b` (k x k, symmetric) with the largest eigenvalue
/// among those orthogonal to `found`, by power iteration from a fixed start.
fn main_axis(b: &[f64], k: usize, found: &[Vec<f64>]) -> Vec<f64> {
    let mut v: Vec<f64> = (0..k).map(|p| 1.0 + (p as f64 * 0.618_034).fract()).collect();
    for _ in 0..ITERATIONS {
        for f in found {
            let dot: f64 = v.iter().zip(f).map(|(a, b)| a * b).sum();
            v.iter_mut().zip(f).for_each(|(a, b)| *a -= dot * b);
        }
        let mut next = vec![0.0f64; k];
        for p in 0..k {
            next[p] = (0..k).map(|q| b[p * k + q] * v[q]).sum();
        }
        let norm = next.iter().map(|a| a * a).sum::<f64>().sqrt();
        if norm < 1e-12 {
            return vec![0.0; k];
        }
        next.iter_mut().for_each(|a| *a /= norm);
        v = next;
    }
    v
}
