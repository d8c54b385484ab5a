//! How many asks each department's brief makes of it
//! ([`ask_counts`]): a section of the Gaps panel and a column of the
//! report card. Clicking a count selects the department on the map.

use std::collections::BTreeMap;

use egui::Ui;

use crate::lang::Speak;
use crate::map_text::MapText;
use sectormap_core::analysis::ask_counts;
use sectormap_core::editor::{Command, Revision, ViewCommand};
use sectormap_core::i18n::Language;
use sectormap_core::model::Document;
use sectormap_core::tr;

/// Each department's number of asks, worked out again only when the map
/// or the language changes.
#[derive(Clone, Debug, Default)]
pub struct AskCounts {
    key: Option<(Revision, Language)>,
    counts: BTreeMap<String, usize>,
}

impl AskCounts {
    /// The asks of each department of `doc` at `revision`, by id.
    pub fn of(&mut self, doc: &Document, revision: Revision, lang: Language) -> &BTreeMap<String, usize> {
        if self.key != Some((revision, lang)) {
            self.counts = ask_counts(doc, lang);
            self.key = Some((revision, lang));
        }
        &self.counts
    }
}

/// The Gaps panel's section, first and folded: each department and its
/// number of asks, most first; clicking one selects the department and shows it.
pub fn section(ui: &mut Ui, doc: &Document, counts: &BTreeMap<String, usize>, out: &mut Vec<Command>) {
    let lang = ui.lang();
    let mut rows: Vec<(&str, &str, usize)> = counts
        .iter()
        .filter_map(|(id, &count)| Some((id.as_str(), doc.node(id)?.label.as_str(), count)))
        .collect();
    rows.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(b.1)));
    let title = format!("{} ({})", lang.tr("gaps-asks-title"), rows.len());
    egui::CollapsingHeader::new(title).id_salt("asks-per-department").default_open(false).show(ui, |ui| {
        ui.weak(lang.tr("gaps-asks-hint"));
        for (id, label, count) in rows {
            let text = tr!(lang, "gaps-asks-row", department = label, count = count);
            if ui.add(MapText::new(&text).ltr().selectable(false).wrap()).clicked() {
                out.push(ViewCommand::ShowNodes(vec![id.to_owned()]).into());
            }
        }
    });
}

/// The report card's cell: `id`'s number of asks, named for `label`;
/// clicking it selects the department and shows it.
pub fn cell(ui: &mut Ui, id: &str, label: &str, count: Option<usize>, out: &mut Vec<Command>) {
    let lang = ui.lang();
    let text = count.map_or("–".to_owned(), |n| n.to_string());
    let name = tr!(lang, "report-asks-cell", department = label);
    let button = ui.add(egui::Button::new(&text).frame(false).min_size(egui::vec2(24.0, 0.0)));
    button.widget_info(|| egui::WidgetInfo {
        current_text_value: Some(text.clone()),
        ..egui::WidgetInfo::labeled(egui::Role::Button, true, &name)
    });
    if button.on_hover_text(lang.tr("report-asks-hint")).clicked() {
        out.push(ViewCommand::ShowNodes(vec![id.to_owned()]).into());
    }
}
