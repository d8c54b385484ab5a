//! Writing a map in other tools' formats.
//!
//! - The Kumu-style workbook: the map as sheets (`kumu.rs`,
//!   [`to_tables`](kumu::to_tables), with the sheet and column names of
//!   `sheets.rs`), saved as XLSX with rust_xlsxwriter (`xlsx.rs`) or as
//!   CSV files; and the empty workbooks to fill in (`template.rs`).
//! - GraphML with yEd graphics (`graphml.rs`) and GEXF 1.3 (`gexf.rs`),
//!   written with quick-xml's writer, carrying the attribute list reading
//!   uses too (`props.rs`).
//! - Kumu's JSON blueprint (`kumu_json.rs`).
//! - The assessment in the workbook: `Rubric` and `Marks` sheets
//!   (`assessment.rs`); GraphML, GEXF and Kumu JSON do not carry it.
//! - A department's reply pack (`reply_pack.rs`), formatted to be filled
//!   in (`pack_xlsx.rs`).
//!
//! Translations and saved views are not written: no other format carries
//! them (see [`without_translations`](super::without_translations)).

pub(super) mod assessment;
pub(super) mod gexf;
pub(super) mod graphml;
pub(super) mod kumu;
pub(super) mod kumu_json;
pub(super) mod pack_xlsx;
pub(super) mod reply_pack;
pub(super) mod template;
pub(super) mod xlsx;
