//! Filling the page template, and the escaping and hashing that keep the
//! page self-contained: data that cannot end its `<script>`, and a
//! Content-Security-Policy that allows exactly the page's own style and
//! script and no address at all.

use std::collections::BTreeMap;

use base64::Engine;
use sha2::{Digest, Sha256};

/// The page template (`assets/web/page.html`).
pub const PAGE: &str = include_str!("../../../../assets/web/page.html");
/// The page's style sheet.
pub const STYLE: &str = include_str!("../../../../assets/web/page.css");
/// The page's script: one closure over the map (index, camera, pointer and
/// hover), the panels (details, search, filters) and the story (colourings,
/// views, gaps, keys).
pub const SCRIPT: &str = concat!(
    "(function () {\n",
    include_str!("../../../../assets/web/map.js"),
    include_str!("../../../../assets/web/details.js"),
    include_str!("../../../../assets/web/story.js"),
    "})();\n"
);

/// A template asked for a value it was not given.
#[derive(Debug, thiserror::Error)]
#[error("page template: no value for {{{{{0}}}}}")]
pub struct MissingValue(pub String);

/// `template` with every `{{name}}` replaced by `values[name]`, in one pass
/// (a value is never searched for placeholders itself).
pub fn fill(template: &str, values: &BTreeMap<&str, String>) -> Result<String, MissingValue> {
    let mut out = String::with_capacity(template.len() + values.values().map(String::len).sum::<usize>());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            out.push_str(&rest[start..]);
            return Ok(out);
        };
        let name = &after[..end];
        let value = values.get(name).ok_or_else(|| MissingValue(name.to_owned()))?;
        out.push_str(value);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Marks the start of a part of the template only the full page has.
const FULL: &str = "<!--full-->\n";
/// Marks its end.
const END_FULL: &str = "<!--/full-->\n";

/// `template` without its markers, and without what they enclose unless
/// `full` (the embeddable page has no chrome).
pub fn sections(template: &str, full: bool) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find(FULL) {
        out.push_str(&rest[..start]);
        let inner = &rest[start + FULL.len()..];
        let end = inner.find(END_FULL).unwrap_or(inner.len());
        if full {
            out.push_str(&inner[..end]);
        }
        rest = inner.get(end + END_FULL.len()..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// JSON made safe inside `<script type="application/json">`: no `<`, `>`
/// or `&` (so no `</script>` or `<!--`), and no line or paragraph
/// separators; `JSON.parse` reads the escapes back as the same text.
pub fn script_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 64);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// `'sha256-…'`: the CSP source that allows exactly this inline text.
pub fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// The page's policy: nothing may be fetched from anywhere; only the
/// page's own style and script run; pictures and fonts only from `data:`.
pub fn content_security_policy(style: &str, script: &str) -> String {
    format!(
        "default-src 'none'; style-src {}; script-src {}; img-src data:; font-src data:; base-uri 'none'; form-action 'none'",
        csp_hash(style),
        csp_hash(script)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_each_placeholder_once_and_reports_a_missing_one() {
        let values = BTreeMap::from([("a", "{{b}}".to_owned()), ("b", "B".to_owned())]);
        assert_eq!(fill("x {{a}} {{b}} y", &values).unwrap(), "x {{b}} B y");
        assert_eq!(fill("{{c}}", &values).unwrap_err().0, "c");
    }

    #[test]
    fn the_embeddable_page_drops_the_full_pages_parts() {
        let template = "a\n<!--full-->\nb\n<!--/full-->\nc\n";
        assert_eq!(sections(template, true), "a\nb\nc\n");
        assert_eq!(sections(template, false), "a\nc\n");
    }

    #[test]
    fn json_cannot_close_its_script() {
        let json = serde_json::to_string("</script><!-- & \u{2028}").unwrap();
        let safe = script_json(&json);
        assert!(!safe.contains('<') && !safe.contains('>') && !safe.contains('&'));
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, "</script><!-- & \u{2028}");
    }

    #[test]
    fn hash_is_the_base64_of_sha256() {
        // sha256("") is well known.
        assert_eq!(csp_hash(""), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    }
}
