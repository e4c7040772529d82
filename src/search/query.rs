//! The search box's language: free words, `"a phrase"`, `-word` / `-"a phrase"` to exclude,
//! and filters `country:UA`, `region:UA-63`, `context:armed_actors`, `counterpart:military`,
//! `outcome:agreement`, `year:2023` or `year:2022..2024`, `lang:uk`, `tag:water`,
//! `kind:discussion`. Filters of different names must all hold; repeating a name accepts
//! any of its values (`country:UA country:MD`). Words must all appear (in any form).
//!
//! Every mistake gets a message a person understands (an unclosed quote, an unknown filter or
//! value, a backwards year range) — never a 500.

use std::fmt;

use crate::cases::taxonomy::{ContextKind, CounterpartKind, CountryCode, Outcome, RegionCode};
use crate::i18n::Lang;

/// A filter on a facet.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Filter {
    Country(String),
    Region(String),
    Context(String),
    Counterpart(String),
    Outcome(String),
    /// Inclusive.
    Years(i32, i32),
    Lang(String),
    Tag(String),
    Kind(String),
}

impl Filter {
    /// The facet it filters.
    pub fn name(&self) -> &'static str {
        match self {
            Filter::Country(_) => "country",
            Filter::Region(_) => "region",
            Filter::Context(_) => "context",
            Filter::Counterpart(_) => "counterpart",
            Filter::Outcome(_) => "outcome",
            Filter::Years(..) => "year",
            Filter::Lang(_) => "lang",
            Filter::Tag(_) => "tag",
            Filter::Kind(_) => "kind",
        }
    }
}

/// A parsed search.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Parsed {
    pub words: Vec<String>,
    pub phrases: Vec<String>,
    pub excluded_words: Vec<String>,
    pub excluded_phrases: Vec<String>,
    pub filters: Vec<Filter>,
}

impl Parsed {
    /// Whether anything is searched for by text (else results are by date).
    pub fn has_text(&self) -> bool {
        !self.words.is_empty() || !self.phrases.is_empty()
    }
}

/// Why a search could not be understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError(pub String);

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

const KNOWN: [&str; 9] = [
    "country",
    "region",
    "context",
    "counterpart",
    "outcome",
    "year",
    "lang",
    "tag",
    "kind",
];

const FILTER_NAMES: &str =
    "country, region, context, counterpart, outcome, year, lang, tag or kind";

/// The oldest and newest years a filter may name.
pub const YEARS: (i32, i32) = (1990, 2100);

/// Reads a search box; `Err` says what is wrong, for the person who typed it.
pub fn parse(input: &str) -> Result<Parsed, QueryError> {
    if input.chars().count() > 500 {
        return Err(QueryError(
            "That search is too long: use at most 500 characters.".into(),
        ));
    }
    let mut parsed = Parsed::default();
    let mut rest = input.trim();
    while !rest.is_empty() {
        let negated = rest.starts_with('-') && rest.len() > 1;
        if negated {
            rest = &rest[1..];
        }
        if let Some(after) = rest.strip_prefix(['"', '“', '”', '„', '«']) {
            let Some(close) = after.find(['"', '“', '”', '»']) else {
                return Err(QueryError(
                    "A quotation mark is not closed: close the phrase with \" or remove it.".into(),
                ));
            };
            let phrase = after[..close].trim().to_string();
            let closing_len = after[close..].chars().next().map_or(1, char::len_utf8);
            rest = after[close + closing_len..].trim_start();
            if phrase.is_empty() {
                continue;
            }
            if negated {
                parsed.excluded_phrases.push(phrase);
            } else {
                parsed.phrases.push(phrase);
            }
            continue;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let token = &rest[..end];
        rest = rest[end..].trim_start();
        // `name:value` is a filter; "Lesson:" (an unknown name, no value) and URLs are text.
        if let Some((name, value)) = token.split_once(':')
            && !name.is_empty()
            && name.chars().all(|c| c.is_ascii_alphabetic())
            && !value.starts_with("//")
            && (!value.is_empty() || KNOWN.contains(&name.to_ascii_lowercase().as_str()))
        {
            if negated {
                return Err(QueryError(format!(
                    "“-{token}”: a filter cannot be excluded; choose the values you want instead."
                )));
            }
            parsed.filters.push(filter(name, value)?);
            continue;
        }
        // Punctuation alone ("–", "?") is not a word to look for.
        if !token.chars().any(char::is_alphanumeric) {
            continue;
        }
        if negated {
            parsed.excluded_words.push(token.to_string());
        } else {
            parsed.words.push(token.to_string());
        }
    }
    Ok(parsed)
}

/// One `name:value` filter, checked against the vocabularies.
pub fn filter(name: &str, value: &str) -> Result<Filter, QueryError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(QueryError(format!(
            "“{name}:” needs a value, e.g. {name}:{}.",
            example(name)
        )));
    }
    let unknown = |what: &str, known: String| {
        QueryError(format!("Unknown {what} “{value}”. Known: {known}."))
    };
    Ok(match name.to_ascii_lowercase().as_str() {
        "country" => {
            let code = CountryCode::parse(value).ok_or_else(|| {
                QueryError(format!(
                    "Unknown country “{value}”: use a two-letter ISO code such as UA, MD, PL or RO."
                ))
            })?;
            Filter::Country(code.as_str().to_string())
        }
        "region" => {
            let upper = value.to_ascii_uppercase();
            let country = upper
                .split_once('-')
                .and_then(|(c, _)| CountryCode::parse(c));
            let region = country.and_then(|c| RegionCode::parse(&upper, c));
            match region {
                Some(region) => Filter::Region(region.as_str().to_string()),
                None => {
                    return Err(QueryError(format!(
                        "Unknown region “{value}”: use an ISO 3166-2 code such as UA-63."
                    )));
                }
            }
        }
        "context" => {
            let kind: ContextKind = value
                .parse()
                .map_err(|_| unknown("context", keys(ContextKind::ALL.iter().map(|k| k.key()))))?;
            Filter::Context(kind.key().to_string())
        }
        "counterpart" => {
            let kind: CounterpartKind = value.parse().map_err(|_| {
                unknown(
                    "counterpart",
                    keys(CounterpartKind::ALL.iter().map(|k| k.key())),
                )
            })?;
            Filter::Counterpart(kind.key().to_string())
        }
        "outcome" => {
            let kind: Outcome = value
                .parse()
                .map_err(|_| unknown("outcome", keys(Outcome::ALL.iter().map(|k| k.key()))))?;
            Filter::Outcome(kind.key().to_string())
        }
        "year" => years(value)?,
        "lang" => {
            let lang = Lang::parse(value)
                .filter(|l| l.code() == value.to_ascii_lowercase())
                .ok_or_else(|| unknown("language", "en, uk, ru, pl, ro".into()))?;
            Filter::Lang(lang.code().to_string())
        }
        "tag" => Filter::Tag(value.to_lowercase()),
        "kind" => match value {
            "case_study" | "case" => Filter::Kind("case_study".into()),
            "discussion" => Filter::Kind("discussion".into()),
            _ => return Err(unknown("kind", "case_study, discussion".into())),
        },
        _ => {
            return Err(QueryError(format!(
                "Unknown filter “{name}:”. Filters are {FILTER_NAMES}; to search for the text, put it in quotes."
            )));
        }
    })
}

fn example(name: &str) -> &'static str {
    match name {
        "country" => "UA",
        "region" => "UA-63",
        "context" => "armed_actors",
        "counterpart" => "military",
        "outcome" => "agreement",
        "year" => "2023 or year:2022..2024",
        "lang" => "uk",
        "kind" => "discussion",
        _ => "water",
    }
}

fn keys<'a>(all: impl Iterator<Item = &'a str>) -> String {
    all.collect::<Vec<_>>().join(", ")
}

fn years(value: &str) -> Result<Filter, QueryError> {
    let bad = || {
        QueryError(format!(
            "“year:{value}” is not a year or a range: write year:2023 or year:2022..2024."
        ))
    };
    let year = |s: &str| -> Result<Option<i32>, QueryError> {
        if s.is_empty() {
            return Ok(None);
        }
        let y: i32 = s.parse().map_err(|_| bad())?;
        if !(YEARS.0..=YEARS.1).contains(&y) {
            return Err(QueryError(format!(
                "{y} is outside the years Parley knows ({}–{}).",
                YEARS.0, YEARS.1
            )));
        }
        Ok(Some(y))
    };
    let (from, to) = match value.split_once("..") {
        Some((a, b)) => (year(a)?, year(b)?),
        None => {
            let y = year(value)?.ok_or_else(bad)?;
            (Some(y), Some(y))
        }
    };
    let (from, to) = (from.unwrap_or(YEARS.0), to.unwrap_or(YEARS.1));
    if from > to {
        return Err(QueryError(format!(
            "“year:{value}” runs backwards: write the earlier year first."
        )));
    }
    Ok(Filter::Years(from, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_phrases_exclusions_and_filters() {
        let p = parse(r#"water "local authority" -convoy -"night shift" country:ua year:2022..2024 context:armed_actors"#).unwrap();
        assert_eq!(p.words, vec!["water"]);
        assert_eq!(p.phrases, vec!["local authority"]);
        assert_eq!(p.excluded_words, vec!["convoy"]);
        assert_eq!(p.excluded_phrases, vec!["night shift"]);
        assert_eq!(
            p.filters,
            vec![
                Filter::Country("UA".into()),
                Filter::Years(2022, 2024),
                Filter::Context("armed_actors".into()),
            ]
        );
    }

    #[test]
    fn open_ranges_typographic_quotes_and_urls_as_words() {
        assert_eq!(
            parse("year:..2020").unwrap().filters,
            vec![Filter::Years(YEARS.0, 2020)]
        );
        assert_eq!(
            parse("„переговори з громадою“").unwrap().phrases,
            vec!["переговори з громадою"]
        );
        assert_eq!(
            parse("https://example.org").unwrap().words,
            vec!["https://example.org"],
            "a colon after a non-letter name is text"
        );
        assert!(parse("  -  – ").unwrap() == Parsed::default());
    }

    #[test]
    fn mistakes_are_explained() {
        for (input, says) in [
            ("\"unclosed", "not closed"),
            ("colour:red", "Unknown filter"),
            ("country:XX", "Unknown country"),
            ("context:armed", "Known: humanitarian_access"),
            ("year:abc", "not a year"),
            ("year:2024..2020", "backwards"),
            ("year:1800", "outside"),
            ("lang:de", "Unknown language"),
            ("country:", "needs a value"),
            ("-country:UA", "cannot be excluded"),
            ("region:UA-99", "Unknown region"),
        ] {
            let error = parse(input).unwrap_err();
            assert!(error.0.contains(says), "{input}: {error}");
        }
        assert!(parse(&"a ".repeat(300)).is_err());
    }
}

/// Any input parses or gets a message, never a panic; generated queries keep their filters.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::{Filter, parse};

    proptest! {
        #![proptest_config(ProptestConfig { cases: 500, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn any_input_parses_or_explains(input in any::<String>()) {
            if let Err(error) = parse(&input) {
                prop_assert!(!error.0.is_empty());
            }
        }

        #[test]
        fn operator_soup_parses_or_explains(
            parts in prop::collection::vec(prop::sample::select(vec![
                "country:", "region:", "context:", "year:", "lang:", "tag:", "-", "\"", "..",
                "UA", "MD", "UA-63", "armed_actors", "2022", "2024", "uk", "word", "Харків", " ",
                ":", "--", "year:2030..2020", "country:ZZZ",
            ]), 0..16)
        ) {
            let input = parts.concat();
            if let Err(error) = parse(&input) {
                prop_assert!(!error.0.is_empty());
            }
        }

        #[test]
        fn generated_filters_survive_parsing(
            country in prop::sample::select(vec!["UA", "MD", "PL", "RO"]),
            from in 1990i32..2030,
            span in 0i32..10,
            word in "[a-z]{3,12}",
        ) {
            let to = from + span;
            let parsed = parse(&format!("{word} country:{country} year:{from}..{to}")).unwrap();
            prop_assert!(parsed.filters.contains(&Filter::Country(country.to_string())));
            prop_assert!(parsed.filters.contains(&Filter::Years(from, to)));
            prop_assert!(parsed.has_text());
        }
    }
}
