//! Pages as blocks of scenes: each block is a [`Scene`] placed on the page
//! with its role in the document's structure. Text is set by the text
//! engine (`text::wrap`, `text::width`) into scenes of text items, in
//! points, so text pages are drawn exactly as maps are.

use std::sync::Arc;

use super::paper::Sheet;
use crate::render::Placement;
use crate::scene::{Anchor, Color, Element, Group, Item, Pos, Rect, Scene, Weight};
use crate::text;

/// What a block is, for the PDF's structure tree (tagged PDF).
#[derive(Clone, Debug, PartialEq)]
pub enum Role {
    /// A picture (a map, a chart), with a text alternative.
    Figure(String),
    /// A heading of this level (1 is the highest).
    Heading(u16),
    /// A paragraph.
    Paragraph,
    /// One row of a table: its text items are its cells.
    Row {
        /// Whether it is the header row.
        header: bool,
    },
    /// The caption of the figure before it.
    Caption,
    /// Page furniture: the page number.
    Furniture,
}

/// A scene placed on a page.
#[derive(Clone, Debug)]
pub struct Block {
    /// What to draw, in its own units.
    pub scene: Scene,
    /// Where it goes on the page.
    pub at: Placement,
    /// What it is.
    pub role: Role,
    /// Nothing drawn outside the scene's bounds (a part of a larger picture).
    pub clip: bool,
}

/// One page of the briefing.
#[derive(Clone, Debug)]
pub struct Page {
    /// Its size and margins.
    pub sheet: Sheet,
    /// What is on it, in drawing order.
    pub blocks: Vec<Block>,
    /// The bookmark of the page's part, on the part's first page.
    pub bookmark: Option<String>,
}

/// One line of text set in points.
#[derive(Clone, Debug)]
pub struct Line {
    /// Baseline anchor point.
    pub pos: Pos,
    /// The text.
    pub text: String,
    /// Font size in points.
    pub size: f32,
    /// Weight.
    pub weight: Weight,
    /// Colour.
    pub color: Color,
    /// Alignment on `pos`.
    pub anchor: Anchor,
}

/// A scene of text lines, in points, its bounds covering them.
pub fn text_scene(lines: Vec<Line>) -> Scene {
    let mut bounds: Option<Rect> = None;
    let mut items = Vec::with_capacity(lines.len());
    for line in lines {
        let width = text::width(&line.text, line.size, line.weight);
        let x0 = line.pos.x - line.anchor.offset(width);
        let rect = Rect::new(x0, line.pos.y - line.size, x0 + width, line.pos.y + line.size * 0.3);
        bounds = Some(bounds.map_or(rect, |b| b.union(&rect)));
        items.push(Item::Text {
            pos: line.pos,
            text: Arc::from(line.text.as_str()),
            size: line.size,
            weight: line.weight,
            color: line.color,
            anchor: line.anchor,
        });
    }
    let bounds = bounds.unwrap_or(Rect::new(0.0, 0.0, 0.0, 0.0));
    let groups = vec![Group { element: Element::Title, bounds, anchor: None, items: 0..items.len() }];
    Scene {
        bounds,
        background: crate::scene::style::WHITE,
        title: String::new(),
        description: String::new(),
        groups,
        items,
    }
}

/// Text style: size, weight, colour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    /// Font size in points.
    pub size: f32,
    /// Weight.
    pub weight: Weight,
    /// Colour.
    pub color: Color,
}

/// A line in `style` with nothing set yet (to fill in).
fn line_style(style: Style) -> Line {
    Line {
        pos: Pos::new(0.0, 0.0),
        text: String::new(),
        size: style.size,
        weight: style.weight,
        color: style.color,
        anchor: Anchor::Start,
    }
}

/// `text` as it fits in `width`: whole when it does, else cut with an ellipsis.
pub fn fit(text: &str, size: f32, weight: Weight, width: f32) -> String {
    if text::width(text, size, weight) <= width {
        text.to_owned()
    } else {
        text::ellipsize(text, size, weight, width)
    }
}

/// Baseline to baseline, as a multiple of the font size.
pub const LEADING: f32 = 1.35;

/// Text flowing down pages of one sheet size: a new page starts when the
/// next block does not fit.
pub struct Flow {
    sheet: Sheet,
    y: f32,
    pages: Vec<Page>,
    bookmark: Option<String>,
    /// Right-to-left: lines start at the frame's right edge.
    pub rtl: bool,
}

impl Flow {
    /// A flow onto pages of `sheet`, the first bookmarked `bookmark`.
    pub fn new(sheet: Sheet, bookmark: String) -> Self {
        let mut flow = Self { sheet, y: 0.0, pages: Vec::new(), bookmark: Some(bookmark), rtl: false };
        flow.new_page();
        flow
    }

    /// Starts a new page.
    pub fn new_page(&mut self) {
        self.pages.push(Page { sheet: self.sheet, blocks: Vec::new(), bookmark: self.bookmark.take() });
        self.y = self.sheet.frame().y0;
    }

    /// The content frame of the pages.
    pub fn frame(&self) -> Rect {
        self.sheet.frame()
    }

    /// Space left on the current page below what is set.
    pub fn room(&self) -> f32 {
        self.frame().y1 - self.y
    }

    /// Whether anything has been set on the current page.
    fn page_is_empty(&self) -> bool {
        self.pages.last().is_none_or(|page| page.blocks.is_empty())
    }

    /// Makes sure `height` fits on the current page, starting a new one if not.
    pub fn need(&mut self, height: f32) {
        if height > self.room() && !self.page_is_empty() {
            self.new_page();
        }
    }

    /// Leaves `height` points of space (none at the top of a page).
    pub fn space(&mut self, height: f32) {
        if !self.page_is_empty() {
            self.y = (self.y + height).min(self.frame().y1);
        }
    }

    /// Sets `text` wrapped to the frame's width less `indent`, as one block.
    /// `keep` more points must fit after it on the page (a heading keeps
    /// with what follows).
    pub fn paragraph(&mut self, text: &str, style: Style, indent: f32, role: Role, keep: f32) {
        self.marked(None, text, style, indent, role, keep);
    }

    /// A list item: `marker` hangs at `indent`, the text wraps beside it.
    pub fn bullet(&mut self, marker: &str, text: &str, style: Style, indent: f32) {
        self.marked(Some((marker, indent)), text, style, indent + style.size * 1.1, Role::Paragraph, 0.0);
    }

    fn marked(
        &mut self,
        marker: Option<(&str, f32)>,
        text: &str,
        style: Style,
        indent: f32,
        role: Role,
        keep: f32,
    ) {
        let frame = self.frame();
        let width = (frame.width() - indent).max(style.size * 4.0);
        let lines = text::wrap(text, style.size, style.weight, width, 200);
        let step = style.size * LEADING;
        self.need(step * lines.len() as f32 + keep);
        let mut set = Vec::with_capacity(lines.len());
        for line in lines {
            if self.room() < step {
                self.push(set, role.clone());
                set = Vec::new();
                self.new_page();
            }
            self.y += step;
            let (x, anchor) =
                if self.rtl { (frame.x1 - indent, Anchor::End) } else { (frame.x0 + indent, Anchor::Start) };
            let pos = Pos::new(x, self.y - step + style.size);
            if let Some((marker, at)) = marker.filter(|_| set.is_empty()) {
                let x = if self.rtl { frame.x1 - at } else { frame.x0 + at };
                set.push(Line {
                    pos: Pos::new(x, pos.y),
                    text: marker.to_owned(),
                    anchor,
                    ..line_style(style)
                });
            }
            set.push(Line {
                pos,
                text: line,
                size: style.size,
                weight: style.weight,
                color: style.color,
                anchor,
            });
        }
        self.push(set, role);
    }

    /// Sets one table row of `cells` (x, text, anchor), one line high.
    pub fn row(&mut self, cells: Vec<(f32, String, Anchor)>, style: Style, header: bool) {
        let step = style.size * LEADING;
        self.need(step);
        self.y += step;
        let baseline = self.y - step + style.size;
        let lines = cells
            .into_iter()
            .map(|(x, text, anchor)| Line {
                pos: Pos::new(x, baseline),
                text,
                size: style.size,
                weight: style.weight,
                color: style.color,
                anchor,
            })
            .collect();
        self.push(lines, Role::Row { header });
    }

    /// Draws a thin line across the frame under what is set.
    pub fn rule(&mut self, color: Color) {
        let frame = self.frame();
        let y = self.y + 2.0;
        let mut scene = text_scene(Vec::new());
        scene.items.push(Item::Line {
            from: Pos::new(frame.x0, y),
            to: Pos::new(frame.x1, y),
            stroke: crate::scene::Stroke::solid(0.6, color),
        });
        scene.bounds = Rect::new(frame.x0, y - 0.3, frame.x1, y + 0.3);
        self.y = y + 1.0;
        self.current().push(Block { scene, at: Placement::IDENTITY, role: Role::Furniture, clip: false });
    }

    /// Places `scene` (its bounds) as large as fits in `height` points of
    /// the frame (all that is left when `None`), never enlarged past
    /// `max_scale`; a new page starts when less than `min_height` is left.
    pub fn figure(&mut self, scene: Scene, height: Option<f32>, min_height: f32, max_scale: f32, role: Role) {
        self.need(min_height);
        let frame = self.frame();
        let height = height.unwrap_or(self.room()).min(self.room()).max(1.0);
        let area = Rect::new(frame.x0, self.y, frame.x1, self.y + height);
        let at = Placement::fit(&scene.bounds, &area, max_scale);
        self.place(Block { scene, at, role, clip: false });
    }

    /// Puts `block` where it is placed; what follows goes under it.
    pub fn place(&mut self, block: Block) {
        let drawn = block.at.apply(&block.scene.bounds);
        self.y = self.y.max(drawn.y1);
        self.current().push(block);
    }

    /// Adds a block of lines as they are placed.
    fn push(&mut self, lines: Vec<Line>, role: Role) {
        if lines.is_empty() {
            return;
        }
        let block = Block { scene: text_scene(lines), at: Placement::IDENTITY, role, clip: false };
        self.current().push(block);
    }

    fn current(&mut self) -> &mut Vec<Block> {
        if self.pages.is_empty() {
            self.new_page();
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last].blocks
    }

    /// The pages set.
    pub fn finish(self) -> Vec<Page> {
        self.pages
    }
}
