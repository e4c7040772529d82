//! The rule "an address is its numbers too": a street found by its cue ("вул. Сумська",
//! "ul. Marszałkowska", "strada Mihai Eminescu", "Shevchenka street") becomes an `address`
//! that runs over the house and flat numbers after it ("…, 25, кв. 14", "… 104", "… nr. 12",
//! "…, flat 4"). A street name alone narrows a town down to a few hundred doors; with the
//! number it is one door.
//!
//! Also here: streets typed in lower case ("shevchenka street 40", "вул. сумська 25"), and
//! **numbered institutions** — "школа №5", "spitalul nr. 3", "szpital nr 2", "school No. 17":
//! an `organisation` (a town has one school number 5).

use std::sync::LazyLock;

use regex::Regex;

use super::analysis::Analysis;
use super::patterns::claim;
use super::quasi::Words;
use super::{Hit, Kind};

/// Words (folded) that say the next name is a street (before it) …
const BEFORE: &[&str] = &[
    "vul",
    "vulytsia",
    "vulytsi",
    "vulytsiu",
    "ulitsa",
    "ulitse",
    "ulitsu",
    "prospekt",
    "prosp",
    "pr",
    "provulok",
    "prov",
    "pereulok",
    "per",
    "bulvar",
    "ul",
    "ulica",
    "ulicy",
    "ulice",
    "al",
    "aleja",
    "alei",
    "os",
    "osiedle",
    "strada",
    "str",
    "bulevardul",
    "bd",
    "bdul",
    "aleea",
    "calea",
    "soseaua",
    "street",
    "avenue",
    "road",
];
/// … or after it ("Shevchenka street", "Lenina Avenue").
const AFTER: &[&str] = &[
    "street", "st", "avenue", "ave", "road", "rd", "lane", "vulytsia",
];

/// The numbers after a street: a house number (with "nr.", "№", "no." before it, a letter or
/// a "/3" after it), then any of flat, block, staircase, floor, office with their number.
static TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^
        ,?\s{0,2}(?:(?:nr|no|n|№|д|дом|буд|house)\.?\s?)?\d{1,4}(?:[a-zа-яіїє]\b)?(?:/\d{1,4})?
        (?:,?\s{0,2}(?:кв|квартира|kv|kw|m|mieszk|mieszkanie|apt|apartment|flat|ap|bl|bloc|sc|et|etaj|корп|к|lok|lokal|of\.|офіс|офис|оф)\.?\s?[0-9a-zа-я]{1,4}\b)*",
    )
    .expect("a valid address pattern")
});

/// The house and flat numbers at the start of `rest`, if any (with a digit in them). Looked for
/// in its first 80 bytes only: the pattern's word boundaries make the engine's work grow with
/// the text it is given, and an address's numbers are short.
fn numbers_after(rest: &str) -> Option<regex::Match<'_>> {
    let mut end = rest.len().min(80);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    TAIL.find(&rest[..end])
        .filter(|m| m.as_str().chars().any(|c| c.is_ascii_digit()))
}

/// The cue lists as sets (asked for every word, two or three times).
static CUES: LazyLock<[rustc_hash::FxHashSet<&'static str>; 2]> = LazyLock::new(|| {
    [
        BEFORE.iter().copied().collect(),
        AFTER.iter().copied().collect(),
    ]
});

/// Whether word `j` closes "пр-т" (prospekt, an avenue) or "пр-кт": the abbreviation's two
/// halves are two words.
pub(super) fn avenue_abbreviation(a: &Analysis, j: usize) -> bool {
    j >= 1
        && matches!(a.folded[j].as_str(), "t" | "kt" | "te" | "tu" | "tom")
        && a.folded[j - 1] == "pr"
        && &a.text[a.words[j - 1].byte_end..a.words[j].byte_start] == "-"
}

fn is_cue(folded: &str, list: &[&str]) -> bool {
    if std::ptr::eq(list, BEFORE) {
        CUES[0].contains(folded)
    } else if std::ptr::eq(list, AFTER) {
        CUES[1].contains(folded)
    } else {
        list.contains(&folded)
    }
}

/// Turns street findings into addresses with their numbers.
pub(super) fn with_numbers(a: &Analysis, hits: &mut [Hit]) {
    // A street's name may have been guessed as a person ("on Shkilna St. 7": two capitalised
    // words), with its cue inside the finding: its numbers make it an address all the same.
    for hit in hits
        .iter_mut()
        .filter(|h| matches!(h.kind, Kind::Location | Kind::Person))
    {
        let Some(first) = a.word_starting_at(hit.start) else {
            continue;
        };
        let last = (first..a.words.len())
            .take_while(|&j| a.words[j].byte_start < hit.end)
            .last()
            .unwrap_or(first);
        let cue_inside = last > first && is_cue(&a.folded[last], AFTER);
        // "spod Grodzkiej 14/6", "na Lipowej 5": a Polish street named by its adjective, in
        // the case its preposition asks for, with no "ul." before it.
        let polish_street = hit.kind == Kind::Location
            && first == last
            && first > 0
            && a.adjacent(first - 1)
            && a.folded[first].len() > 5
            && a.folded[first].ends_with("ej")
            && matches!(
                a.folded[first - 1].as_str(),
                "spod" | "na" | "przy" | "z" | "ze" | "od" | "do"
            );
        // "al. Jana Pawła II 12/3", "вул. Шевченка, 4": a street named for a person, found
        // as one, after a street's abbreviation with its full stop.
        let dotted_cue = first > 0
            && is_cue(&a.folded[first - 1], BEFORE)
            && a.text[a.words[first - 1].byte_end..].starts_with('.')
            && a.folded[first - 1] != "pr";
        let cue_before = first > 0
            && (hit.kind == Kind::Location
                && (is_cue(&a.folded[first - 1], BEFORE) || polish_street)
                || dotted_cue
                // "пр-т Суворова, 22".
                || avenue_abbreviation(a, first - 1));
        let cue_after = !cue_inside
            && last + 1 < a.words.len()
            && a.adjacent(last)
            && is_cue(&a.folded[last + 1], AFTER);
        if !cue_before && !cue_after && !cue_inside {
            continue;
        }
        let mut end = if cue_after {
            a.words[last + 1].byte_end
        } else {
            hit.end
        };
        // "St." after a name keeps its full stop out of the tail; a pope's or a king's
        // numeral ("Jana Pawła II 12/3") is the street's name.
        let rest = &a.text[end..];
        let rest_trimmed = rest.strip_prefix('.').unwrap_or(rest);
        let rest_trimmed = [
            "I ", "II ", "III ", "IV ", "V ", "VI ", "VII ", "VIII ", "IX ", "X ",
        ]
        .iter()
        .find_map(|r| {
            rest_trimmed
                .strip_prefix(' ')
                .and_then(|t| t.strip_prefix(r))
        })
        .map_or(rest_trimmed, |t| {
            &rest_trimmed[rest_trimmed.len() - t.len() - 1..]
        });
        let skipped = rest.len() - rest_trimmed.len();
        let Some(tail) = numbers_after(rest_trimmed) else {
            continue;
        };
        end += skipped + tail.end();
        // The tail ends on a number or a letter, never on the comma after it.
        let tail_text = a.text[hit.end..end].trim_end_matches([',', ' ']);
        hit.end += tail_text.len();
        if cue_before {
            let cue = first - 1 - usize::from(avenue_abbreviation(a, first - 1));
            hit.start = a.words[cue].byte_start;
        }
        hit.kind = Kind::Address;
        hit.confidence = hit.confidence.max(0.9);
        hit.suggestion = None;
    }
}

/// An English address, number first: "17 Pidhirna Street", "12 Shevchenka St., flat 3". ASCII
/// word boundaries and spaces: a Unicode one would make the regex engine walk the whole text
/// with its slowest matcher.
static NUMBER_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)\d{1,4}[a-zA-Z]?,? (?:\p{Lu}[\p{L}'’\-]+ ){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Boulevard|Vulytsia|vulytsia|street|avenue|road|lane)(?-u:\b)(?:,? {0,2}(?:flat|apt\.?|apartment|unit) ?\d{1,4}[a-z]?(?-u:\b))?",
    )
    .expect("a valid address pattern")
});

/// English addresses written number first ("17 Pidhirna Street, flat 3"): the house number,
/// the street's capitalised name and its word, and a flat after it. Replaces what was found of
/// its words (a "person" Pidhirna Street, a "place" Shevchenka).
pub(super) fn number_first_streets(text: &str, hits: &mut Vec<Hit>) {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    for m in NUMBER_FIRST.find_iter(text) {
        // "19 December St Nicholas", "Chapter 3 The Long Road": a date, a heading.
        if m.as_str()
            .split(' ')
            .any(|w| w == "The" || super::patterns::MONTH_NAMES.contains(&w))
        {
            continue;
        }
        let (start, end) = (m.start(), m.end());
        // A name found running on past the street keeps its words after it.
        for h in hits.iter_mut() {
            if h.kind.is_word_kind() && h.start < end && start < h.end && h.end > end {
                let rest = &text[end..h.end];
                let skip = rest.len()
                    - rest
                        .trim_start_matches(|c: char| !c.is_alphanumeric())
                        .len();
                h.start = end + skip;
            }
        }
        claim(hits, Kind::Address, start, end, 0.9);
    }
}

/// A street named by a date ("bd. 1 Decembrie 1918 nr. 22", "ul. 3 Maja 12", "вул. 8 Березня,
/// 5"): the cue, the day, the month's name and perhaps a year; the house number follows.
static DATED_STREET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[\s(,;:])((?i:bd|bdul|bulevardul|str|strada|ul|ulica|al|aleja|вул|вулиця|ул|улица|просп|prosp)\.?\s{1,2}\d{1,2}\s\p{Lu}\p{L}+(?:\s\d{4})?)",
    )
    .expect("a valid street pattern")
});

/// Streets named by a date, with their numbers: an address, not a date.
pub(super) fn dated_streets(text: &str, hits: &mut Vec<Hit>) {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    for c in DATED_STREET.captures_iter(text) {
        let street = c.get(1).expect("group");
        let rest = &text[street.end()..];
        let Some(tail) = numbers_after(rest) else {
            continue;
        };
        let (start, end) = (street.start(), street.end() + tail.end());
        hits.retain(|h| h.kind != Kind::Date || h.end <= start || h.start >= end);
        claim(hits, Kind::Address, start, end, 0.9);
    }
}

/// An English organisation named in apposition ("Teplo-Dim, a small NGO") or by a quoted name
/// before its noun ("the \"Zhytnyi Dvir\" bakery").
static ENGLISH_ORGANISATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?P<named>["“„«]\p{Lu}[\p{L}]+(?:[- ]\p{Lu}[\p{L}]+){0,3}["”»]|\p{Lu}[\p{L}]+(?:[- ]\p{Lu}[\p{L}]+){0,3}), an? (?:(?:small|local|tiny|young|new|grassroots|volunteer|women's|women’s|community|charitable|non-profit|nonprofit|humanitarian|registered|independent|informal|Ukrainian|Moldovan|Polish|Romanian|[a-z]+-led|[a-z]+-based|[a-z]+-run) ){0,3}(?:NGO|organi[sz]ation|group|foundation|charity|association|network|initiative|collective|cooperative)(?-u:\b)|(?P<quoted>["“]\p{Lu}[^"”\n]{1,60}["”] (?:bakery|shop|store|cafe|café|restaurant|hotel|pharmacy|company|factory|farm|clinic|kindergarten|school|station|supermarket|garage|sawmill|mill|firm))(?-u:\b)"#,
    )
    .expect("a valid organisation pattern")
});

/// An English business or school by its foreign name before its noun, unquoted: "the Dobryi
/// Khlib bakery", "our Nadiya cooperative", "the Zoria sewing workshop".
static ENGLISH_BUSINESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:the|our|their|his|her|my|The|Our|Their|His|Her|My) (?P<name>\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){0,2}) (?:bakery|shop|store|cafe|café|canteen|restaurant|hotel|pharmacy|factory|farm|clinic|kindergarten|supermarket|garage|sawmill|mill|cooperative|co-op|dairy|kiosk|workshop|sewing workshop|print shop|boarding school|lyceum|gymnasium|radio station|transport company|bus company|firm|brewery|winery)(?-u:\b)",
    )
    .expect("a valid business pattern")
});

/// "str. Independenței 9, of. 2, Nistreni, +373 …", "вул. Садова, 21, кв. 4, Ірпінь": the
/// town after an address's comma, up to the next comma, full stop or line's end
/// ([`super::informal::town_after_comma`]).
pub(super) fn town_after_address(a: &Analysis, hits: &mut Vec<Hit>) {
    let ends: Vec<usize> = hits
        .iter()
        .filter(|h| h.kind == Kind::Address)
        .map(|h| h.end)
        .collect();
    for end in ends {
        super::informal::town_after_comma(a, end, a.text.len(), &[',', '.', '\n', ';', '('], hits);
    }
}

/// English organisations by their apposition or a quoted name before the noun
/// ([`ENGLISH_ORGANISATION`]): the name (and the noun) replace what was found of its words.
/// A person in apposition ("Olena Bondar, a volunteer group's founder") is no organisation:
/// a name that starts with a given name is left to the word rules.
pub(super) fn english_organisations(a: &Analysis, hits: &mut Vec<Hit>) {
    let text = a.text;
    english_businesses(a, hits);
    if !text.contains(", a") && !text.contains(['"', '“']) {
        return;
    }
    for c in ENGLISH_ORGANISATION.captures_iter(text) {
        let Some(m) = c.name("named").or_else(|| c.name("quoted")) else {
            continue;
        };
        if c.name("named").is_some()
            && a.word_starting_at(m.start())
                .is_some_and(|i| a.is_first_name(i))
        {
            continue;
        }
        claim(hits, Kind::Organisation, m.start(), m.end(), 0.8);
    }
}

/// Streets typed in lower case, with their numbers: "shevchenka street 40", "вул. сумська 25".
/// A lower-case word is only a street between its cue and a number.
pub(super) fn lower_case_streets(a: &Analysis, hits: &mut Vec<Hit>) {
    let n = a.words.len();
    for i in 0..n {
        let word = &a.words[i];
        let cue_before = i > 0 && is_cue(&a.folded[i - 1], BEFORE) && a.folded[i - 1].len() > 1;
        let cue_after = i + 1 < n && a.adjacent(i) && is_cue(&a.folded[i + 1], AFTER);
        // The cues first: the walk over the findings only for a word beside one.
        if !(cue_before || cue_after)
            || (cue_before
                && BEFORE_ENGLISH.contains(&a.folded[i - 1].as_str())
                && a.words[i - 1].text.is_ascii())
            || word.is_capitalised()
            || !word.text.chars().all(char::is_alphabetic)
            || hits
                .iter()
                .any(|h| h.start < word.byte_end && word.byte_start < h.end)
        {
            continue;
        }
        let name_end = if cue_after {
            a.words[i + 1].byte_end
        } else {
            word.byte_end
        };
        let rest = &a.text[name_end..];
        let Some(tail) = numbers_after(rest) else {
            continue;
        };
        let start = if cue_before {
            a.words[i - 1].byte_start
        } else {
            word.byte_start
        };
        let end = name_end + rest[..tail.end()].trim_end_matches([',', ' ']).len();
        hits.push(Hit {
            kind: Kind::Address,
            start,
            end,
            confidence: 0.8,
            suggestion: None,
        });
    }
}

/// A street of several words after its cue, in any case, with its numbers ("strada ștefan cel
/// mare 104", "вул. героїв праці, 9, кв. 12", "str. păcii 41, ap. 8"): up to four words, then
/// a number.
pub(super) fn cued_streets(a: &Analysis, hits: &mut Vec<Hit>) {
    let n = a.words.len();
    for c in 0..n.saturating_sub(2) {
        let cue = a.folded[c].as_str();
        // "per", "al", "os" are English words ("per day"); Cyrillic "пер.", "ал." are cues.
        let english_word = BEFORE_ENGLISH.contains(&cue) && a.words[c].text.is_ascii();
        if !is_cue(cue, BEFORE) || english_word || cue.len() < 2 {
            continue;
        }
        for last in c + 1..(c + 5).min(n) {
            let gap = &a.text[a.words[last - 1].byte_end..a.words[last].byte_start];
            let ok = if last == c + 1 {
                matches!(gap.trim(), "" | ".")
            } else {
                gap.trim().is_empty() || gap == "-"
            };
            if !ok || a.words[last].text.chars().any(|ch| ch.is_ascii_digit()) {
                break;
            }
            let rest = &a.text[a.words[last].byte_end..];
            let Some(tail) = numbers_after(rest) else {
                continue;
            };
            let (start, end) = (
                a.words[c].byte_start,
                a.words[last].byte_end + rest[..tail.end()].trim_end_matches([',', ' ']).len(),
            );
            if hits
                .iter()
                .any(|h| h.kind == Kind::Address && h.start <= start && end <= h.end)
            {
                break;
            }
            hits.retain(|h| {
                !(h.start < end
                    && start < h.end
                    && (h.kind.is_word_kind() || h.kind == Kind::Address))
            });
            hits.push(Hit {
                kind: Kind::Address,
                start,
                end,
                confidence: 0.85,
                suggestion: None,
            });
            break;
        }
    }
}

/// "на Садовой 3", "на садовій, 12": a street named by its adjective alone (Russian and
/// Ukrainian streets are feminine adjectives), after "на", with a house number. Not a time or a
/// quantity: the number is not followed by ":" or another digit group.
pub(super) fn adjective_streets(a: &Analysis, hits: &mut Vec<Hit>) {
    let n = a.words.len();
    for i in 1..n.saturating_sub(1) {
        let folded = &a.folded[i];
        let lower = a.words[i].text.to_lowercase();
        if a.folded[i - 1] != "na"
            || !a.adjacent(i - 1)
            || folded.chars().count() < 5
            || !["ой", "ій", "ей"].iter().any(|e| lower.ends_with(e))
            || ORDINALS.iter().any(|o| lower.starts_with(o))
        {
            continue;
        }
        let gap = &a.text[a.words[i].byte_end..a.words[i + 1].byte_start];
        let number = a.words[i + 1].text;
        let after = &a.text[a.words[i + 1].byte_end..];
        if !matches!(gap.trim(), "" | ",")
            || number.len() > 3
            || !number.chars().all(|c| c.is_ascii_digit())
            || after.starts_with([':', '.', '-', '%'])
                && after[1..].starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        let (start, end) = (a.words[i].byte_start, a.words[i + 1].byte_end);
        claim(hits, Kind::Address, start, end, 0.6);
    }
}

/// Ordinal adjectives ("на второй 3 …", "на третій"): never a street's name alone.
const ORDINALS: &[&str] = &[
    "перш",
    "друг",
    "трет",
    "четв",
    "пʼят",
    "п'ят",
    "пят",
    "шост",
    "шест",
    "сьом",
    "седьм",
    "восьм",
    "дев",
    "десят",
    "втор",
    "остан",
    "послед",
    "наступн",
    "следующ",
    "кожн",
    "кажд",
];

/// A region or district named by its adjective and the word for it: "Одеська область",
/// "Одесская обл.", "Odesa Oblast", "Białogardzki powiat" — the adjective with its word, as a
/// place, when no rule found it.
pub(super) fn adjective_regions(a: &Analysis, hits: &mut Vec<Hit>) {
    const REGION_WORDS: &[&str] = &[
        "oblast",
        "oblasti",
        "oblastiu",
        "oblastiakh",
        "oblasty",
        "oblastiam",
        "obl",
        "raion",
        "raionu",
        "raioni",
        "raione",
        "raiona",
        "raionom",
        "rayon",
        "rejon",
        "rejonie",
        "rejonu",
        "hromada",
        "hromady",
        "hromadi",
        "hromadu",
        "hromadoiu",
        "obwod",
        "obwodu",
        "obwodzie",
        "region",
        "regiune",
        "district",
        "okruh",
        "okruhu",
        "powiat",
        "powiatu",
        "powiecie",
    ];
    // Polish puts the word first and the adjective in lower case: "z powiatu
    // hrubieszowskiego", "w powiecie przemyskim", "gm. Dorohusk" is a cue's.
    const REGION_FIRST: &[&str] = &[
        "powiat",
        "powiatu",
        "powiecie",
        "powiatem",
        "gmina",
        "gminy",
        "gminie",
        "wojewodztwo",
        "wojewodztwa",
        "wojewodztwie",
        "rejon",
        "rejonu",
        "rejonie",
    ];
    const ADJECTIVE_ENDINGS: &[&str] = &[
        "ski", "skiego", "skim", "ska", "skiej", "cki", "ckiego", "ckim", "cka", "ckiej",
    ];
    let n = a.words.len();
    for i in 0..n.saturating_sub(1) {
        if REGION_FIRST.contains(&a.folded[i].as_str())
            && a.adjacent(i)
            && !a.capitalised(i + 1)
            // A kind of district, not its name: rural, urban, land, town, Jewish.
            && !["wiejsk", "miejsk", "ziemsk", "grodzk", "zydowsk"]
                .iter()
                .any(|k| a.folded[i + 1].starts_with(k))
            && a.folded[i + 1].chars().count() >= 6
            && ADJECTIVE_ENDINGS
                .iter()
                .any(|e| a.folded[i + 1].ends_with(e))
        {
            let (start, end) = (a.words[i].byte_start, a.words[i + 1].byte_end);
            claim(hits, Kind::Location, start, end, 0.8);
            continue;
        }
        if !a.capitalised(i)
            || !a.adjacent(i)
            || !REGION_WORDS.contains(&a.folded[i + 1].as_str())
            || a.folded[i].chars().count() < 5
        {
            continue;
        }
        let (start, end) = (a.words[i].byte_start, a.words[i + 1].byte_end);
        // A place found already, or the words of an organisation's name ("ГО «Джерело
        // громади»").
        if hits.iter().any(|h| {
            matches!(h.kind, Kind::Location | Kind::Organisation)
                && h.start <= start
                && end <= h.end
        }) {
            continue;
        }
        // "в селі Вербівка Гайсинського району": a village found with the region's adjective
        // keeps its own name.
        for h in hits.iter_mut() {
            if h.kind.is_word_kind() && h.start < start && start < h.end {
                h.end = a.text[..start].trim_end().len();
            }
        }
        claim(hits, Kind::Location, start, end, 0.8);
    }
}

/// English cue words before a street that are also ordinary words ("road to Lviv").
const BEFORE_ENGLISH: &[&str] = &["street", "avenue", "road", "al", "per", "prov", "os", "pr"];

/// Institutions known by their number ("школа №5", "spitalul nr. 3").
const NUMBERED: &[&str] = &[
    "school",
    "home",
    "orphanage",
    "hospital",
    "kindergarten",
    "lyceum",
    "clinic",
    "gymnasium",
    "школ",
    "ліце",
    "гімназ",
    "лікарн",
    "поліклінік",
    "садоч",
    "садок",
    "саду",
    "лице",
    "гимнази",
    "больниц",
    "поликлиник",
    "детсад",
    "колоні",
    "колони",
    "szpital",
    "szkoł",
    "szkol",
    "przedszkol",
    "przychodni",
    "liceum",
    "gimnazj",
    "spital",
    "școal",
    "scoal",
    "şcoal",
    "liceu",
    "grădiniț",
    "gradinit",
    "gimnazi",
    "policlinic",
    "dispensar",
    "penitenciar",
    "zakład",
    // A maternity home: "роддома № 2", "пологовому будинку № 2".
    "роддом",
    "пологов",
];

/// "школа №5", "spitalul nr. 3", "school No. 17": the institution word, up to two words, then a
/// number after №, nr, no or #.
pub(super) fn numbered_institutions(a: &Analysis, hits: &mut Vec<Hit>) {
    let n = a.words.len();
    // "obiady SP2", "ZS 3": a Polish school by its abbreviation and number.
    for i in 0..n {
        let text = a.words[i].text;
        let letters = text.trim_end_matches(|c: char| c.is_ascii_digit());
        let digits = text.len() - letters.len();
        if matches!(letters, "SP" | "ZS" | "ZSP" | "PSP" | "ZSO")
            && (1..=3).contains(&digits)
            && !text.starts_with(|c: char| c.is_ascii_digit())
        {
            claim(
                hits,
                Kind::Organisation,
                a.words[i].byte_start,
                a.words[i].byte_end,
                0.7,
            );
        }
    }
    // "Școala Gimnazială nr. 5": the second noun is inside the institution the first began.
    let mut claimed_to = 0;
    for i in 0..n {
        if a.words[i].byte_start < claimed_to || !NUMBERED_WORDS.contains(&a.folded[i]) {
            continue;
        }
        let mut j = i + 1;
        while j < n && j <= i + 4 {
            let gap = &a.text[a.words[j - 1].byte_end..a.words[j].byte_start];
            if gap.contains(['.', '!', '?', '\n', ';', ','])
                && !gap.trim().eq_ignore_ascii_case(".")
            {
                break;
            }
            let digits = a.words[j].text.chars().all(|c| c.is_ascii_digit());
            if digits {
                let marked = gap.contains(['№', '#'])
                    || matches!(a.folded[j - 1].as_str(), "nr" | "no" | "n" | "number");
                if marked {
                    // "в детском саду № 4 «Ромашка»": the adjective before the noun and the
                    // quoted name after the number are the institution's too.
                    let mut from = if i > 0
                        && a.adjacent(i - 1)
                        && !a.capitalised(i - 1)
                        && ["skom", "skomu", "skii", "skyi", "skoi", "skaia", "ska"]
                            .iter()
                            .any(|e| a.folded[i - 1].ends_with(e))
                    {
                        i - 1
                    } else {
                        i
                    };
                    // "Nikopol Children's Home No. 2": English names it with capitalised words
                    // before the noun.
                    while a.words[i].text.is_ascii()
                        && a.capitalised(i)
                        && from > 0
                        && i - from < 3
                        && a.adjacent(from - 1)
                        && a.capitalised(from - 1)
                        && !a.ordinary(from - 1)
                        && a.folded[from - 1] != "the"
                    {
                        from -= 1;
                    }
                    let mut end = super::words::quoted_name_from(a, a.words[j].byte_end)
                        .unwrap_or(a.words[j].byte_end);
                    // "Școala Gimnazială nr. 5 Galați": a town's name right after the number
                    // (no comma, no preposition) is the institution's.
                    if end == a.words[j].byte_end
                        && a.adjacent(j)
                        && a.capitalised(j + 1)
                        && super::lexicon::LEXICON
                            .place_exact
                            .contains(&a.folded[j + 1])
                    {
                        end = a.words[j + 1].byte_end;
                    }
                    claim(hits, Kind::Organisation, a.words[from].byte_start, end, 0.8);
                    claimed_to = end;
                }
                break;
            }
            j += 1;
        }
    }
}

static NUMBERED_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(NUMBERED));

/// A sole proprietor by its form, surname and initials or names ("ФЛП Гринько О. В.", "ФОП
/// Коваль Ірина").
static SOLE_PROPRIETOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:ФОП|ФЛП|ФО-П|FOP)\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.\s?\p{Lu}\.|\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?",
    )
    .expect("a valid sole proprietor pattern")
});

/// A Romanian or Moldovan council by its level and its place: "Consiliul Județean Suceava",
/// "Consiliului Raional Cahul", "Consiliul Local Mihăileni" — one body of one place.
static COUNCIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:Consiliul|Consiliului|consiliul|consiliului)\s+(?:Județean|Judetean|Raional|Local|Municipal|Orășenesc|Orasenesc|județean|judetean|raional|local|municipal|orășenesc|orasenesc)\s+\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?",
    )
    .expect("a valid council pattern")
});

/// A town after a postal code ("22-170 Dubienka", "MD-3801 Comrat"): a place, whatever a
/// weak guess made of it.
static TOWN_AFTER_POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:\d{2}-\d{3}|MD-\d{4})[ \t]+(?P<town>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)",
    )
    .expect("a valid postcode pattern")
});

/// Sole proprietors, councils and towns after a postal code, by their written shape.
pub(super) fn bodies_and_towns_by_shape(a: &Analysis, hits: &mut Vec<Hit>) {
    let text = a.text;
    if text.contains("ФОП") || text.contains("ФЛП") || text.contains("ФО-П") || text.contains("FOP")
    {
        for m in SOLE_PROPRIETOR.find_iter(text) {
            claim(hits, Kind::Organisation, m.start(), m.end(), 0.85);
        }
    }
    if text.contains("onsiliu") {
        for m in COUNCIL.find_iter(text) {
            claim(hits, Kind::Organisation, m.start(), m.end(), 0.8);
        }
    }
    if text.bytes().any(|b| b.is_ascii_digit()) {
        for c in TOWN_AFTER_POSTCODE.captures_iter(text) {
            let town = c.name("town").expect("the town");
            let only_guesses = hits
                .iter()
                .filter(|h| h.start < town.end() && town.start() < h.end)
                .all(|h| h.kind == Kind::Person && h.confidence <= 0.75);
            if only_guesses {
                claim(hits, Kind::Location, town.start(), town.end(), 0.6);
            }
        }
    }
}

/// English businesses by a foreign name before their noun ([`ENGLISH_BUSINESS`]). The name's
/// words must be no English word ("the Central pharmacy", "the Old mill") and no town of
/// 20,000 people or more ("the Kherson bakery": the town is the finding); a village's name
/// before a business's noun is the business's ("the Zoria cooperative").
fn english_businesses(a: &Analysis, hits: &mut Vec<Hit>) {
    for c in ENGLISH_BUSINESS.captures_iter(a.text) {
        let name = c.name("name").expect("the name group");
        let Some(first) = a.word_starting_at(name.start()) else {
            continue;
        };
        let words = (first..a.words.len()).take_while(|&k| a.words[k].byte_end <= name.end());
        let town = |k: usize| {
            super::lexicon::LEXICON.place_exact.contains(&a.folded[k])
                && super::lexicon::LEXICON
                    .places
                    .get(&a.stems[k])
                    .is_some_and(|p| p.population >= 20_000)
        };
        let foreign = words.clone().count() > 0
            && words.clone().all(|k| {
                !a.ordinary(k)
                    && !super::lexicon::LEXICON.common_en.contains(&a.folded[k])
                    && !town(k)
            });
        if foreign {
            claim(hits, Kind::Organisation, name.start(), name.end(), 0.8);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{ScanOptions, scan};

    fn addresses(text: &str) -> Vec<String> {
        scan(text, &ScanOptions::default())
            .into_iter()
            .filter(|f| f.kind.as_str() == "address")
            .map(|f| f.text)
            .collect()
    }

    #[test]
    fn a_street_takes_its_house_and_flat_numbers_in_five_languages() {
        for (text, address) in [
            (
                "Вона живе на вул. Сумська, 25, кв. 14 у Харкові.",
                "вул. Сумська, 25, кв. 14",
            ),
            (
                "Biuro jest przy ul. Marszałkowska 104 w Warszawie.",
                "ul. Marszałkowska 104",
            ),
            (
                "Locuiește pe strada Mihai Eminescu nr. 12 din Iași.",
                "strada Mihai Eminescu nr. 12",
            ),
            (
                "She lives at Shevchenka street 12, flat 4, with her son.",
                "Shevchenka street 12, flat 4",
            ),
            (
                "Мы жили на ул. Ленина, 5/2, кв. 7.",
                "ул. Ленина, 5/2, кв. 7",
            ),
        ] {
            assert_eq!(addresses(text), vec![address.to_string()], "{text}");
        }
    }

    #[test]
    fn a_street_without_a_number_stays_a_place() {
        assert!(addresses("We met on Shevchenka street near the market.").is_empty());
        assert!(addresses("Шли по вул. Сумській до вокзалу.").is_empty());
    }
}
