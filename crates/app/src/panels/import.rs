//! The import preview (what the file holds, kinds for unknown type names,
//! new map or merge with what it adds and changes; for a department's
//! reply pack, its replies) and the data-export format choice. The work itself is in `app/import.rs`.

use egui::{Id, Modal, RichText, Ui};

use crate::lang::Speak;
use crate::widgets;
use sectormap_core::editor::{ImportMode, ImportPreview};
use sectormap_core::interchange::{Format, MergePlan, Problem, ReplyPlan, Role};
use sectormap_core::model::NodeKind;
use sectormap_core::tr;

/// Most problems or changes listed; the rest are counted.
const LISTED: usize = 200;

/// What the preview asks the app to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportReply {
    /// Read elements of this type name as this kind.
    Choose(String, NodeKind),
    /// Go ahead in the chosen mode.
    Import,
    /// Close; nothing changes.
    Cancel,
}

/// What the data-export dialog asks the app to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataReply {
    /// Ask where, then write.
    Export,
    /// Close without writing.
    Cancel,
}

fn role_name(ui: &Ui, role: Role) -> String {
    ui.tr(match role {
        Role::Elements => "import-role-elements",
        Role::Connections => "import-role-connections",
        Role::Relevance => "import-role-relevance",
        Role::ReportCard => "import-role-report-card",
        Role::ScoreNotes => "import-role-score-notes",
        Role::Map => "import-role-map",
        Role::Rubric => "import-role-rubric",
        Role::Marks => "import-role-marks",
        Role::Replies => "import-role-replies",
        Role::Pack => "import-role-pack",
        Role::Ignored => "import-role-ignored",
        Role::Unknown => "import-role-unknown",
    })
}

/// Shows the preview of `preview`; returns the user's answer once given.
pub fn preview(ctx: &egui::Context, preview: &mut ImportPreview) -> Option<ImportReply> {
    let mut reply = None;
    let lang = ctx.lang();
    let modal = Modal::new(Id::unique("sectormap-import")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        ui.heading(tr!(lang, "import-title", file = preview.file_name()));
        let format = match preview.shape.format {
            Format::Workbook => lang.tr("import-format-workbook"),
            Format::Map => lang.tr("import-format-map"),
            other => other.describe().to_owned(),
        };
        ui.label(tr!(lang, "import-read-as", format = format));
        for sheet in &preview.shape.sheets {
            let text = tr!(
                lang,
                "import-sheet",
                name = sheet.name.as_str(),
                role = role_name(ui, sheet.role),
                rows = sheet.rows
            );
            let text = if sheet.role == Role::Unknown {
                RichText::new(text).color(widgets::ERROR_RED)
            } else {
                text.into()
            };
            ui.label(text);
        }
        if let Some(replies) = &preview.replies {
            ui.separator();
            reply_pack(ui, replies);
        } else {
            body(ui, preview, &mut reply);
        }
        ui.add_space(8.0);
        if let Some(go) = widgets::go_or_cancel(ui, &lang.tr("import-go"), preview.ready()) {
            reply = Some(if go { ImportReply::Import } else { ImportReply::Cancel });
        }
    });
    if reply.is_none() && modal.should_close() {
        reply = Some(ImportReply::Cancel);
    }
    reply
}

/// What a map file holds, the kinds to choose, and new map or merge.
fn body(ui: &mut Ui, preview: &mut ImportPreview, reply: &mut Option<ImportReply>) {
    let lang = ui.lang();
    kinds(ui, preview, reply);
    ui.separator();
    match &preview.converted.result {
        Err(problems) => problems_list(ui, problems),
        Ok(doc) => {
            ui.label(tr!(lang, "import-holds", nodes = doc.node_count(), links = doc.link_count()));
            ui.radio_value(&mut preview.mode, ImportMode::NewMap, lang.tr("import-as-new"));
            ui.radio_value(&mut preview.mode, ImportMode::Merge, lang.tr("import-merge"));
            if preview.mode == ImportMode::Merge
                && let Some(plan) = &preview.plan
            {
                merge_summary(ui, plan);
            }
        }
    }
}

/// A department's reply pack: whose, for which round, how many replies
/// and disagreements, the rows left blank; or its problems.
fn reply_pack(ui: &mut Ui, replies: &Result<ReplyPlan, Vec<Problem>>) {
    let lang = ui.lang();
    let plan = match replies {
        Ok(plan) => plan,
        Err(problems) => return problems_list(ui, problems),
    };
    ui.label(tr!(
        lang,
        "import-reply-pack",
        department = plan.label.as_str(),
        year = plan.year.to_string(),
        replies = plan.replies.len(),
        disagreements = plan.disagreements()
    ));
    ui.weak(lang.tr("import-reply-pack-rule"));
    egui::ScrollArea::vertical().max_height(220.0).id_salt("import-replies").show(ui, |ui| {
        for row in plan.replies.iter().take(LISTED) {
            let id = if row.reply.agree { "import-reply-agrees" } else { "import-reply-disagrees" };
            ui.label(tr!(lang, id, criterion = row.criterion.as_str()));
        }
        for row in plan.skipped.iter().take(LISTED) {
            ui.weak(tr!(
                lang,
                "import-reply-skipped",
                criterion = row.criterion.as_str(),
                place = row.place.as_str()
            ));
        }
    });
    if plan.is_empty() {
        ui.label(lang.tr("import-reply-nothing"));
    }
}

/// A kind choice for each type name Sectormap does not know.
fn kinds(ui: &mut Ui, preview: &ImportPreview, reply: &mut Option<ImportReply>) {
    let lang = ui.lang();
    let mut names: Vec<(String, usize, String)> =
        preview.converted.unknown.iter().map(|u| (u.name.clone(), u.count, u.place.clone())).collect();
    // Names already chosen stay listed, so a choice can be changed.
    for name in preview.choices.0.keys() {
        if !names.iter().any(|(n, _, _)| n.to_lowercase() == *name) {
            names.push((name.clone(), 0, String::new()));
        }
    }
    if names.is_empty() {
        return;
    }
    ui.separator();
    ui.label(lang.tr("import-kinds-intro"));
    egui::Grid::new("import-kinds").num_columns(2).show(ui, |ui| {
        for (name, count, place) in names {
            let shown = if name.is_empty() { lang.tr("import-no-type") } else { format!("'{name}'") };
            let text = if count > 0 {
                tr!(lang, "import-type-count", name = shown.as_str(), count = count, place = place)
            } else {
                shown.clone()
            };
            ui.label(text);
            let chosen = preview.chosen(&name);
            let selected =
                chosen.map_or(lang.tr("import-choose-kind"), |k| lang.tr(&format!("kind-{}", k.key())));
            let combo = egui::ComboBox::from_id_salt(("import-kind", name.as_str()))
                .selected_text(selected)
                .show_ui(ui, |ui| {
                    for kind in NodeKind::ALL {
                        let label = lang.tr(&format!("kind-{}", kind.key()));
                        if ui.selectable_label(chosen == Some(kind), label).clicked() {
                            *reply = Some(ImportReply::Choose(name.clone(), kind));
                        }
                    }
                });
            let label = tr!(lang, "import-kind-for", name = shown);
            combo.response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
            ui.end_row();
        }
    });
}

fn problems_list(ui: &mut Ui, problems: &[Problem]) {
    let lang = ui.lang();
    widgets::error_line(ui, &tr!(lang, "import-problems", count = problems.len()));
    egui::ScrollArea::vertical().max_height(260.0).id_salt("import-problems").show(ui, |ui| {
        for problem in problems.iter().take(LISTED) {
            ui.label(problem.to_string());
        }
        if problems.len() > LISTED {
            ui.weak(tr!(lang, "import-more", count = problems.len() - LISTED));
        }
    });
}

fn merge_summary(ui: &mut Ui, plan: &MergePlan) {
    let lang = ui.lang();
    ui.label(tr!(
        lang,
        "import-merge-counts",
        added = plan.added_nodes.len(),
        changed = plan.changed_nodes.len(),
        unchanged = plan.unchanged_nodes,
        links = plan.added_links.len(),
        changed_links = plan.changed_links.len()
    ));
    ui.weak(lang.tr("import-merge-rule"));
    egui::ScrollArea::vertical().max_height(220.0).id_salt("import-merge").show(ui, |ui| {
        for (id, label) in plan.added_nodes.iter().take(LISTED) {
            ui.label(format!("+ {label} ({id})"));
        }
        for change in plan.changed_nodes.iter().chain(&plan.changed_links).take(LISTED) {
            ui.label(format!("± {} ({}): {}", change.label, change.id, change.fields.join(", ")));
        }
        if !plan.meta_fields.is_empty() {
            ui.label(format!("± {}", plan.meta_fields.join(", ")));
        }
        for id in plan.added_links.iter().take(LISTED) {
            ui.label(format!("+ {id}"));
        }
        for problem in plan.problems.iter().take(LISTED) {
            widgets::error_line(ui, &tr!(lang, "import-left-alone", problem = problem.to_string()));
        }
    });
}

/// The formats data can be written in, with their message ids.
const DATA_FORMATS: [(Format, &str); 4] = [
    (Format::Workbook, "data-xlsx"),
    (Format::GraphMl, "data-graphml"),
    (Format::Gexf, "data-gexf"),
    (Format::Kumu, "data-kumu"),
];

/// Shows the data-export format choice.
pub fn data_dialog(ctx: &egui::Context, format: &mut Format) -> Option<DataReply> {
    let mut reply = None;
    let lang = ctx.lang();
    let modal = Modal::new(Id::unique("sectormap-export-data")).show(ctx, |ui| {
        ui.heading(lang.tr("data-title"));
        for (choice, id) in DATA_FORMATS {
            ui.radio_value(format, choice, lang.tr(id));
        }
        ui.weak(lang.tr("data-note"));
        ui.add_space(8.0);
        if let Some(go) = widgets::go_or_cancel(ui, &lang.tr("menu-export"), true) {
            reply = Some(if go { DataReply::Export } else { DataReply::Cancel });
        }
    });
    if reply.is_none() && modal.should_close() {
        reply = Some(DataReply::Cancel);
    }
    reply
}
