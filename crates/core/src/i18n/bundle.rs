//! The embedded Fluent files, one bundle per language, and the lookup of a
//! message by id. A message missing in a language comes from English; a
//! message missing in English is shown as its id. Nothing here panics.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Language;

/// The `.ftl` source of each language, as embedded in the program.
pub const SOURCES: [(Language, &str); 3] = [
    (Language::En, include_str!("../../../../locales/en/sectormap.ftl")),
    (Language::Es, include_str!("../../../../locales/es/sectormap.ftl")),
    (Language::Fr, include_str!("../../../../locales/fr/sectormap.ftl")),
];

/// The `.ftl` source of `lang`.
pub fn source(lang: Language) -> &'static str {
    SOURCES.iter().find(|(l, _)| *l == lang).map_or("", |(_, text)| text)
}

/// One argument of a message: a text, or a number (which chooses plurals).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Shown as it is.
    Text(String),
    /// A count or other number; selects `[one]`, `[other]`...
    Number(f64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(text: Cow<'_, str>) -> Self {
        Arg::Text(text.into_owned())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(usize, u8, u32, u64, i32, i64, f32, f64);

type Bundle = FluentBundle<FluentResource>;

fn make(lang: Language, text: &str) -> Bundle {
    // A file with errors still gives every message it could read.
    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
    let mut bundle = Bundle::new_concurrent(vec![lang.langid()]);
    // No bidi isolation marks: every language here is written left to right.
    bundle.set_use_isolating(false);
    bundle.add_resource_overriding(resource);
    bundle
}

/// The bundle of `lang`, made on first use (and never changed after).
fn bundle(lang: Language) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| SOURCES.map(|(lang, text)| make(lang, text)));
    // SOURCES lists the languages in declaration order.
    &all[lang as usize]
}

fn format(lang: Language, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let bundle = bundle(lang);
    let (message, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(message)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
}

impl Language {
    /// The message `id` (or `id.attribute`) in this language.
    pub fn tr(self, id: &str) -> String {
        self.lookup(id, None)
    }

    /// The message `id` with `args` filled in.
    pub fn tr_args(self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent.set(*name, FluentValue::from(text.clone())),
                Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
            }
        }
        self.lookup(id, Some(&fluent))
    }

    /// Whether this language's file has the message `id`.
    pub fn has(self, id: &str) -> bool {
        bundle(self).has_message(id)
    }

    fn lookup(self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        format(self, id, args).or_else(|| format(Language::En, id, args)).unwrap_or_else(|| id.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_messages_fall_back() {
        assert_eq!(Language::Fr.tr("no-such-message"), "no-such-message");
        assert_eq!(Language::Es.tr("menu-file"), "Archivo");
        assert_eq!(Language::Fr.tr("menu-file"), "Fichier");
        assert_eq!(Language::En.tr("menu-file"), "File");
    }

    #[test]
    fn plurals_follow_the_language() {
        assert_eq!(crate::tr!(Language::En, "count-nodes", count = 1), "1 node");
        assert_eq!(crate::tr!(Language::En, "count-nodes", count = 3), "3 nodes");
        assert_eq!(crate::tr!(Language::Es, "count-nodes", count = 3), "3 nodos");
        // French counts 0 and 1 as singular.
        assert_eq!(crate::tr!(Language::Fr, "count-nodes", count = 0), "0 nœud");
    }
}
