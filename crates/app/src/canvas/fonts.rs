//! The bundled faces, installed into egui for the interface: Open Sans first,
//! then every other script's face as a fallback.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

use sectormap_core::fonts;

const REGULAR: &str = "open-sans-regular";
const SEMIBOLD: &str = "open-sans-semibold";

/// Installs Open Sans as the UI font and as the two map families.
pub fn install(ctx: &egui::Context) {
    let mut defs = FontDefinitions::default();
    defs.font_data.insert(REGULAR.to_owned(), Arc::new(FontData::from_static(fonts::REGULAR)));
    defs.font_data.insert(SEMIBOLD.to_owned(), Arc::new(FontData::from_static(fonts::SEMIBOLD)));
    let mut fallbacks = defs.families.get(&FontFamily::Proportional).cloned().unwrap_or_default();
    // Open Sans has no arrows or triangles (↑ ▲ ▶); egui's monospace face
    // does, so it comes right after the proportional fallbacks.
    if let Some(mono) = defs.families.get(&FontFamily::Monospace).and_then(|m| m.first()).cloned()
        && !fallbacks.contains(&mono)
    {
        fallbacks.push(mono);
    }
    // The other scripts' faces, so fields and lists show their letters (egui
    // draws them unshaped; the map's own text goes through sectormap_core::text).
    for face in fonts::FACES.iter().filter(|f| f.family != fonts::FAMILY) {
        defs.font_data.insert(face.family.to_owned(), Arc::new(FontData::from_static(face.data)));
        fallbacks.push(face.family.to_owned());
    }
    let with = |first: &str| {
        let mut list = vec![first.to_owned()];
        list.extend(fallbacks.iter().cloned());
        list
    };
    defs.families.insert(FontFamily::Name(REGULAR.into()), with(REGULAR));
    defs.families.insert(FontFamily::Name(SEMIBOLD.into()), with(SEMIBOLD));
    defs.families.insert(FontFamily::Proportional, with(REGULAR));
    ctx.set_fonts(defs);
}
