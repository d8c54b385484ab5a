//! Reading other tools' files into a map.
//!
//! An import is two steps. [`read_source`](source::read_source) reads a
//! file as far as its format goes, within [`Limits`](super::Limits): file
//! size and rows first, a ZIP's declared unpacked size before anything is
//! unpacked (`bomb.rs`), XLSX cells counted as they stream in (`xlsx.rs`).
//! The [`Source`](source::Source) it gives is sheets read as text
//! [`Table`](super::Table)s (`xlsx.rs`, `csv.rs`), GraphML or GEXF text, a
//! Kumu blueprint or a Sectormap map, with the shape the preview shows.
//! `Source::convert` then makes the document, reading unknown type names
//! as the user chose (`lookup.rs`: [`KindMap`](lookup::KindMap), and
//! [`KindLookup`](lookup::KindLookup) remembering the names that are no
//! kind, the notes on what was read differently from the file, and the
//! map of what reads cleanly; `kinds.rs`: the names Sectormap knows):
//!
//! - Workbooks and CSV (`kumu.rs`): each sheet's [`Role`](shape::Role)
//!   comes from its name or header (`shape.rs`); the Elements sheet
//!   (`elements.rs`), Connections (`connections.rs`, ends found by id or
//!   label in `names.rs`), the relevance matrix (`matrix.rs`), the report
//!   card, score notes and map sheets (`report.rs`). Without an Elements
//!   sheet, a matrix or report card makes the elements it names
//!   (`elements_by_name.rs`). The assessment's `Rubric` and `Marks`
//!   sheets come after them (`rubric.rs`, `rubric_cells.rs`, `marks.rs`).
//! - A department's filled reply pack (`replies.rs`, told by its `Reply`
//!   and `Pack` sheets): read against the map it came from into a plan of
//!   replies, never into a map of its own.
//! - GraphML (`graphml.rs`) and GEXF (`gexf.rs`): the XML element tree
//!   (`xml.rs`) read into raw nodes and edges, which `graph.rs` builds
//!   with the attribute list writing uses too (`props.rs`); other tools'
//!   attribute names are matched in `attrs.rs`.
//! - Kumu's JSON blueprint (`kumu_json.rs`).
//!
//! Every problem found is collected with its place: the sheet and cell
//! (`Connections!C14`), the line and column of an XML element, or the
//! place in a JSON blueprint. A row or element with a problem is left
//! out of the map (with the links to it), so that what reads cleanly can
//! still be imported when the user says so; an element whose type has no
//! kind yet is reported once per type name, and the links naming it are
//! not reported again.

mod attrs;
mod bomb;
mod connections;
mod csv;
mod elements;
mod elements_by_name;
pub(super) mod gexf;
mod graph;
pub(super) mod graphml;
pub(super) mod kinds;
pub(super) mod kumu;
pub(super) mod kumu_json;
pub(super) mod lookup;
pub(super) mod marks;
pub(super) mod matrix;
mod names;
pub(super) mod replies;
mod report;
mod rubric;
mod rubric_cells;
pub(super) mod shape;
pub(super) mod source;
mod xlsx;
