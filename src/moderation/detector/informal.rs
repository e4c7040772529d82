//! Names written as chat writes them, not as an essay does: in lower case ("olena", "валя",
//! "з райгородка", "тані коваленко-руденко", "pani ireny"), as an initial and a surname ("L.
//! Sowa"), and as a signature at the end ("hugs, solia", "целую, оля", "pupici, lia"). And the
//! shapes of a log or a chat: a day without its year, with or without a time ("виїзд 14.07 о
//! 6:30", "24.09 06:10"), an account name without "@" beside the app's name ("on Telegram as
//! kozak_77", "в телеге я olga_lyman_help"), a site without "www" ("ocnita-femei.md"), a
//! Polish mobile number without its prefix ("604 118 902").
//!
//! Lower-case guesses are shown to the moderator but not pre-ticked (confidence 0.35–0.45): a
//! lower-case word is a name far less often than a capitalised one. An initial with its
//! surname, and a signature after a closing word, are pre-ticked.

use std::sync::LazyLock;

use regex::Regex;

use super::analysis::{
    Analysis, LOCATIVE_SET, PERSON_CUE_SET, PLACE_CUE_SET, has_strong_surname_ending,
    inflected_place,
};
use super::lexicon::LEXICON;
use super::patterns::claim;
use super::quasi::Words;
use super::{Hit, Kind};

/// Words that close a message before the writer's name (folded beginnings; "=" whole words).
const CLOSINGS: &[&str] = &[
    "hugs",
    "=love",
    "cheers",
    "regards",
    "=best",
    "=xx",
    "=xoxo",
    "thanks",
    "обіймаю",
    "цілую",
    "целую",
    "обнимаю",
    "дякую",
    "спасибо",
    "pozdrawiam",
    "buziaki",
    "ściskam",
    "sciskam",
    "całuję",
    "caluje",
    "dzięki",
    "dzieki",
    "pupici",
    "=pup",
    "salutări",
    "salutari",
    "=drag",
    "mulțumesc",
    "multumesc",
    "îmbrățișări",
    "imbratisari",
];

static CLOSING_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(CLOSINGS));

/// Prepositions that lead to a place in lower-case writing too ("з райгородка", "из
/// святогорска", "z medyki").
const FROM: &[&str] = &["z", "iz", "zi", "yz", "s", "ze", "vid", "ot", "of"];

/// Forms of address before a name (folded): after them a lower-case word is a name.
static ADDRESS_WORDS: LazyLock<rustc_hash::FxHashSet<String>> = LazyLock::new(|| {
    [
        "pani",
        "pan",
        "panie",
        "pana",
        "panią",
        "panu",
        "doamna",
        "doamnei",
        "domnul",
        "domnului",
        // Romanian's spoken genitive article: "casa lu mitică".
        "lu",
        "пані",
        "пан",
        "пана",
        "пану",
        "mr",
        "mrs",
        "ms",
        "miss",
        "uncle",
        "aunt",
        "auntie",
        "baba",
        "babcia",
        "babci",
        "дядя",
        "тётя",
        "тетя",
        "тітка",
        "тітки",
        "дядько",
        "дядька",
        "бабуся",
        "бабусі",
        "бабушка",
        "бабушки",
        "тьотя",
        "tanti",
        "nenea",
        "дід",
        "діда",
        "дідові",
        "дед",
        "деда",
        "деду",
        "dziadek",
        "dziadka",
        "moș",
        "moșu",
    ]
    .iter()
    .map(|w| crate::text::fold(w))
    .collect()
});

pub(super) fn overlaps_any(hits: &[Hit], start: usize, end: usize) -> bool {
    hits.iter().any(|h| h.start < end && start < h.end)
}

/// A lower-case word that could be a name: letters only, three or more, not an ordinary
/// mention nor a word of organisation ("przy radiu": by the radio) (whether it is a frequent
/// word is for each rule to say).
fn lower_case_candidate(a: &Analysis, i: usize) -> bool {
    let word = &a.words[i];
    !word.is_capitalised()
        && a.folded[i].chars().count() >= 3
        // Letters, and an apostrophe inside ("з куп'янська").
        && word
            .text
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | 'ʼ'))
        && !LEXICON.ordinary.contains(&a.folded[i])
        && !super::analysis::ORG_WORD_SET.contains(&a.folded[i])
}

/// A frequent lower-case word taken for a city must be written as the city is, but for its
/// case ending: a name the gazetteer has whole begins it ("kramatorska" is Kramatorsk's), or
/// the inflected forms lead to one ("з києва"); a shared stem alone ("z radą", Radom's) is
/// not enough.
fn written_as_place(folded: &str) -> bool {
    let len = folded.len();
    inflected_place(folded).is_some()
        || (len.saturating_sub(3).max(5)..=len)
            .filter(|&cut| folded.is_char_boundary(cut))
            .any(|cut| LEXICON.place_exact.contains(&folded[..cut]))
}

/// Lower-case given names, surnames and towns.
fn lower_case_names(a: &Analysis, hits: &mut Vec<Hit>) {
    let n = a.words.len();
    // Which words a finding covers already, once (not a walk over the findings per word).
    let mut covered = vec![false; n];
    for h in hits.iter() {
        let first = a.words.partition_point(|w| w.byte_end <= h.start);
        for (j, w) in a.words.iter().enumerate().skip(first) {
            if w.byte_start >= h.end {
                break;
            }
            covered[j] = true;
        }
    }
    for i in 0..n {
        if covered[i] || !lower_case_candidate(a, i) {
            continue;
        }
        let common = LEXICON.common.contains(&a.folded[i]);
        let previous = (i > 0 && a.adjacent(i - 1)).then(|| a.folded[i - 1].as_str());
        let leads_to_place =
            previous.is_some_and(|p| LOCATIVE_SET.contains(p) || FROM.contains(&p));
        // "по куп'янську прилітає": "по" leads to a town of 20,000 too.
        let along = previous == Some("po");
        // Two words first ("з руських тишків", "из чадыр-лунги").
        if leads_to_place
            && i + 1 < n
            && (a.adjacent(i) || &a.text[a.words[i].byte_end..a.words[i + 1].byte_start] == "-")
            && !covered[i + 1]
            && lower_case_candidate(a, i + 1)
            && LEXICON
                .places
                .contains_key(&format!("{} {}", a.stems[i], a.stems[i + 1]))
        {
            hits.push(a.hit(Kind::Location, i, i + 2, 0.35));
            covered[i + 1] = true;
            continue;
        }
        // Only after a preposition, or a town's exact name, is a lower-case word worth looking
        // up as a place (the inflected forms cost a dozen lookups).
        let place = if leads_to_place {
            LEXICON
                .places
                .get(&a.stems[i])
                .or_else(|| inflected_place(&a.folded[i]))
        } else if along {
            LEXICON
                .places
                .get(&a.stems[i])
                .or_else(|| inflected_place(&a.folded[i]))
                .filter(|p| p.population >= 20_000 && !LEXICON.common.contains(&a.folded[i]))
        } else if LEXICON.place_exact.contains(&a.folded[i]) {
            LEXICON.places.get(&a.stems[i])
        } else {
            None
        };
        // Four letters for a town of 10,000 after a preposition ("la reni").
        if let Some(place) = place
            && (a.folded[i].chars().count() >= 5
                || (leads_to_place && place.population >= 10_000 && a.folded[i].chars().count() == 4))
            && (leads_to_place
                || along
                || (LEXICON.place_exact.contains(&a.folded[i]) && place.population >= 20_000))
            // Frequent word forms are ordinary words, unless a city's ("kramatorska"); not a
            // Polish adjective's or a noun's instrumental, whatever stem it shares with a city
            // ("na białym", "z radą": not Biała nor Radom).
            && (!LEXICON.common.contains(&a.folded[i])
                || (place.population >= 50_000
                    && !["ym", "ymi", "ych", "ej"].iter().any(|e| a.folded[i].ends_with(e))
                    && !a.words[i].text.ends_with('ą')
                    && written_as_place(&a.folded[i])))
            // A town named like a given name, in lower case, is the word or the name: "з
            // роману" (from a novel) is not Roman in Romania.
            && (!a.is_first_name(i) || place.population >= 200_000)
        {
            hits.push(a.hit(Kind::Location, i, i + 1, 0.35));
            continue;
        }
        // After a form of address ("pani ireny", "doamnei popescu", "uncle tolik").
        // "pani sołtys" is the village head, a role (the quasi rule's), not a name.
        let after_title = previous.is_some_and(|p| ADDRESS_WORDS.contains(p))
            && !super::quasi::is_role_word(&a.folded[i]);
        let surname = has_strong_surname_ending(&a.folded[i]);
        // A frequent word is a name only after a form of address, and then only if it looks
        // like one ("doamnei popescu").
        // "georgian", "turkish": a people's adjective, not a name.
        let demonym = ["ian", "ish", "ese"]
            .iter()
            .any(|e| a.folded[i].ends_with(e));
        // The first word of a quoted chat message, when it is a given name ("\"lilia please,
        // the lorry…\"").
        // A name that is also a word ("віра", "lilia") opens a message when it is called: a
        // comma or a request after it; «віра без діл мертва» quotes a proverb.
        let called = !common
            || a.text[a.words[i].byte_end..].starts_with([',', '!'])
            || (i + 1 < n
                && matches!(
                    a.folded[i + 1].as_str(),
                    "please" | "prosze" | "bud" | "buddi" | "pozhaluista" | "te"
                ));
        let opens_message = called
            && a.text[..a.words[i].byte_start]
                .trim_end_matches(' ')
                .ends_with(['"', '«', '„', '“']);
        // A colloquial patronymic used as a name ("семёныч", "петрович"), Cyrillic only:
        // Latin words ending so are English ("sandwich").
        // "для петровича": in any case.
        let by_patronymic = a.folded[i].len() >= 7
            && [
                "ych", "ich", "ycha", "icha", "ychu", "ichu", "ychem", "ichem", "ychom", "ichom",
            ]
            .iter()
            .any(|e| a.folded[i].ends_with(e))
            && a.words[i]
                .text
                .chars()
                .all(|c| c.is_alphabetic() && !c.is_ascii());
        // Called by her name between commas ("ну ладно, лиля, в пятницу"), or a name in
        // another script than the words around it ("а bożena сьогодні усміхалася"): a given
        // name, even one that is also a word.
        let vocative = i > 0
            && a.text[a.words[i - 1].byte_end..a.words[i].byte_start].trim() == ","
            && a.text[a.words[i].byte_end..].trim_start().starts_with(',');
        let latin = |j: usize| {
            a.words[j]
                .text
                .chars()
                .all(|c| c.is_ascii() || c < '\u{370}')
        };
        let other_script =
            i > 0 && i + 1 < n && latin(i) != latin(i - 1) && latin(i) != latin(i + 1);
        // The writer of a chat line, before its colon ("lucia: „părintele zice…”").
        // The colon first: looking back to the line's start for every word would read a long
        // paragraph once per word.
        let speaker = a.text[a.words[i].byte_end..].starts_with(':')
            && a.text[..a.words[i].byte_start]
                .rsplit('\n')
                .next()
                .is_some_and(|line| line.trim().is_empty());
        let named = !demonym
            && if common {
                (after_title || opens_message || vocative || other_script || speaker)
                    && (surname || a.is_first_name(i))
            } else {
                a.is_first_name(i)
                    || after_title
                    // "лиля", "маша" called between commas: a short name's ending.
                    || (vocative && a.words[i].text.ends_with(['а', 'я', 'a']))
                    || surname
                    || diminutive_of_name(a, i)
                    || by_patronymic
            };
        // In a chat's aside, who wrote or said something ("оксанка написала", "wiesia
        // napisała", "speranța mi-a scris", "написала вере"): a frequent word only if it is
        // also a given name ("віра", "speranța"), never a pronoun or a noun ("вона", "mama").
        let sender = !demonym
            && (!common || a.is_first_name(i))
            && (says_after(a, i) || wrote_to_before(a, i));
        // "рабин каже", "ksiądz mówi": a role or a form of address in lower case is no name
        // (looked up last: most words are no name anyway). Five letters at least: "veta" is
        // Veta, not a vet.
        let role = || {
            (a.folded[i].chars().count() >= 5 && super::quasi::is_role_word(&a.folded[i]))
                || PERSON_CUE_SET.contains(&a.folded[i])
        };
        if (named || sender) && !role() {
            let confidence = if after_title { 0.45 } else { 0.35 };
            hits.push(a.hit(Kind::Person, i, i + 1, confidence));
        }
    }
}

/// Verbs of writing and saying in the five languages, as a chat's aside has them after the
/// writer's name (in lower case, as a chat writes them).
const SAYS: &[&str] = &[
    "wrote",
    "writes",
    "texted",
    "said",
    "says",
    "replied",
    "asked",
    "написала",
    "написав",
    "пише",
    "каже",
    "сказала",
    "сказав",
    "відповіла",
    "питає",
    "написал",
    "пишет",
    "говорит",
    "сказал",
    "ответила",
    "спрашивает",
    "napisała",
    "napisał",
    "pisze",
    "mówi",
    "powiedziała",
    "odpisała",
    "pyta",
    "zice",
    "spune",
    "a zis",
    "a spus",
    "a scris",
    "mi-a scris",
    "scrie",
    "a răspuns",
    "întreabă",
];

/// Verbs of writing to someone, before her name in the dative ("написала вере").
const WROTE_TO: &[&str] = &[
    "написала",
    "написав",
    "написал",
    "wrote to",
    "texted",
    "napisałam do",
    "i-am scris lui",
    "i-am scris",
];

/// Whether word `i` is followed by one of [`SAYS`] (a whole word).
fn says_after(a: &Analysis, i: usize) -> bool {
    let after = a.text[a.words[i].byte_end..].trim_start_matches([' ', '\u{a0}']);
    SAYS.iter().any(|verb| {
        after.starts_with(verb)
            && !after[verb.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
    })
}

/// Whether word `i` comes right after one of [`WROTE_TO`].
fn wrote_to_before(a: &Analysis, i: usize) -> bool {
    let before = a.text[..a.words[i].byte_start].trim_end_matches([' ', '\u{a0}']);
    WROTE_TO.iter().any(|verb| {
        before.ends_with(verb)
            && !before[..before.len() - verb.len()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
    })
}

/// A comma before word `first` or after word `last` ("The director, L. Sowa, was"): a
/// surname that is also a word ("Sowa": owl) is a name there, not "plan B. Then".
fn between_commas(a: &Analysis, first: usize, last: usize) -> bool {
    (first > 0 && a.text[a.words[first - 1].byte_end..a.words[first].byte_start].trim() == ",")
        || a.text[a.words[last].byte_end..]
            .trim_start()
            .starts_with(',')
}

/// "L. Sowa", "M. Dobrowolska": a capital letter, its full stop, a capitalised word.
fn initials(a: &Analysis, hits: &mut Vec<Hit>) {
    let n = a.words.len();
    for i in 0..n.saturating_sub(1) {
        let word = &a.words[i];
        let gap = &a.text[word.byte_end..a.words[i + 1].byte_start];
        let capitals = word.is_capitalised() && a.capitalised(i + 1);
        // In lower case only between commas and no frequent word ("…, v. grosu, care zice").
        // "у с. Норинськ, на вул.": "с." is a village's abbreviation, not an initial.
        let lower = !word.is_capitalised()
            && !PLACE_CUE_SET.contains(&a.folded[i])
            && between_commas(a, i, i + 1)
            && !LEXICON.common.contains(&a.folded[i + 1])
            && a.folded[i + 1].chars().count() >= 3;
        // Signed at the end of a message, before its closing quote or the line's end ("no
        // money no water. M. Moroz\""): a surname that is also a word ("Moroz": frost) too.
        // Not an outline's "I. Background" or a chat's "А. Зрозуміло" at a line's start.
        let line_start = a.text[..word.byte_start]
            .trim_end_matches([' ', '\t'])
            .ends_with(['\n', '\r'])
            || a.text[..word.byte_start].trim().is_empty();
        // The text's last line signs it, alone after a blank line too ("…\n\nS. Cojocaru";
        // an outline's last line follows the one before).
        let signed = capitals && {
            let rest = &a.text[a.words[i + 1].byte_end..];
            let after_blank_line = a.text[..word.byte_start]
                .trim_end_matches([' ', '\t', '\r'])
                .ends_with("\n\n");
            (rest.trim().is_empty() && (!line_start || after_blank_line))
                || (!line_start && rest.starts_with(['"', '”', '»', '“', '\n', '\r']))
        };
        if word.text.chars().count() == 1
            && word.text.chars().all(char::is_alphabetic)
            && (capitals || lower)
            && (gap == ". " || gap == ".")
            // "A.O." (an association's form) is two initials, not an initial and a name.
            && a.words[i + 1].text.chars().count() >= 2
            && (signed || !a.ordinary(i + 1))
            && (lower
                || signed
                || !LEXICON.common.contains(&a.folded[i + 1])
                || between_commas(a, i, i + 1))
        {
            let (start, end) = (word.byte_start, a.words[i + 1].byte_end);
            claim(hits, Kind::Person, start, end, 0.75);
        }
    }
}

/// A closing word, a comma and initials at a line's end: "Pozdrawiam, R.W.", "Дякую, О.П."
/// (a forwarded message inside the story signs like this).
static INITIALS_SIGNED: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?m)(?P<closing>\p{L}+),[ \t]+(?P<initials>\p{Lu}\.(?:[ ]?\p{Lu}\.){0,2})[ \t]*$")
});

/// "hugs, solia" at the very end: the one or two words after a closing word and a comma; and
/// initials after a closing word at any line's end.
fn signature(a: &Analysis, hits: &mut Vec<Hit>) {
    if a.text.contains(", ") {
        for c in INITIALS_SIGNED.captures_iter(a.text) {
            let (closing, initials) = (&c["closing"], c.name("initials").expect("a group"));
            if CLOSING_WORDS.contains(&crate::text::fold(closing))
                && !overlaps_any(hits, initials.start(), initials.end())
            {
                hits.push(Hit {
                    kind: Kind::Person,
                    start: initials.start(),
                    end: initials.end(),
                    confidence: 0.6,
                    suggestion: None,
                });
            }
        }
    }
    let n = a.words.len();
    if n < 2
        || !a.text[a.words[n - 1].byte_end..]
            .trim()
            .trim_end_matches(['.', '!'])
            .is_empty()
    {
        return;
    }
    for len in [1, 2] {
        if n <= len {
            continue;
        }
        let first = n - len;
        let closing = first - 1;
        let gap = &a.text[a.words[closing].byte_end..a.words[first].byte_start];
        if !gap.contains(',') && !gap.contains('\n') {
            continue;
        }
        if !CLOSING_WORDS.contains(&a.folded[closing])
            || !(first..n).all(|j| a.words[j].text.chars().all(char::is_alphabetic))
        {
            continue;
        }
        let (start, end) = (a.words[first].byte_start, a.words[n - 1].byte_end);
        if !overlaps_any(hits, start, end) {
            hits.push(Hit {
                kind: Kind::Person,
                start,
                end,
                confidence: 0.6,
                suggestion: None,
            });
        }
        return;
    }
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("informal patterns compile")
}

/// A day and month without a year, and the time after it: "14.07 о 6:30", "24.09 06:10".
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0[1-9]|1[0-2])(?:\s+(?:о|об|в|во|at|la|o|godz\.?|um)?\s*(?:[01]?\d|2[0-3])[:.][0-5]\d)?(?-u:\b)",
    )
});
/// The apps people give their account on.
static PLATFORM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:telegram|телеграм|телег|signal|сигнал|viber|вайбер|whats\s?app|вотсап|instagram|инстаграм|інстаграм|messenger|месенджер|мессенджер|facebook|tiktok|skype)\p{L}*",
    )
});
/// An account name: words joined by "_" or ".", or letters with digits ("kozak_77",
/// "ania.pomaga", "olena1985").
static ACCOUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u:\b)(?:[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+|[A-Za-z]{3,}\d{2,})(?-u:\b)")
});
/// Letters and digits joined by "_" ("lgutu_oknitsa", "kozak_77").
static UNDERSCORED: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?-u:\b)"));
/// A site named without "www" or "https": a hyphenated or plain name and a country or common
/// top-level domain ("ocnita-femei.md", "pomoc-sasiedzka.org.pl").
static BARE_SITE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)[a-z0-9][a-z0-9\-]{2,}(?:\.[a-z0-9\-]+)*\.(?:md|ua|pl|ro|org|com|net|info|eu)(?:/[^\s<>]*[^\s<>.,;:!?])?(?-u:\b)",
    )
});
/// A Polish number written without its prefix: a mobile's three groups of three digits, or
/// a landline's area code, bracketed or not, and seven digits in groups of three, two and two
/// ("83 342 17 09", "(16) 621 09 87").
static PL_MOBILE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:(?-u:\b)[4-8]\d{2}[ -]\d{3}[ -]\d{3}|(?:(?-u:\b)[1-9]\d[ -]|\([1-9]\d\)\s?)\d{3}[ -]\d{2}[ -]\d{2})(?-u:\b)",
    )
});

fn shape(kind: Kind, start: usize, end: usize, confidence: f32, suggestion: Option<String>) -> Hit {
    Hit {
        kind,
        start,
        end,
        confidence,
        suggestion,
    }
}

/// Initials that sign a message, before its closing quote: "nu semnez. S.V.”", "не я.
/// Л.З.»", "не раньше. Н.»" (one initial only after the end of a sentence).
static SIGNED_INITIALS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?:[\s«"„“(]|^)((?:\p{Lu}\. ?){1,2}\p{Lu}\.)\s*["”»“]|[.!?] (\p{Lu}\.)["”»“]|[.!?] (\p{Ll}\.\p{Ll}\.)["”»“]"#,
    )
});

/// Initials alone after a sentence, ending their line: a message signed "… before 21:00. O.F.".
static INITIALS_AT_LINE_END: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?m)[.!?] ((?:\p{Lu}\.){1,3})[ \t]*$"));

/// A brigade, a battalion or a regiment by its ordinal number, with only capitalised words or
/// adjectives between: "the 147th Mechanised Brigade", "147-ма окрема механізована бригада",
/// "147-й отдельный батальон", "12. Brygada" ("12 soldiers of the brigade" is no unit). A unit
/// names the people it holds, unlike the armed forces (never identifying).
static MILITARY_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)\d{1,3}(?:st|nd|rd|th|-?[аяйоіи]|-?ма|-?ої|-?го|-?ї|\.)(?:\s+(?:\p{Lu}\p{L}*|\p{Ll}+(?:а|ої|ий|ый|ая|ой|ого|ka|ki|ny|na))){0,3}\s+(?i:brigade|battalion|regiment|бригад\p{L}*|батальйон\p{L}*|батальон\p{L}*|полк\p{L}*|brygad\p{L}*|batalion\p{L}*|brigăzii|brigada|batalionul|regimentul)",
    )
});

/// Abbreviations written like initials, and one-letter words a sentence may end with: no
/// one's.
fn abbreviation(initials: &str) -> bool {
    matches!(
        initials,
        "U.S."
            | "U.K."
            | "E.U."
            | "A.O."
            | "S.A."
            | "P.S."
            | "i.e."
            | "e.g."
            | "т.е."
            | "т.к."
            | "т.д."
            | "т.п."
            | "і.т."
            | "n.b."
            | "p.s."
            | "a.m."
            | "p.m."
            | "O.K."
            | "U.S.A."
            | "S.U.A."
            | "U.E."
            | "R.M."
            | "O.N.U."
            | "N.B."
            | "D.C."
            | "Î.S."
            | "S.R.L."
            | "Я."
            | "I."
            | "A."
            | "А."
            | "О."
            | "У."
            | "В."
    )
}

/// The shapes of a log or a chat (see the module's documentation).
pub(super) fn shapes(text: &str, hits: &mut Vec<Hit>) {
    if text.contains(". ") {
        for c in INITIALS_AT_LINE_END.captures_iter(text) {
            let m = c.get(1).expect("the initials");
            if !abbreviation(m.as_str()) {
                hits.push(shape(Kind::Person, m.start(), m.end(), 0.6, None));
            }
        }
    }
    // The unit's noun first: most texts name none, and the pattern is costly.
    let unit_noun = [
        "rigad",
        "RIGAD",
        "attalion",
        "ATTALION",
        "egiment",
        "EGIMENT",
        "rygad",
        "atalion",
        "бригад",
        "батальйон",
        "батальон",
        "полк",
        "brigăz",
    ]
    .iter()
    .any(|w| text.contains(w));
    if unit_noun && text.bytes().any(|b| b.is_ascii_digit()) {
        for m in MILITARY_UNIT.find_iter(text) {
            hits.push(shape(Kind::Organisation, m.start(), m.end(), 0.7, None));
        }
    }
    if text.contains(['"', '”', '»', '“']) {
        for c in SIGNED_INITIALS.captures_iter(text) {
            let Some(m) = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3)) else {
                continue;
            };
            // Lower-case initials only after a sentence's end, and no abbreviation.
            if !abbreviation(m.as_str()) {
                hits.push(shape(Kind::Person, m.start(), m.end(), 0.6, None));
            }
        }
    }
    if text.bytes().any(|b| b.is_ascii_digit()) {
        for c in DAY_MONTH.captures_iter(text) {
            let whole = c.get(0).expect("the match");
            // Not part of a full date, a version or an address ("1.2.3", "24.09.2023").
            let before = &text[..whole.start()];
            let after = &text[whole.end()..];
            if before.ends_with(|ch: char| ch == '.' || ch.is_ascii_digit())
                || after.starts_with(|ch: char| ch == '.' || ch == '/' || ch.is_ascii_digit())
                    && after[1..].starts_with(|ch: char| ch.is_ascii_digit())
            {
                continue;
            }
            let month: usize = c["m"].parse().unwrap_or(1);
            let name = super::patterns::MONTH_NAMES[month.clamp(1, 12) - 1];
            hits.push(shape(
                Kind::Date,
                whole.start(),
                whole.end(),
                0.6,
                Some(format!("[{name}]")),
            ));
        }
        for m in PL_MOBILE.find_iter(text) {
            hits.push(shape(Kind::Phone, m.start(), m.end(), 0.8, None));
        }
    }
    if text.contains('.') {
        for m in BARE_SITE.find_iter(text) {
            // Not an e-mail address, nor inside a link already found.
            if text[..m.start()].ends_with(['@', '/', '.']) || text[m.end()..].starts_with('@') {
                continue;
            }
            hits.push(shape(Kind::Url, m.start(), m.end(), 0.8, None));
        }
    }
    // Words joined by "_" are an account name wherever they stand: prose never writes them.
    if text.contains('_') {
        for m in UNDERSCORED.find_iter(text) {
            if !text[m.end()..].starts_with('@') && !text[..m.start()].ends_with(['@', '/', '.']) {
                hits.push(shape(Kind::Handle, m.start(), m.end(), 0.7, None));
            }
        }
    }
    for platform in PLATFORM.find_iter(text) {
        // The first account-shaped word in the 80 bytes after the app's name.
        let mut end = (platform.end() + 80).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let window = &text[platform.end()..end];
        let window = window.split(['\n', '!', '?']).next().unwrap_or(window);
        if let Some(m) = ACCOUNT.find(window) {
            let (start, end) = (platform.end() + m.start(), platform.end() + m.end());
            // Not the path of a link ("facebook.com/vatrabunicilor.md" is the link's), nor a
            // site with its path ("pasimici.md/rapoarte"), nor past the "@" account the app's
            // name stands before ("Telegram @vera_pasimici", "Telegram: @krylo_liuba"), nor
            // the tail of a hyphenated site's name ("krylo-fund.org.ua").
            if !text[end..].starts_with(['@', '/'])
                && !text[..start].ends_with(['@', '/', '-', '.'])
                && !window.trim_start_matches([' ', ':']).starts_with('@')
            {
                hits.push(shape(Kind::Handle, start, end, 0.85, None));
            }
        }
    }
}

/// "— d. rusnac", "— ana c.", "- Olena": a name signed after a dash at the very end, one to
/// three words.
fn dash_signature(a: &Analysis, hits: &mut Vec<Hit>) {
    let trimmed = a.text.trim_end();
    let Some(dash) = trimmed.rfind(['—', '–', '-']) else {
        return;
    };
    let after_start = dash + trimmed[dash..].chars().next().map_or(1, char::len_utf8);
    let after = &trimmed[after_start..];
    let before = trimmed[..dash].trim_end();
    // The name ends at a comma ("— B. Kovalchuk, Kharkiv": the town is a place).
    let name_end = after.find(',').map_or(trimmed.len(), |c| after_start + c);
    if !(before.is_empty() || before.ends_with(['.', '!', '?', '\n', ')']))
        || trimmed[after_start..name_end].chars().count() > 40
        || after.chars().count() > 80
        || after.contains('\n')
        || !after.starts_with(' ')
    {
        return;
    }
    let words: Vec<usize> = (0..a.words.len())
        .filter(|&j| a.words[j].byte_start > dash && a.words[j].byte_end <= name_end)
        .collect();
    if !(1..=3).contains(&words.len())
        || !words
            .iter()
            .all(|&j| a.words[j].text.chars().all(char::is_alphabetic))
    {
        return;
    }
    let start = a.words[words[0]].byte_start;
    let last_end = a.words[words[words.len() - 1]].byte_end;
    // "— ana c.": the initial keeps its full stop.
    let end = if trimmed[last_end..].starts_with('.') && last_end < name_end {
        last_end + 1
    } else {
        last_end
    };
    claim(hits, Kind::Person, start, end, 0.6);
    town_after_comma(a, name_end, trimmed.len(), &[','], hits);
}

/// "Любов Петрівна Гнатюк, Зелена Діброва" alone on the last line, no dash: a person found
/// right before its first comma, then where she writes from ([`town_after_comma`]).
fn signed_last_line(a: &Analysis, hits: &mut Vec<Hit>) {
    let trimmed = a.text.trim_end();
    let start = trimmed.rfind('\n').map_or(0, |n| n + 1);
    let Some(comma) = trimmed[start..].find(", ").map(|c| start + c) else {
        return;
    };
    if trimmed.len() - start > 100
        || !hits
            .iter()
            .any(|h| h.kind == Kind::Person && h.end == comma && h.start >= start)
    {
        return;
    }
    town_after_comma(a, comma, trimmed.len(), &[','], hits);
}

/// "— Лариса Кут, Підгірне", "— O. Deineka, Zlatoyarivka, 2 February 2024", "str.
/// Independenței 9, of. 2, Nistreni, …": after a signed name or an address (from `from`, up
/// to `to`), its comma, then one or two capitalised words alone before the next of `stops`
/// are where she writes from or lives, a place even where no list knows it (a given name
/// only as part of a known place's name: "Ștefan Vodă").
pub(super) fn town_after_comma(
    a: &Analysis,
    from: usize,
    to: usize,
    stops: &[char],
    hits: &mut Vec<Hit>,
) {
    let Some(part) = a.text[from..to].strip_prefix(", ") else {
        return;
    };
    let end = from + 2 + part.find(stops).unwrap_or(part.len());
    let words: Vec<usize> = (a.words.partition_point(|w| w.byte_start < from)..a.words.len())
        .take_while(|&j| a.words[j].byte_end <= end)
        .collect();
    let ok = (1..=2).contains(&words.len())
        && a.text[a.words[words[words.len() - 1]].byte_end..end]
            .trim()
            .is_empty()
        && words.iter().all(|&j| {
            a.capitalised(j)
                && a.words[j].text.chars().all(char::is_alphabetic)
                && !a.ordinary(j)
                && (!a.is_first_name(j) || known_place(a, &words))
        });
    if !ok {
        return;
    }
    let (start, stop) = (
        a.words[words[0]].byte_start,
        a.words[words[words.len() - 1]].byte_end,
    );
    // "Lilia Grosu, Casa Deschisă, +373…": a word of organisation first names where she
    // works, not her town.
    if words.len() == 2 && super::analysis::ORG_WORD_SET.contains(&a.folded[words[0]]) {
        claim(hits, Kind::Organisation, start, stop, 0.6);
        return;
    }
    // A town the gazetteer found already keeps its finding.
    if !hits
        .iter()
        .any(|h| h.kind == Kind::Location && h.start <= start && stop <= h.end)
    {
        claim(hits, Kind::Location, start, stop, 0.6);
    }
}

/// Whether the words are a place's whole name the gazetteer knows ("Ștefan Vodă": a town,
/// though it begins with a given name).
pub(super) fn known_place(a: &Analysis, words: &[usize]) -> bool {
    words.len() > 1
        && LEXICON.place_exact.contains(
            &words
                .iter()
                .map(|&j| a.folded[j].as_str())
                .collect::<Vec<_>>()
                .join(" "),
        )
}

/// A patronymic in lower case ("федор дмитриевич карагеорги", "олена петрівна"): with the
/// words beside it that are no frequent words, a person.
fn lower_case_patronymics(a: &Analysis, hits: &mut Vec<Hit>) {
    const ENDINGS: &[&str] = &[
        "ovych", "evych", "ivna", "ovna", "evna", "ovich", "evich", "ich",
    ];
    let n = a.words.len();
    for i in 0..n {
        let folded = &a.folded[i];
        if a.words[i].is_capitalised()
            || folded.chars().count() < 7
            || !ENDINGS.iter().any(|e| folded.ends_with(e))
            || LEXICON.common.contains(folded)
            || overlaps_any(hits, a.words[i].byte_start, a.words[i].byte_end)
        {
            continue;
        }
        let mut start = i;
        if i > 0
            && a.adjacent(i - 1)
            && (!LEXICON.common.contains(&a.folded[i - 1]) || a.is_first_name(i - 1))
        {
            start = i - 1;
        }
        let mut end = i;
        if i + 1 < n && a.adjacent(i) && !LEXICON.common.contains(&a.folded[i + 1]) {
            end = i + 1;
        }
        let (s, e) = (a.words[start].byte_start, a.words[end].byte_end);
        claim(hits, Kind::Person, s, e, 0.45);
    }
}

/// A diminutive of a given name in chat's lower case: "людочка", "иринка", "оленки" (Люда,
/// Ирина, Олена).
fn diminutive_of_name(a: &Analysis, i: usize) -> bool {
    const SUFFIXES: &[(&str, &str)] = &[
        ("ochka", "a"),
        ("ochky", "a"),
        ("ochku", "a"),
        ("echka", "a"),
        ("enka", "a"),
        ("ka", "a"),
        ("ky", "a"),
        ("ki", "a"),
        ("ku", "a"),
        ("tsi", "a"),
    ];
    let folded = &a.folded[i];
    SUFFIXES.iter().any(|(suffix, base)| {
        folded.strip_suffix(suffix).is_some_and(|stem_part| {
            stem_part.chars().count() >= 3
                && LEXICON
                    .first_names
                    .contains(&crate::text::stem::stem(&format!("{stem_part}{base}")))
        })
    })
}

/// Labels of a chat line that are the writer herself ("me: ok", "я: понимаю").
const SELF_LABELS: &[&str] = &["me", "i", "ya", "ia", "my", "ja", "eu", "noi"];

/// Labels of a line that are no writer ("note: …", "update: …"), and the headings of a
/// schedule ("Morning: …", "Evening: …", "Morning: …"); folded when compared.
const NOT_WRITERS: &[&str] = &[
    "note",
    "update",
    "edit",
    "log",
    "ps",
    "re",
    "fwd",
    "question",
    "answer",
    "upd",
    "прим",
    "примітка",
    "примечание",
    "uwaga",
    "notă",
    "nota",
    "morning",
    "afternoon",
    "evening",
    "night",
    "today",
    "tomorrow",
    "yesterday",
    "ранок",
    "вечір",
    "ніч",
    "утро",
    "вечер",
    "ночь",
    "rano",
    "wieczór",
    "noc",
    "dimineața",
    "seara",
    "noaptea",
];

/// The label before a chat line's colon, at the line's start: one to three words of letters
/// (the last may be an initial with its full stop: "munteanu v.", "аркадий м"), or an account
/// name ("kasia_dyzur"); with whether it is an account name.
/// Titles (folded) a chat label may begin with ("dr lupu:", "p. sroka:").
/// With its full stop: "s. benedykta:" (a nun, siostra), "ks. marek:" (a priest), "o. ion:".
const LABEL_TITLES: &[&str] = &[
    "dr", "p", "pan", "pani", "dna", "dl", "mr", "ms", "s", "ks", "o", "sr", "pr",
];

/// A chat label's first word folded, a title's full stop dropped ("s." is "s").
fn label_title(word: &str) -> Option<String> {
    let folded = crate::text::fold(word.strip_suffix('.').unwrap_or(word));
    LABEL_TITLES.contains(&folded.as_str()).then_some(folded)
}

fn chat_label(line: &str) -> Option<(usize, usize, bool)> {
    let mut start = line.len() - line.trim_start().len();
    // A log's date and time before the label ("14.07 06:30 Vira: …", "[03.02, 05:52] …").
    loop {
        let rest = &line[start..];
        let token = rest.split(' ').next().unwrap_or_default();
        let stamp = token.trim_matches(['[', ']', ',']);
        let digits_and = |seps: &[char]| {
            stamp.len() >= 3
                && stamp.chars().any(|c| seps.contains(&c))
                && stamp
                    .chars()
                    .all(|c| c.is_ascii_digit() || seps.contains(&c))
                && stamp.starts_with(|c: char| c.is_ascii_digit())
                && stamp.ends_with(|c: char| c.is_ascii_digit())
        };
        if !(matches!(token, "-" | "—" | "–") || digits_and(&['.', '/']) || digits_and(&[':']))
        {
            break;
        }
        let skipped = &rest[token.len()..];
        start += token.len() + (skipped.len() - skipped.trim_start().len());
    }
    let colon = start + line[start..].find(':')?;
    let label = line[start..colon].trim_end();
    if label.is_empty() || label.len() > 40 || !line[colon + 1..].starts_with(' ') {
        return None;
    }
    let end = start + label.len();
    if label.contains('_')
        && label
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
    {
        return Some((start, end, true));
    }
    let words: Vec<&str> = label.split(' ').collect();
    let letters = |w: &str| !w.is_empty() && w.chars().all(char::is_alphabetic);
    // "v.", or two initials together ("вишня а.с."); Romanian writes some with two letters
    // ("vasilache gh.").
    let initial = |w: &str| {
        let parts: Vec<&str> = w.split('.').collect();
        w.ends_with('.')
            && (2..=3).contains(&parts.len())
            && parts[..parts.len() - 1].iter().all(|p| {
                letters(p)
                    && (p.chars().count() == 1 || (parts.len() == 2 && p.chars().count() == 2))
            })
    };
    let first = crate::text::fold(words[0]);
    let titled = words.len() >= 2 && label_title(words[0]).is_some();
    // "г. кушнир:", "z. lis:": an initial before the surname.
    let initial_first =
        words.len() == 2 && initial(words[0]) && words[0].chars().count() == 2 && letters(words[1]);
    let ok = words.len() <= 3
        && words.iter().enumerate().all(|(k, w)| {
            letters(w)
                || (k == words.len() - 1 && initial(w) && (k > 0 || w.chars().count() == 4))
                || (k == 0 && (titled || initial_first))
        })
        && (words[0].chars().count() >= 3
            || SELF_LABELS.contains(&first.as_str())
            || titled
            || initial_first
            // "V.I.:", "Л.А.:": a writer by her initials alone.
            || (words.len() == 1 && initial(words[0]) && words[0].chars().count() == 4));
    ok.then_some((start, end, false))
}

/// A chat line's label: its byte span in the text, its first word folded (past a title; an
/// account's with its "@"), whether a date or a time stands before it, whether it has an
/// initial or a title with a full stop.
struct Label {
    start: usize,
    end: usize,
    first: String,
    stamped: bool,
    /// A date and a time before it ("14.02.2023 21:15 speranta:"): a message's, not a
    /// schedule's ("08:00 breakfast:").
    dated: bool,
    initialled: bool,
}

/// The writers of a pasted chat: lines that start with a label and a colon ("borsuk: who r
/// u", "аркадий м: 45", "munteanu v.: lida…"), two or more of them in a row, one of them the
/// writer's own ("me:", "я:", "ja:", "eu:"), a label seen twice, or a date or time before
/// each. Every other label is a
/// person, whatever its case; a list of headings ("Plusy: …", "Minusy: …") has neither. And
/// a given name that opens such a line's message is whom it is written to ("люся я не…").
fn chat_writers(a: &Analysis, hits: &mut Vec<Hit>) {
    if !a.text.contains(":") {
        return;
    }
    let mut block: Vec<Label> = Vec::new();
    let mut offset = 0;
    let flush = |block: &mut Vec<Label>, hits: &mut Vec<Hit>| {
        let labels: Vec<&str> = block.iter().map(|l| l.first.as_str()).collect();
        let own = labels.iter().any(|l| SELF_LABELS.contains(l));
        let twice = labels
            .iter()
            .enumerate()
            .any(|(k, l)| labels[..k].contains(l));
        // "14.11.2022 06:58 лілія: …" on every line: a log with its times is a chat even when
        // no writer is seen twice.
        let stamped = block.iter().all(|l| l.stamped);
        if labels.len() >= 2 && (own || twice || stamped) {
            for l in block.iter() {
                let label = &l.first;
                // A given name that is also a word ("віра:", "lucia:"), or a word with
                // initials ("вишня а.с.:"), writes all the same.
                let named = l.initialled
                    || LEXICON
                        .first_names
                        .contains(&crate::text::stem::stem(label));
                let writer = !label.starts_with('@')
                    && !SELF_LABELS.contains(&label.as_str())
                    && !NOT_WRITERS.iter().any(|w| crate::text::fold(w) == *label)
                    && (named || l.dated || !LEXICON.ordinary.contains(label))
                    // Known by its times alone, a log's labels are no frequent word
                    // ("08:00 breakfast: …" is a schedule).
                    && (own || twice || named || l.dated || !LEXICON.common.contains(label));
                // A writer is a person, even where a village has her nickname ("Бабай: …").
                let place_only = hits
                    .iter()
                    .filter(|h| h.start < l.end && l.start < h.end)
                    .all(|h| h.kind == Kind::Location);
                if writer && place_only {
                    claim(hits, Kind::Person, l.start, l.end, 0.5);
                }
                message_opener(a, l.end, hits);
            }
            names_in_messages(a, block, hits);
        }
        block.clear();
    };
    for line in a.text.split('\n') {
        match chat_label(line) {
            Some((from, to, account)) => {
                // The name, past a title ("dr lupu").
                let mut parts = line[from..to].split(' ');
                let mut first = parts.next().unwrap_or_default();
                // Past a title or an initial ("г. кушнир" is Kushnir).
                let initial = first.chars().count() == 2 && first.ends_with('.');
                if (label_title(first).is_some() || initial)
                    && let Some(name) = parts.next()
                {
                    first = name;
                }
                block.push(Label {
                    start: offset + from,
                    end: offset + to,
                    // An account name stands for its writer in the chat; it is the handle
                    // rules'.
                    first: match account {
                        true => format!("@{first}"),
                        false => crate::text::fold(first),
                    },
                    stamped: line[..from].chars().any(|c| c.is_ascii_digit()),
                    dated: line[..from].contains(':')
                        && line[..from].split([' ', ',']).any(|t| {
                            t.len() >= 3
                                && t.contains(['.', '/'])
                                && t.starts_with(|c: char| c.is_ascii_digit())
                        }),
                    initialled: !account && line[from..to].contains('.'),
                });
            }
            None => flush(&mut block, hits),
        }
        offset += line.len() + 1;
    }
    flush(&mut block, hits);
}

/// Names a chat's messages write in lower case ("doina vine cu actele lui maksym", "флоря
/// тоже едет", "mulțumim gelu"): a word that is one of the chat's writers, a person the text
/// names elsewhere (in either script: "дорин" and "Dorin"), or a given name that is no
/// frequent word. Shown, not ticked.
fn names_in_messages(a: &Analysis, block: &[Label], hits: &mut Vec<Hit>) {
    let writers: Vec<&str> = block
        .iter()
        .map(|l| l.first.as_str())
        .filter(|l| !l.starts_with('@') && !SELF_LABELS.contains(l))
        .collect();
    // Every capitalised word of a sure finding ("Mr Vasyl Ivanovych Popovych": "popovych" in
    // a message is him).
    // A guess of two words or more mid-sentence counts too ("доамне Раисе Морарь"), but
    // only its words that are no frequent word ("Maica Teodora": the title is no name).
    let named: Vec<String> = hits
        .iter()
        .filter(|h| {
            h.kind == Kind::Person
                && (h.confidence >= 0.5
                    || (h.confidence >= 0.45 && a.text[h.start..h.end].contains(' ')))
        })
        .filter_map(|h| {
            a.word_starting_at(h.start)
                .map(|k| (k, h.end, h.confidence >= 0.5))
        })
        .flat_map(|(k, end, sure)| {
            (k..a.words.len())
                .take_while(move |&j| a.words[j].byte_end <= end)
                .map(move |j| (j, sure))
        })
        .filter(|&(k, sure)| {
            a.capitalised(k)
                && !a.ordinary(k)
                && !PERSON_CUE_SET.contains(&a.folded[k])
                && (sure || !LEXICON.common.contains(&a.folded[k]))
        })
        .map(|(k, _)| a.stems[k].clone())
        .collect();
    let mut added = Vec::new();
    for l in block {
        let end = a.text[l.end..]
            .find('\n')
            .map_or(a.text.len(), |e| l.end + e);
        let first = a.words.partition_point(|w| w.byte_start < l.end);
        for k in (first..a.words.len()).take_while(|&k| a.words[k].byte_end <= end) {
            let folded = a.folded[k].as_str();
            if a.words[k].is_capitalised()
                || folded.chars().count() < 3
                || !a.words[k].text.chars().all(char::is_alphabetic)
                || SELF_LABELS.contains(&folded)
                || PERSON_CUE_SET.contains(folded)
                || super::quasi::is_role_word(folded)
                || NOT_WRITERS.iter().any(|w| crate::text::fold(w) == folded)
            {
                continue;
            }
            let name = writers.contains(&folded)
                || named.contains(&a.stems[k])
                || (a.is_first_name(k) && !LEXICON.common.contains(&a.folded[k]));
            if name && !overlaps_any(hits, a.words[k].byte_start, a.words[k].byte_end) {
                added.push(a.hit(Kind::Person, k, k + 1, 0.4));
            }
        }
    }
    hits.extend(added);
}

/// The first word of a chat message, after its writer's label ending at `label_end`, when it
/// is a given name: the one the message is written to ("люся я не благотворительная…").
fn message_opener(a: &Analysis, label_end: usize, hits: &mut Vec<Hit>) {
    let i = a.words.partition_point(|w| w.byte_start < label_end);
    if i >= a.words.len() || a.text[label_end..a.words[i].byte_start].trim() != ":" {
        return;
    }
    let word = &a.words[i];
    // "рабин каже…": a title or a role opening the message is no one it is written to.
    if lower_case_candidate(a, i)
        && !PERSON_CUE_SET.contains(&a.folded[i])
        && !super::quasi::is_role_word(&a.folded[i])
        && (a.is_first_name(i) || diminutive_of_name(a, i))
        && !overlaps_any(hits, word.byte_start, word.byte_end)
    {
        hits.push(a.hit(Kind::Person, i, i + 1, 0.35));
    }
}

/// Adds the names chat writes: signatures first, then initials, then lower-case words.
pub(super) fn find(a: &Analysis, hits: &mut Vec<Hit>) {
    call_signs(a, hits);
    villages_by_ending(a, hits);
    two_word_places(a, hits);
    named_crossings(a, hits);
    dash_signature(a, hits);
    lower_case_patronymics(a, hits);
    signature(a, hits);
    signed_last_line(a, hits);
    initials(a, hits);
    chat_writers(a, hits);
    lower_case_names(a, hits);
}

/// A "person" that is one word of two to five capitals, no given name of four letters or more:
/// an acronym ("ВПО", "ПТСР", "PCK", "KAS"), dropped. And guesses the moderator should see but
/// not find ticked: a "person" written only in capitals that is no given name and has no
/// surname's ending, and a single word at the start of a sentence that is also a frequent word
/// ("Надія", "Віра": hope, faith).
pub(super) fn doubt(a: &Analysis, hits: &mut Vec<Hit>) {
    hits.retain(|h| {
        if !matches!(h.kind, Kind::Person | Kind::Location) {
            return true;
        }
        let Some(first) = a.word_starting_at(h.start) else {
            return true;
        };
        let words: Vec<usize> = (first..a.words.len())
            .take_while(|&j| a.words[j].byte_end <= h.end)
            .collect();
        // "ВПО", "A CMR": every word in capitals, one letter or up to five, no given name.
        // "KRRiT": an acronym with a little word in lower case inside it (three
        // capitals at least: "McLean" is a name).
        // Initials with their full stops ("S.V.", "Л.З.") sign a message: not an acronym.
        let acronym = h.kind == Kind::Person
            && !a.text.get(h.start..h.end).is_some_and(|t| t.ends_with('.'))
            && words.iter().all(|&j| {
                let text = a.words[j].text;
                let capitals = text.chars().filter(|c| c.is_uppercase()).count();
                text.chars().count() <= 6
                    && text.chars().all(char::is_alphabetic)
                    && (text.chars().all(|c| !c.is_lowercase()) && text.chars().count() <= 5
                        || capitals >= 3)
                    && !(a.folded[j].len() >= 4 && a.is_first_name(j))
            });
        // "How It Went", "Situation Overview", "Field Report": a heading in Title Case, every
        // word of it a frequent English word and none a given name. Only English and only in
        // such a run: in the other languages many surnames are frequent words (Мороз, Sowa),
        // and a single capitalised word mid-sentence may be a name that is also a word.
        let heading = h.confidence < 0.6 && {
            let english_word = |j: usize| {
                a.words[j].text.is_ascii()
                    && a.capitalised(j)
                    && (LEXICON.common_en.contains(&a.folded[j]) || a.folded[j].len() <= 3)
                    && !a.is_first_name(j)
            };
            let mut from = words[0];
            while from > 0 && a.adjacent(from - 1) && english_word(from - 1) {
                from -= 1;
            }
            let mut to = words[words.len() - 1];
            while to + 1 < a.words.len() && a.adjacent(to) && english_word(to + 1) {
                to += 1;
            }
            to > from && (from..=to).all(english_word)
        };
        !(acronym || heading)
    });
    for hit in hits.iter_mut().filter(|h| h.kind == Kind::Person) {
        let Some(first) = a.word_starting_at(hit.start) else {
            continue;
        };
        let words: Vec<usize> = (first..a.words.len())
            .take_while(|&j| a.words[j].byte_end <= hit.end)
            .collect();
        // Initials ("R.W.") are a person's, not an acronym.
        let initials = a.text[hit.start..hit.end].contains('.');
        let acronym = !initials
            && words.iter().all(|&j| {
                let text = a.words[j].text;
                text.chars().count() <= 6
                    && text.chars().all(|c| !c.is_lowercase())
                    && !a.is_first_name(j)
                    && !has_strong_surname_ending(&a.folded[j])
            });
        let ordinary_start = words.len() == 1
            && a.sentence_start[first]
            && LEXICON.common.contains(&a.folded[first]);
        if acronym || ordinary_start {
            hit.confidence = hit.confidence.min(0.35);
        }
    }
}

/// Beginnings (folded) of the words that introduce a call sign or a nickname: позивний,
/// позывной, call sign, pseudonim, ksywa, kryptonim, indicativ, poreclă, прізвисько, кличка.
const CALL_SIGN_CUES: &[&str] = &[
    "pozyvn",
    "callsign",
    "pseudonim",
    "ksyw",
    "kryptonim",
    "indicativ",
    "porecl",
    "prizvys",
    "klychk",
    "prozvyshch",
    "prozvysk",
    "nickname",
    "psevdo",
];

/// The opening quote right after byte `at` (spaces skipped), its closing quote, and where the
/// quoted text starts.
fn quote_after(text: &str, at: usize) -> Option<(usize, char)> {
    let rest = &text[at..];
    let trimmed = rest.trim_start_matches([' ', '\u{a0}', ':']);
    let open = trimmed.chars().next()?;
    let close = match open {
        '«' => '»',
        '„' | '“' => '”',
        '"' => '"',
        '\'' => '\'',
        _ => return None,
    };
    Some((at + (rest.len() - trimmed.len()) + open.len_utf8(), close))
}

/// A word folded for comparing forms of one call sign: the Ukrainian і/о alternation undone
/// ("Грім", "Грому" → "grom…").
fn call_sign_form(folded: &str) -> String {
    folded.replace('i', "o")
}

/// Military call signs and nicknames: the quoted word after its cue ("з позивним «Шаман»",
/// "call sign \"Bison\"", "pseudonim „Kruk”") is a person, ticked; and every other quoted
/// form of it in the text too ("з «Шаманом»", "сказала «Грому»").
fn call_signs(a: &Analysis, hits: &mut Vec<Hit>) {
    let n = a.words.len();
    let mut forms: Vec<String> = Vec::new();
    for i in 0..n {
        let cue = starts_with_any(&a.folded[i], CALL_SIGN_CUES)
            || (a.folded[i] == "call" && i + 1 < n && a.folded[i + 1] == "sign");
        if !cue {
            continue;
        }
        let after = if a.folded[i] == "call" { i + 1 } else { i };
        // The quote right after the cue, or a few words on in the same sentence
        // ("Позивний у нього був «Грім»").
        let from = a.words[after].byte_end;
        let mut to = a.text.len().min(from + 48);
        while !a.text.is_char_boundary(to) {
            to -= 1;
        }
        let window = &a.text[from..to];
        let Some(open) = window
            .char_indices()
            .take_while(|(_, c)| !matches!(c, '.' | '!' | '?' | '\n' | ';'))
            .find(|(_, c)| matches!(c, '«' | '„' | '“' | '"'))
            .map(|(at, _)| from + at)
        else {
            continue;
        };
        let Some((start, close)) = quote_after(a.text, open) else {
            continue;
        };
        let Some(length) = a.text[start..].find(close).filter(|l| (2..=40).contains(l)) else {
            continue;
        };
        let end = start + length;
        let inside: Vec<usize> = (after + 1..n)
            .take_while(|&j| a.words[j].byte_end <= end)
            .filter(|&j| a.words[j].byte_start >= start)
            .collect();
        if inside.is_empty() || inside.len() > 3 {
            continue;
        }
        hits.push(a.hit(Kind::Person, inside[0], inside[inside.len() - 1] + 1, 0.9));
        if inside.len() == 1 {
            forms.push(call_sign_form(&a.folded[inside[0]]));
        }
    }
    if forms.is_empty() {
        return;
    }
    // Other quoted forms: the quote right before the word and right after it.
    for j in 0..n {
        let w = &a.words[j];
        let opens = a.text[..w.byte_start]
            .chars()
            .next_back()
            .is_some_and(|c| matches!(c, '«' | '„' | '“' | '"'));
        let closes = a.text[w.byte_end..]
            .chars()
            .next()
            .is_some_and(|c| matches!(c, '»' | '”' | '"'));
        if !(opens && closes) {
            continue;
        }
        let form = call_sign_form(&a.folded[j]);
        let same = forms.iter().any(|sign| {
            let keep = sign.chars().count().saturating_sub(1).max(3);
            let prefix: String = sign.chars().take(keep).collect();
            prefix.chars().count() >= 3 && form.starts_with(&prefix) && form.len() <= sign.len() + 4
        });
        if same {
            hits.push(a.hit(Kind::Person, j, j + 1, 0.9));
        }
    }
}

fn starts_with_any(folded: &str, beginnings: &[&str]) -> bool {
    beginnings.iter().any(|b| folded.starts_with(b))
}

/// Endings (folded) of village names in the region's Slavic languages, in their cases:
/// -івка/-ївка/-овка/-евка (Новоолександрівка, Новоалександровки), -івці (Яремівці), -ówka.
pub(super) const VILLAGE_ENDINGS: &[&str] = &[
    "ivka", "ivky", "ivku", "ivtsi", "ivkoiu", "ovkoiu", "evkoiu", "ovka", "ovky", "ovku", "ovke",
    "ovtsi", "evka", "evky", "evku", "evke", "owka", "owki", "owce", "owke", "vatka", "vatky",
    "vatku", "vatke", "ichanka", "ichanky", "ichantsi", "ivske", "ovske", "zke", "tske",
];

/// A village the gazetteer lacks, by the ending of its name: "из Новоалександровки", "до
/// Яремівців", "w Zagórówce", "in Verkhni Bilynky and Tsyrkivka". After a preposition of place
/// it is shown and ticked (a village of a few hundred people names its people); elsewhere
/// (after "and", a comma, opening a sentence) no name ends so either, and it is still a place,
/// less sure: ticked mid-sentence, shown only at a sentence's start. Not after a form of
/// address, nor before a given name.
fn villages_by_ending(a: &Analysis, hits: &mut Vec<Hit>) {
    let n = a.words.len();
    for i in 0..n {
        let folded = &a.folded[i];
        if !a.capitalised(i)
            || folded.chars().count() < 7
            || !VILLAGE_ENDINGS.iter().any(|e| folded.ends_with(e))
            || a.is_first_name(i)
            || a.ordinary(i)
            || LEXICON.common.contains(folded)
            || LEXICON.common_stems.contains(&a.stems[i])
        {
            continue;
        }
        let previous = (i > 0 && a.adjacent(i - 1)).then(|| a.folded[i - 1].as_str());
        let led = previous.is_some_and(|p| {
            LOCATIVE_SET.contains(p) || matches!(p, "yz" | "z" | "zi" | "so" | "s" | "of")
        });
        let confidence = if led && !a.sentence_start[i] {
            0.6
        } else if previous.is_some_and(|p| ADDRESS_WORDS.contains(p))
            || (i + 1 < n && a.adjacent(i) && a.is_first_name(i + 1))
        {
            continue;
        } else if a.sentence_start[i] {
            0.45
        } else {
            0.5
        };
        hits.push(a.hit(Kind::Location, i, i + 1, confidence));
        // "the villages of Sokolivske and Hruzke": the name after "and" is the second
        // village, whatever weak guess took it for a person.
        if i + 2 < n
            && a.adjacent(i)
            && a.adjacent(i + 1)
            && matches!(
                a.folded[i + 1].as_str(),
                "and" | "i" | "y" | "ta" | "si" | "oraz"
            )
            && a.capitalised(i + 2)
            && !a.is_first_name(i + 2)
            && !a.ordinary(i + 2)
        {
            let (start, end) = (a.words[i + 2].byte_start, a.words[i + 2].byte_end);
            let weak = hits
                .iter()
                .filter(|h| h.start < end && start < h.end)
                .all(|h| h.kind == Kind::Person && h.confidence < 0.5 && h.start == start);
            if weak {
                hits.push(a.hit(Kind::Location, i + 2, i + 3, confidence.min(0.5)));
            }
        }
    }
}

/// Beginnings (folded) of the adjectives villages are named with: old, new, great, little,
/// upper, lower, green, red, black, white, stone, dry, cold (Стара Гребля, Нижня Журавка,
/// Nowe Rybaki, Zosinek Górny, Velyka Dubrova, Ursoaia Veche, Fântâna Rece).
pub(super) const PLACE_ADJECTIVES: &[&str] = &[
    "star", "nov", "now", "velyk", "velik", "wielk", "mal", "verkhn", "nyzhn", "nizhn", "horishn",
    "dolishn", "gorn", "doln", "seredn", "zelen", "zielon", "krasn", "chorn", "chern", "czarn",
    "kamian", "kamen", "sukh", "vech", "rece", "mokr", "hlybok", "glubok", "zolot", "vyshn",
];

/// Ukrainian nouns a village's name ends with, transliterated (Mokra Dolyna, Sukha Balka,
/// Zelenyi Hai): after an adjective villages are named with, a place wherever it stands.
const PLACE_NOUNS_AFTER: &[&str] = &[
    "dolyna",
    "dolyny",
    "dolyni",
    "balka",
    "balky",
    "bal'ka",
    "hai",
    "haiu",
    "yar",
    "yaru",
    "brid",
    "brody",
    "luka",
    "luky",
    "poliana",
    "poliany",
    "krynytsia",
    "krynytsi",
    "hreblia",
    "sloboda",
    "slobody",
    "rudnia",
    "rudni",
    "hora",
    "hory",
];

/// Romanian nouns a village's name starts with (Valea Cerbului, Fântâna Rece, Dealul Mare).
const PLACE_NOUNS: &[&str] = &[
    "valea", "fantana", "dealul", "poiana", "lunca", "izvorul", "podul", "gura", "cotul", "balta",
    "satul",
];

/// Second words that make a pair with such an adjective no place: a year, a testament
/// (Новий рік, Nowy Rok, Новий Завіт).
const NOT_PLACES: &[&str] = &[
    "rok",
    "roku",
    "rik",
    "roku",
    "hod",
    "goda",
    "god",
    "zavit",
    "zavet",
    "testament",
    "an",
    "anul",
    "svit",
    "svet",
    "poshta",
    "poshti",
    "pochta",
    "pochty",
    "poczta",
    "poczty",
    "morze",
    "morzem",
    "morza",
];

/// Two capitalised words, one of them an adjective villages are named with, after a
/// preposition of place or a word of place ("за Старою Греблею", "для Нижней Журавки",
/// "w Rybakach Nowych", "outside Velyka Dubrova", "z Zosinka Górnego", "primăriei Ursoaiei
/// Vechi"), or a Romanian village noun with its name anywhere ("Valea Cerbului"): a village
/// the gazetteer lacks, in whatever case the sentence puts it. Ticked: a village of a few
/// hundred people names its people.
fn two_word_places(a: &Analysis, hits: &mut Vec<Hit>) {
    let n = a.words.len();
    let name_word = |k: usize| {
        a.capitalised(k)
            && a.folded[k].chars().count() >= 3
            && a.words[k].text.chars().all(char::is_alphabetic)
            && !a.is_first_name(k)
            && !a.ordinary(k)
    };
    // "In November Kovalenko returned": the month is no "new".
    let adjective = |k: usize| {
        PLACE_ADJECTIVES.iter().any(|p| a.folded[k].starts_with(p))
            && !a.folded[k].starts_with("novemb")
    };
    for i in 0..n.saturating_sub(1) {
        let joined = a.adjacent(i)
            || matches!(
                &a.text[a.words[i].byte_end..a.words[i + 1].byte_start],
                "-" | "–"
            );
        // An adjective villages are named with may be an ordinary word too ("Velyka": great).
        let part = |k: usize| {
            name_word(k)
                || (a.capitalised(k)
                    && adjective(k)
                    && a.words[k].text.chars().all(char::is_alphabetic))
        };
        if !joined || !part(i) || !part(i + 1) {
            continue;
        }
        if NOT_PLACES.contains(&a.folded[i + 1].as_str())
            || NOT_PLACES.contains(&a.folded[i].as_str())
        {
            continue;
        }
        let noun_first = (PLACE_NOUNS.contains(&a.folded[i].as_str()) && !a.sentence_start[i])
            || (adjective(i) && PLACE_NOUNS_AFTER.contains(&a.folded[i + 1].as_str()));
        let led = i > 0
            && a.adjacent(i - 1)
            && (LOCATIVE_SET.contains(&a.folded[i - 1])
                || PLACE_CUE_SET.contains(&a.folded[i - 1])
                || matches!(
                    a.folded[i - 1].as_str(),
                    "yz" | "z"
                        | "zi"
                        | "so"
                        | "s"
                        | "of"
                        | "dlia"
                        | "dla"
                        | "for"
                        | "past"
                        | "pentru"
                        | "primariei"
                        | "primaria"
                        | "catunul"
                        | "catunului"
                        | "khutora"
                        | "khutoru"
                ));
        if !(noun_first || (led && (adjective(i) || adjective(i + 1)))) {
            continue;
        }
        let (start, end) = (a.words[i].byte_start, a.words[i + 1].byte_end);
        if !only_parts_found(hits, start, end) {
            continue;
        }
        claim(hits, Kind::Location, start, end, 0.6);
    }
}

/// Whether what is found inside `start..end` is only names, places or organisations of its
/// parts ("Lipkach" a place, "Starych" a name): the whole then replaces them. A finding of
/// another kind, or one that reaches outside, stays.
fn only_parts_found(hits: &[Hit], start: usize, end: usize) -> bool {
    hits.iter()
        .filter(|h| h.start < end && start < h.end)
        .all(|h| h.kind.is_word_kind() && h.start >= start && h.end <= end)
}

/// Words that name a border crossing or a checkpoint before its name (folded): пункт пропуску,
/// пункт пропуска, przejście graniczne, punctul de trecere, crossing, checkpoint.
const CROSSING_WORDS: &[&str] = &[
    "propusku",
    "propuska",
    "hranychnoho",
    "pohranychnoho",
    "granicznego",
    "graniczne",
    "graniczny",
    "trecere",
    "crossing",
    "checkpoint",
    "blokpost",
    "blokpostu",
    "blokposta",
];

/// The name of a crossing or a checkpoint after its word: in quotes ("пункт пропуска
/// «Кочулия-Новая»") or capitalised, hyphens and dashes joining its parts ("przejścia
/// granicznego Dubnik–Lasowice", "the Palanca crossing" is the other order). A crossing names
/// the village it stands in.
fn named_crossings(a: &Analysis, hits: &mut Vec<Hit>) {
    let n = a.words.len();
    for i in 0..n.saturating_sub(1) {
        if !CROSSING_WORDS.contains(&a.folded[i].as_str()) {
            continue;
        }
        let gap = &a.text[a.words[i].byte_end..a.words[i + 1].byte_start];
        let quoted = matches!(gap.trim(), "«" | "\"" | "„" | "“");
        if !(quoted || a.adjacent(i))
            || !a.capitalised(i + 1)
            || a.is_first_name(i + 1)
            || a.ordinary(i + 1)
        {
            continue;
        }
        // The name: its words joined by hyphens or dashes (or spaces inside quotes).
        let mut end = i + 2;
        while end < n {
            let between = &a.text[a.words[end - 1].byte_end..a.words[end].byte_start];
            let inside_quotes = quoted && between == " ";
            let joins = matches!(between, "-" | "–" | "—") || inside_quotes;
            if !joins || !(a.capitalised(end) || inside_quotes) {
                break;
            }
            end += 1;
        }
        let (start, stop) = (a.words[i + 1].byte_start, a.words[end - 1].byte_end);
        if !only_parts_found(hits, start, stop) {
            continue;
        }
        claim(hits, Kind::Location, start, stop, 0.6);
    }
    // "the Palanca crossing": an English name before its word.
    for i in 1..n {
        if a.folded[i] == "crossing"
            && a.adjacent(i - 1)
            && a.capitalised(i - 1)
            && !a.sentence_start[i - 1]
            && !a.is_first_name(i - 1)
            && !a.ordinary(i - 1)
            && !LEXICON.common_en.contains(&a.folded[i - 1])
        {
            let (start, stop) = (a.words[i - 1].byte_start, a.words[i - 1].byte_end);
            if only_parts_found(hits, start, stop) {
                claim(hits, Kind::Location, start, stop, 0.6);
            }
        }
    }
}
