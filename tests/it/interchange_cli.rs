//! `sectormap convert` and `import` end to end.

use std::path::Path;

use crate::common::{example, sectormap};

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn convert_and_import_commands_end_to_end() {
    let dir = tempfile::tempdir().unwrap();
    let map = crate::common::root().join("maps/uk-evaw.json");
    for ext in ["xlsx", "graphml", "gexf"] {
        let out = dir.path().join(format!("map.{ext}"));
        let run = sectormap(&["convert", arg(&map), "-o", arg(&out)]);
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        let back = dir.path().join(format!("back-{ext}.json"));
        let run = sectormap(&["import", arg(&out), "-o", arg(&back)]);
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        let doc = sectormap_core::io::load_path(&back).unwrap();
        assert_eq!(doc.node_count(), example().node_count());
    }
    let csv = dir.path().join("new.csv");
    std::fs::write(&csv, "Label,Type\nHome Office,ministry\nRape,issue\n").unwrap();
    let out = dir.path().join("new.json");
    let run = sectormap(&["import", arg(&csv), "-o", arg(&out)]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(sectormap_core::io::load_path(&out).unwrap().nodes().all(|n| n.position.is_some()));
    std::fs::write(&csv, "Label,Type,X\nHome Office,planet,1\nRape,,\n").unwrap();
    let run = sectormap(&["import", arg(&csv), "-o", arg(&out)]);
    let err = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{err}");
    assert_eq!(err.lines().filter(|l| l.starts_with("error: ")).count(), 2, "{err}");
    assert!(err.contains("new.csv!B2: unknown type 'planet'") && err.contains("new.csv!B3"), "{err}");
    assert!(err.contains("--kind \"planet=KIND\""), "the way out is named: {err}");
    std::fs::write(&csv, "Label,Type\nHome Office,planet\nRape,\n").unwrap();
    let run =
        sectormap(&["import", arg(&csv), "-o", arg(&out), "--kind", "planet=agency", "--kind", "=issue"]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let doc = sectormap_core::io::load_path(&out).unwrap();
    assert_eq!(doc.node("home-office").unwrap().kind, sectormap_core::model::NodeKind::Department);
    let run = sectormap(&["import", arg(&csv), "-o", arg(&out), "--kind", "planet=moon"]);
    assert_eq!(run.status.code(), Some(2), "a kind that is none is a usage error");
    assert!(String::from_utf8_lossy(&run.stderr).contains("'moon' is not a kind"));
    let run = sectormap(&["convert", arg(&map), "-o", arg(&dir.path().join("map.txt"))]);
    assert_eq!(run.status.code(), Some(2));
}
