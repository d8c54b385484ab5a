//! Files: the versioned JSON map format, loading with precise errors, and
//! atomic saving.

mod assessment;
mod atomic;
mod error;
mod format;
mod load;
mod save;
mod stamp;

pub use atomic::{AtomicError, backup_path, write_atomic};
pub use error::{LoadError, SaveError, describe_io};
pub use format::{FORMAT_NAME, FORMAT_VERSION};
pub use load::{load_path, load_str};
pub use save::{link_value, map_part_value, node_value, save_path, save_stamped, to_json, to_value};
pub use stamp::{FileStamp, OnDisk, Unchanged, load_stamped};

/// The example map built into the program (`maps/uk-evaw.json`).
pub const EXAMPLE_MAP: &str = include_str!("../../../../maps/uk-evaw.json");

/// The name of the example map, for messages and window titles.
pub const EXAMPLE_NAME: &str = "uk-evaw.json";
