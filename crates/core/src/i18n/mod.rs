//! The words Sectormap shows, in English, Spanish and French, with Project
//! Fluent. egui-free: the scene, analysis, command line and editor use it
//! as the interface does.
//!
//! There is no current language anywhere: every function that makes text
//! for people takes a [`Language`] (it is `Copy`), so two maps, windows or
//! tests in different languages never disturb each other.
//!
//! - `language.rs`: [`Language`], from a BCP-47 tag or the system locale;
//! - `bundle.rs`: the embedded `.ftl` files and the lookup by message id;
//! - `names.rs`: the names of node kinds, link kinds and the like;
//! - `number.rs`: scores written with the language's decimal mark.

mod bundle;
mod language;
mod names;
mod number;

pub use bundle::{Arg, SOURCES, source};
pub use language::Language;
pub use names::{list, short_list};

/// `tr!(lang, "id")` or `tr!(lang, "id", count = n, name = text)`: the
/// message `id` in `lang`, with its arguments.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:expr $(,)?) => {
        $crate::i18n::Language::tr($lang, $id)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Language::tr_args(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}
