//! `sectormap share` and `sectormap sync`: a map shared through a folder.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use sectormap_core::share::{self, Device, Shared, Synced};

/// Arguments of `sectormap share`.
#[derive(Debug, Args)]
pub struct ShareArgs {
    /// The map file (.json).
    #[arg(value_name = "MAP")]
    pub map: PathBuf,
    /// The name others see beside your changes (kept in your data folder,
    /// SECTORMAP_DATA_DIR; default: your user name, or the one given before).
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
}

/// Arguments of `sectormap sync`.
#[derive(Debug, Args)]
pub struct SyncArgs {
    /// The shared map file (.json).
    #[arg(value_name = "MAP")]
    pub map: PathBuf,
    /// Also merge this device file (a `.yjs` sent by email or on a stick);
    /// may be given more than once.
    #[arg(long, value_name = "FILE")]
    pub from: Vec<PathBuf>,
    /// Take edits made to MAP outside Sectormap as yours (otherwise such a
    /// file is left as it is and nothing is written).
    #[arg(long)]
    pub take_file: bool,
    /// The name others see beside your changes.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Also sync through this Yjs sync server (Hocuspocus: `ws://host:1234`);
    /// its token comes from --token or SECTORMAP_SYNC_TOKEN.
    #[arg(long, value_name = "URL")]
    pub server: Option<String>,
    /// The sync server's token (default: SECTORMAP_SYNC_TOKEN).
    #[arg(long, value_name = "TOKEN", requires = "server")]
    pub token: Option<String>,
    /// The map's name on the server (default: MAP's file name without .json).
    #[arg(long, value_name = "NAME", requires = "server")]
    pub document: Option<String>,
    /// Seconds to wait for others' changes from the server.
    #[arg(long, value_name = "SECONDS", default_value_t = 1.0, requires = "server")]
    pub wait: f64,
}

/// This device, from the data folder (made the first time).
pub(crate) fn device(name: Option<&str>) -> Result<Device> {
    let dir = share::data_dir().ok_or(share::ShareError::NoDataDir)?;
    Ok(Device::load_or_create(&dir, name)?)
}

/// Runs `sectormap share`.
pub fn run_share(args: &ShareArgs) -> Result<()> {
    super::load_map(&args.map)?;
    let device = device(args.name.as_deref())?;
    let was = share::Folder::beside(&args.map).exists();
    let shared =
        Shared::share(&args.map, device).with_context(|| format!("{}: not shared", args.map.display()))?;
    let devices = shared.folder.device_files()?.len();
    super::out(&format!(
        "{} {} shared through {} ({} device{}); you are {} ({})\n",
        args.map.display(),
        if was { "was already" } else { "is now" },
        shared.folder.dir.display(),
        devices,
        if devices == 1 { "" } else { "s" },
        shared.replica.device().name,
        shared.replica.device().id,
    ));
    super::out(&format!(
        "put {} and the folder beside it in a folder your coalition shares; each runs `sectormap sync {}` (or opens it in the editor) to merge everyone's changes\n",
        args.map.display(),
        args.map.display()
    ));
    Ok(())
}

/// Runs `sectormap sync`.
pub fn run_sync(args: &SyncArgs) -> Result<()> {
    let started = std::time::Instant::now();
    let device = device(args.name.as_deref())?;
    let synced = match &args.server {
        Some(url) => {
            if !args.from.is_empty() {
                return Err(super::UsageError("--from and --server are used one at a time".to_owned()).into());
            }
            share::sync_map_live(&args.map, device, &server(args, url)?, args.take_file)?
        }
        None => share::sync_map(&args.map, device, args.take_file, &args.from)?,
    };
    report(args, &synced, started.elapsed().as_millis());
    Ok(())
}

/// The server to sync through, from the arguments and the environment.
fn server(args: &SyncArgs, url: &str) -> Result<share::Server> {
    let token = args.token.clone().or_else(|| std::env::var(share::TOKEN_ENV).ok()).ok_or_else(|| {
        super::UsageError(format!("{url} needs a token: give --token or set {}", share::TOKEN_ENV))
    })?;
    if !(0.0..=600.0).contains(&args.wait) {
        return Err(super::UsageError(format!("--wait is from 0 to 600 seconds, not {}", args.wait)).into());
    }
    let document = match &args.document {
        Some(name) => name.clone(),
        None => {
            args.map.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "map".to_owned())
        }
    };
    Ok(share::Server {
        url: url.to_owned(),
        document,
        token,
        wait: std::time::Duration::from_secs_f64(args.wait),
    })
}

/// Prints what a sync merged and decided.
fn report(args: &SyncArgs, synced: &Synced, ms: u128) {
    let doc = &synced.merged.document;
    let mut text = format!(
        "synced {}: {} device file{} merged{}, {} nodes, {} links, in {ms} ms\n",
        args.map.display(),
        synced.pulled.files,
        if synced.pulled.files == 1 { "" } else { "s" },
        args.server.as_ref().map(|url| format!(" and {url}")).unwrap_or_default(),
        doc.node_count(),
        doc.link_count()
    );
    if synced.pulled.outside > 0 {
        text.push_str(&format!(
            "  {} field(s) edited in the file outside Sectormap taken as yours\n",
            synced.pulled.outside
        ));
    }
    for entry in &synced.pulled.arrival.log {
        text.push_str(&describe(entry, doc));
    }
    for key in &synced.pulled.arrival.conflicts {
        text.push_str(&format!(
            "  set by two people at once: {}; the other value is kept (see the editor's Changes panel)\n",
            key.replace(share::fields::SEP, " ")
        ));
    }
    for revived in &synced.merged.revived {
        text.push_str(&format!("  kept {revived}: someone deleted it while someone else changed it\n"));
    }
    for dropped in &synced.merged.dropped {
        text.push_str(&format!("  link left out: {dropped}\n"));
    }
    super::out(&text);
}

/// One change record on one line, or one line per thing when it touched few.
fn describe(entry: &share::LogEntry, doc: &sectormap_core::model::Document) -> String {
    let touched = entry.touched(doc);
    let who = format!("  {} ({})", entry.name, entry.when());
    if touched.len() > 6 {
        let count = |kind: &str| touched.iter().filter(|t| t.kind == kind).count();
        let deleted = touched.iter().filter(|t| t.deleted).count();
        let more = if entry.more > 0 { format!(" (and {} more fields)", entry.more) } else { String::new() };
        return format!(
            "{who}: changed {} nodes, {} links and {} parts of the map{more}; {deleted} deleted\n",
            count("node"),
            count("link"),
            count("map")
        );
    }
    let mut text = String::new();
    for thing in touched {
        let what = if thing.deleted {
            "deleted".to_owned()
        } else if thing.fields.is_empty() {
            "changed".to_owned()
        } else {
            format!("changed {}", thing.fields.join(", "))
        };
        text.push_str(&format!("{who}: {} {} \"{}\": {what}\n", thing.kind, thing.id, thing.label));
    }
    text
}
