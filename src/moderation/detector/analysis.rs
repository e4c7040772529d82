//! How the detector reads a text before its rules run: the words with their folded and stemmed
//! forms, sentence starts, and the word lists and cues the rules consult.

use super::*;

pub(super) fn folded_set(words: &[&str]) -> rustc_hash::FxHashSet<String> {
    words.iter().map(|w| fold(w)).collect()
}

pub(super) static PERSON_CUE_SET: LazyLock<rustc_hash::FxHashSet<String>> =
    LazyLock::new(|| folded_set(PERSON_CUES));
pub(super) static PLACE_CUE_SET: LazyLock<rustc_hash::FxHashSet<String>> =
    LazyLock::new(|| folded_set(PLACE_CUES));
pub(super) static LOCATIVE_SET: LazyLock<rustc_hash::FxHashSet<String>> =
    LazyLock::new(|| folded_set(LOCATIVE_WORDS));
pub(super) static WITH_SET: LazyLock<rustc_hash::FxHashSet<String>> =
    LazyLock::new(|| folded_set(WITH_WORDS));
/// The organisation words: the lexicon's, those that count only capitalised (a house, a radio
/// station, a college) and the homes named by their town's adjective (words.rs).
pub(super) static ORG_WORD_SET: LazyLock<rustc_hash::FxHashSet<String>> = LazyLock::new(|| {
    let mut set = folded_set(ORGANISATION_WORDS);
    set.extend(folded_set(super::words::CAPITALISED_ONLY));
    set.extend(folded_set(super::words::HOMES));
    set.insert("ho".into());
    set
});

/// Personal pronouns (folded) that can stand before a verb of people at a sentence start.
pub(super) const PRONOUNS: &[&str] = &[
    "we", "they", "he", "she", "i", "you", "my", "nas", "nam", "vony", "vin", "vona", "ona", "on",
    "oni", "ia", "ty", "vy", "wy", "one", "noi", "ei", "ele", "el", "ea", "eu", "voi",
];

/// Endings (folded) of common nouns, adjectives and verb forms rather than names, for words
/// the frequency lists do not know: "Evacuation", "Shelling", "Negotiators".
pub(super) const NOUN_ENDINGS: &[&str] = &[
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
pub(super) fn plural_or_verb(folded: &str, english: bool) -> bool {
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
pub(super) const TRUST: &[&str] = &[
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
pub(super) const COMMUNICATION: &[&str] = &[
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
pub(super) const AMBIGUOUS_PREPOSITIONS: &[&str] = &["to", "do", "pe", "la", "catre"];

/// Surname endings in folded form (nominative and the common oblique cases).
pub(super) const SURNAME_ENDINGS: &[&str] = &[
    "enko", "enka", "enku", "enkom", "enkovi", "chuk", "chuka", "chukom", "chukovi", "iuk", "iuka",
    "iukom", "skyi", "skoho", "skomu", "skym", "skoi", "skyy", "tskyi", "tska", "ska", "sku",
    "skiei", "ski", "skiego", "skiemu", "skim", "skiej", "skie", "cki", "cka", "ckiej", "ckiego",
    "wicz", "wicza", "wiczem", "czyk", "czyka", "czak", "iak", "iaka", "escu", "eanu", "ovych",
    "ovycha", "ivna", "ivny", "ovna", "ovny", "evna", "ova", "ovoi", "ovu", "ovoiu", "ov", "ovym",
    "ova", "eva", "evoi", "ev", "evym", "yshyn", "nyk", "nyka", "nykom", "ache", "oiu", "ovskyi",
    "ovska", "owski", "owska",
];

/// Endings that only surnames have (adjectives end in -ova, -ska, -nyk too).
pub(super) fn has_strong_surname_ending(folded: &str) -> bool {
    const STRONG: &[&str] = &[
        "enko", "enka", "enkom", "chuk", "chuka", "iuk", "iuka", "escu", "eanu", "wicz", "czyk",
    ];
    folded.len() >= 6 && STRONG.iter().any(|e| folded.ends_with(e))
}

pub(super) fn has_surname_ending(folded: &str) -> bool {
    folded.len() >= 5 && SURNAME_ENDINGS.iter().any(|e| folded.ends_with(e))
}

pub(super) struct Analysis<'a> {
    pub(super) text: &'a str,
    pub(super) words: Vec<Word<'a>>,
    pub(super) folded: Vec<String>,
    pub(super) stems: Vec<String>,
    pub(super) sentence_start: Vec<bool>,
}

impl<'a> Analysis<'a> {
    pub(super) fn new(text: &'a str) -> Self {
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

    pub(super) fn capitalised(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.is_capitalised())
            && !self.words[i].text.chars().all(|c| c.is_ascii_digit())
    }

    /// An ordinary word, or its English possessive ("Moldova's Law").
    pub(super) fn ordinary(&self, i: usize) -> bool {
        let folded = &self.folded[i];
        LEXICON.ordinary.contains(folded)
            || (self.words[i].text.ends_with("'s") || self.words[i].text.ends_with("’s"))
                && folded
                    .strip_suffix('s')
                    .is_some_and(|base| LEXICON.ordinary.contains(base))
    }

    /// Only whitespace (no line break) between word i and word i + 1.
    pub(super) fn adjacent(&self, i: usize) -> bool {
        i + 1 < self.words.len() && {
            let gap = &self.text[self.words[i].byte_end..self.words[i + 1].byte_start];
            !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}') && gap.len() <= 2
        }
    }

    /// The run of capitalised, non-ordinary words starting at `i` (at most `max`).
    pub(super) fn capitalised_run(&self, i: usize, max: usize) -> usize {
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
            // "В Харькове таких…", "W Lublinie był": a one-letter preposition or conjunction
            // opening a sentence is no part of a name (an initial has its full stop).
            if matches!(
                self.words[end].text,
                "В" | "У" | "З" | "С" | "К" | "О" | "І" | "И" | "А" | "Я" | "W" | "Z" | "U"
            ) && !self.text[self.words[end].byte_end..].starts_with('.')
            {
                break;
            }
            // "Conduc A.O. „…”": one letter with a full stop and another letter is an
            // abbreviation (or an initial) that starts something else.
            if end > i
                && self.words[end].text.chars().count() == 1
                && self.text[self.words[end].byte_end..].starts_with('.')
                && self.text[self.words[end].byte_end + 1..].starts_with(char::is_alphabetic)
            {
                break;
            }
            end += 1;
        }
        end
    }

    /// A place name after its cue: capitalised words, with the particles of compound names
    /// between them (Poienița de Sus, Nowa Wieś nad Wartą, Вишневе Поле).
    pub(super) fn place_run(&self, i: usize) -> usize {
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

    pub(super) fn hit(&self, kind: Kind, from: usize, to_exclusive: usize, confidence: f32) -> Hit {
        Hit {
            kind,
            start: self.words[from].byte_start,
            end: self.words[to_exclusive - 1].byte_end,
            confidence,
            suggestion: None,
        }
    }

    /// The word after `i` (or after a Romanian auxiliary "a"/"au") is a verb people do.
    pub(super) fn before_agent_verb(&self, i: usize) -> bool {
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
    pub(super) fn in_apposition(&self, i: usize, end: usize) -> bool {
        i > 0
            && self.text[self.words[i - 1].byte_end..self.words[i].byte_start].trim() == ","
            && end < self.words.len()
            && self.text[self.words[end - 1].byte_end..self.words[end].byte_start]
                .trim_start()
                .starts_with(',')
    }

    /// The word that starts at byte `start`, if one does (words are in order).
    pub(super) fn word_starting_at(&self, start: usize) -> Option<usize> {
        let i = self.words.partition_point(|w| w.byte_start < start);
        (i < self.words.len() && self.words[i].byte_start == start).then_some(i)
    }

    /// The word that ends at byte `end`, if one does.
    pub(super) fn word_ending_at(&self, end: usize) -> Option<usize> {
        let i = self.words.partition_point(|w| w.byte_end < end);
        (i < self.words.len() && self.words[i].byte_end == end).then_some(i)
    }

    /// A given name, by its stem or as written: a name of three letters stems to two ("Ewa",
    /// "Ира"), and is then known as written only.
    pub(super) fn is_first_name(&self, i: usize) -> bool {
        (self.stems[i].len() >= 3 && LEXICON.first_names.contains(&self.stems[i]))
            || (self.folded[i].len() >= 3 && LEXICON.first_names.contains(&self.folded[i]))
    }
}

/// A town in an inflected form the stems miss: the Ukrainian і/о and ї/є alternations
/// ("Чернігова", "Харкова" → Чернігів, Харків; "Миколаєва", "Києва" → Миколаїв, Київ) and a
/// Polish case ending after "ów" or a consonant ("Hrubieszowie", "Zosinie" → Hrubieszów, Zosin).
/// Only places of 2,000 people or more: a small village's name is too often someone's surname.
pub(super) fn inflected_place(folded: &str) -> Option<&'static lexicon::Place> {
    // (ending, what replaces it, the shortest stem it may leave).
    const FORMS: &[(&str, &str, usize)] = &[
        ("ieva", "iv", 3),
        ("ova", "iv", 3),
        ("eva", "iv", 3),
        ("ovi", "iv", 3),
        ("ovu", "iv", 3),
        ("omu", "iv", 3),
        // The genitive plural of a name in -и ("з Циркунів" → Циркуни).
        ("iv", "y", 3),
        // A name in the plural in the dative, locative or instrumental ("по Фалештам",
        // "у Чернівцях", "в Сумах", "за Фалештами" → Фалешты, Чернівці, Суми).
        ("iakh", "i", 3),
        ("iam", "i", 3),
        ("iamy", "i", 3),
        ("iami", "i", 3),
        ("akh", "y", 3),
        ("akh", "i", 3),
        ("am", "y", 3),
        ("am", "i", 3),
        ("amy", "y", 3),
        ("ami", "y", 3),
        // Adjectival names in another case ("Приморського", "Приморского" → Приморське,
        // Приморское).
        ("skoho", "ske", 3),
        ("skoho", "skoe", 3),
        ("skoho", "skyi", 3),
        ("skomu", "ske", 3),
        ("skim", "ske", 3),
        ("skoi", "ska", 3),
        ("skii", "ska", 3),
        // A vowel that drops in the other cases ("Райгородка" → Райгородок) and a feminine
        // name in another case ("Яцковку" → Яцковка).
        ("ka", "ok", 4),
        ("ku", "ok", 4),
        ("kom", "ok", 4),
        ("u", "a", 4),
        ("y", "a", 4),
        ("i", "a", 4),
        // A feminine name's locative where к turns ц ("в каховці" → Каховка).
        ("tsi", "ka", 4),
        // A vowel that drops before -ець/-ец ("из марганца", "з Марганця" → Марганець).
        ("tsa", "ets", 4),
        ("tsia", "ets", 4),
        // Polish case endings ("Hrubieszowie", "Zosinie").
        ("owie", "", 4),
        ("ie", "", 4),
        ("a", "", 4),
        ("u", "", 4),
        ("em", "", 4),
        ("iu", "", 4),
    ];
    let candidates: Vec<String> = FORMS
        .iter()
        .filter_map(|(ending, base, shortest)| {
            folded
                .strip_suffix(ending)
                .filter(|stem| stem.len() >= *shortest)
                .map(|stem| format!("{stem}{base}"))
        })
        .collect();
    candidates.iter().find_map(|c| {
        LEXICON
            .places
            .get(&stem(c))
            .filter(|p| p.population >= 2_000 && LEXICON.place_exact.contains(c.as_str()))
    })
}
