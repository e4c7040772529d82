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

pub mod deny;
pub mod evaluation;
pub mod lexicon;
pub mod patterns;

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::text::reader::{ReaderView, as_read};
use crate::text::{self, Word, fold};
use lexicon::{
    AGENT_VERBS, LEXICON, LOCATIVE_WORDS, ORGANISATION_WORDS, PERSON_CUES, PLACE_CUES,
    PLACE_ENDINGS, WITH_WORDS, stem,
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
}

impl Kind {
    pub const ALL: [Kind; 15] = [
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

fn folded_set(words: &[&str]) -> HashSet<String> {
    words.iter().map(|w| fold(w)).collect()
}

static PERSON_CUE_SET: LazyLock<HashSet<String>> = LazyLock::new(|| folded_set(PERSON_CUES));
static PLACE_CUE_SET: LazyLock<HashSet<String>> = LazyLock::new(|| folded_set(PLACE_CUES));
static LOCATIVE_SET: LazyLock<HashSet<String>> = LazyLock::new(|| folded_set(LOCATIVE_WORDS));
static WITH_SET: LazyLock<HashSet<String>> = LazyLock::new(|| folded_set(WITH_WORDS));
static ORG_WORD_SET: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut set = folded_set(ORGANISATION_WORDS);
    set.insert("ho".into());
    set
});

/// Personal pronouns (folded) that can stand before a verb of people at a sentence start.
const PRONOUNS: &[&str] = &[
    "we", "they", "he", "she", "i", "you", "my", "nas", "nam", "vony", "vin", "vona", "ona", "on",
    "oni", "ia", "ty", "vy", "wy", "one", "noi", "ei", "ele", "el", "ea", "eu", "voi",
];

/// Endings (folded) of common nouns, adjectives and verb forms rather than names, for words
/// the frequency lists do not know: "Evacuation", "Shelling", "Negotiators".
const NOUN_ENDINGS: &[&str] = &[
    "tion", "sion", "ing", "ment", "ness", "ity", "ance", "ence", "ship", "ers", "ies", "ists",
    "ism", "ically", "ated", "ised", "ized", "tsiia", "nnia", "stvo", "ost", "osc", "enie", "anie",
    "tate", "area", "atie", "ului", "ilor", "elor",
];

/// Outside English, endings (folded) of a plural noun or a verb rather than a name in the
/// nominative: Cyrillic -и/-ы and Polish -y (Ковдри, Водовозы, Beczkowozy), Polish first-
/// person plural -śmy (Spotkałyśmy) and second-person plural -cie (Dzwońcie), Romanian nouns
/// with their article -ul, -ile, -ele (Convoiul, Păturile), long Polish plurals in -ki
/// (Wolontariuszki; the surnames in -ski are taken before). English names
/// end in -y (Bethany): before an English word -y does not count.
fn plural_or_verb(folded: &str, english: bool) -> bool {
    (!english
        && ["y", "ul", "ile", "ele"]
            .iter()
            .any(|e| folded.ends_with(e)))
        || (!english && folded.len() >= 7 && folded.ends_with("ki"))
        || folded.ends_with("smy")
        || (folded.len() >= 8 && folded.ends_with("cie"))
}

/// Beginnings (folded) of words of trust, after which "in" leads to a person.
/// Whole stems, not bare roots: "вернулась в Харьков" (returned to) is no trust.
const TRUST: &[&str] = &[
    "trust",
    "believ",
    "faith",
    "incredere",
    "crede",
    "credea",
    "viryl",
    "veryl",
    "wierz",
    "ufnosc",
    "ufal",
    "ufam",
    "doviri",
    "doveri",
    "doveria",
];

/// Things that come from someone ("a message from …"), folded, without a plural "s".
const COMMUNICATION: &[&str] = &[
    "message",
    "letter",
    "call",
    "note",
    "word",
    "new",
    "email",
    "e-mail",
    "text",
    "request",
    "order",
    "answer",
    "reply",
    "greeting",
    "invitation",
    "warning",
    "permission",
    "phone",
];

/// Prepositions (folded) that lead to a person as often as to a place.
const AMBIGUOUS_PREPOSITIONS: &[&str] = &["to", "do", "pe", "la", "catre"];

/// Surname endings in folded form (nominative and the common oblique cases).
const SURNAME_ENDINGS: &[&str] = &[
    "enko", "enka", "enku", "enkom", "enkovi", "chuk", "chuka", "chukom", "chukovi", "iuk", "iuka",
    "iukom", "skyi", "skoho", "skomu", "skym", "skoi", "skyy", "tskyi", "tska", "ska", "sku",
    "skiei", "ski", "skiego", "skiemu", "skim", "skiej", "skie", "cki", "cka", "ckiej", "ckiego",
    "wicz", "wicza", "wiczem", "czyk", "czyka", "czak", "iak", "iaka", "escu", "eanu", "ovych",
    "ovycha", "ivna", "ivny", "ovna", "ovny", "evna", "ova", "ovoi", "ovu", "ovoiu", "ov", "ovym",
    "ova", "eva", "evoi", "ev", "evym", "yshyn", "nyk", "nyka", "nykom", "ache", "oiu", "ovskyi",
    "ovska", "owski", "owska",
];

/// Endings that only surnames have (adjectives end in -ova, -ska, -nyk too).
fn has_strong_surname_ending(folded: &str) -> bool {
    const STRONG: &[&str] = &[
        "enko", "enka", "enkom", "chuk", "chuka", "iuk", "iuka", "escu", "eanu", "wicz", "czyk",
    ];
    folded.len() >= 6 && STRONG.iter().any(|e| folded.ends_with(e))
}

fn has_surname_ending(folded: &str) -> bool {
    folded.len() >= 5 && SURNAME_ENDINGS.iter().any(|e| folded.ends_with(e))
}

struct Analysis<'a> {
    text: &'a str,
    words: Vec<Word<'a>>,
    folded: Vec<String>,
    stems: Vec<String>,
    sentence_start: Vec<bool>,
}

impl<'a> Analysis<'a> {
    fn new(text: &'a str) -> Self {
        let words = text::words(text);
        let folded: Vec<String> = words.iter().map(|w| fold(w.text)).collect();
        let stems = folded.iter().map(|f| stem(f)).collect();
        let sentence_start = words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let before = if i == 0 {
                    &text[..w.byte_start]
                } else {
                    &text[words[i - 1].byte_end..w.byte_start]
                };
                i == 0
                    // Not "(": a name in brackets mid-sentence ("the interpreter (Edyta)")
                    // is not a sentence start; "… work. (Edyta" still is, by its full stop.
                    || before.contains([
                        '.', '!', '?', '\n', ':', '#', '"', '«', '„', '“', '—', '-', '*',
                    ])
            })
            .collect();
        Analysis {
            text,
            words,
            folded,
            stems,
            sentence_start,
        }
    }

    fn capitalised(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.is_capitalised())
            && !self.words[i].text.chars().all(|c| c.is_ascii_digit())
    }

    fn ordinary(&self, i: usize) -> bool {
        LEXICON.ordinary.contains(&self.folded[i])
    }

    /// Only whitespace (no line break) between word i and word i + 1.
    fn adjacent(&self, i: usize) -> bool {
        i + 1 < self.words.len() && {
            let gap = &self.text[self.words[i].byte_end..self.words[i + 1].byte_start];
            !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}') && gap.len() <= 2
        }
    }

    /// The run of capitalised, non-ordinary words starting at `i` (at most `max`).
    fn capitalised_run(&self, i: usize, max: usize) -> usize {
        let mut end = i;
        while end < self.words.len()
            && end - i < max
            && self.capitalised(end)
            && !self.ordinary(end)
            && !ORG_WORD_SET.contains(&self.folded[end])
        {
            if end > i && !self.adjacent(end - 1) {
                break;
            }
            end += 1;
        }
        end
    }

    /// A place name after its cue: capitalised words, with the particles of compound names
    /// between them (Poienița de Sus, Nowa Wieś nad Wartą, Вишневе Поле).
    fn place_run(&self, i: usize) -> usize {
        const PARTICLES: &[&str] = &["de", "din", "nad", "pod", "na", "u", "la", "pe", "sub"];
        let mut end = self.capitalised_run(i, 3);
        while end > i
            && end + 1 < self.words.len()
            && self.adjacent(end - 1)
            && self.adjacent(end)
            && PARTICLES.contains(&self.folded[end].as_str())
            && self.capitalised(end + 1)
        {
            end = self.capitalised_run(end + 1, 2);
        }
        end
    }

    fn hit(&self, kind: Kind, from: usize, to_exclusive: usize, confidence: f32) -> Hit {
        Hit {
            kind,
            start: self.words[from].byte_start,
            end: self.words[to_exclusive - 1].byte_end,
            confidence,
            suggestion: None,
        }
    }

    /// The word after `i` (or after a Romanian auxiliary "a"/"au") is a verb people do.
    fn before_agent_verb(&self, i: usize) -> bool {
        // "Нас зустріла …", "We met …": a pronoun is no name.
        if PRONOUNS.contains(&self.folded[i].as_str()) {
            return false;
        }
        let mut next = i + 1;
        // A Romanian pronoun joined to the auxiliary: "Raluca ne-a ajutat", "m-a sunat".
        if next + 1 < self.words.len()
            && matches!(
                self.folded[next].as_str(),
                "ne" | "m" | "l" | "i" | "le" | "v" | "s" | "o" | "mi" | "ti" | "si" | "ma"
            )
            && &self.text[self.words[next].byte_end..self.words[next + 1].byte_start] == "-"
        {
            next += 1;
        }
        // "Rhys was waiting", "they were talking": someone doing something.
        if next + 1 < self.words.len()
            && matches!(self.folded[next].as_str(), "was" | "were")
            && self.folded[next + 1].len() > 5
            && self.folded[next + 1].ends_with("ing")
        {
            return true;
        }
        // A Romanian object pronoun before a verb: "Barbu ne aștepta", "Dorina mă sună"; not
        // after a noun with its article ("Primarul ne aștepta" is the mayor).
        // Matched as written: "не" (Ukrainian "not") folds to "ne", Polish "ma" is "has".
        if next + 1 < self.words.len()
            && matches!(
                self.folded[next].as_str(),
                "ne" | "ma" | "te" | "il" | "ii" | "va" | "ni" | "vi"
            )
            && matches!(
                self.words[next].text.to_lowercase().as_str(),
                "ne" | "mă" | "te" | "îl" | "îi" | "vă" | "ni" | "vi"
            )
            && !self.words[next + 1].is_capitalised()
            && self.folded[next + 1].len() >= 4
            && !["ul", "le", "lui", "rea", "ului"]
                .iter()
                .any(|e| self.folded[i].ends_with(e))
        {
            return true;
        }
        if next < self.words.len()
            && matches!(self.folded[next].as_str(), "a" | "au" | "has" | "had")
        {
            next += 1;
        }
        next < self.words.len()
            && !self.words[next].is_capitalised()
            && AGENT_VERBS.iter().any(|v| self.folded[next].starts_with(v))
    }

    /// Between commas mid-sentence: an apposition ("Our driver, Tudor, waited").
    fn in_apposition(&self, i: usize, end: usize) -> bool {
        i > 0
            && self.text[self.words[i - 1].byte_end..self.words[i].byte_start].trim() == ","
            && end < self.words.len()
            && self.text[self.words[end - 1].byte_end..self.words[end].byte_start]
                .trim_start()
                .starts_with(',')
    }

    /// The word that starts at byte `start`, if one does (words are in order).
    fn word_starting_at(&self, start: usize) -> Option<usize> {
        let i = self.words.partition_point(|w| w.byte_start < start);
        (i < self.words.len() && self.words[i].byte_start == start).then_some(i)
    }

    /// The word that ends at byte `end`, if one does.
    fn word_ending_at(&self, end: usize) -> Option<usize> {
        let i = self.words.partition_point(|w| w.byte_end < end);
        (i < self.words.len() && self.words[i].byte_end == end).then_some(i)
    }

    fn is_first_name(&self, i: usize) -> bool {
        self.stems[i].len() >= 3
            && (LEXICON.first_names.contains(&self.stems[i])
                || LEXICON.first_names.contains(&self.folded[i]))
    }
}

/// Finds persons, places and organisations from words, cues and word lists.
fn find_words(a: &Analysis, hits: &mut Vec<Hit>) {
    let n = a.words.len();
    let mut i = 0;
    while i < n {
        let word = &a.words[i];
        let previous = (i > 0 && a.adjacent(i - 1)).then(|| a.folded[i - 1].as_str());

        // An organisation word with a quoted name after it: ГО «Світанок», Fundacja "Nadzieja".
        if ORG_WORD_SET.contains(&a.folded[i])
            && (a.folded[i].len() > 3 || word.text.chars().all(|c| !c.is_lowercase()))
        {
            let mut after = &a.text[word.byte_end..];
            // Romanian articles joined by a hyphen: ONG-ul „Lumina”, Fundația-ului.
            for article in ["-ului", "-ul", "-a"] {
                if let Some(rest) = after.strip_prefix(article) {
                    after = rest;
                    break;
                }
            }
            let trimmed = after.trim_start();
            let offset = a.text.len() - trimmed.len();
            if let Some(open) = trimmed
                .chars()
                .next()
                .filter(|c| matches!(c, '«' | '"' | '„' | '“' | '‚'))
            {
                let close = match open {
                    '«' => '»',
                    '„' => '”',
                    '“' => '”',
                    _ => '"',
                };
                let body = &trimmed[open.len_utf8()..];
                if let Some(end) = body
                    .find([close, '"', '“', '»'])
                    .filter(|e| *e > 0 && *e < 80)
                {
                    let stop = offset
                        + open.len_utf8()
                        + end
                        + body[end..].chars().next().map_or(1, char::len_utf8);
                    hits.push(Hit {
                        kind: Kind::Organisation,
                        start: word.byte_start,
                        end: stop,
                        confidence: 0.92,
                        suggestion: None,
                    });
                    while i < n && a.words[i].byte_end <= stop {
                        i += 1;
                    }
                    continue;
                }
            }
            // X Y Foundation / Fundacja X Y / Asociația X.
            let run_after = a.capitalised_run(i + 1, 4);
            if a.adjacent(i) && run_after > i + 1 {
                hits.push(a.hit(Kind::Organisation, i, run_after, 0.85));
                i = run_after;
                continue;
            }
            if word.is_capitalised() {
                let mut start = i;
                while start > 0
                    && a.adjacent(start - 1)
                    && a.capitalised(start - 1)
                    && !a.ordinary(start - 1)
                    && i - start < 4
                {
                    start -= 1;
                }
                if start < i {
                    hits.retain(|h| {
                        h.end <= a.words[start].byte_start
                            || h.start >= word.byte_end
                            || !h.kind.is_word_kind()
                    });
                    hits.push(a.hit(Kind::Organisation, start, i + 1, 0.85));
                }
            }
            i += 1;
            continue;
        }

        if !a.capitalised(i)
            || a.ordinary(i)
            || PERSON_CUE_SET.contains(&a.folded[i])
            || PLACE_CUE_SET.contains(&a.folded[i])
        {
            i += 1;
            continue;
        }

        // A title or form of address: Mr Sydorenko, пані Оксана, doamna Ionescu.
        if previous.is_some_and(|p| PERSON_CUE_SET.contains(p)) {
            let end = a.capitalised_run(i, 3);
            if end > i {
                hits.push(a.hit(Kind::Person, i, end, 0.9));
                i = end;
                continue;
            }
        }
        // A place word: village of X, село X, w miejscowości X, în satul X, вул. X. One-letter
        // abbreviations (с. for село, м. for місто) only with their full stop: "с" alone is
        // "with".
        let abbreviation_ok = |j: usize| {
            a.folded[j].len() > 1
                || a.text[a.words[j].byte_end..a.words[j + 1].byte_start].starts_with('.')
        };
        let place_cue = (i > 0
            && PLACE_CUE_SET.contains(&a.folded[i - 1])
            && abbreviation_ok(i - 1)
            && a.text[a.words[i - 1].byte_end..a.words[i].byte_start]
                .trim_start_matches('.')
                .trim()
                .is_empty())
            || (i >= 2 && a.folded[i - 1] == "of" && PLACE_CUE_SET.contains(&a.folded[i - 2]));
        if place_cue {
            let end = a.place_run(i);
            if end > i {
                hits.push(a.hit(Kind::Location, i, end, 0.9));
                i = end;
                continue;
            }
        }
        // A known place, the longest name first (Bila Tserkva, Zielona Góra).
        let mut matched_place = None;
        for len in (1..=LEXICON.longest_place).rev() {
            if i + len > n || !(i..i + len - 1).all(|j| a.adjacent(j)) {
                continue;
            }
            if !(i..i + len).all(|j| a.capitalised(j) || (len > 1 && j > i)) {
                continue;
            }
            let key = a.stems[i..i + len].join(" ");
            if let Some(place) = LEXICON.places.get(&key) {
                matched_place = Some((len, *place));
                break;
            }
        }
        let first_name = a.is_first_name(i);
        // Many villages are named like people (Ciobanu, Popova, Tudora): a small place with no
        // word of place before it, after "with", or shaped like a surname, is a person.
        // "to", "do", "pe", "la", "către" lead to people as often as to places ("speak to Fiona",
        // "zadzwoniłam do Edyty", "o cunosc pe Ileana", "la Maria"): after them only a
        // place-shaped word or a town of 5,000 or more is taken for a place.
        let ambiguous = previous.is_some_and(|p| AMBIGUOUS_PREPOSITIONS.contains(&p));
        let place_shaped = PLACE_ENDINGS.iter().any(|e| a.folded[i].ends_with(e));
        // "a message from Callum", "a call from Orla": "from" after a word of communication.
        let from_someone = previous == Some("from")
            && i >= 2
            && COMMUNICATION
                .iter()
                .any(|c| a.folded[i - 2].trim_end_matches('s') == *c);
        let locative = previous.is_some_and(|p| LOCATIVE_SET.contains(p))
            && (!ambiguous || place_shaped)
            && !from_someone;
        // "з"/"z"/"s" mean both "with" and "from": only with the instrumental case ("з Оксаною",
        // "z Agnieszką") is the next word a person.
        let instrumental = [
            "ою", "ею", "єю", "ом", "ем", "єм", "ой", "ей", "ём", "ым", "им", "ą", "em", "iem",
            "ym", "im",
        ]
        .iter()
        .any(|e| word.text.to_lowercase().ends_with(e));
        // Polish "że" ("that") folds to "ze" ("from", "with"): only the spelling tells them apart.
        let previous = previous.filter(|_| !matches!(a.words[i - 1].text, "że" | "Że"));
        let with_word = previous.is_some_and(|p| {
            WITH_SET.contains(p) && (!matches!(p, "z" | "s" | "ze" | "so") || instrumental)
        });
        // "з Харкова", "z Charkowa": "from".
        let locative = locative
            || previous
                .is_some_and(|p| matches!(p, "z" | "s" | "ze" | "iz" | "zi") && !instrumental);
        // "încredere în Ruxandra", "trusted in", "вірили в": after a word of trust "in" leads
        // to a person.
        let trust = i >= 2
            && previous.is_some_and(|p| matches!(p, "in" | "v" | "u" | "w" | "we"))
            && a.adjacent(i - 2)
            && TRUST.iter().any(|t| a.folded[i - 2].starts_with(t));
        let locative = locative && !trust;
        // The agent of a Romanian passive: "condus de Ilinca", "semnat de" ("de" after a
        // participle).
        let agent = i >= 2
            && previous == Some("de")
            && a.adjacent(i - 2)
            && a.folded[i - 2].len() >= 5
            && [
                "at", "it", "ut", "us", "as", "ata", "ita", "uta", "usa", "ati", "iti", "uti",
            ]
            .iter()
            .any(|e| a.folded[i - 2].ends_with(e));
        // A place's name in an inflected form ending like a dative, with no preposition before
        // it ("довіряли Богуславі", "доверяли Милане"), is a person: places take those endings
        // only after в, у, на, по.
        let dative = matched_place.is_some()
            && !a.sentence_start[i]
            && previous.is_some_and(|p| {
                p.chars().count() >= 4
                    && !LOCATIVE_SET.contains(p)
                    && !PLACE_CUE_SET.contains(p)
                    && !WITH_SET.contains(p)
            })
            && !LEXICON.place_exact.contains(&a.folded[i])
            && {
                let lower = word.text.to_lowercase();
                ["і", "е", "owi"].iter().any(|e| lower.ends_with(e))
            };
        let big_place = matched_place.is_some_and(|(_, place)| place.population >= 20_000);
        let personal = with_word
            || trust
            || agent
            || dative
            || (has_surname_ending(&a.folded[i]) && !big_place && !locative)
            || (a.before_agent_verb(i) && !big_place)
            || a.in_apposition(i, i + 1)
            || (i + 1 < n && a.in_apposition(i, i + 2) && has_surname_ending(&a.folded[i + 1]));
        let matched_place = matched_place.filter(|(len, place)| {
            locative
                || *len > 1
                // At the start of a sentence a common noun (Дорогу, Voluntarii) can be spelt like a
                // village: only a place-shaped word or a town counts there.
                || (a.sentence_start[i]
                    && !personal
                    && LEXICON.place_exact.contains(&a.folded[i..i + *len].join(" "))
                    && (place_shaped || place.population >= 20_000))
                || (!a.sentence_start[i] && !personal && (place.population >= 5_000 || place_shaped))
        });
        if let Some((len, place)) = matched_place.filter(|_| !first_name) {
            let confidence = if a.sentence_start[i] { 0.65 } else { 0.8 };
            let mut hit = a.hit(Kind::Location, i, i + len, confidence);
            hit.suggestion = Some(
                match place.population {
                    0..=9_999 => "[a village]",
                    10_000..=99_999 => "[a town]",
                    _ => "[a city]",
                }
                .to_string(),
            );
            hits.push(hit);
            i += len;
            continue;
        }
        // A given name, with the surname after it (or before: Kovalenko Oksana).
        if first_name {
            let mut start = i;
            if i > 0
                && a.adjacent(i - 1)
                && a.capitalised(i - 1)
                && !a.ordinary(i - 1)
                && has_surname_ending(&a.folded[i - 1])
            {
                start = i - 1;
                hits.retain(|h| h.start != a.words[start].byte_start);
            }
            let mut end = i + 1;
            if a.adjacent(i)
                && end < n
                && a.capitalised(end)
                && !a.ordinary(end)
                && !ORG_WORD_SET.contains(&a.folded[end])
            {
                end += 1;
            }
            hits.push(a.hit(Kind::Person, start, end, 0.88));
            i = end;
            continue;
        }
        // A surname by its ending: Petrenko, Kowalska, Ionescu, Сидоренка. At the start of a
        // sentence only the endings adjectives do not share.
        if has_surname_ending(&a.folded[i]) {
            let end = if a.adjacent(i)
                && i + 1 < n
                && a.capitalised(i + 1)
                && !a.ordinary(i + 1)
                && (a.is_first_name(i + 1) || has_surname_ending(&a.folded[i + 1]))
            {
                i + 2
            } else {
                i + 1
            };
            let confidence = match (a.sentence_start[i], has_strong_surname_ending(&a.folded[i])) {
                (false, _) => 0.75,
                (true, true) => 0.6,
                // Adjectives share these endings at the start of a sentence (Письмова угода).
                (true, false) => 0.4,
            };
            hits.push(a.hit(Kind::Person, i, end, confidence));
            i = end;
            continue;
        }
        // Unknown capitalised words: mid-sentence, a proper name the lists do not know — most
        // likely a person; at the start of a sentence only two of them together.
        let end = a.capitalised_run(i, 3);
        if end >= i + 2 {
            let confidence = if a.sentence_start[i] { 0.4 } else { 0.45 };
            hits.push(a.hit(Kind::Person, i, end, confidence));
            i = end;
            continue;
        }
        if end == i + 1
            && a.words[i].text.chars().count() >= 3
            && (!a.sentence_start[i] || a.before_agent_verb(i))
        {
            // After "in", "near", "до", "w", "din" an unknown name is a place; else a person.
            let kind = if locative && !personal {
                Kind::Location
            } else {
                Kind::Person
            };
            hits.push(a.hit(kind, i, end, 0.4));
            i = end;
            continue;
        }
        // At the start of a sentence, before a common word: a word no frequency list of the
        // five languages knows, in no inflected form either (its stem is no common word's
        // stem), and not shaped like a common noun, is most likely a name ("Bronwen signed
        // the paper", "Любомира вела", "Ruxandra conducea").
        let english = i + 1 < n
            && a.words[i].text.is_ascii()
            && LEXICON.common_en.contains(&a.folded[i + 1])
            && !LEXICON.common_other.contains(&a.folded[i + 1]);
        // A comma may stand between: "Taylor, a nurse from the district hospital, …".
        let next_in_sentence = i + 1 < n
            && (a.adjacent(i) || a.text[a.words[i].byte_end..a.words[i + 1].byte_start] == *", ");
        if end == i + 1
            && a.words[i].text.chars().count() >= 3
            && next_in_sentence
            && !a.words[i + 1].is_capitalised()
            && a.words[i + 1].text.chars().all(char::is_alphabetic)
            && !LEXICON.common.contains(&a.folded[i])
            // English has few endings: there the stem would take Bethan for Bethany.
            && (english || !LEXICON.common_stems.contains(&a.stems[i]))
            && !NOUN_ENDINGS.iter().any(|e| a.folded[i].ends_with(e))
            && !plural_or_verb(&a.folded[i], english)
        {
            hits.push(a.hit(Kind::Person, i, end, 0.35));
            i = end;
            continue;
        }
        i += 1;
    }
}

/// A name found once is a name everywhere in the same text: a capitalised word whose stem
/// is a word of a person, place or organisation found elsewhere ("Imogen was waiting …" where
/// a cue or a verb showed "Imogen" further on) gets the same kind, where nothing else covers
/// it. Stories name the same people again and again, often at the start of a sentence, where
/// capitalisation says nothing.
fn repeat_names(a: &Analysis, hits: &mut Vec<Hit>) {
    let mut known: HashMap<&str, (Kind, f32)> = HashMap::new();
    let mut covered = vec![false; a.words.len()];
    let mut w = 0;
    let mut sorted: Vec<&Hit> = hits.iter().filter(|h| h.kind.is_word_kind()).collect();
    sorted.sort_by_key(|h| h.start);
    for hit in sorted {
        while w < a.words.len() && a.words[w].byte_end <= hit.start {
            w += 1;
        }
        let mut j = w;
        while j < a.words.len() && a.words[j].byte_start < hit.end {
            covered[j] = true;
            // Only what a cue, a list or the middle of a sentence showed: a word at the start
            // of a sentence may just be the first word ("Later Imogen wrote").
            if a.capitalised(j)
                && !a.ordinary(j)
                && !ORG_WORD_SET.contains(&a.folded[j])
                && !PERSON_CUE_SET.contains(&a.folded[j])
                && !PLACE_CUE_SET.contains(&a.folded[j])
                && a.stems[j].chars().count() >= 3
                && (!a.sentence_start[j] || hit.confidence >= 0.5)
            {
                let entry = known
                    .entry(a.stems[j].as_str())
                    .or_insert((hit.kind, hit.confidence));
                if hit.confidence > entry.1 {
                    *entry = (hit.kind, hit.confidence);
                }
            }
            j += 1;
        }
    }
    // A weak guess of one word takes the kind the same word has where it is surer: "a message
    // from Callum" (a place, by "from") when "Callum signed" elsewhere says a person.
    for hit in hits
        .iter_mut()
        .filter(|h| h.kind.is_word_kind() && h.confidence < 0.5)
    {
        let Some(w) = a.word_starting_at(hit.start) else {
            continue;
        };
        if a.words[w].byte_end != hit.end {
            continue;
        }
        if let Some((kind, confidence)) = known.get(a.stems[w].as_str())
            && *confidence > hit.confidence
        {
            hit.kind = *kind;
        }
    }
    let mut added = Vec::new();
    for (i, covered) in covered.iter_mut().enumerate() {
        if *covered || !a.capitalised(i) || a.ordinary(i) {
            continue;
        }
        if let Some((kind, _)) = known.get(a.stems[i].as_str()) {
            added.push(a.hit(*kind, i, i + 1, 0.5));
            *covered = true;
        }
    }
    // Names joined by "and": "Гавриш і Орест ночували", "Costel și Neagu au dormit".
    const AND: &[&str] = &["and", "i", "y", "ta", "si", "oraz"];
    let people: Vec<(usize, usize)> = hits
        .iter()
        .chain(&added)
        .filter(|h| h.kind == Kind::Person)
        .filter_map(|h| {
            let first = a.word_starting_at(h.start)?;
            let last = a.word_ending_at(h.end)?;
            Some((first, last))
        })
        .collect();
    for (first, last) in people {
        let before = first.checked_sub(2);
        for j in [before, Some(last + 2)].into_iter().flatten() {
            let conjunction = if j < first { j + 1 } else { last + 1 };
            if j < a.words.len()
                && !covered[j]
                && a.capitalised(j)
                && !a.ordinary(j)
                && a.words[j].text.chars().count() >= 3
                && AND.contains(&a.folded[conjunction].as_str())
                // Only spaces between the three words: name, "and", name.
                && a.adjacent(conjunction - 1)
                && a.adjacent(conjunction)
            {
                added.push(a.hit(Kind::Person, j, j + 1, 0.45));
                covered[j] = true;
            }
        }
    }
    hits.extend(added);
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

fn default_suggestion(kind: Kind) -> String {
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
    }
    .to_string()
}

/// Finds everything that could identify someone in `text`.
///
/// The text is read as a reader will see it rendered ([`ReaderView`]: character references
/// decoded, invisible characters dropped, look-alike letters and full-width digits folded);
/// findings are spans of `text` itself, covering the encoded form.
pub fn scan(text: &str, options: &ScanOptions) -> Vec<Finding> {
    let view = ReaderView::of(text);
    if view.is_identity() {
        return resolve(text, hits_in(text, options));
    }
    let hits = hits_in(&view.text, options)
        .into_iter()
        .map(|hit| {
            let (start, end) = view.original_range(hit.start, hit.end);
            Hit { start, end, ..hit }
        })
        .collect();
    resolve(text, hits)
}

/// Every hit of every rule in a text as read, byte spans, before overlaps are settled.
fn hits_in(text: &str, options: &ScanOptions) -> Vec<Hit> {
    let mut hits: Vec<Hit> = Vec::new();
    patterns::find(text, &mut hits);
    let analysis = Analysis::new(text);
    find_words(&analysis, &mut hits);
    repeat_names(&analysis, &mut hits);
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
        let shape = if h.kind.is_word_kind() { 0 } else { 1 };
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
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(Kind, String)> {
        scan(text, &ScanOptions::default())
            .into_iter()
            .map(|f| (f.kind, f.text))
            .collect()
    }

    fn has(text: &str, kind: Kind, snippet: &str) {
        let f = found(text);
        assert!(
            f.iter().any(|(k, t)| *k == kind && t.contains(snippet)),
            "{kind} {snippet:?} not in {f:?}"
        );
    }

    #[test]
    fn names_in_inflected_forms_and_scripts() {
        has(
            "Ми домовилися з Оксаною про зустріч.",
            Kind::Person,
            "Оксаною",
        );
        has(
            "Rozmawiałam z Agnieszką o konwoju.",
            Kind::Person,
            "Agnieszką",
        );
        has("Spotkałam się z Agnieszce.", Kind::Person, "Agnieszce");
        has(
            "We met Mr Sydorenko at the school.",
            Kind::Person,
            "Sydorenko",
        );
        has("Am vorbit cu doamna Ionescu ieri.", Kind::Person, "Ionescu");
        has(
            "Переговори вела Олена Коваленко.",
            Kind::Person,
            "Олена Коваленко",
        );
    }

    #[test]
    fn places_across_transliterations_and_cues() {
        has(
            "The convoy left Kharkiv at dawn.",
            Kind::Location,
            "Kharkiv",
        );
        has(
            "Колона виїхала з Харкова вранці.",
            Kind::Location,
            "Харкова",
        );
        has("Konwój wyjechał z Charkowa.", Kind::Location, "Charkowa");
        has(
            "We reached the village of Zelenyi Hai.",
            Kind::Location,
            "Zelenyi Hai",
        );
        has("Am ajuns în satul Ciorescu.", Kind::Location, "Ciorescu");
        has("Ми приїхали в село Вільхівка.", Kind::Location, "Вільхівка");
    }

    #[test]
    fn organisations_by_their_cues() {
        has(
            "With help from ГО «Світанок» we found fuel.",
            Kind::Organisation,
            "«Світанок»",
        );
        has(
            "The Nadiya Foundation paid for it.",
            Kind::Organisation,
            "Nadiya Foundation",
        );
        has(
            "Pomogła nam Fundacja Nadzieja Wschodu.",
            Kind::Organisation,
            "Fundacja Nadzieja",
        );
    }

    #[test]
    fn ordinary_capitalised_words_are_not_findings() {
        let f = found(
            "On Monday UNHCR and UNICEF met in Ukraine. The Red Cross came in March. Moldova and Poland agreed.",
        );
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn a_name_is_found_wherever_it_recurs_and_with_its_companion() {
        let text = "Nobody expected Bronwen to agree. Bronwen signed the paper. \
                    Гавриш і Орест ночували на блокпосту. Ми подякували Орестові.";
        has(text, Kind::Person, "Bronwen");
        let starts: Vec<usize> = scan(text, &ScanOptions::default())
            .iter()
            .filter(|f| f.text == "Bronwen")
            .map(|f| f.start)
            .collect();
        assert_eq!(
            starts.len(),
            2,
            "both mentions, the one at a sentence start too"
        );
        has(text, Kind::Person, "Гавриш");
        has("A message from Callum reached us.", Kind::Person, "Callum");
        has("Dorina mă sună des.", Kind::Person, "Dorina");
    }

    #[test]
    fn verbs_and_small_words_do_not_turn_towns_into_people() {
        // Polish "ma" (has) is not the Romanian pronoun "mă"; a city "was burning".
        has(
            "Wiem, że Lublin ma nowego prezydenta.",
            Kind::Location,
            "Lublin",
        );
        has(
            "Mariupol was burning all night.",
            Kind::Location,
            "Mariupol",
        );
        // An organisation's word alone is no organisation, wherever it recurs.
        let f = found("Fuel came from the Hope Foundation. The Foundation paid for it.");
        assert_eq!(
            f.iter().filter(|(k, _)| *k == Kind::Organisation).count(),
            1,
            "{f:?}"
        );
    }

    #[test]
    fn the_grammar_of_people_does_not_take_towns() {
        // Trust in someone, the agent of a passive, a dative with no preposition: people.
        has(
            "Toți aveau încredere în Ruxandra.",
            Kind::Person,
            "Ruxandra",
        );
        has("Convoiul era condus de Ilinca.", Kind::Person, "Ilinca");
        has(
            "Після цього всі довіряли Богуславі.",
            Kind::Person,
            "Богуславі",
        );
        // …but "returned to", "lived in", a locative after its preposition stay places.
        has("Она вернулась в Харьков.", Kind::Location, "Харьков");
        has("Ми жили в Богуславі.", Kind::Location, "Богуславі");
        has("Wróciła w Lublinie.", Kind::Location, "Lublinie");
    }

    #[test]
    fn declared_terms_are_found_in_every_form() {
        let options = ScanOptions {
            declared: vec!["Vilkhivka".into(), "Oksana Kovalenko".into()],
            ..Default::default()
        };
        let f = scan(
            "In Vilkhivka, and later near Vilkhivky, Oksana Kovalenko's team",
            &options,
        );
        assert_eq!(
            f.iter().filter(|f| f.text.starts_with("Vilkhiv")).count(),
            2,
            "{f:?}"
        );
    }

    #[test]
    fn spans_are_code_points() {
        let text = "Зустріч з Оксаною: olena@example.org";
        for f in scan(text, &ScanOptions::default()) {
            let chars: Vec<char> = text.chars().collect();
            let span: String = chars[f.start..f.end].iter().collect();
            assert_eq!(span, f.text);
        }
    }
}
