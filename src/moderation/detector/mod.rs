//! The anonymisation detector: finds what could identify a person in a text. A pure function
//! of its input — no database, no HTTP — so it can be tested, fuzzed and benchmarked alone.
//!
//! Recall comes first (a missed name in a story from a war can hurt someone): every signal is
//! reported with a confidence and the moderator decides. Signals, combined:
//! - shapes with validation (e-mail, URL, handles, phones, IBAN and card checksums, IPs,
//!   coordinates, plates, PESEL/CNP/IDNP/RNOKPP checksums, passports, military units, days);
//! - word lists: given names in five languages, places of Ukraine, Moldova, Poland and Romania
//!   with their alternate names (GeoNames, CC BY 4.0), compared folded and stemmed so that
//!   inflected forms, transliterations and missing diacritics match;
//! - cues: titles and forms of address before a name, "village of", "село", "satul", "wieś"
//!   before a place, "Foundation", "фонд", "Fundacja", "Asociația" around an organisation;
//! - surname endings (-enko, -chuk, -ska, -escu, -ova…) and capitalisation;
//! - the terms the author declared, and the community deny-list of terms moderators confirmed.
//!
//! Must never panic on any input, and every span falls on character boundaries.

mod address;
mod analysis;
pub mod deny;
pub mod evaluation;
mod informal;
pub mod lexicon;
mod never;
pub mod patterns;
pub mod quasi;
mod words;

use analysis::*;
use words::*;

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::text::reader::{ReaderView, as_read};
use crate::text::stem::stem;
use crate::text::{self, Word, fold};
use lexicon::{
    AGENT_VERBS, LEXICON, LOCATIVE_WORDS, ORGANISATION_WORDS, PERSON_CUES, PLACE_CUES,
    PLACE_ENDINGS, WITH_WORDS,
};
use patterns::Hit;

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Person,
    Location,
    Organisation,
    Date,
    Phone,
    Email,
    Url,
    Handle,
    VehiclePlate,
    IdNumber,
    Iban,
    Card,
    Ip,
    Coordinates,
    MilitaryUnit,
    /// A street address with its numbers: street, house, flat ("вул. Сумська, 25, кв. 14").
    Address,
    /// A quasi-identifier: a role with its place ("the only paediatrician in the village",
    /// "голова сільради"), an exact age ("сину 14 років", "a 73-year-old widow"). In a small
    /// place these single someone out as surely as a name ([`quasi`]).
    Quasi,
}

impl Kind {
    pub const ALL: [Kind; 17] = [
        Kind::Person,
        Kind::Location,
        Kind::Organisation,
        Kind::Date,
        Kind::Phone,
        Kind::Email,
        Kind::Url,
        Kind::Handle,
        Kind::VehiclePlate,
        Kind::IdNumber,
        Kind::Iban,
        Kind::Card,
        Kind::Ip,
        Kind::Coordinates,
        Kind::MilitaryUnit,
        Kind::Address,
        Kind::Quasi,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Location => "location",
            Kind::Organisation => "organisation",
            Kind::Date => "date",
            Kind::Phone => "phone",
            Kind::Email => "email",
            Kind::Url => "url",
            Kind::Handle => "handle",
            Kind::VehiclePlate => "vehicle_plate",
            Kind::IdNumber => "id_number",
            Kind::Iban => "iban",
            Kind::Card => "card",
            Kind::Ip => "ip",
            Kind::Coordinates => "coordinates",
            Kind::MilitaryUnit => "military_unit",
            Kind::Address => "address",
            Kind::Quasi => "quasi",
        }
    }

    /// Names, places and organisations are words; everything else has a shape.
    pub fn is_word_kind(self) -> bool {
        matches!(self, Kind::Person | Kind::Location | Kind::Organisation)
    }
}

impl FromStr for Kind {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s).ok_or(())
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing to anonymise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Finding {
    pub kind: Kind,
    /// Code-point offsets into the scanned text, end exclusive.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// From 0 to 1: how sure the detector is (a checksum-valid number 0.99, a bare capitalised
    /// word 0.4).
    pub confidence: f64,
    /// What to put instead, by default.
    pub suggestion: String,
}

/// What the detector knows besides the text.
#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    /// Terms the author declared as sensitive (names, places, organisations).
    pub declared: Vec<String>,
    /// Terms moderators confirmed before, as keyed hashes ([`deny`]).
    pub deny_list: deny::DenyList,
}

/// Every occurrence of a term in the text, inflected forms included: its words must follow
/// one another with the same stems (the last word may carry any case ending).
pub fn occurrences(a_text: &str, term: &str) -> Vec<(usize, usize)> {
    let analysis = Analysis::new(a_text);
    term_spans(&analysis, term)
}

fn term_spans(a: &Analysis, term: &str) -> Vec<(usize, usize)> {
    let term_words: Vec<String> = text::words(term)
        .iter()
        .map(|w| stem(&fold(w.text)))
        .collect();
    if term_words.is_empty() || term_words.iter().all(|w| w.len() < 2) {
        return Vec::new();
    }
    let mut spans = Vec::new();
    let n = a.words.len();
    let k = term_words.len();
    let mut i = 0;
    while i + k <= n {
        let matches = (0..k).all(|j| {
            let (word_stem, term_stem) = (&a.stems[i + j], &term_words[j]);
            word_stem == term_stem
                || (term_stem.len() >= 4
                    && (a.folded[i + j].starts_with(term_stem.as_str())
                        && a.folded[i + j].len() <= term_stem.len() + 4))
        }) && (0..k.saturating_sub(1)).all(|j| {
            a.adjacent(i + j)
                || a.text[a.words[i + j].byte_end..a.words[i + j + 1].byte_start]
                    .trim()
                    .is_empty()
        });
        if matches {
            spans.push((a.words[i].byte_start, a.words[i + k - 1].byte_end));
            i += k;
        } else {
            i += 1;
        }
    }
    spans
}

/// The kind a declared term probably is.
fn guess_kind(term: &str) -> Kind {
    let a = Analysis::new(term);
    if a.words.is_empty() {
        return Kind::Person;
    }
    if a.folded.iter().any(|f| ORG_WORD_SET.contains(f)) || term.contains(['«', '"', '„']) {
        return Kind::Organisation;
    }
    if a.words
        .iter()
        .enumerate()
        .any(|(i, _)| a.is_first_name(i) || has_surname_ending(&a.folded[i]))
    {
        return Kind::Person;
    }
    let key = a.stems.join(" ");
    if LEXICON.places.contains_key(&key) {
        return Kind::Location;
    }
    if a.words.len() == 1 && !term.chars().any(char::is_uppercase) {
        return Kind::Organisation;
    }
    Kind::Person
}

/// What a finding of `kind` is replaced with when nothing more precise is known (English; the
/// redaction writes it in the text's language).
pub fn default_suggestion(kind: Kind) -> String {
    match kind {
        Kind::Person => "[Person]",
        Kind::Location => "[a place]",
        Kind::Organisation => "[an organisation]",
        Kind::Date => "[a date]",
        Kind::Phone => "[phone number removed]",
        Kind::Email => "[e-mail address removed]",
        Kind::Url => "[link removed]",
        Kind::Handle => "[account removed]",
        Kind::VehiclePlate => "[vehicle]",
        Kind::IdNumber => "[document number removed]",
        Kind::Iban => "[bank account removed]",
        Kind::Card => "[card number removed]",
        Kind::Ip => "[address removed]",
        Kind::Coordinates => "[location removed]",
        Kind::MilitaryUnit => "[a military unit]",
        Kind::Address => "[an address]",
        Kind::Quasi => "[someone with a local role]",
    }
    .to_string()
}

/// Finds everything that could identify someone in `text`.
///
/// The text is read as a reader will see it rendered ([`ReaderView`]: character references
/// decoded, invisible characters dropped, look-alike letters and full-width digits folded);
/// findings are spans of `text` itself, covering the encoded form.
pub fn scan(text: &str, options: &ScanOptions) -> Vec<Finding> {
    let first = ReaderView::of(text);
    if first.is_identity() && !crate::text::reader::mixes_scripts(text) {
        return resolve(text, hits_in(text, options));
    }
    // Each reading of the text (look-alikes folded each way, marks in words dropped or kept):
    // what is found in any of them is a finding of the original. The whole text is read once
    // in its first reading (names seen elsewhere in it count); the other readings are made of
    // each paragraph that has more than one, so that one mixed word does not make the detector
    // read a long story six times.
    let mut hits: Vec<Hit> = in_view(&first, 0, options);
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        // A paragraph has readings other than the first only if a word in it mixes scripts,
        // or a mark stands inside a word, or a character reference may make either so.
        if !(line.contains(['*', '_', '~', '`', '&']) || could_mix_scripts(line)) {
            start += line.len();
            continue;
        }
        let views = ReaderView::readings(line);
        if views.len() > 1 {
            for view in &views {
                hits.extend(in_view(view, start, options));
            }
        }
        start += line.len();
    }
    resolve(text, hits)
}

/// Whether `line` has both Latin letters and Cyrillic or Greek ones (a cheap look at the bytes)
/// and then a word that mixes them.
fn could_mix_scripts(line: &str) -> bool {
    let bytes = line.as_bytes();
    // UTF-8 lead bytes: Greek and Cyrillic 0xCD–0xD3, Latin with diacritics 0xC3–0xC9.
    let cyrillic_or_greek = bytes.iter().any(|b| (0xCD..=0xD3).contains(b));
    let latin = bytes
        .iter()
        .any(|b| b.is_ascii_alphabetic() || (0xC3..=0xC9).contains(b));
    cyrillic_or_greek && latin && crate::text::reader::mixes_scripts(line)
}

/// The hits in one reading, as byte spans of the original, `offset` bytes in.
fn in_view(view: &ReaderView, offset: usize, options: &ScanOptions) -> Vec<Hit> {
    hits_in(&view.text, options)
        .into_iter()
        .map(|hit| {
            let (start, end) = view.original_range(hit.start, hit.end);
            Hit {
                start: start + offset,
                end: end + offset,
                ..hit
            }
        })
        .collect()
}

/// Every hit of every rule in a text as read, byte spans, before overlaps are settled.
fn hits_in(text: &str, options: &ScanOptions) -> Vec<Hit> {
    let mut hits: Vec<Hit> = Vec::new();
    patterns::find(text, &mut hits);
    informal::shapes(text, &mut hits);
    let analysis = Analysis::new(text);
    find_words(&analysis, &mut hits);
    join_place_parts(&analysis, &mut hits);
    possessive_people(&analysis, &mut hits);
    let listed = never::listed_mention_words(&analysis);
    let mentions = never::mention_words(&analysis, &listed);
    // Mentions first, so that a word of one ("do Spraw Cudzoziemców") is not seen again as
    // a name elsewhere ("Sprawa utknęła…"); then again, for repeats inside a mention.
    never::drop_mentions(&analysis, &mentions, &mut hits);
    repeat_names(&analysis, &mut hits);
    words::repeat_quoted_names(&analysis, &mut hits);
    words::acronyms_of_organisations(&analysis, &mut hits);
    never::drop_mentions(&analysis, &mentions, &mut hits);
    address::with_numbers(&analysis, &mut hits);
    address::lower_case_streets(&analysis, &mut hits);
    address::adjective_streets(&analysis, &mut hits);
    address::cued_streets(&analysis, &mut hits);
    address::adjective_regions(&analysis, &mut hits);
    address::number_first_streets(text, &mut hits);
    address::dated_streets(text, &mut hits);
    address::town_after_address(&analysis, &mut hits);
    address::english_organisations(&analysis, &mut hits);
    address::numbered_institutions(&analysis, &mut hits);
    address::bodies_and_towns_by_shape(&analysis, &mut hits);
    informal::find(&analysis, &mut hits);
    informal::doubt(&analysis, &mut hits);
    // The shapes of places and chat names found last may take in a listed mention's word too
    // ("из Общества Красного Креста": "красного" is an adjective villages are named with).
    // Only the listed ones: an institution found by its shape may run on over a village.
    never::drop_mentions(&analysis, &listed, &mut hits);
    quasi::find(&analysis, &mentions, &mut hits);
    let joined = |i: usize| {
        analysis.adjacent(i)
            || analysis.text[analysis.words[i].byte_end..analysis.words[i + 1].byte_start]
                .trim()
                .is_empty()
    };
    for (start, end, kind) in
        options
            .deny_list
            .find(&analysis.words, &analysis.folded, &analysis.stems, joined)
    {
        hits.push(Hit {
            kind,
            start,
            end,
            confidence: 0.97,
            suggestion: None,
        });
    }
    for term in &options.declared {
        let kind = guess_kind(term);
        for (start, end) in term_spans(&analysis, &as_read(term)) {
            hits.push(Hit {
                kind,
                start,
                end,
                confidence: 0.97,
                suggestion: None,
            });
        }
    }
    hits
}

/// Orders hits, drops those inside a better one, and turns byte spans into code points.
fn resolve(text: &str, mut hits: Vec<Hit>) -> Vec<Finding> {
    let rank = |h: &Hit| -> (u8, i64) {
        // Shapes beat words (an e-mail address contains a name); then confidence, then length.
        let shape = if h.kind.is_word_kind() || h.kind == Kind::Quasi {
            0
        } else {
            1
        };
        (
            shape,
            (h.confidence * 1000.0) as i64 * 1000 + (h.end - h.start) as i64,
        )
    };
    hits.retain(|h| {
        h.start < h.end
            && h.end <= text.len()
            && text.is_char_boundary(h.start)
            && text.is_char_boundary(h.end)
    });
    hits.sort_by_key(|h| std::cmp::Reverse(rank(h)));
    let mut kept: Vec<Hit> = Vec::new();
    for hit in hits {
        let overlaps = kept.iter().any(|k| hit.start < k.end && k.start < hit.end);
        if !overlaps {
            kept.push(hit);
        }
    }
    kept.sort_by_key(|h| (h.start, h.end));
    kept.into_iter()
        .map(|h| {
            let start = text::char_offset(text, h.start);
            let snippet = &text[h.start..h.end];
            Finding {
                kind: h.kind,
                start,
                end: start + snippet.chars().count(),
                text: snippet.to_string(),
                confidence: (f64::from(h.confidence) * 100.0).round() / 100.0,
                suggestion: h.suggestion.unwrap_or_else(|| default_suggestion(h.kind)),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
