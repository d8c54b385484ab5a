//! The one export path: every content in its formats, in the map's
//! languages, and the errors a front end shows.

use sectormap_core::export::{self, Content, Export, ExportError, MapView, PictureSize};
use sectormap_core::format::Format;
use sectormap_core::scene::ColorBy;

use crate::common::{bilingual, placed_example};

fn request(content: Content, format: Format) -> Export {
    Export { content, format, language: None }
}

fn map(view: MapView) -> Content {
    Content::Map { view, size: PictureSize::default() }
}

#[test]
fn each_content_is_written_only_in_its_formats() {
    let doc = placed_example();
    let svg = export::export(&doc, &request(map(MapView::default()), Format::Svg)).unwrap();
    assert!(String::from_utf8(svg.bytes).unwrap().contains("<svg"));
    assert_eq!(svg.nodes, doc.node_count());
    let png = export::export(&doc, &request(map(MapView::default()), Format::Png)).unwrap();
    assert!(png.bytes.starts_with(b"\x89PNG"));
    assert_eq!(png.pixels, svg.pixels, "PNG and SVG of one scene have one size");
    let refused = export::export(&doc, &request(map(MapView::default()), Format::Pdf)).unwrap_err();
    assert!(matches!(refused, ExportError::Unsupported { .. }));
    assert!(refused.to_string().contains(".png or .svg"), "{refused}");
    let card = request(Content::ReportCard { size: PictureSize::default() }, Format::Csv);
    assert!(
        String::from_utf8(export::export(&doc, &card).unwrap().bytes).unwrap().starts_with("Department,")
    );
    let page = export::export(&doc, &request(Content::WebPage { embed: true }, Format::Html)).unwrap();
    assert!(page.bytes.starts_with(b"<!DOCTYPE html>"));
    let data = export::export(&doc, &request(Content::Data, Format::Csv)).unwrap();
    assert!(
        data.beside.iter().any(|(suffix, _)| suffix == "connections"),
        "the links go beside the elements"
    );
    let gexf = export::export(&doc, &request(Content::Data, Format::Gexf)).unwrap();
    assert!(String::from_utf8(gexf.bytes).unwrap().contains("<gexf"));
}

#[test]
fn the_legend_follows_the_language_the_map_is_shown_in() {
    let mut doc = bilingual();
    sectormap_core::pipeline::place(&mut doc, &sectormap_core::pipeline::Scope::Missing, 1, &mut |_| {});
    let svg = |language: Option<&str>| {
        let request =
            Export { language: language.map(str::to_owned), ..request(map(MapView::default()), Format::Svg) };
        String::from_utf8(export::export(&doc, &request).unwrap().bytes).unwrap()
    };
    let english = svg(None);
    assert!(english.contains("Domestic violence") && english.contains(">Nodes<"), "its own language");
    let spanish = svg(Some("ES"));
    assert!(
        spanish.contains("Violencia doméstica") && spanish.contains(">Nodos<"),
        "labels and legend in Spanish"
    );
    let german = export::export(
        &doc,
        &Export { language: Some("de".into()), ..request(map(MapView::default()), Format::Svg) },
    );
    let message = german.unwrap_err().to_string();
    assert!(message.contains("\"de\"") && message.contains("en, es, fr"), "{message}");
}

#[test]
fn a_saved_view_is_found_by_name_and_a_missing_one_names_the_others() {
    let doc = placed_example();
    let saved = doc.views.iter().find(|v| !v.hidden_and_dimmed(&doc).1.is_empty()).unwrap();
    let view =
        export::export(&doc, &request(map(MapView::Saved(saved.name.to_uppercase())), Format::Svg)).unwrap();
    let whole = export::export(
        &doc,
        &request(map(MapView::Whole { color_by: ColorBy::Kind, year: None }), Format::Svg),
    )
    .unwrap();
    assert_ne!(view.bytes, whole.bytes, "the view dims what it does not focus on");
    let text = String::from_utf8(view.bytes).unwrap();
    assert!(
        text.contains(&sectormap_core::render::escape(saved.heading())),
        "the view's heading is its title"
    );
    let err = export::export(&doc, &request(map(MapView::Saved("Nowhere".into())), Format::Svg)).unwrap_err();
    assert!(err.to_string().contains("no saved view called \"Nowhere\"; its views are"), "{err}");
    assert_eq!(
        doc.view_named(&format!("  {}  ", doc.views[1].name)).map(|v| v.name.clone()),
        Ok(doc.views[1].name.clone())
    );
}
