//! Refusing workbook bombs: a ZIP (XLSX, ODS) whose parts would unpack to
//! more than the limit is refused from its directory, before any part is
//! unpacked.

use std::path::Path;

use crate::interchange::Limits;
use crate::interchange::problem::ImportError;

/// Checks the sizes a ZIP-based workbook declares for its parts; files that
/// are not ZIP archives (XLS, CSV) pass unchecked.
pub fn check_unpacked(path: &Path, file: &str, limits: &Limits) -> Result<(), ImportError> {
    let handle = std::fs::File::open(path)
        .map_err(|err| ImportError::one(file, "file", crate::io::describe_io(&err)))?;
    let mut start = [0u8; 4];
    let is_zip = std::io::Read::read_exact(&mut &handle, &mut start).is_ok() && start == *b"PK\x03\x04";
    if !is_zip {
        return Ok(());
    }
    let mut archive = zip::ZipArchive::new(handle).map_err(|err| {
        ImportError::one(file, "file", format!("the workbook is not a readable ZIP archive: {err}"))
    })?;
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive.by_index_raw(index).map_err(|err| {
            ImportError::one(file, "file", format!("part {index} of the workbook cannot be read: {err}"))
        })?;
        total = total.saturating_add(entry.size());
        if total > limits.max_unpacked {
            return Err(ImportError::one(
                file,
                entry.name().map_or_else(|_| format!("part {index}"), |n| n.into_owned()),
                format!(
                    "the workbook unpacks to more than {} MB; Sectormap refuses workbooks that large (a damaged file or a ZIP bomb)",
                    limits.max_unpacked / 1_000_000
                ),
            ));
        }
    }
    Ok(())
}
