//! The map model: a [`Document`] of nodes and links with stable ids, and its validation.
//!
//! Nothing here knows about files, layout or drawing.

mod ask;
pub mod assess;
mod document;
mod kind;
mod languages;
mod link;
mod node;
mod number;
mod problem;
mod query;
mod score;
mod sector;
mod translate;
mod validate;
mod view;

pub use ask::{ASK_FIELDS, AskNote, Urgency, check_asks};
pub use document::{Document, LinkEnds, MapMeta, ModelError};
pub use kind::{Engagement, LinkKind, NodeKind};
pub use languages::{Untranslated, map_language};
pub use link::{Link, Recognised, STRENGTH_RANGE};
pub use node::{DepartmentInfo, MAX_COORDINATE, Node, Point, coordinate_problem, on_map, show_number};
pub use number::{NumberError, parse_decimal, parse_in, parse_whole};
pub use problem::{Place, Problem};
pub use score::{SCORE_RANGE, Score, YEAR_RANGE, format_score, parse_score, parse_year};
pub use sector::{SUGGESTED_SECTORS, SectorFamily};
pub use translate::check_meta;
pub use translate::{
    LINK_FIELDS, MAP_FIELDS, NODE_FIELDS, Translations, VIEW_FIELDS, is_rtl_language, language_name,
    valid_language,
};
pub use validate::{check_link, check_node, check_views};
pub use view::{ColorBy, Filters, Focus, MAX_FOCUS_DEPTH, NoSuchView, Others, SavedView, ViewArea};
