//! The Changes panel of a shared map: who shares it, nodes and links kept
//! although someone deleted them (a notice to dismiss), the values that
//! lost to someone's concurrent change (each with Restore), and others'
//! change records, newest first: who, when, what. Clicking a node in a
//! record selects it and moves the view to it.

use std::collections::BTreeSet;

use egui::Ui;

use crate::lang::Speak;
use crate::map_text::MapText;
use sectormap_core::editor::shared::{Change, KeptValue, Revival};
use sectormap_core::editor::{CameraCommand, Command, DocCommand, FileCommand, Revision, Session};
use sectormap_core::share::Touched;

pub use super::change_words::field_name;
use super::change_words::touched;
use sectormap_core::tr;

/// Most change records listed.
const RECORDS: usize = 100;
/// Most things listed of one record; the rest are counted.
const THINGS: usize = 8;
/// Most things a record made that are listed one by one; more are counted.
const MADE: usize = 3;

/// What the panel lists, worked out again when the map or its replica changes.
#[derive(Clone, Debug, Default)]
struct Listed {
    changes: Vec<Change>,
    kept: Vec<KeptValue>,
    revived: Vec<Revival>,
}

/// The Changes panel: what it lists, and the notices dismissed.
#[derive(Clone, Debug, Default)]
pub struct ChangesPanel {
    listed: Option<((Revision, u64), Listed)>,
    dismissed: BTreeSet<String>,
}

impl ChangesPanel {
    /// Shows the panel for `session`'s map.
    pub fn show(&mut self, ui: &mut Ui, session: &Session, out: &mut Vec<Command>) {
        let lang = ui.lang();
        ui.heading(lang.tr("tab-changes"));
        let Some(map) = session.shared() else {
            ui.label(lang.tr("changes-not-shared"));
            ui.add_space(6.0);
            if ui.button(lang.tr("menu-share")).clicked() {
                out.push(FileCommand::Share.into());
            }
            return;
        };
        let key = (session.revision(), map.version());
        if self.listed.as_ref().is_none_or(|(k, _)| *k != key) {
            let doc = session.doc();
            let listed =
                Listed { changes: map.changes(doc, RECORDS), kept: map.kept(doc), revived: map.revived(doc) };
            self.listed = Some((key, listed));
        }
        let folder =
            map.folder().dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        ui.weak(tr!(lang, "changes-shared", folder = folder))
            .on_hover_text(map.folder().dir.display().to_string());
        ui.weak(tr!(lang, "changes-people", devices = map.devices(), name = map.device().name.as_str()));
        let Some((_, listed)) = &self.listed else { return };
        let mut dismiss = None;
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            for revival in listed.revived.iter().filter(|r| !self.dismissed.contains(&r.entity)) {
                if revived(ui, revival) {
                    dismiss = Some(revival.entity.clone());
                }
            }
            if !listed.kept.is_empty() {
                crate::widgets::heading(ui, &tr!(lang, "changes-kept", count = listed.kept.len()));
                ui.weak(lang.tr("changes-kept-hint"));
                for value in &listed.kept {
                    kept(ui, value, out);
                }
            }
            crate::widgets::heading(ui, &lang.tr("changes-records"));
            if listed.changes.is_empty() {
                ui.weak(lang.tr("changes-none"));
            }
            for change in &listed.changes {
                record(ui, change, session, out);
            }
        });
        if let Some(entity) = dismiss {
            self.dismissed.insert(entity);
        }
    }
}

/// A node or link kept although deleted; returns whether it was dismissed.
fn revived(ui: &mut Ui, revival: &Revival) -> bool {
    let lang = ui.lang();
    let unknown = lang.tr("changes-someone");
    let or_someone = |name: &str| if name.is_empty() { unknown.clone() } else { name.to_owned() };
    let mut dismissed = false;
    ui.group(|ui| {
        let text = tr!(
            lang,
            "changes-revived",
            kind = revival.kind,
            label = revival.label.as_str(),
            deleted = or_someone(&revival.deleted_by),
            changed = or_someone(&revival.changed_by)
        );
        ui.add(MapText::new(&text).ltr().wrap());
        let name = tr!(lang, "changes-dismiss-named", label = revival.label.as_str());
        dismissed = crate::widgets::named_button(ui, &lang.tr("changes-dismiss"), &name).clicked();
    });
    dismissed
}

/// A value that lost, with who set it and who won, and Restore.
fn kept(ui: &mut Ui, value: &KeptValue, out: &mut Vec<Command>) {
    let lang = ui.lang();
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        let thing = if value.kind == "map" { lang.tr("changes-the-map") } else { value.label.clone() };
        let field = value.field.split(' ').next().map_or(String::new(), |f| field_name(f, lang));
        let rest = value.field.split_once(' ').map_or("", |(_, rest)| rest);
        ui.add(MapText::new(&format!("{thing} · {field} {rest}")).ltr().strong().wrap());
        ui.add(MapText::new(&format!("“{}”", value.value)).ltr().wrap());
        ui.weak(tr!(lang, "changes-kept-who", by = value.by.as_str(), over = value.over.as_str()));
        let name = tr!(lang, "changes-restore-named", field = field.as_str(), label = thing.as_str());
        if crate::widgets::named_button(ui, &lang.tr("changes-restore"), &name).clicked() {
            out.push(DocCommand::RestoreKept(value.key.clone()).into());
        }
    });
}

/// One change record: who and when, then what it touched (what it made
/// counted, when it made many: the map shared, a file imported).
fn record(ui: &mut Ui, change: &Change, session: &Session, out: &mut Vec<Command>) {
    let lang = ui.lang();
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.strong(change.who.as_str());
        ui.weak(change.when.as_str());
    });
    // Things named without their fields: made by the record, or changed by
    // one that touched too many fields to name them.
    let bulk = |thing: &&Touched| !thing.deleted && thing.fields.is_empty();
    let many = change.things.iter().filter(bulk).count() > MADE;
    if many {
        let kinds = [
            ("node", "changes-added-nodes", "changes-changed-nodes"),
            ("link", "changes-added-links", "changes-changed-links"),
        ];
        for (kind, added, changed) in kinds {
            let of_kind: Vec<&Touched> =
                change.things.iter().filter(bulk).filter(|t| t.kind == kind).collect();
            let made = of_kind.iter().filter(|t| change.created.contains(&t.id)).count();
            for (id, count) in [(added, made), (changed, of_kind.len() - made)] {
                if count > 0 {
                    ui.label(tr!(lang, id, count = count));
                }
            }
        }
    }
    let listed: Vec<&Touched> = change.things.iter().filter(|thing| !many || !bulk(thing)).collect();
    for thing in listed.iter().take(THINGS) {
        let text = touched(thing, change.created.contains(&thing.id), session, lang);
        let node_there = thing.kind == "node" && !thing.deleted && session.doc().node(&thing.id).is_some();
        if node_there {
            if ui.add(MapText::new(&text).ltr().selectable(false).wrap()).clicked() {
                out.push(CameraCommand::Reveal(thing.id.clone()).into());
            }
        } else {
            ui.add(MapText::new(&text).ltr().wrap());
        }
    }
    if listed.len() > THINGS {
        ui.weak(tr!(lang, "changes-more", count = listed.len() - THINGS));
    }
    if change.more > 0 {
        ui.weak(tr!(lang, "changes-more-fields", count = change.more));
    }
}
