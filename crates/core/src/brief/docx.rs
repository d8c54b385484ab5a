//! The brief as a Word document people edit before sending: headings,
//! lists and a table set by named styles (Title, Heading 1, List Bullet,
//! Brief Table) rather than direct formatting, and the neighbourhood
//! picture embedded as a PNG. Written with docx-rs; the same brief gives
//! the same bytes.

use docx_rs::{
    AbstractNumbering, Docx, IndentLevel, Level, LevelJc, LevelText, NumberFormat, Numbering, NumberingId,
    Paragraph, Pic, Run, RunFonts, SpecialIndentType, Start, Style, StyleType, Table, TableCell, TableRow,
};

use super::BriefError;
use super::content::Brief;
use super::words::{Block, blocks};
use crate::i18n::Language;
use crate::model::{Document, is_rtl_language};
use crate::render::{RenderOptions, Size};
use crate::scene::Theme;

/// Width of the embedded picture, in pixels (about 16 cm at 150 dpi).
const PICTURE_PX: u32 = 940;
/// English Metric Units per pixel at 96 dpi, Word's unit for pictures.
const EMU_PER_PX: u32 = 9525;
/// The bullet list's numbering id (docx-rs keeps 1 for its own decimal list).
const BULLETS: usize = 2;

fn styles(docx: Docx) -> Docx {
    let font = RunFonts::new()
        .ascii("Open Sans")
        .hi_ansi("Open Sans")
        .cs("Noto Sans Arabic")
        .east_asia("Noto Sans CJK SC");
    docx.default_fonts(font)
        .default_size(21)
        .add_style(Style::new("Title", StyleType::Paragraph).name("Title").size(40).bold())
        .add_style(
            Style::new("Heading1", StyleType::Paragraph).name("Heading 1").size(28).bold().color("1F3864"),
        )
        .add_style(Style::new("Note", StyleType::Paragraph).name("Note").size(18).color("595959"))
        .add_style(Style::new("ListBullet", StyleType::Paragraph).name("List Bullet"))
        .add_style(Style::new("BriefTable", StyleType::Table).name("Brief Table"))
        .add_abstract_numbering(
            AbstractNumbering::new(BULLETS).add_level(
                Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new("bullet"),
                    LevelText::new("•"),
                    LevelJc::new("left"),
                )
                .indent(Some(360), Some(SpecialIndentType::Hanging(240)), None, None),
            ),
        )
        .add_numbering(Numbering::new(BULLETS, BULLETS))
}

fn para(text: &str, style: &str, rtl: bool) -> Paragraph {
    let mut p = Paragraph::new().add_run(Run::new().add_text(text)).style(style);
    if rtl {
        p.property = p.property.bidi(true);
    }
    p
}

fn document(doc: &Document, brief: &Brief, lang: Language) -> Result<Vec<u8>, BriefError> {
    let rtl = is_rtl_language(&doc.meta.language);
    let mut docx = styles(Docx::new());
    for block in blocks(brief, lang) {
        docx = match block {
            // A heading stays on the page of what it heads.
            Block::Heading(1, text) => docx.add_paragraph(para(&text, "Title", rtl).keep_next(true)),
            Block::Heading(_, text) => docx.add_paragraph(para(&text, "Heading1", rtl).keep_next(true)),
            Block::Paragraph(text) => docx.add_paragraph(para(&text, "Normal", rtl)),
            Block::Note(text) => docx.add_paragraph(para(&text, "Note", rtl)),
            Block::List(items) => items.iter().fold(docx, |d, item| {
                d.add_paragraph(
                    para(item, "ListBullet", rtl).numbering(NumberingId::new(BULLETS), IndentLevel::new(0)),
                )
            }),
            Block::Table(header, rows) => {
                let row = |cells: &[String]| {
                    TableRow::new(
                        cells
                            .iter()
                            .map(|c| TableCell::new().add_paragraph(para(c, "Normal", rtl)))
                            .collect(),
                    )
                };
                let mut all = vec![row(&header)];
                all.extend(rows.iter().map(|r| row(r)));
                docx.add_table(Table::new(all).style("BriefTable"))
            }
            Block::Picture(alt) => {
                let scene = super::picture(doc, brief, lang, Theme::Light);
                let options = RenderOptions { size: Size::Width(PICTURE_PX), ..RenderOptions::default() };
                let png = crate::render::to_png(&scene, &options)?;
                let view_box = options.view_box(&scene.bounds);
                let (w, h) = options.pixel_size(&view_box);
                let pic = Pic::new_with_dimensions(png, w, h)
                    .id("rIdImage1")
                    .size(w * EMU_PER_PX * 2 / 3, h * EMU_PER_PX * 2 / 3);
                // Shown 2/3 of its pixels wide at 96 dpi, 0.75 pt a pixel.
                let points_per_unit = w as f32 * 2.0 / 3.0 * 0.75 / view_box.width().max(1.0);
                let docx = docx
                    .add_paragraph(Paragraph::new().add_run(Run::new().add_image(pic)))
                    .add_paragraph(para(&alt, "Note", rtl));
                if points_per_unit < crate::briefing::fit::readable_scale(&scene) {
                    docx.add_paragraph(para(&lang.tr("brief-picture-small"), "Note", rtl))
                } else {
                    docx
                }
            }
        };
    }
    let mut out = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut out).map_err(|err| BriefError::Docx(err.to_string()))?;
    Ok(out.into_inner())
}

/// The Word document of `brief` of `doc` (the map as shown), in `lang`.
pub fn to_docx(doc: &Document, brief: &Brief, lang: Language) -> Result<Vec<u8>, BriefError> {
    // docx-rs numbers paragraphs from a counter kept per thread: a thread
    // of its own starts it afresh, so the same brief gives the same bytes.
    std::thread::scope(|scope| {
        scope
            .spawn(|| document(doc, brief, lang))
            .join()
            .unwrap_or_else(|_| Err(BriefError::Docx("the writer stopped".to_owned())))
    })
}
