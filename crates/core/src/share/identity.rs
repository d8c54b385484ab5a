//! Who is editing: a device's lasting id and the name others see, kept in
//! the user's data folder, so two data folders are two people.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::ShareError;

/// Set this to a folder to keep Sectormap's data (this device's identity,
/// recovery copies) there instead of the system's data folder.
pub const DATA_DIR_ENV: &str = "SECTORMAP_DATA_DIR";

/// The file in the data folder that holds the device's identity.
const DEVICE_FILE: &str = "device.json";

/// One device (one person's Sectormap), as the coalition sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    /// Lasting, unique id (`d` and 16 hex digits); names this device's file
    /// in a shared folder.
    pub id: String,
    /// The name others see beside this device's changes.
    pub name: String,
}

impl Device {
    /// A new device with a fresh random id.
    pub fn fresh(name: &str) -> Self {
        Self { id: format!("d{:016x}", random_u64()), name: name.trim().to_owned() }
    }

    /// The device whose identity is kept in `data_dir`, made (with `name`,
    /// or the system's user name) the first time.
    pub fn load_or_create(data_dir: &Path, name: Option<&str>) -> Result<Self, ShareError> {
        let path = data_dir.join(DEVICE_FILE);
        let io = |action: &'static str| {
            let path = path.clone();
            move |source| ShareError::Io { path, action, source }
        };
        let mut device = match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str::<Device>(&text).map_err(|err| ShareError::Corrupt {
                path: path.clone(),
                message: format!(
                    "line {}, column {}: not this device's identity ({})",
                    err.line(),
                    err.column(),
                    err.to_string().split(" at line ").next().unwrap_or_default()
                ),
            })?,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Self::fresh(&default_name()),
            Err(err) => return Err(io("read")(err)),
        };
        let renamed = name.map(str::trim).filter(|n| !n.is_empty() && *n != device.name);
        if let Some(name) = renamed {
            device.name = name.to_owned();
        }
        if device.name.is_empty() {
            device.name = default_name();
        }
        if renamed.is_some() || !path.exists() {
            std::fs::create_dir_all(data_dir).map_err(io("create the data folder for"))?;
            let text = serde_json::to_string_pretty(&device)
                .map_err(|err| ShareError::Corrupt { path: path.clone(), message: err.to_string() })?;
            crate::io::write_atomic(&path, false, |file| std::io::Write::write_all(file, text.as_bytes()))
                .map_err(|err| ShareError::Io {
                    path: path.clone(),
                    action: err.action,
                    source: err.source,
                })?;
        }
        Ok(device)
    }
}

/// The data folder: `SECTORMAP_DATA_DIR` if set, otherwise the system's
/// folder for application data (the same one the editor keeps recovery
/// copies in); `None` if the system names none.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let home = std::env::var_os("HOME").map(PathBuf::from);
    if cfg!(target_os = "windows") {
        std::env::var_os("APPDATA").map(|d| PathBuf::from(d).join("Sectormap").join("data"))
    } else if cfg!(target_os = "macos") {
        home.map(|h| h.join("Library/Application Support/Sectormap"))
    } else {
        std::env::var_os("XDG_DATA_HOME")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
            .or_else(|| home.map(|h| h.join(".local/share")))
            .map(|d| d.join("sectormap"))
    }
}

/// The system's name for the person logged in, or "Someone".
fn default_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "Someone".to_owned())
}

/// A random number from the system's hasher seeds, the clock and the process.
pub(crate) fn random_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    hasher.write_u128(now.as_nanos());
    hasher.write_u32(std::process::id());
    hasher.finish()
}
