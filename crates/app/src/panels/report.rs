//! The Report card panel: departments by years with their scores, edited in
//! place, sortable, with the change from the year before and the mean of
//! each year; a year control colours the map by that year's scores.

use egui::{Color32, RichText, Ui};

use crate::lang::Speak;
use crate::map_text::MapText;
use crate::panels::assess::score_tip;
use crate::widgets::{ScoreCell, named_button, score_input};
use sectormap_core::analysis::{ReportCard, ReportRow, SortBy, signed_change};
use sectormap_core::editor::{Command, FileCommand, Revision, ViewOptions};
use sectormap_core::format::Format;
use sectormap_core::i18n::Language;
use sectormap_core::model::Document;
use sectormap_core::model::assess::round_score;
use sectormap_core::scene::ColorBy;
use sectormap_core::tr;

/// The card at a map revision, and its row order for a sort.
type Cached = (Revision, (SortBy, bool), ReportCard, Vec<usize>);

/// What the panel remembers between frames.
#[derive(Clone, Debug, Default)]
pub struct ReportPanel {
    /// The column rows are sorted by, and whether from highest.
    pub sort: (SortBy, bool),
    /// The card and its row order, worked out again only when the map or
    /// the sort changes.
    cached: Option<Cached>,
    /// Each department's number of asks.
    asks: super::asks::AskCounts,
}

impl ReportPanel {
    /// Shows the panel's contents.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        revision: Revision,
        view: &mut ViewOptions,
        out: &mut Vec<Command>,
    ) {
        let fresh = |c: &Cached| c.0 == revision && c.1 == self.sort;
        if !self.cached.as_ref().is_some_and(fresh) {
            let card = ReportCard::of(doc);
            let order = card.order(self.sort.0, self.sort.1);
            self.cached = Some((revision, self.sort, card, order));
        }
        let Some((_, sort, card, order)) = self.cached.take() else { return };
        let mut asks = std::mem::take(&mut self.asks);
        self.table(ui, doc, (&card, asks.of(doc, revision, ui.lang())), &order, view, out);
        self.asks = asks;
        // Stored under the sort it was made for: a heading clicked while
        // drawing makes it stale, and it is rebuilt next frame.
        self.cached = Some((revision, sort, card, order));
    }

    fn table(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        (card, asks): (&ReportCard, &std::collections::BTreeMap<String, usize>),
        order: &[usize],
        view: &mut ViewOptions,
        out: &mut Vec<Command>,
    ) {
        let lang = ui.lang();
        ui.horizontal_wrapped(|ui| {
            ui.heading(lang.tr("report-title"));
            ui.separator();
            year_control(ui, &card.years, view);
            ui.separator();
            for (text, name, what) in [
                ("report-csv", "report-csv-hint", Format::Csv),
                ("report-png", "report-png-hint", Format::Png),
                ("report-svg", "report-svg-hint", Format::Svg),
            ] {
                if named_button(ui, &lang.tr(text), &lang.tr(name)).clicked() {
                    out.push(FileCommand::ExportReport(what).into());
                }
            }
        });
        if card.rows.is_empty() {
            ui.weak(lang.tr("report-no-departments"));
            return;
        }
        egui::ScrollArea::both().auto_shrink([false, false]).show(ui, |ui| {
            egui::Grid::new("report-card").striped(true).spacing([14.0, 4.0]).show(ui, |ui| {
                self.header(ui, card);
                for row in order.iter().filter_map(|&i| card.rows.get(i)) {
                    self.row(ui, doc, card, row, asks.get(&row.id).copied(), out);
                }
                ui.strong(lang.tr("report-mean"));
                ui.label("");
                ui.label("");
                for mean in card.means() {
                    ui.strong(mean.map_or("–".to_owned(), |m| lang.score(m)));
                }
                ui.end_row();
            });
            if card.rows.iter().any(|row| row.computed.contains(&true)) {
                ui.label(RichText::new(lang.tr("report-computed-key")).small().weak())
                    .on_hover_text(lang.tr("marking-formula"));
            }
        });
    }

    fn header(&mut self, ui: &mut Ui, card: &ReportCard) {
        let lang = ui.lang();
        self.sort_button(ui, &lang.tr("kind-department"), SortBy::Name);
        self.sort_button(ui, &lang.tr("report-sector"), SortBy::Sector);
        ui.strong(lang.tr("report-asks")).on_hover_text(lang.tr("report-asks-hint"));
        for (col, year) in card.years.iter().enumerate() {
            let text = if card.illustrative.contains(year) {
                tr!(lang, "report-year-illustrative", year = year.to_string())
            } else {
                year.to_string()
            };
            self.sort_button(ui, &text, SortBy::Score(col));
        }
        ui.end_row();
    }

    /// A column heading that sorts by its column, and by it the other way
    /// when clicked again.
    fn sort_button(&mut self, ui: &mut Ui, text: &str, by: SortBy) {
        let (current, descending) = self.sort;
        let arrow = match (current == by, descending) {
            (true, false) => " ▲",
            (true, true) => " ▼",
            _ => "",
        };
        let lang = ui.lang();
        let order = if current == by && !descending { "highest" } else { "lowest" };
        let button = ui.add(egui::Button::new(RichText::new(format!("{text}{arrow}")).strong()).frame(false));
        let name = tr!(lang, "report-sort", column = text);
        button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        if button.on_hover_text(tr!(lang, "report-sort-order", column = text, order = order)).clicked() {
            // Scores read best from highest; names from A.
            let first_descending = matches!(by, SortBy::Score(_) | SortBy::Change(_));
            self.sort = if current == by { (by, !descending) } else { (by, first_descending) };
        }
    }

    fn row(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        card: &ReportCard,
        row: &ReportRow,
        asks: Option<usize>,
        out: &mut Vec<Command>,
    ) {
        ui.add(MapText::new(&row.label));
        ui.add(MapText::new(if row.sector.is_empty() { "–" } else { row.sector.as_str() }).weak());
        super::asks::cell(ui, &row.id, &row.label, asks, out);
        for (col, &year) in card.years.iter().enumerate() {
            ui.horizontal(|ui| {
                match row.scores.get(col).copied().flatten().filter(|_| row.computed.get(col) == Some(&true))
                {
                    Some(value) => computed_cell(ui, doc, row, year, value),
                    None => self.cell(ui, doc, row, year, out),
                }
                change_label(ui, row.change(col), ui.lang());
            });
        }
        ui.end_row();
    }

    /// The score of `row` in `year`, in the same score editor as the
    /// inspector: a whole score (or nothing, to remove the score) is
    /// stored when the cell is left; one that cannot be used turns red in
    /// place, so no row moves.
    fn cell(&mut self, ui: &mut Ui, doc: &Document, row: &ReportRow, year: i32, out: &mut Vec<Command>) {
        let current = doc.node(&row.id).and_then(|node| node.department.scores.get(&year));
        let name = tr!(ui.lang(), "report-cell", department = &row.label, year = year.to_string());
        let cell = ScoreCell {
            node: &row.id,
            year,
            current,
            name: &name,
            empty_removes: true,
            hint: "–",
            place: "report",
        };
        score_input(ui, &cell, 38.0, out).on_hover_text(ui.lang().tr("report-headline-hint"));
    }
}

/// A score computed from the round's marks: not typed, marked "computed"
/// (∑) with what it rests on and the formula on hover.
fn computed_cell(ui: &mut Ui, doc: &Document, row: &ReportRow, year: i32, value: f64) {
    let lang = ui.lang();
    let text = lang.score(value);
    let name = tr!(lang, "report-cell", department = &row.label, year = year.to_string());
    let tip = match round_score(doc, year, &row.id) {
        Some(score) => format!("{}\n{}", lang.tr("report-computed-hint"), score_tip(lang, &score)),
        None => lang.tr("report-computed-hint"),
    };
    let label = ui.add_sized([38.0, 18.0], egui::Label::new(&text));
    label.widget_info(|| egui::WidgetInfo {
        current_text_value: Some(text.clone()),
        ..egui::WidgetInfo::labeled(egui::Role::Cell, true, &name)
    });
    label.on_hover_text(&tip);
    let mark = ui.label(RichText::new("∑").small().color(ui.visuals().weak_text_color()));
    let computed = lang.tr("report-computed");
    mark.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &computed));
    mark.on_hover_text(tip);
}

/// `▲ +1.5` in green, `▼ -2` in red, `= 0`, or nothing.
fn change_label(ui: &mut Ui, change: Option<f64>, lang: Language) {
    let Some(change) = change else {
        ui.add_space(0.0);
        return;
    };
    let dark = ui.visuals().dark_mode;
    let (up, down) = if dark {
        (Color32::from_rgb(0x6F, 0xD3, 0x8A), Color32::from_rgb(0xFF, 0x8A, 0x7A))
    } else {
        (Color32::from_rgb(0x1A, 0x7F, 0x37), Color32::from_rgb(0xB4, 0x23, 0x18))
    };
    let (arrow, color, words) = if sectormap_core::model::format_score(change) == "0" {
        ("=", ui.visuals().weak_text_color(), lang.tr("report-no-change"))
    } else if change > 0.0 {
        ("▲", up, tr!(lang, "report-up", change = lang.score(change)))
    } else {
        ("▼", down, tr!(lang, "report-down", change = lang.score(-change)))
    };
    let text = format!("{arrow} {}", lang.number_text(&signed_change(change)));
    let label = ui.label(RichText::new(text).color(color).small());
    let name = tr!(lang, "report-change", words = words);
    label.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
}

/// Colours the map by score in the year chosen, or by kind.
fn year_control(ui: &mut Ui, years: &[i32], view: &mut ViewOptions) {
    let lang = ui.lang();
    let by_score = view.color_by == ColorBy::Score;
    let shown = match (by_score, view.year) {
        (false, _) => lang.tr("report-off"),
        (true, Some(year)) => year.to_string(),
        (true, None) => lang.tr("report-latest"),
    };
    let label = ui.label(lang.tr("report-colour-by"));
    egui::ComboBox::from_id_salt("report-year")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            if ui.selectable_label(!by_score, lang.tr("report-off")).clicked() {
                view.color_by = ColorBy::Kind;
            }
            if ui.selectable_label(by_score && view.year.is_none(), lang.tr("report-latest")).clicked() {
                (view.color_by, view.year) = (ColorBy::Score, None);
            }
            for &year in years.iter().rev() {
                if ui.selectable_label(by_score && view.year == Some(year), year.to_string()).clicked() {
                    (view.color_by, view.year) = (ColorBy::Score, Some(year));
                }
            }
        })
        .response
        .labelled_by(label.id);
}
