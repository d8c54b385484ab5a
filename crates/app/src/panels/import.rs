//! The import preview: what the file holds, a kind for each type name
//! Sectormap does not know, what was read differently from the file, the
//! problems (and, when the user says so, importing what reads without
//! them), new map or merge with what it adds and changes; for a
//! department's reply pack, its replies. The work itself is in
//! `app/import.rs`; the data-export format choice is in `data.rs`.

use egui::{Id, Modal, RichText, Ui};

use crate::lang::Speak;
use crate::map_text::MapText;
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
    /// Import what reads and skip the problems listed (or not).
    Skip(bool),
    /// Go ahead in the chosen mode.
    Import,
    /// Close; nothing changes.
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

/// What a map file holds: the kinds to choose, what was read differently,
/// the problems (and skipping them), and new map or merge.
fn body(ui: &mut Ui, preview: &mut ImportPreview, reply: &mut Option<ImportReply>) {
    let lang = ui.lang();
    kinds(ui, preview, reply);
    notes(ui, &preview.converted.notes);
    ui.separator();
    if let Err(problems) = &preview.converted.result {
        problems_list(ui, problems);
        if let Some((nodes, links, count)) = preview.skippable() {
            let mut skip = preview.skip;
            let text = tr!(lang, "import-skip", nodes = nodes, links = links, count = count);
            if ui.checkbox(&mut skip, text).changed() {
                *reply = Some(ImportReply::Skip(skip));
            }
        }
    }
    if let Some((nodes, links)) = preview.document().map(|d| (d.node_count(), d.link_count())) {
        if !preview.skip || preview.converted.result.is_ok() {
            // Skipping, the checkbox says what is imported.
            ui.label(tr!(lang, "import-holds", nodes = nodes, links = links));
        }
        ui.radio_value(&mut preview.mode, ImportMode::NewMap, lang.tr("import-as-new"));
        ui.radio_value(&mut preview.mode, ImportMode::Merge, lang.tr("import-merge"));
        if preview.mode == ImportMode::Merge
            && let Some(plan) = &preview.plan
        {
            merge_summary(ui, plan);
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
            ui.label(tr!(lang, id, criterion = row.title.as_str()));
        }
        for row in plan.skipped.iter().take(LISTED) {
            ui.weak(tr!(
                lang,
                "import-reply-skipped",
                criterion = row.title.as_str(),
                place = row.place.as_str()
            ));
        }
    });
    if plan.is_empty() {
        ui.label(lang.tr("import-reply-nothing"));
    }
}

/// A kind choice for each type name Sectormap does not know, listed as
/// the file spells it, with its count and first place, before and after a
/// kind is chosen for it (so the choice can be changed). Each drop-down's
/// id comes from the type name in lower case, the same in every frame.
fn kinds(ui: &mut Ui, preview: &ImportPreview, reply: &mut Option<ImportReply>) {
    let lang = ui.lang();
    let types = &preview.converted.types;
    if types.is_empty() {
        return;
    }
    ui.separator();
    ui.label(lang.tr("import-kinds-intro"));
    egui::Grid::new("import-kinds").num_columns(2).show(ui, |ui| {
        for found in types {
            let name = found.name.as_str();
            let shown = if name.is_empty() { lang.tr("import-no-type") } else { format!("'{name}'") };
            let (count, place) = (found.count, found.place.as_str());
            ui.label(tr!(lang, "import-type-count", name = shown.as_str(), count = count, place = place));
            let chosen = found.chosen;
            let selected =
                chosen.map_or(lang.tr("import-choose-kind"), |k| lang.tr(&format!("kind-{}", k.key())));
            let combo = egui::ComboBox::from_id_salt(("import-kind", name.to_lowercase()))
                .selected_text(selected)
                .show_ui(ui, |ui| {
                    for kind in NodeKind::ALL {
                        let label = lang.tr(&format!("kind-{}", kind.key()));
                        if ui.selectable_label(chosen == Some(kind), label).clicked() {
                            *reply = Some(ImportReply::Choose(name.to_owned(), kind));
                        }
                    }
                });
            let label = tr!(lang, "import-kind-for", name = shown);
            combo.response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
            ui.end_row();
        }
    });
}

/// What was read differently from how the file has it (a link id
/// renamed, a value not kept), each with its place.
fn notes(ui: &mut Ui, notes: &[Problem]) {
    if notes.is_empty() {
        return;
    }
    let lang = ui.lang();
    ui.separator();
    ui.label(tr!(lang, "import-notes", count = notes.len()));
    egui::ScrollArea::vertical().max_height(120.0).id_salt("import-notes").show(ui, |ui| {
        for note in notes.iter().take(LISTED) {
            ui.weak(note.to_string());
        }
        if notes.len() > LISTED {
            ui.weak(tr!(lang, "import-more", count = notes.len() - LISTED));
        }
    });
}

fn problems_list(ui: &mut Ui, problems: &[Problem]) {
    let lang = ui.lang();
    widgets::error_line(ui, &tr!(lang, "import-problems", count = problems.len()));
    egui::ScrollArea::vertical().max_height(260.0).id_salt("import-problems").show(ui, |ui| {
        for problem in problems.iter().take(LISTED) {
            ui.add(MapText::new(&problem.to_string()).ltr());
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
            ui.add(MapText::new(&format!("+ {label} ({id})")).ltr());
        }
        for change in plan.changed_nodes.iter().chain(&plan.changed_links).take(LISTED) {
            let line = format!("± {} ({}): {}", change.label, change.id, change.fields.join(", "));
            ui.add(MapText::new(&line).ltr());
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
