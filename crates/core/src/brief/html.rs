//! The brief as one offline HTML page: the same blocks as the PDF and
//! Word briefs, with the neighbourhood picture inline as SVG (the same
//! Scene), its own small style sheet, no script and nothing fetched.

use super::content::Brief;
use super::words::{Block, blocks};
use crate::i18n::Language;
use crate::model::{Document, is_rtl_language, map_language};
use crate::render::{RenderOptions, escape, to_svg};
use crate::scene::Theme;

const STYLE: &str = "body{font-family:'Open Sans','Noto Sans',sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.45}h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:1.6rem;color:#1f3864}.note{color:#595959;font-size:.9rem}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2rem .6rem;text-align:start}figure{margin:1rem 0}figure svg{width:100%;height:auto}@media print{body{margin:0}}";

/// The HTML page of `brief` of `doc` (the map as shown), in `lang`.
pub fn to_html(doc: &Document, brief: &Brief, lang: Language) -> String {
    let dir = if is_rtl_language(&doc.meta.language) { "rtl" } else { "ltr" };
    let mut body = String::new();
    let mut title = String::new();
    for block in blocks(brief, lang) {
        match block {
            Block::Heading(level, text) => {
                if level == 1 {
                    title = text.clone();
                }
                body.push_str(&format!("<h{level}>{}</h{level}>\n", escape(&text)));
            }
            Block::Paragraph(text) => body.push_str(&format!("<p>{}</p>\n", escape(&text))),
            Block::Note(text) => body.push_str(&format!("<p class=\"note\">{}</p>\n", escape(&text))),
            Block::List(items) => {
                body.push_str("<ul>\n");
                for item in items {
                    body.push_str(&format!("<li>{}</li>\n", escape(&item)));
                }
                body.push_str("</ul>\n");
            }
            Block::Table(header, rows) => {
                body.push_str("<table>\n<tr>");
                for cell in header {
                    body.push_str(&format!("<th>{}</th>", escape(&cell)));
                }
                body.push_str("</tr>\n");
                for row in rows {
                    body.push_str("<tr>");
                    for cell in row {
                        body.push_str(&format!("<td>{}</td>", escape(&cell)));
                    }
                    body.push_str("</tr>\n");
                }
                body.push_str("</table>\n");
            }
            Block::Picture(alt) => {
                let scene = super::picture(doc, brief, lang, Theme::Light);
                let svg = to_svg(&scene, &RenderOptions::default());
                let svg = svg
                    .trim_start_matches(|c| c != '<')
                    .trim_start_matches("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                    .trim_start();
                body.push_str(&format!(
                    "<figure role=\"img\" aria-label=\"{}\">{svg}</figure>\n",
                    escape(&alt)
                ));
            }
        }
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang_tag}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang_tag = escape(map_language(doc)),
        title = escape(&title),
    )
}
