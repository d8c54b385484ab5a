//! Right of reply in the editor: File > Export reply packs… writes a
//! round's packs on a worker by the one export path (as `sectormap
//! reply-pack` does), and a filled pack chosen in File > Import… puts the
//! department's replies beside the marks as one undo step.

use std::path::Path;

use super::SectormapApp;
use super::export::Running;
use crate::panels::assess::unix_now;
use sectormap_core::editor::ImportPreview;
use sectormap_core::export;
use sectormap_core::model::assess::Change;
use sectormap_core::tr;

impl SectormapApp {
    /// Makes the `year` round's reply packs of the map as it is now and
    /// writes them into the folder `dir`, in the background.
    pub(super) fn start_reply_packs(&mut self, ctx: &egui::Context, year: i32, dir: &Path) {
        self.settings.export.folder = dir.parent().map(Path::to_path_buf);
        self.status.info(tr!(self.language(), "status-exporting", path = dir.display().to_string()));
        let (doc, dir) = (self.work.session.doc().clone(), dir.to_path_buf());
        self.background.start_export(Running::job(ctx, move || {
            let packs = export::reply_packs(&doc, year).map_err(|err| err.to_string())?;
            export::write_reply_packs(&dir, &packs).map_err(|err| err.to_string())?;
            Ok(dir)
        }));
    }

    /// Puts the replies of the pack `preview` read beside the marks, as
    /// one undo step, each answer's history saying the reply came from the
    /// department (now, UTC); returns whether the preview was a reply pack.
    pub(super) fn import_replies(&mut self, preview: &ImportPreview) -> bool {
        let Some(replies) = &preview.replies else { return false };
        let Ok(plan) = replies else { return true };
        let lang = self.language();
        let label = tr!(lang, "import-undo", file = preview.file_name());
        let named = Some(plan.label.trim()).filter(|name| !name.is_empty());
        let who = named.map_or_else(|| lang.tr("log-the-department"), str::to_owned);
        let now = unix_now();
        let edit = plan.logged_edit(|reply| {
            let what = if reply.agree { "log-reply-agrees" } else { "log-reply-disagrees" };
            Change::at(&who, now, lang.tr(what))
        });
        match self.work.edit(edit, &label, None, None) {
            Ok(()) => self.status.info(tr!(
                self.language(),
                "import-replies-done",
                department = plan.label.as_str(),
                replies = plan.changed()
            )),
            Err(err) => self.status.error(err),
        }
        true
    }
}
