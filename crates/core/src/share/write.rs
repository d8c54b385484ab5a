//! Writing a shared map: every writer (the editor's save, `import --into`,
//! `layout`, `sync`) records its changes in its device's file and writes
//! the merged map, so nobody's changes are overwritten.

use std::path::{Path, PathBuf};

use super::{Device, Merged, Pulled, ShareError, Shared};
use crate::model::Document;

/// What a write of a shared map did.
#[derive(Clone, Debug)]
pub struct Synced {
    /// The map as written.
    pub merged: Merged,
    /// What was merged from others, and what was taken from edits outside.
    pub pulled: Pulled,
    /// Fields this writer changed.
    pub recorded: usize,
}

/// Brings the shared map at `map` up to date with every device's file and
/// writes it (`sectormap sync`).
/// With `take_file`, edits made to the map file outside Sectormap are taken
/// as this device's; without, such a file is not overwritten. `from` are
/// change files sent by other means (email), merged too.
pub fn sync_map(map: &Path, device: Device, take_file: bool, from: &[PathBuf]) -> Result<Synced, ShareError> {
    write(map, device, None, take_file, from, None)
}

/// Brings the shared map at `map` up to date through a sync server as well
/// as its folder, and writes it (`sectormap sync --server`). A map not
/// shared yet is shared first.
pub fn sync_map_live(
    map: &Path,
    device: Device,
    server: &Server,
    take_file: bool,
) -> Result<Synced, ShareError> {
    if !super::Folder::beside(map).exists() {
        Shared::share(map, device.clone())?;
    }
    write(map, device, None, take_file, &[], Some(server))
}

/// A sync server to sync through.
#[derive(Clone, Debug)]
pub struct Server {
    /// Its address, `ws://host:port`.
    pub url: String,
    /// The map's document name on it.
    pub document: String,
    /// The token it asks for.
    pub token: String,
    /// How long to wait for others' changes after sending ours.
    pub wait: std::time::Duration,
}

/// Records the change from `base` to `new` as `device`'s in the shared map
/// at `map`, merges everyone's, and writes the merged map there.
pub fn write_shared(
    map: &Path,
    base: &Document,
    new: &Document,
    device: Device,
) -> Result<Synced, ShareError> {
    write(map, device, Some((base, new)), false, &[], None)
}

fn write(
    map: &Path,
    device: Device,
    change: Option<(&Document, &Document)>,
    take_file: bool,
    from: &[PathBuf],
    server: Option<&Server>,
) -> Result<Synced, ShareError> {
    let mut shared = Shared::open(map, device)?;
    let mut pulled = shared.opened.clone();
    for path in from {
        let arrival = shared.merge_file(path)?;
        pulled.files += 1;
        merge_arrival(&mut pulled, arrival);
    }
    pulled.outside = take_outside_edits(&mut shared, &mut pulled, map, take_file)?;
    let recorded = match change {
        Some((base, new)) => shared.replica.record(base, new)?,
        None => 0,
    };
    if let Some(server) = server {
        let (mut connection, arrival) =
            super::Connection::open(&mut shared.replica, &server.url, &server.document, &server.token)?;
        merge_arrival(&mut pulled, arrival);
        let arrival = connection.exchange(&mut shared.replica, server.wait)?;
        merge_arrival(&mut pulled, arrival);
        connection.close()?;
    }
    let merged = shared.document()?;
    write_map(&mut shared, &merged.document)?;
    Ok(Synced { merged, pulled, recorded })
}

/// If the map file was edited outside Sectormap (or written by a device
/// whose file has not arrived yet), takes the edit as this device's change
/// when `take` says so, and refuses otherwise; returns how many fields it
/// changed.
///
/// A writer saves its device file before the map file, so a map file no
/// device file seen at opening knows of may be one another process wrote
/// since: the folder is read again (into `pulled`) before it is called an
/// edit from outside.
fn take_outside_edits(
    shared: &mut Shared,
    pulled: &mut Pulled,
    map: &Path,
    take: bool,
) -> Result<usize, ShareError> {
    let bytes = match std::fs::read(map) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(source) => return Err(ShareError::Io { path: map.to_path_buf(), action: "read", source }),
    };
    if shared.written_here(&bytes) {
        return Ok(0);
    }
    let again = shared.pull()?;
    merge_arrival(pulled, again.arrival);
    if shared.written_here(&bytes) {
        return Ok(0);
    }
    if !take {
        return Err(ShareError::ChangedOutside(map.to_path_buf()));
    }
    let text = String::from_utf8_lossy(&bytes);
    let file = crate::io::load_str(&text, &map.display().to_string())
        .map_err(|err| ShareError::Corrupt { path: map.to_path_buf(), message: err.to_string() })?;
    shared.catch_up(&file)
}

/// Writes `document` as the shared map's file, after this device's file
/// (which notes the map file as written here, so a device reading the
/// folder in between never takes it for an edit from outside).
pub fn write_map(shared: &mut Shared, document: &Document) -> Result<(), ShareError> {
    let text = crate::io::to_json(document).map_err(ShareError::Map)?;
    shared.note_written(text.as_bytes());
    shared.save()?;
    let map = shared.folder.map.clone();
    crate::io::write_atomic(&map, true, |file| std::io::Write::write_all(file, text.as_bytes()))
        .map_err(|err| ShareError::Io { path: map.clone(), action: err.action, source: err.source })
}

/// Adds `arrival` to what `pulled` says arrived.
fn merge_arrival(pulled: &mut Pulled, arrival: super::Arrival) {
    pulled.arrival.changed.extend(arrival.changed);
    pulled.arrival.conflicts.extend(arrival.conflicts);
    pulled.arrival.log.extend(arrival.log);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;

    /// Another process writes the map between this one's opening of the
    /// folder and its look at the map file: that is no edit from outside.
    #[test]
    fn a_map_written_by_another_device_since_opening_is_not_an_outside_edit() {
        let dir = tempfile::tempdir().unwrap();
        let map = dir.path().join("map.json");
        std::fs::write(&map, crate::io::EXAMPLE_MAP).unwrap();
        let (amina, bea) = (Device::fresh("Amina"), Device::fresh("Bea"));
        Shared::share(&map, amina.clone()).unwrap();
        let mut opened = Shared::open(&map, amina).unwrap();
        let base = crate::io::load_path(&map).unwrap();
        let mut theirs = base.clone();
        let mut node = base.nodes().next().unwrap().clone();
        node.label = "Renamed by Bea".into();
        Edit::SetNode(node.clone()).apply(&mut theirs).unwrap();
        write_shared(&map, &base, &theirs, bea).unwrap();

        let mut pulled = Pulled::default();
        let taken = take_outside_edits(&mut opened, &mut pulled, &map, false).unwrap();
        assert_eq!(taken, 0);
        assert!(
            pulled.arrival.changed.iter().any(|key| key.contains(&node.id)),
            "{:?}",
            pulled.arrival.changed
        );
        assert_eq!(opened.document().unwrap().document.node(&node.id).unwrap().label, "Renamed by Bea");
    }
}
