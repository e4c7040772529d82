//! The five languages of the interface and the mails: English, Ukrainian, Romanian, Polish and
//! Russian, as Fluent message files compiled into the binary (`src/i18n/<code>.ftl`).
//!
//! Owns choosing a language (the member's setting, else the `lang` cookie, else
//! `Accept-Language`, else English) and looking up messages. A message missing in a language
//! falls back to English at run time; the test suite fails on any missing key, so the fallback
//! is a safety net, not a way to ship untranslated text.

use std::fmt;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Uk,
    Ro,
    Pl,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Uk, Lang::Ro, Lang::Pl, Lang::Ru];

    /// The ISO 639-1 code, also the value of `<html lang>` and the stored locale.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Uk => "uk",
            Lang::Ro => "ro",
            Lang::Pl => "pl",
            Lang::Ru => "ru",
        }
    }

    /// The language's name in itself, for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Uk => "Українська",
            Lang::Ro => "Română",
            Lang::Pl => "Polski",
            Lang::Ru => "Русский",
        }
    }

    /// Accepts `uk`, `uk-UA`, `UK`…; anything else is `None`.
    pub fn parse(value: &str) -> Option<Lang> {
        let primary = value
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first supported language in an `Accept-Language` header, by quality.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut ranked: Vec<(f32, Lang)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.trim().split(';');
                let lang = Lang::parse(pieces.next()?)?;
                let quality = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                (quality > 0.0).then_some((quality, lang))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranked.first().map(|(_, lang)| *lang)
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("en.ftl"),
            Lang::Uk => include_str!("uk.ftl"),
            Lang::Ro => include_str!("ro.ftl"),
            Lang::Pl => include_str!("pl.ftl"),
            Lang::Ru => include_str!("ru.ftl"),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<Vec<(Lang, Bundle)>> = LazyLock::new(|| {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let id: LanguageIdentifier = lang.code().parse().expect("valid language id");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // No Unicode isolation marks around arguments: they end up in mail subjects.
            bundle.set_use_isolating(false);
            let resource = FluentResource::try_new(lang.source().to_string())
                .unwrap_or_else(|(_, errors)| panic!("{}.ftl does not parse: {errors:?}", lang));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errors| panic!("{}.ftl has duplicates: {errors:?}", lang));
            (lang, bundle)
        })
        .collect()
});

fn bundle(lang: Lang) -> &'static Bundle {
    &BUNDLES
        .iter()
        .find(|(l, _)| *l == lang)
        .expect("every language has a bundle")
        .1
}

/// Formats message `key` in `lang`, with arguments; English if the language lacks it; the key
/// itself if English lacks it too.
pub fn message(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    for candidate in [lang, Lang::En] {
        let bundle = bundle(candidate);
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            return text.into_owned();
        }
    }
    tracing::warn!(key, "missing translation key");
    key.to_string()
}

/// Formats message `key` in `lang` with named string arguments.
pub fn message_with(lang: Lang, key: &str, args: &[(&str, String)]) -> String {
    if args.is_empty() {
        return message(lang, key, None);
    }
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    message(lang, key, Some(&fluent))
}

/// True when English (the reference language) defines `key`.
pub fn has_message(key: &str) -> bool {
    bundle(Lang::En).has_message(key)
}

/// The message ids defined in a language's file, for the completeness test.
pub fn message_ids(lang: Lang) -> Vec<String> {
    let resource = FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(r, _)| r);
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// A language chosen for one reader: what templates and mails call to get their text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tr(pub Lang);

impl Tr {
    pub fn lang(&self) -> Lang {
        self.0
    }

    pub fn t(&self, key: &str) -> String {
        message(self.0, key, None)
    }

    /// One named argument, e.g. `t1("invite-subject", "name", "Olena")`.
    pub fn t1(&self, key: &str, name: &str, value: impl fmt::Display) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(value.to_string()));
        message(self.0, key, Some(&args))
    }

    /// A message with two placeholders.
    pub fn t2(
        &self,
        key: &str,
        first: &str,
        first_value: impl fmt::Display,
        second: &str,
        second_value: impl fmt::Display,
    ) -> String {
        let mut args = FluentArgs::new();
        args.set(first, FluentValue::from(first_value.to_string()));
        args.set(second, FluentValue::from(second_value.to_string()));
        message(self.0, key, Some(&args))
    }

    /// A count, so that plural forms are chosen by the language's rules.
    pub fn count(&self, key: &str, count: i64) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count));
        message(self.0, key, Some(&args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_supported_language() {
        assert_eq!(
            Lang::from_accept_language("de-DE,uk;q=0.8,en;q=0.5"),
            Some(Lang::Uk)
        );
        assert_eq!(Lang::from_accept_language("ro-RO"), Some(Lang::Ro));
        assert_eq!(Lang::from_accept_language("de, fr;q=0.9"), None);
        assert_eq!(
            Lang::from_accept_language("pl;q=0, ru;q=0.3"),
            Some(Lang::Ru)
        );
    }

    #[test]
    fn every_message_exists_in_every_language_and_nothing_else_does() {
        let english = message_ids(Lang::En);
        for lang in Lang::ALL {
            let ids = message_ids(lang);
            let missing: Vec<&String> = english.iter().filter(|k| !ids.contains(k)).collect();
            assert!(missing.is_empty(), "{lang}.ftl lacks {missing:?}");
            let unknown: Vec<&String> = ids.iter().filter(|k| !english.contains(k)).collect();
            assert!(
                unknown.is_empty(),
                "{lang}.ftl has keys English lacks: {unknown:?}"
            );
        }
    }

    /// `$name` placeholders per message, read from the raw file (a message's value runs on
    /// its indented continuation lines).
    fn placeholders(lang: Lang) -> std::collections::HashMap<String, Vec<String>> {
        let variable = regex::Regex::new(r"\$([a-z_]+)").unwrap();
        let mut out: std::collections::HashMap<String, Vec<String>> = Default::default();
        let mut current: Option<String> = None;
        for line in lang.source().lines() {
            if line.starts_with(' ') {
                // a continuation of the current message
            } else if let Some((id, _)) = line.split_once(" =") {
                current = Some(id.trim().to_string());
            } else {
                current = None;
            }
            if let Some(id) = &current {
                let found = out.entry(id.clone()).or_default();
                for c in variable.captures_iter(line) {
                    if !found.contains(&c[1].to_string()) {
                        found.push(c[1].to_string());
                    }
                }
                found.sort();
            }
        }
        out
    }

    #[test]
    fn translations_use_the_same_placeholders_as_english() {
        let english = placeholders(Lang::En);
        for lang in Lang::ALL {
            for (id, vars) in placeholders(lang) {
                assert_eq!(
                    Some(&vars),
                    english.get(&id),
                    "{lang}.ftl `{id}` uses other placeholders than English"
                );
            }
        }
    }

    #[test]
    fn plural_forms_follow_each_language() {
        let cases = [
            (Lang::En, 1, "1 result"),
            (Lang::En, 5, "5 results"),
            (Lang::Uk, 1, "1 результат"),
            (Lang::Uk, 3, "3 результати"),
            (Lang::Uk, 5, "5 результатів"),
            (Lang::Uk, 21, "21 результат"),
            (Lang::Pl, 1, "1 wynik"),
            (Lang::Pl, 3, "3 wyniki"),
            (Lang::Pl, 5, "5 wyników"),
            (Lang::Pl, 22, "22 wyniki"),
            (Lang::Ru, 2, "2 результата"),
            (Lang::Ru, 11, "11 результатов"),
            (Lang::Ro, 1, "1 rezultat"),
            (Lang::Ro, 25, "25 de rezultate"),
        ];
        for (lang, n, expected) in cases {
            assert_eq!(Tr(lang).count("search-count", n), expected, "{lang} {n}");
        }
    }

    #[test]
    fn every_refusal_the_code_names_has_a_message() {
        // Refusals are named by key in the code (`AppError::conflict("refusal-…")`,
        // `Refusal("refusal-…")`, `Said::…("refusal-…")`): a key missing from the catalogue
        // would show the key itself to the reader.
        let mut named = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for piece in text.split("\"refusal-").skip(1) {
                        let key: String = piece
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                            .collect();
                        if !key.is_empty() {
                            named.push(format!("refusal-{key}"));
                        }
                    }
                }
            }
        }
        assert!(named.len() > 40, "{named:?}");
        for key in named {
            assert!(has_message(&key), "{key} is not in en.ftl");
        }
    }

    #[test]
    fn every_file_parses_and_english_is_the_fallback() {
        for lang in Lang::ALL {
            assert!(!message_ids(lang).is_empty() || lang != Lang::En);
        }
        assert_eq!(
            message(Lang::Uk, "no-such-key-anywhere", None),
            "no-such-key-anywhere"
        );
        assert_eq!(Tr(Lang::En).t("site-name"), "Parley");
    }
}
