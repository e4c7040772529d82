//! Redaction: applying the findings a moderator accepted to a case study's title, lessons and
//! body. Accepting a finding replaces every occurrence of its term — inflected forms included
//! ("Оксана", "Оксаною", "Оксані") — in all three texts, with one strategy:
//! - a pseudonym, consistent within the thread: `[Person A]`, `[Organisation B]`, `[Place A]`;
//! - a generalisation: a village becomes "a village in <region>", a day becomes its month and
//!   year (the detector's suggestion), an exact age its decade ("[aged 40–49]");
//! - removal: `[removed]`;
//! - the moderator's own words.
//!
//! Pure: no database. The result says what was replaced, for the preview and the log.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::detector::{Kind, occurrences};
use crate::text::reader::{ReaderView, as_read};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
/// In JSON: `"pseudonym"`, `"generalise"`, `"remove"`, or `{"custom": "the moderator's words"}`.
#[serde(rename_all = "snake_case")]
pub enum Strategy {
    Pseudonym,
    Generalise,
    Remove,
    Custom(String),
}

/// A finding the moderator accepted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Accepted {
    pub kind: Kind,
    /// The term as it appears (any of its forms).
    pub text: String,
    pub strategy: Strategy,
    /// The detector's suggestion, used by `generalise`.
    #[serde(default)]
    pub suggestion: Option<String>,
}

/// The three texts of a case study.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Texts {
    pub title: String,
    pub lessons: String,
    pub body_markdown: String,
}

/// One replacement made, for the preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Replacement {
    pub kind: Kind,
    pub term: String,
    pub replacement: String,
    pub count: usize,
}

/// What replacements are written with: the text's language, and the case's region for a
/// generalised place.
#[derive(Debug, Clone, Default)]
pub struct Surroundings {
    /// The case study's region, in the text's language ("Харківська область").
    pub region: Option<String>,
    /// The language replacements are written in ("[Особа A]", "[червень 2023]"); English when
    /// unknown.
    pub lang: Option<crate::i18n::Lang>,
}

impl Surroundings {
    /// For a text about to be anonymised: its language as detected (or as the author chose),
    /// and the region (an ISO 3166-2 code) named in that language.
    pub fn of(body: &str, chosen: Option<&str>, region: Option<&str>) -> Surroundings {
        use crate::i18n::Lang;
        let lang = chosen
            .and_then(Lang::parse)
            .or_else(|| Lang::parse(&crate::cases::input::detect_language(body)));
        let region = region
            .map(|code| crate::cases::taxonomy::region_name_in(code, lang.unwrap_or_default()));
        Surroundings { region, lang }
    }

    fn tr(&self) -> crate::i18n::Tr {
        crate::i18n::Tr(self.lang.unwrap_or_default())
    }
}

/// The word of a pseudonym ("Person" in "[Person A]") in the text's language.
fn label_prefix(kind: Kind, context: &Surroundings) -> String {
    context.tr().t(match kind {
        Kind::Person => "placeholder-person",
        Kind::Location => "placeholder-place",
        Kind::Organisation => "placeholder-organisation",
        Kind::MilitaryUnit => "placeholder-unit",
        Kind::Date => "placeholder-date",
        _ => "placeholder-detail",
    })
}

fn letter(n: usize) -> String {
    // A, B, … Z, AA, AB…
    let mut n = n;
    let mut out = String::new();
    loop {
        out.insert(0, (b'A' + (n % 26) as u8) as char);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out
}

/// Where replacements were put in each of title, lessons and body: byte ranges in the output.
pub type InsertedSpans = [Vec<(usize, usize)>; 3];

/// `text` with every replacement put in by [`redact_with_spans`] cut out (each left as a
/// `\u{1}`), so that what remains can be checked for terms that should be gone: used by the
/// property tests and the fuzz target.
pub fn without_replacements(text: &str, spans: &[(usize, usize)]) -> String {
    let mut rest = String::new();
    let mut last = 0;
    for (start, end) in spans {
        rest.push_str(&text[last..*start]);
        rest.push('\u{1}');
        last = *end;
    }
    rest.push_str(&text[last..]);
    rest
}

/// Applies accepted findings to the texts. All occurrences of all terms are found in the
/// original first and replaced in one pass, so that a label put in is never rewritten by a
/// later term; where occurrences overlap, the longer one wins ("Oksana Kovalenko" over
/// "Oksana").
pub fn redact(
    texts: &Texts,
    accepted: &[Accepted],
    context: &Surroundings,
) -> (Texts, Vec<Replacement>) {
    let (out, report, _) = redact_with_spans(texts, accepted, context);
    (out, report)
}

/// As [`redact`], also returning where each text's replacements were put (byte ranges in the
/// output), for checking that nothing else of a term survives.
pub fn redact_with_spans(
    texts: &Texts,
    accepted: &[Accepted],
    context: &Surroundings,
) -> (Texts, Vec<Replacement>, InsertedSpans) {
    let mut order: Vec<&Accepted> = accepted
        .iter()
        .filter(|a| !a.text.trim().is_empty())
        .collect();
    order.sort_by_key(|a| std::cmp::Reverse(a.text.chars().count()));
    let mut labels: HashMap<(Kind, String), String> = HashMap::new();
    let mut counters: HashMap<String, usize> = HashMap::new();
    let replacements: Vec<String> = order
        .iter()
        .map(|item| {
            let stem = crate::text::stem::phrase_stem(&item.text);
            match &item.strategy {
                Strategy::Pseudonym => {
                    if let Some(label) = labels.get(&(item.kind, stem.clone())) {
                        return label.clone();
                    }
                    // "Oksana" after "Oksana Kovalenko": the same person when exactly one
                    // longer name accepted so far contains every word of this one.
                    let words: Vec<&str> = stem.split(' ').collect();
                    let mut containing: Vec<&String> = labels
                        .iter()
                        .filter(|((kind, longer), _)| {
                            *kind == item.kind && {
                                let longer: Vec<&str> = longer.split(' ').collect();
                                longer.len() > words.len()
                                    && words.iter().all(|w| longer.contains(w))
                            }
                        })
                        .map(|(_, label)| label)
                        .collect();
                    containing.sort();
                    containing.dedup();
                    let label = match containing.as_slice() {
                        [one] => (*one).clone(),
                        _ => {
                            let prefix = label_prefix(item.kind, context);
                            let n = counters.entry(prefix.clone()).or_insert(0);
                            let label = format!("[{prefix} {}]", letter(*n));
                            *n += 1;
                            label
                        }
                    };
                    labels.insert((item.kind, stem), label.clone());
                    label
                }
                Strategy::Generalise => generalise(item, context),
                Strategy::Remove => "[removed]".to_string(),
                Strategy::Custom(words) => words.trim().to_string(),
            }
        })
        .collect();
    let mut counts = vec![0usize; order.len()];
    let mut inserted: InsertedSpans = Default::default();
    let originals = [&texts.title, &texts.lessons, &texts.body_markdown];
    let mut outputs: Vec<String> = Vec::with_capacity(3);
    // Terms are looked for in each text as a reader will see it (character references
    // decoded, invisible characters dropped, look-alikes folded): a span found there covers
    // every encoded form of the term in the original.
    let terms: Vec<String> = order.iter().map(|item| as_read(&item.text)).collect();
    for (field, text) in originals.into_iter().enumerate() {
        let mut spans: Vec<(usize, usize, usize)> = Vec::new();
        for view in ReaderView::readings(text) {
            for (index, term) in terms.iter().enumerate() {
                for (start, end) in find_spans(&view.text, term) {
                    let (start, end) = view.original_range(start, end);
                    spans.push((start, end, index));
                }
            }
        }
        // Longest first, then earliest: the greedy pass keeps the better of overlapping spans.
        spans.sort_by_key(|(s, e, _)| (std::cmp::Reverse(e - s), *s));
        let mut kept: Vec<(usize, usize, usize)> = Vec::new();
        for span in spans {
            if !kept.iter().any(|k| span.0 < k.1 && k.0 < span.1) {
                kept.push(span);
            }
        }
        kept.sort_by_key(|(s, _, _)| *s);
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for (start, end, index) in kept {
            out.push_str(&text[last..start]);
            let from = out.len();
            out.push_str(&replacements[index]);
            inserted[field].push((from, out.len()));
            counts[index] += 1;
            last = end;
        }
        out.push_str(&text[last..]);
        outputs.push(out);
    }
    let body_markdown = outputs.pop().unwrap_or_default();
    let lessons = outputs.pop().unwrap_or_default();
    let title = outputs.pop().unwrap_or_default();
    let report = order
        .iter()
        .zip(replacements)
        .zip(counts)
        .map(|((item, replacement), count)| Replacement {
            kind: item.kind,
            term: item.text.clone(),
            replacement,
            count,
        })
        .collect();
    (
        Texts {
            title,
            lessons,
            body_markdown,
        },
        report,
        inserted,
    )
}

/// The strategy a finding gets unless the moderator chooses another — one rule for the case
/// review, the reply review and `parley scan --redact`: a pseudonym for people, places,
/// organisations and military units (consistent labels keep a story readable: "[Person A]
/// met [Unit A]"), the detector's generalisation for everything else (a day becomes its month,
/// an exact age its decade, a phone number "[phone number]").
pub fn default_strategy(kind: Kind) -> Strategy {
    if kind.is_word_kind() || kind == Kind::MilitaryUnit {
        Strategy::Pseudonym
    } else {
        Strategy::Generalise
    }
}

/// Findings at or above this confidence are ticked on the review form; below it the
/// moderator ticks them herself (a sentence-start guess, a lone capitalised word).
pub const ACCEPTED_BY_DEFAULT: f64 = 0.4;

/// Every finding accepted with its default strategy: the reply review's proposal and what
/// `parley scan --redact` prints.
pub fn accept_all(findings: &[super::detector::Finding]) -> Vec<Accepted> {
    findings
        .iter()
        .map(|f| Accepted {
            kind: f.kind,
            text: f.text.clone(),
            strategy: default_strategy(f.kind),
            suggestion: Some(f.suggestion.clone()),
        })
        .collect()
}

/// A term the moderator typed because the detector missed it, one per line: "Kind: term"
/// (`person: Oksana`, `location: Vilkhivka`) or just the term, read as a person. An exact age is
/// generalised to its decade; anything else gets a pseudonym. `None` for an empty line.
pub fn typed_term(line: &str) -> Option<Accepted> {
    let line = line.trim();
    if line.is_empty() {
        return None;
    }
    let (kind, term) = match line.split_once(':') {
        Some((k, t)) => match k.trim().parse::<Kind>() {
            Ok(kind) => (kind, t.trim()),
            Err(_) => (Kind::Person, line),
        },
        None => (Kind::Person, line),
    };
    let strategy = if age_decade(term).is_some() {
        Strategy::Generalise
    } else {
        Strategy::Pseudonym
    };
    (!term.is_empty()).then(|| Accepted {
        kind,
        text: term.to_string(),
        strategy,
        suggestion: None,
    })
}

/// The author's tags that none of the accepted terms touches: a tag that names someone or
/// somewhere is dropped, not relabelled ("[person a]" is no tag). Matched as redaction matches,
/// on the tag as read and in any letter case.
pub fn surviving_tags(tags: &[String], accepted: &[Accepted]) -> Vec<String> {
    let terms: Vec<String> = accepted
        .iter()
        .map(|a| as_read(&a.text).to_lowercase())
        .filter(|t| !t.trim().is_empty())
        .collect();
    tags.iter()
        .filter(|tag| {
            ReaderView::readings(tag).iter().all(|view| {
                let tag = view.text.to_lowercase();
                terms.iter().all(|term| find_spans(&tag, term).is_empty())
            })
        })
        .cloned()
        .collect()
}

/// An exact age ("45-year-old", "aged 45", "45 років", "45 лет", "45 lat", "45 de ani") as its
/// decade: "[aged 40–49]". `None` when the term is not an age.
pub fn age_decade(term: &str) -> Option<String> {
    static AGE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)^\s*(?:(?:aged?|age of|у віці|в возрасте|w wieku|în vârstă de|la vârsta de)\s+)?(\d{1,3})(?:\s*-?\s*(?:year-old|years? old|years|yo|y\.o\.|річн\w*|років|роки|рік|лет|года|год|летн\w*|lat|lata|letni\w*|de ani|ani))?\s*$",
        )
        .expect("a valid pattern")
    });
    let captures = AGE.captures(term)?;
    let whole = captures.get(0)?.as_str().trim();
    // A bare number is not an age.
    if whole.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let age: u32 = captures.get(1)?.as_str().parse().ok()?;
    if !(1..=110).contains(&age) {
        return None;
    }
    let decade = age / 10 * 10;
    Some(format!("[aged {decade}–{}]", decade + 9))
}

/// A generalisation the detector wrote in English ("[aged 70–79]", "сину [a teenager]", "[a
/// local official]") with each bracketed part in the text's language.
fn in_text_language(suggestion: &str, context: &Surroundings) -> String {
    let tr = context.tr();
    let mut out = String::new();
    let mut rest = suggestion;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']').map(|c| open + c) else {
            break;
        };
        out.push_str(&rest[..open]);
        let inner = &rest[open + 1..close];
        let aged = inner
            .strip_prefix("aged ")
            .and_then(|range| range.split_once('–'))
            .filter(|(from, to)| from.parse::<u32>().is_ok() && to.parse::<u32>().is_ok());
        let key = super::detector::quasi::GENERALISATIONS
            .iter()
            .find(|(english, _)| *english == inner)
            .map(|(_, key)| *key);
        match (aged, key) {
            (Some((from, to)), _) => {
                out.push('[');
                out.push_str(&tr.t2("generalised-aged", "from", from, "to", to));
                out.push(']');
            }
            (None, Some(key)) => {
                out.push('[');
                out.push_str(&tr.t(key));
                out.push(']');
            }
            (None, None) => out.push_str(&rest[open..=close]),
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// What generalising a finding writes, in the text's language: shown to the moderator beside
/// the choice (the detector's own suggestion is English, and travels as a key).
pub fn generalised(kind: Kind, text: &str, suggestion: &str, context: &Surroundings) -> String {
    generalise(
        &Accepted {
            kind,
            text: text.to_string(),
            strategy: Strategy::Generalise,
            suggestion: Some(suggestion.to_string()),
        },
        context,
    )
}

fn generalise(item: &Accepted, context: &Surroundings) -> String {
    if let Some(decade) = age_decade(&item.text) {
        return in_text_language(&decade, context);
    }
    let tr = context.tr();
    let suggestion = item.suggestion.as_deref().unwrap_or_default();
    match item.kind {
        Kind::Quasi if !suggestion.is_empty() => in_text_language(suggestion, context),
        Kind::Location => {
            let size = match suggestion {
                "[a village]" => "village",
                "[a town]" => "town",
                "[a city]" => "city",
                _ => "place",
            };
            let what = tr.t(&format!("generalised-{size}"));
            match &context.region {
                Some(region) => format!(
                    "[{}]",
                    tr.t2("generalised-in-region", "what", &what, "region", region)
                ),
                None => format!("[{what}]"),
            }
        }
        // "[June 2023]" (the detector writes months in English): in the text's language.
        Kind::Date if month_year_of(suggestion).is_some() => {
            let (month, year) = month_year_of(suggestion).unwrap_or_default();
            let name = tr.t(&format!("month-{month}"));
            match year {
                Some(year) => format!("[{name} {year}]"),
                None => format!("[{name}]"),
            }
        }
        _ if suggestion == super::detector::default_suggestion(item.kind) => {
            format!("[{}]", tr.t(&format!("generalised-{}", item.kind.as_str())))
        }
        _ => match &item.suggestion {
            Some(s) if !s.is_empty() => {
                if s.starts_with('[') {
                    s.clone()
                } else {
                    format!("[{s}]")
                }
            }
            _ => "[removed]".to_string(),
        },
    }
}

/// The month (1–12) and year of a suggestion such as "[June 2023]" or "[June]".
fn month_year_of(suggestion: &str) -> Option<(u32, Option<String>)> {
    let inner = suggestion.trim_start_matches('[').trim_end_matches(']');
    let (name, year) = match inner.split_once(' ') {
        Some((name, year)) if year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()) => {
            (name, Some(year.to_string()))
        }
        Some(_) => return None,
        None => (inner, None),
    };
    let month = super::detector::patterns::MONTH_NAMES
        .iter()
        .position(|n| *n == name)? as u32
        + 1;
    Some((month, year))
}

/// Every (inflected) occurrence of `term` in `text`, as byte ranges: by word stems, and the
/// exact text wherever it stands (numbers, addresses, a name glued to punctuation), widened to
/// whole words so that no ending is left behind ("Петром").
pub fn find_spans(text: &str, term: &str) -> Vec<(usize, usize)> {
    if term.is_empty() {
        return Vec::new();
    }
    let mut spans = occurrences(text, term);
    let mut from = 0;
    // A term that starts (ends) inside a word is widened to the whole word; one that starts
    // (ends) with a sign ("-olena@example.org") already has its edge, and widening it would
    // swallow the neighbouring term ("2023-olena@…").
    let open_start = term.chars().next().is_some_and(char::is_alphanumeric);
    let open_end = term.chars().next_back().is_some_and(char::is_alphanumeric);
    while let Some(pos) = text[from..].find(term) {
        let mut start = from + pos;
        let mut end = start + term.len();
        while let Some(c) = text[..start]
            .chars()
            .next_back()
            .filter(|c| open_start && c.is_alphanumeric())
        {
            start -= c.len_utf8();
        }
        while let Some(c) = text[end..]
            .chars()
            .next()
            .filter(|c| open_end && c.is_alphanumeric())
        {
            end += c.len_utf8();
        }
        spans.push((start, end));
        from = end.max(from + 1);
        while !text.is_char_boundary(from) {
            from += 1;
        }
    }
    spans.sort();
    spans.dedup();
    spans
}

/// Replaces every occurrence of one term; returns the text and the count.
pub fn replace_all(text: &str, term: &str, replacement: &str) -> (String, usize) {
    let texts = Texts {
        title: String::new(),
        lessons: String::new(),
        body_markdown: text.to_string(),
    };
    let accepted = [Accepted {
        kind: Kind::Person,
        text: term.to_string(),
        strategy: Strategy::Custom(replacement.to_string()),
        suggestion: None,
    }];
    let (out, report) = redact(&texts, &accepted, &Surroundings::default());
    (out.body_markdown, report.first().map_or(0, |r| r.count))
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod properties;

#[cfg(test)]
mod defaults {
    use super::*;

    #[test]
    fn one_default_strategy_for_every_review_and_the_command_line() {
        assert_eq!(default_strategy(Kind::Person), Strategy::Pseudonym);
        assert_eq!(default_strategy(Kind::MilitaryUnit), Strategy::Pseudonym);
        assert_eq!(default_strategy(Kind::Date), Strategy::Generalise);
        assert_eq!(default_strategy(Kind::Phone), Strategy::Generalise);
        let findings = crate::moderation::detector::scan(
            "Оксана from в/ч А1234 called +380 67 123 4567 on 14 March 2023.",
            &Default::default(),
        );
        for accepted in accept_all(&findings) {
            assert_eq!(accepted.strategy, default_strategy(accepted.kind));
        }
    }

    #[test]
    fn a_typed_term_names_its_kind_or_is_a_person() {
        let t = typed_term("location: Vilkhivka").unwrap();
        assert_eq!((t.kind, t.text.as_str()), (Kind::Location, "Vilkhivka"));
        let t = typed_term("  Oksana  ").unwrap();
        assert_eq!((t.kind, t.strategy), (Kind::Person, Strategy::Pseudonym));
        let t = typed_term("aged 45").unwrap();
        assert_eq!(t.strategy, Strategy::Generalise);
        // A colon that names no kind is part of the term.
        assert_eq!(typed_term("Re: Oksana").unwrap().text, "Re: Oksana");
        assert!(typed_term("   ").is_none());
    }
}
