//! The Gaps panel: the gap analysis of the map, grouped by rule. Clicking a
//! finding selects its nodes and moves the view to them.

use egui::Ui;

use super::asks::{self, AskCounts};
use crate::lang::Speak;
use crate::map_text::MapText;
use sectormap_core::analysis::{Gap, GapKind, find_gaps};
use sectormap_core::editor::{Command, Revision, ViewCommand};
use sectormap_core::i18n::Language;
use sectormap_core::model::Document;
use sectormap_core::tr;

/// Most findings listed per rule (a generated map can have thousands).
const MAX_ROWS: usize = 200;

/// The findings, worked out again only when the map or the language changes.
#[derive(Clone, Debug, Default)]
pub struct GapsPanel {
    computed: Option<((Revision, Language), Vec<Gap>)>,
    /// The finding last clicked.
    picked: Option<usize>,
    /// Each department's number of asks.
    asks: AskCounts,
}

impl GapsPanel {
    /// The gaps of `doc` at `revision`, said in `lang`.
    pub fn gaps(&mut self, doc: &Document, revision: Revision, lang: Language) -> &[Gap] {
        let key = (revision, lang);
        if self.computed.as_ref().is_none_or(|(k, _)| *k != key) {
            self.computed = Some((key, find_gaps(doc, lang)));
            self.picked = None;
        }
        self.computed.as_ref().map_or(&[], |(_, gaps)| gaps.as_slice())
    }

    /// Shows the panel's contents.
    pub fn show(&mut self, ui: &mut Ui, doc: &Document, revision: Revision, out: &mut Vec<Command>) {
        let lang = ui.lang();
        self.gaps(doc, revision, lang);
        let picked = self.picked;
        let gaps = self.computed.as_ref().map_or(&[][..], |(_, gaps)| gaps.as_slice());
        let mut clicked: Option<usize> = None;
        ui.heading(lang.tr("tab-gaps"));
        if gaps.is_empty() {
            ui.label(sectormap_core::analysis::no_gaps(doc, lang));
        } else {
            ui.weak(tr!(lang, "gaps-count", count = gaps.len()));
        }
        let counts = self.asks.of(doc, revision, lang);
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            if !counts.is_empty() {
                asks::section(ui, doc, counts, out);
            }
            for kind in GapKind::ALL {
                let rows: Vec<(usize, &Gap)> =
                    gaps.iter().enumerate().filter(|(_, g)| g.kind == kind).collect();
                if rows.is_empty() {
                    continue;
                }
                let title = format!("{} ({})", kind.title(lang), rows.len());
                egui::CollapsingHeader::new(title).id_salt(kind.key()).default_open(true).show(ui, |ui| {
                    for &(index, gap) in rows.iter().take(MAX_ROWS) {
                        let row =
                            ui.add(MapText::new(&gap.text).ltr().selectable(picked == Some(index)).wrap());
                        if row.clicked() {
                            clicked = Some(index);
                            out.push(ViewCommand::ShowNodes(gap.nodes.clone()).into());
                        }
                        ui.add_space(2.0);
                    }
                    if rows.len() > MAX_ROWS {
                        let more = rows.len() - MAX_ROWS;
                        ui.weak(tr!(lang, "gaps-more", count = more));
                    }
                });
            }
        });
        if clicked.is_some() {
            self.picked = clicked;
        }
    }
}
