//! Department briefs in the editor: File > Export briefs… writes every
//! department's brief into a folder, and a department's context menu
//! writes its own, both on a worker by the one export path (the files
//! `sectormap brief` writes); the same menu saves a view of the
//! department's neighbourhood as its brief pictures it.

use std::path::Path;

use super::SectormapApp;
use super::export::Running;
use sectormap_core::brief::{Brief, neighbourhood_view};
use sectormap_core::briefing::today;
use sectormap_core::edit::Edit;
use sectormap_core::export::{self, Content};
use sectormap_core::format::Format;
use sectormap_core::tr;

impl SectormapApp {
    /// Makes every department's brief of the map as it is now, in the map
    /// language on screen, and writes them into the folder `dir`, in the
    /// background.
    pub(super) fn start_briefs(&mut self, ctx: &egui::Context, format: Format, dir: &Path) {
        self.settings.export.folder = dir.parent().map(Path::to_path_buf);
        self.status.info(tr!(self.language(), "status-exporting", path = dir.display().to_string()));
        let doc = self.work.session.doc().clone();
        let language = self.work.view.shown_language(&doc).map(str::to_owned);
        let dir = dir.to_path_buf();
        self.background.start_export(Running::files(ctx, move || {
            let files =
                export::briefs(&doc, format, &today(), language.as_deref()).map_err(|e| e.to_string())?;
            let written = export::write_briefs(&dir, &files).map_err(|err| err.to_string())?;
            Ok((dir, Some(written.len())))
        }));
    }

    /// Writes `department`'s brief to `path` in the background.
    pub(super) fn start_brief(&mut self, ctx: &egui::Context, department: &str, format: Format, path: &Path) {
        let content = Content::Brief { department: department.to_owned(), date: today() };
        let request = self.request(content, format);
        self.start_job(ctx, request, path);
    }

    /// The file name offered for `department`'s brief: its id, made safe
    /// for a file name, with the format's extension.
    pub(super) fn brief_file_name(department: &str, format: Format) -> String {
        let safe: String = department
            .chars()
            .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '-' })
            .collect();
        format!("{}.{}", safe.trim_matches('.'), format.extension())
    }

    /// Adds a saved view of `department`'s neighbourhood (as its brief
    /// pictures it), named after it, as one undo step, and shows it.
    pub(super) fn save_neighbourhood(&mut self, department: &str) {
        let lang = self.language();
        let doc = self.work.session.doc();
        let Some(brief) = Brief::of(doc, department, "", lang) else { return };
        let taken = |name: &str| doc.views.iter().any(|v| v.name.trim().eq_ignore_ascii_case(name.trim()));
        let name = (1..)
            .map(|n| if n == 1 { brief.name.clone() } else { format!("{} ({n})", brief.name) })
            .find(|name| !taken(name))
            .unwrap_or_default();
        let mut views = doc.views.clone();
        views.push(neighbourhood_view(doc, &brief, name.clone()));
        let index = views.len() - 1;
        self.edit(Edit::SetViews(views), &tr!(lang, "step-neighbourhood-view", name = name.as_str()));
        if self.work.session.doc().views.len() == index + 1 {
            self.apply_view(index);
            self.status.info(tr!(lang, "status-view-saved", name = name));
        }
    }
}
