//! The interface language: every string a person reads comes from the Fluent files in
//! `i18n/en-GB/carecoop.ftl` and `i18n/cy/carecoop.ftl`, looked up through [`t!`](crate::t).
//!
//! A leaf below every layer: it knows nothing of the rest of the crate. The language is
//! chosen per thread ([`set_current`], [`with_lang`]), starting from the process default
//! ([`set_default`], from `--lang` or the system locale), so the window, a worker writing a
//! letter in a person's own language and tests in both languages never disturb each other.
//! Stored values never depend on it: keys, CSV columns and JSON fields stay as they are.

mod dates;

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{LazyLock, Mutex};

use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::{LanguageLoader, unic_langid::LanguageIdentifier};
use rust_embed::RustEmbed;
use serde::{Deserialize, Serialize};

pub use dates::{date, datetime, month_name, weekday_name, weekday_short};

/// The ids of messages made at run time inside this module (month and weekday names).
pub fn dynamic_ids() -> Vec<&'static str> {
    dates::ids().collect()
}

/// The translation files, compiled into the binary.
#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Localizations;

/// A language the interface is offered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, PartialOrd, Ord)]
pub enum Lang {
    /// English (United Kingdom).
    #[default]
    #[serde(rename = "en")]
    En,
    /// Cymraeg (Welsh).
    #[serde(rename = "cy")]
    Cy,
}

impl Lang {
    /// Both languages, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Cy];

    /// The short code used on the command line and in saved choices: `en` or `cy`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }

    /// The language's own name, as a language menu shows it (never translated).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Cy => "Cymraeg",
        }
    }

    /// Reads `en`/`cy` or a locale such as `cy_GB.UTF-8` or `en-GB`; anything else is `None`.
    pub fn parse(text: &str) -> Option<Lang> {
        let lower = text.trim().to_ascii_lowercase();
        let code: String = lower.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        match code.as_str() {
            "cy" | "cym" | "wel" | "welsh" | "cymraeg" => Some(Lang::Cy),
            "en" | "eng" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language the system asks for (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as
    /// POSIX orders them): Welsh when that names Welsh, English otherwise.
    pub fn from_system() -> Lang {
        Self::from_locale_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_system`] with the environment given, for tests.
    pub fn from_locale_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty())
            .and_then(|value| Lang::parse(&value))
            .unwrap_or(Lang::En)
    }

    fn id(self) -> LanguageIdentifier {
        match self {
            Lang::En => LanguageIdentifier::from_bytes(b"en-GB").unwrap_or_default(),
            Lang::Cy => LanguageIdentifier::from_bytes(b"cy").unwrap_or_default(),
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.native_name())
    }
}

fn load(lang: Lang) -> FluentLanguageLoader {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    // The files are compiled in and checked by the tests, so loading cannot fail at run
    // time; if it somehow did, the loader would show message ids rather than nothing.
    let _ = loader.load_languages(&Localizations, &[lang.id()]);
    // Unicode isolation marks around arguments draw as boxes in egui and in PDFs.
    loader.set_use_isolating(false);
    loader
}

static ENGLISH: LazyLock<FluentLanguageLoader> = LazyLock::new(|| load(Lang::En));
static WELSH: LazyLock<FluentLanguageLoader> = LazyLock::new(|| load(Lang::Cy));

/// The process's default language, for threads that have not chosen one.
static DEFAULT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static CURRENT: Cell<Option<Lang>> = const { Cell::new(None) };
}

fn from_u8(n: u8) -> Lang {
    if n == 1 { Lang::Cy } else { Lang::En }
}

/// Sets the language for every thread that has not chosen its own, and for this one.
pub fn set_default(lang: Lang) {
    DEFAULT.store(lang as u8, Ordering::Relaxed);
    set_current(lang);
}

/// The process's default language: `--lang`, or the system's.
pub fn default_lang() -> Lang {
    from_u8(DEFAULT.load(Ordering::Relaxed))
}

/// Sets this thread's language (the window's thread sets it each frame from its state).
pub fn set_current(lang: Lang) {
    CURRENT.with(|c| c.set(Some(lang)));
}

/// This thread's language.
pub fn current() -> Lang {
    CURRENT.with(|c| c.get()).unwrap_or_else(|| from_u8(DEFAULT.load(Ordering::Relaxed)))
}

/// Runs `f` with this thread's language set to `lang`, then puts the previous one back
/// (a letter in the person's own language, one half of a bilingual document).
pub fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    let before = CURRENT.with(|c| c.replace(Some(lang)));
    let out = f();
    CURRENT.with(|c| c.set(before));
    out
}

/// The loader for this thread's language; what [`t!`](crate::t) reads through.
pub fn loader() -> &'static FluentLanguageLoader {
    loader_for(current())
}

/// The loader for one language.
pub fn loader_for(lang: Lang) -> &'static FluentLanguageLoader {
    match lang {
        Lang::En => &ENGLISH,
        Lang::Cy => &WELSH,
    }
}

/// A message whose id is made at run time (a choice's label, a month's name), in this
/// thread's language. Ids made this way are listed by the key tests; prefer [`t!`](crate::t),
/// which checks its id when the code is compiled.
pub fn text(id: &str) -> String {
    loader().get(id)
}

/// Whether a message exists in the English file (every message must).
pub fn has(id: &str) -> bool {
    ENGLISH.has(id)
}

/// Interned texts, one map per language (looked up by `&str`, so a hit allocates nothing).
static INTERNED: [LazyLock<Mutex<HashMap<String, &'static str>>>; 2] =
    [LazyLock::new(Default::default), LazyLock::new(Default::default)];

/// [`text`] kept for the life of the process, for labels that are `&'static str` (a
/// choice's label). Bounded: there are two languages and a fixed set of ids. When the id is
/// missing, `fallback` is returned instead of the id.
pub fn static_text(id: &str, fallback: &'static str) -> &'static str {
    let lang = current();
    let Ok(mut cache) = INTERNED[lang as usize].lock() else {
        return fallback;
    };
    if let Some(found) = cache.get(id) {
        return found;
    }
    let value: &'static str =
        if ENGLISH.has(id) { Box::leak(loader_for(lang).get(id).into_boxed_str()) } else { fallback };
    cache.insert(id.to_string(), value);
    value
}

/// Looks up a message in this thread's language, its id checked against
/// `i18n/en-GB/carecoop.ftl` when the code is compiled: `t!("people-title")`,
/// `t!("sessions-count", count = n)`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::loader(), $id)
    };
    // Each value in parentheses: `fl!` writes `value.into()`, which `n + 1` or `*n` would
    // otherwise bind wrongly.
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        i18n_embed_fl::fl!($crate::i18n::loader(), $id, $($name = ($value)),+)
    };
}

#[cfg(test)]
mod tests;
