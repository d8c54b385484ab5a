//! Tests that need a program or driver a machine may lack (Chromium, a
//! Vulkan driver): where it is missing they say so and skip, except under
//! CI, where a skipped test would hide a broken set-up, so they fail.

/// Whether the tests run under CI: `CI` is set to anything but empty,
/// `0` or `false` (CI services set `CI=true`).
pub fn under_ci() -> bool {
    std::env::var("CI").is_ok_and(|value| {
        let value = value.trim();
        !(value.is_empty() || value == "0" || value.eq_ignore_ascii_case("false"))
    })
}

/// Reports that `what` is missing and how to `install` it: under CI a
/// failure, elsewhere a note on stderr, after which the test returns.
#[track_caller]
pub fn missing(what: &str, install: &str) {
    assert!(!under_ci(), "{what} is missing, and CI is set, so this test may not skip: {install}");
    eprintln!("skipped: {what} is missing ({install}); with CI=true this test fails");
}
