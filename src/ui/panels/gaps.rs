//! The Gaps panel: the gap analysis of the map, grouped by rule. Clicking a
//! finding selects its nodes and moves the view to them.

use egui::Ui;

use crate::analysis::{Gap, GapKind, find_gaps};
use crate::editor::{Command, Revision, ViewCommand};
use crate::model::Document;

/// Most findings listed per rule (a generated map can have thousands).
const MAX_ROWS: usize = 200;

/// The findings, worked out again only when the map changes.
#[derive(Clone, Debug, Default)]
pub struct GapsPanel {
    computed: Option<(Revision, Vec<Gap>)>,
    /// The finding last clicked.
    picked: Option<usize>,
}

impl GapsPanel {
    /// The gaps of `doc` at `revision`.
    pub fn gaps(&mut self, doc: &Document, revision: Revision) -> &[Gap] {
        if self.computed.as_ref().is_none_or(|(r, _)| *r != revision) {
            self.computed = Some((revision, find_gaps(doc)));
            self.picked = None;
        }
        self.computed.as_ref().map_or(&[], |(_, gaps)| gaps.as_slice())
    }

    /// Shows the panel's contents.
    pub fn show(&mut self, ui: &mut Ui, doc: &Document, revision: Revision, out: &mut Vec<Command>) {
        self.gaps(doc, revision);
        let picked = self.picked;
        let gaps = self.computed.as_ref().map_or(&[][..], |(_, gaps)| gaps.as_slice());
        let mut clicked: Option<usize> = None;
        ui.heading("Gaps");
        if gaps.is_empty() {
            ui.label("No gaps found: every objective is linked to a form of VAW, every link is made by its department, and every department is scored.");
            return;
        }
        ui.weak(format!("{} findings. Click one to see it on the map.", gaps.len()));
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            for kind in GapKind::ALL {
                let rows: Vec<(usize, &Gap)> =
                    gaps.iter().enumerate().filter(|(_, g)| g.kind == kind).collect();
                if rows.is_empty() {
                    continue;
                }
                let title = format!("{} ({})", kind.title(), rows.len());
                egui::CollapsingHeader::new(title).id_salt(kind.key()).default_open(true).show(ui, |ui| {
                    for &(index, gap) in rows.iter().take(MAX_ROWS) {
                        let text = egui::RichText::new(&gap.text);
                        let row = ui.add(egui::Button::selectable(picked == Some(index), text).wrap());
                        if row.clicked() {
                            clicked = Some(index);
                            out.push(ViewCommand::ShowNodes(gap.nodes.clone()).into());
                        }
                        ui.add_space(2.0);
                    }
                    if rows.len() > MAX_ROWS {
                        let more = rows.len() - MAX_ROWS;
                        ui.weak(format!("…and {more} more; `sectormap check MAP --gaps` lists them all."));
                    }
                });
            }
        });
        if clicked.is_some() {
            self.picked = clicked;
        }
    }
}
