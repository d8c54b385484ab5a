//! From (document, positions, view) to a [`Scene`]: shapes and text in map
//! units, with legend and title block, bounds covering everything drawn.
//!
//! Pure: no drawing backend, no files. The screen, SVG and PNG all render
//! the same Scene.

mod build;
mod chart;
mod chart_key;
mod chart_marks;
mod geom;
mod input;
mod key;
mod legend;
mod links;
mod measures;
mod mirror;
mod nodes;
mod paint;
mod placed;
mod saved;
mod select;
mod shapes;
mod shown;
pub mod style;
pub mod text;
mod title;

pub use crate::model::format_score;
pub use build::{Prepared, View, build, build_measured, measure_all};
pub use chart::report_chart;
pub use geom::{Color, Pos, Rect};
pub use input::{layout_input, link_length};
pub use measures::Measures;
pub use nodes::{Measured, Shape, measure};
pub use placed::Layout;
pub use select::is_map;
pub use shapes::{Anchor, Element, Group, Item, Scene, Stroke};
pub use shown::{NoSuchLanguage, Shown, words_for};
pub use style::{ColorBy, Theme};
pub use text::Weight;
