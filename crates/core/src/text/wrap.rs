//! Line breaking by UAX 14 (spaces, and between Chinese or Japanese
//! words) with ICU4X's dictionaries for Chinese, Japanese, Thai, Lao, Khmer
//! and Burmese, which put no spaces between words; breaks between grapheme
//! clusters when a word alone is too wide, and an ellipsis when there are
//! too many lines.

use std::sync::OnceLock;

use icu_segmenter::options::{LineBreakOptions, WordBreakInvariantOptions};
use icu_segmenter::{LineSegmenter, WordSegmenter};
use unicode_segmentation::UnicodeSegmentation;

use super::{Weight, shape, width};

/// Widths of every prefix of a paragraph, from one shaping of it: the width
/// of `text[a..b]` is `at[b] - at[a]` (good enough to choose breaks; the
/// lines are shaped again when drawn and measured).
struct Prefix {
    at: Vec<f32>,
    size: f32,
}

impl Prefix {
    fn new(text: &str, size: f32, weight: Weight) -> Self {
        let mut per_byte = vec![0.0f32; text.len() + 1];
        for glyph in &shape(text, weight).glyphs {
            if let Some(slot) = per_byte.get_mut(glyph.cluster as usize) {
                *slot += glyph.advance;
            }
        }
        let mut at = Vec::with_capacity(per_byte.len());
        let mut sum = 0.0;
        at.push(0.0);
        for advance in &per_byte[..text.len()] {
            sum += advance;
            at.push(sum);
        }
        Self { at, size }
    }

    /// Width of `text[a..b]` without its trailing white space.
    fn width(&self, text: &str, a: usize, b: usize) -> f32 {
        let end = a + text.get(a..b).map_or(0, |s| s.trim_end().len());
        let at = |i: usize| self.at.get(i).copied().unwrap_or(0.0);
        (at(end) - at(a)) * self.size
    }
}

/// Breaks `text` into lines no wider than `max_width`, where UAX 14 allows
/// (after spaces, between CJK characters), and between grapheme clusters
/// only when a word alone is too wide. Explicit newlines are kept. At most
/// `max_lines` lines; a cut last line ends with an ellipsis.
pub fn wrap(text: &str, size: f32, weight: Weight, max_width: f32, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for paragraph in text.split('\n') {
        wrap_paragraph(paragraph, size, weight, max_width, &mut lines);
    }
    while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    if lines.len() > max_lines.max(1) {
        lines.truncate(max_lines.max(1));
        if let Some(last) = lines.last_mut() {
            *last = ellipsize(last, size, weight, max_width);
        }
    }
    lines
}

fn wrap_paragraph(p: &str, size: f32, weight: Weight, max_width: f32, lines: &mut Vec<String>) {
    let line = |a: usize, b: usize| p.get(a..b).unwrap_or("").trim().to_owned();
    if p.trim().is_empty() {
        lines.push(String::new());
        return;
    }
    let prefix = Prefix::new(p, size, weight);
    let first_line = lines.len();
    let (mut start, mut fit) = (0usize, None::<usize>);
    for at in break_opportunities(p) {
        if prefix.width(p, start, at) > max_width {
            if let Some(f) = fit.take() {
                lines.push(line(start, f));
                start = f;
            }
            if prefix.width(p, start, at) > max_width {
                start = break_clusters(p, (start, at), &prefix, max_width, lines);
            }
        }
        fit = Some(at);
    }
    if start < p.len() {
        lines.push(line(start, p.len()));
    }
    keep_direction(p, weight, &mut lines[first_line..]);
}

/// Every line of a paragraph keeps the paragraph's direction (UAX 9 sets it
/// per paragraph, from its first strong letter): a line whose own first
/// strong letter says otherwise starts with an invisible mark (LRM or RLM).
fn keep_direction(p: &str, weight: Weight, lines: &mut [String]) {
    let rtl = shape(p, weight).rtl;
    for line in lines.iter_mut().filter(|l| !l.is_empty()) {
        if shape(line, weight).rtl != rtl {
            line.insert(0, if rtl { '\u{200F}' } else { '\u{200E}' });
        }
    }
}

/// Where lines of `p` may break (byte offsets after each piece, the last
/// one its end), by UAX 14 and, for Thai and its neighbours, a dictionary.
/// UAX 14 allows a break between any two Chinese or Japanese characters;
/// those inside a word of ICU's dictionary (暴力, "violence") are dropped,
/// so a word moves to the next line whole (one too long for a line is
/// still cut, between clusters, by [`break_clusters`]).
fn break_opportunities(p: &str) -> Vec<usize> {
    static LINES: OnceLock<icu_segmenter::LineSegmenterBorrowed<'static>> = OnceLock::new();
    static WORDS: OnceLock<icu_segmenter::WordSegmenterBorrowed<'static>> = OnceLock::new();
    let lines = LINES.get_or_init(|| LineSegmenter::new_dictionary(LineBreakOptions::default()));
    let breaks = lines.segment_str(p).filter(|&at| at > 0);
    let inside_cjk = |at: usize| {
        let before = p.get(..at).and_then(|s| s.chars().next_back());
        let after = p.get(at..).and_then(|s| s.chars().next());
        before.is_some_and(cjk) && after.is_some_and(cjk)
    };
    if !p.chars().any(cjk) {
        return breaks.collect();
    }
    let words = WORDS.get_or_init(|| WordSegmenter::new_dictionary(WordBreakInvariantOptions::default()));
    let word_ends: std::collections::BTreeSet<usize> = words.segment_str(p).collect();
    breaks.filter(|&at| !inside_cjk(at) || word_ends.contains(&at)).collect()
}

/// Whether `c` is a Chinese character or Japanese kana (written without
/// spaces between words).
fn cjk(c: char) -> bool {
    use unicode_script::{Script, UnicodeScript};
    matches!(c.script(), Script::Han | Script::Hiragana | Script::Katakana)
}

/// Pushes full-width pieces of `p[start..end]`, cut between grapheme
/// clusters (never inside one: a Devanagari conjunct or an emoji stays
/// whole); returns where the remainder starts.
fn break_clusters(
    p: &str,
    (start, end): (usize, usize),
    prefix: &Prefix,
    max: f32,
    lines: &mut Vec<String>,
) -> usize {
    let mut from = start;
    let Some(word) = p.get(start..end) else { return start };
    for (offset, grapheme) in word.grapheme_indices(true) {
        let (at, next) = (start + offset, start + offset + grapheme.len());
        if at > from && prefix.width(p, from, next) > max {
            lines.push(p.get(from..at).unwrap_or("").trim().to_owned());
            from = at;
        }
    }
    from
}

/// `line` shortened, a grapheme cluster at a time, so that it and a
/// trailing ellipsis fit `max_width`.
pub fn ellipsize(line: &str, size: f32, weight: Weight, max_width: f32) -> String {
    let mut out: String = line.trim_end().to_owned();
    while !out.is_empty() && width(&format!("{out}…"), size, weight) > max_width {
        let cut = out.grapheme_indices(true).next_back().map_or(0, |(i, _)| i);
        out.truncate(cut);
    }
    format!("{}…", out.trim_end())
}
