//! The interface language as the panels see it. The app keeps it in its
//! settings and hands it to the window's egui context at the start of each
//! frame, so every panel can ask its `Ui` for it. The context belongs to
//! one window (or one test harness), so windows and tests in different
//! languages never share it.

use egui::{Context, Id, Ui};

use sectormap_core::i18n::Language;

fn key() -> Id {
    Id::unique("sectormap-language")
}

/// Makes `lang` the language of the window behind `ctx`.
pub fn set(ctx: &Context, lang: Language) {
    ctx.data_mut(|data| data.insert_temp(key(), lang));
}

/// The language of the window behind `ctx` (English until one is set).
pub fn of(ctx: &Context) -> Language {
    ctx.data(|data| data.get_temp(key())).unwrap_or_default()
}

/// Asking a `Ui` or `Context` for its language and its words.
pub trait Speak {
    /// The window's language.
    fn lang(&self) -> Language;

    /// The message `id` in the window's language.
    fn tr(&self, id: &str) -> String {
        self.lang().tr(id)
    }
}

impl Speak for Context {
    fn lang(&self) -> Language {
        of(self)
    }
}

impl Speak for Ui {
    fn lang(&self) -> Language {
        of(self.ctx())
    }
}
