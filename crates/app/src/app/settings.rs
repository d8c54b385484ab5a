//! UI settings kept between runs (through eframe storage). The map itself is
//! never stored here.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use sectormap_core::i18n::Language;
use sectormap_core::interchange::KindMap;
use sectormap_core::model::NodeKind;
use sectormap_core::render::Background;

/// Key under which settings are stored.
pub const STORAGE_KEY: &str = "sectormap-settings";
/// Most recent files remembered.
const MAX_RECENT: usize = 10;
/// Most imported files whose kind choices are remembered.
const MAX_IMPORTS: usize = 50;

/// Light or dark user interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum UiTheme {
    /// Light panels, white canvas.
    #[default]
    Light,
    /// Dark panels and canvas.
    Dark,
}

/// The pages of the side panel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SideTab {
    /// Show or hide kinds, sectors and jurisdictions.
    #[default]
    Filters,
    /// Saved views.
    Views,
    /// The gap analysis.
    Gaps,
    /// Others' changes to a shared map, and values that lost.
    Changes,
}

impl SideTab {
    /// Every page, in tab order.
    pub const ALL: [SideTab; 4] = [SideTab::Filters, SideTab::Views, SideTab::Gaps, SideTab::Changes];

    /// The tab's title in `lang`.
    pub fn title(self, lang: Language) -> String {
        lang.tr(match self {
            SideTab::Filters => "tab-filters",
            SideTab::Views => "tab-views",
            SideTab::Gaps => "tab-gaps",
            SideTab::Changes => "tab-changes",
        })
    }

    /// The View menu's item that opens the page, in `lang`.
    pub fn menu_item(self, lang: Language) -> String {
        lang.tr(match self {
            SideTab::Filters => "menu-filters-panel",
            SideTab::Views => "menu-views-panel",
            SideTab::Gaps => "menu-gaps-panel",
            SideTab::Changes => "menu-changes-panel",
        })
    }
}

/// What an export writes, remembered for next time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportPrefs {
    /// Write SVG rather than PNG.
    pub svg: bool,
    /// Width in pixels when `by_scale` is false.
    pub width: u32,
    /// Scale factor (1 to 4) when `by_scale` is true.
    pub scale: f32,
    /// Size by scale instead of width.
    pub by_scale: bool,
    /// What is behind the map.
    pub background: Background,
    /// Export only what the canvas shows (filters and camera) instead of the whole map.
    pub current_view: bool,
    /// Folder of the last export.
    pub folder: Option<PathBuf>,
}

impl Default for ExportPrefs {
    fn default() -> Self {
        Self {
            svg: false,
            width: sectormap_core::render::DEFAULT_WIDTH,
            scale: 2.0,
            by_scale: false,
            background: Background::White,
            current_view: false,
            folder: None,
        }
    }
}

/// The kinds chosen in the import preview for one file's type names.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImportKinds {
    /// The file imported.
    pub path: PathBuf,
    /// Kinds by type name in lower case (`""`: elements with no type).
    pub kinds: BTreeMap<String, NodeKind>,
}

/// Everything remembered between runs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Interface theme.
    pub theme: UiTheme,
    /// Recently opened or saved maps, newest first.
    pub recent: Vec<PathBuf>,
    /// Last export options.
    pub export: ExportPrefs,
    /// Whether the side panel (filters, views, gaps) is open.
    pub show_filters: bool,
    /// Which page of the side panel shows.
    pub side_tab: SideTab,
    /// Whether the report card panel is open.
    pub show_report: bool,
    /// Whether the inspector panel is open.
    pub hide_inspector: bool,
    /// Whether the Assessment panel is open.
    pub show_assess: bool,
    /// The assessor's name, recorded with every change of an answer;
    /// `None` until asked (marks are then recorded as the default name).
    pub assessor: Option<String>,
    /// The interface language; `None` until one is chosen (the system's
    /// language is taken at the first start).
    pub language: Option<Language>,
    /// Kinds chosen for type names in the import preview, per file, the
    /// file imported last first: importing the same file again starts
    /// with them.
    pub import_kinds: Vec<ImportKinds>,
}

impl Settings {
    /// Puts `path` at the top of the recent files.
    pub fn remember(&mut self, path: &Path) {
        let path = canonical(path);
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    /// The kinds chosen for the type names of `path` when it was imported before.
    pub fn import_choices(&self, path: &Path) -> KindMap {
        let path = canonical(path);
        let mut map = KindMap::default();
        if let Some(found) = self.import_kinds.iter().find(|k| k.path == path) {
            for (name, kind) in &found.kinds {
                map.set(name, *kind);
            }
        }
        map
    }

    /// Remembers `kind` for the type `name` of the file at `path`.
    pub fn remember_kind(&mut self, path: &Path, name: &str, kind: NodeKind) {
        let path = canonical(path);
        let mut entry = match self.import_kinds.iter().position(|k| k.path == path) {
            Some(at) => self.import_kinds.remove(at),
            None => ImportKinds { path, kinds: BTreeMap::new() },
        };
        entry.kinds.insert(name.trim().to_lowercase(), kind);
        self.import_kinds.insert(0, entry);
        self.import_kinds.truncate(MAX_IMPORTS);
    }
}

/// `path` made absolute and free of links where it can be, so that one
/// file is one entry however it was reached.
fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}
