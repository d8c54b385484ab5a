//! `sectormap html`: the page it writes, and what it refuses.

use sectormap_core::i18n::Language;

#[test]
fn the_command_writes_the_page_and_refuses_what_it_cannot_do() {
    let dir = tempfile::tempdir().unwrap();
    let example = crate::common::root().join("maps/uk-evaw.json");
    let run = |args: &[&std::ffi::OsStr]| {
        std::process::Command::new(crate::common::BIN).arg("html").args(args).output().unwrap()
    };
    let out = dir.path().join("map.html");
    let done = run(&[example.as_os_str(), "-o".as_ref(), out.as_os_str(), "--lang".as_ref(), "es".as_ref()]);
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"es\" dir=\"ltr\">"), "{}", &html[..80]);
    assert!(html.contains(&Language::Es.tr("web-gaps")));
    // Not an .html name: a usage error, nothing written.
    let png = dir.path().join("map.png");
    let refused = run(&[example.as_os_str(), "-o".as_ref(), png.as_os_str()]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("end OUT with .html"));
    assert!(!png.exists());
    // A language the map has no texts in: bad input, naming the ones it has.
    let missing =
        run(&[example.as_os_str(), "-o".as_ref(), out.as_os_str(), "--lang".as_ref(), "de".as_ref()]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("its languages are"), "{missing:?}");
}
